#include "XlsxFixture.h"
#include "import/MemberImporter.h"
#include "import/XlsxReader.h"

#include <QElapsedTimer>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Rows = QList<QStringList>;

// Shared strings 0..3: a header, then two names.
const QStringList HeaderStrings = { QStringLiteral("<t>userid</t>"), QStringLiteral("<t>手机号</t>"),
                                    QStringLiteral("<t>姓名</t>"), QStringLiteral("<t>张三</t>") };

} // namespace

class TestMemberImporterXlsx : public QObject
{
    Q_OBJECT

private slots:
    void workbook_isRecognisedByContent()
    {
        const QByteArray data = XlsxFixture::workbook(
            QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>"
                           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>zhangsan</t></is></c>"
                           "<c r=\"B2\" t=\"s\"><v>3</v></c></row>"),
            HeaderStrings);
        // The name says CSV; the content decides.
        const ImportResult result = MemberImporter::readData(data, QStringLiteral("export.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.format, ImportFormat::Xlsx);
        QCOMPARE(result.sheetName, QStringLiteral("Sheet1"));
        QCOMPARE(result.sheetNames, QStringList({ QStringLiteral("Sheet1") }));
        QVERIFY(result.table.hasHeader());
        QCOMPARE(result.table.headers(), QStringList({ QStringLiteral("userid"), QStringLiteral("姓名") }));
        QCOMPARE(result.table.rows(), Rows({ { QStringLiteral("zhangsan"), QStringLiteral("张三") } }));
    }

    void numbers_keepEveryDigit()
    {
        const QByteArray data = XlsxFixture::workbook(
            QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>"
                           "<row r=\"2\"><c r=\"A2\"><v>13800138000</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                           "<row r=\"3\"><c r=\"A3\" t=\"n\"><v>1.3800138E+10</v></c>"
                           "<c r=\"B3\" t=\"inlineStr\"><is><t>李四</t></is></c></row>"
                           "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>2.5</v></c></row>"),
            HeaderStrings);
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.cell(0, 0), QStringLiteral("13800138000"));
        QCOMPARE(result.table.cell(1, 0), QStringLiteral("13800138000"));
        QCOMPARE(result.table.cell(2, 0), QStringLiteral("2.5"));
    }

    void longIdAsSharedString_keepsItsLeadingZero()
    {
        const QByteArray data
            = XlsxFixture::workbook(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                                   "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"),
                                    { QStringLiteral("<t>userid</t>"), QStringLiteral("<t>012345678901234567</t>") });
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.cell(0, 0), QStringLiteral("012345678901234567"));
        const MemberList members = MemberImporter::toMembers(result.table, MemberImporter::guessColumns(result.table));
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().userid, QStringLiteral("012345678901234567"));
    }

    void richTextSharedStrings_areConcatenatedWithoutPhoneticGuides()
    {
        const QByteArray data = XlsxFixture::workbook(
            QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"),
            { QStringLiteral("<r><rPr><b/></rPr><t>张</t></r><r><t xml:space=\"preserve\">三 </t></r>"),
              QStringLiteral("<t>王五</t><rPh sb=\"0\" eb=\"2\"><t>wangwu</t></rPh><phoneticPr fontId=\"1\"/>") });
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.rows(), Rows({ { QStringLiteral("张三"), QStringLiteral("王五") } }));
    }

    void inlineStrings_includingRichRuns()
    {
        const QByteArray data = XlsxFixture::workbook(QStringLiteral(
            "<row><c t=\"inlineStr\"><is><t>u1</t></is></c><c t=\"inlineStr\"><is><r><t>A</t></r><r><t>b</t></r>"
            "</is></c></row>"));
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.rows(), Rows({ { QStringLiteral("u1"), QStringLiteral("Ab") } }));
    }

    void omittedEmptyCells_landInTheirColumn()
    {
        const QByteArray data = XlsxFixture::workbook(
            QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                           "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>3</v></c></row>"
                           "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>u7</t></is></c>"
                           "<c r=\"C7\" t=\"inlineStr\"><is><t>七</t></is></c><c r=\"AA7\"><v>1</v></c></row>"),
            HeaderStrings);
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.headerRow(),
                 QStringList({ QStringLiteral("userid"), QString(), QStringLiteral("姓名") }));
        QCOMPARE(result.table.columnCount(), 27);
        QCOMPARE(result.table.headers().at(1), QStringLiteral("Column B"));
        QCOMPARE(result.table.headers().at(26), QStringLiteral("Column AA"));
        QCOMPARE(result.table.rowCount(), 2);
        QCOMPARE(result.table.cell(0, 0), QString());
        QCOMPARE(result.table.cell(0, 2), QStringLiteral("张三"));
        QCOMPARE(result.table.cell(1, 0), QStringLiteral("u7"));
        QCOMPARE(result.table.cell(1, 2), QStringLiteral("七"));
        QCOMPARE(result.table.cell(1, 26), QStringLiteral("1"));
    }

    void formulaResultsBooleansAndErrors_giveTheirValue()
    {
        const QByteArray data = XlsxFixture::workbook(
            QStringLiteral("<row><c r=\"A1\" t=\"str\"><f>CONCAT(\"u\",1)</f><v>u1</v></c>"
                           "<c r=\"B1\" t=\"b\"><v>1</v></c><c r=\"C1\" t=\"b\"><v>0</v></c>"
                           "<c r=\"D1\" t=\"e\"><v>#N/A</v></c><c r=\"E1\"><f>1+1</f><v>2</v></c>"
                           "<c r=\"F1\" s=\"3\"/><c r=\"G1\" t=\"inlineStr\"><is><t>end</t></is></c></row>"));
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.rows(),
                 Rows({ { QStringLiteral("u1"), QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("#N/A"),
                          QStringLiteral("2"), QString(), QStringLiteral("end") } }));
    }

    void sheets_firstVisibleByDefault_orChosenByName()
    {
        const QByteArray data = XlsxFixture::workbook(
            { { QStringLiteral("Lookup"), QStringLiteral("<row><c t=\"inlineStr\"><is><t>hidden</t></is></c></row>"),
                true },
              { QStringLiteral("员工"), QStringLiteral("<row><c t=\"inlineStr\"><is><t>staff1</t></is></c></row>"),
                false },
              { QStringLiteral("外包"), QStringLiteral("<row><c t=\"inlineStr\"><is><t>vendor1</t></is></c></row>"),
                false } });
        ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.sheetNames,
                 QStringList({ QStringLiteral("Lookup"), QStringLiteral("员工"), QStringLiteral("外包") }));
        QCOMPARE(result.sheetName, QStringLiteral("员工"));
        QCOMPARE(result.table.cell(0, 0), QStringLiteral("staff1"));

        result = MemberImporter::readData(data, QString(), {}, QStringLiteral("外包"));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.cell(0, 0), QStringLiteral("vendor1"));

        result = MemberImporter::readData(data, QString(), {}, QStringLiteral("Lookup"));
        QCOMPARE(result.table.cell(0, 0), QStringLiteral("hidden"));

        result = MemberImporter::readData(data, QString(), {}, QStringLiteral("Nope"));
        QCOMPARE(result.error.code(), ImportError::SheetNotFound);
        QVERIFY(result.error.message().contains(QStringLiteral("Nope")));
        QCOMPARE(result.sheetNames.size(), 3);
    }

    void emptySheet_isAnEmptyFile()
    {
        const ImportResult result = MemberImporter::readData(XlsxFixture::workbook(QString()));
        QCOMPARE(result.error.code(), ImportError::EmptyFile);
    }

    void readFile_readsAWorkbookFromDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("成员.xlsx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            XlsxFixture::workbook(QStringLiteral("<row><c t=\"s\"><v>2</v></c><c t=\"s\"><v>1</v></c></row>"
                                                 "<row><c t=\"s\"><v>3</v></c><c><v>1.3900139E+10</v></c></row>"),
                                  HeaderStrings));
        file.close();
        const ImportResult result = MemberImporter::readFile(file.fileName());
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        const ColumnChoice choice = MemberImporter::guessColumns(result.table);
        QCOMPARE(choice.nameColumn, 0);
        QCOMPARE(choice.phoneColumn, 1);
        const MemberList members = MemberImporter::toMembers(result.table, choice);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().mobile, QStringLiteral("13900139000"));
        QCOMPARE(members.first().name, QStringLiteral("张三"));
        QCOMPARE(members.first().state, MemberState::Unresolved);
    }

    void progress_canCancelAWorkbook()
    {
        QString sheetData;
        for (int row = 1; row <= 3000; ++row)
            sheetData += QStringLiteral("<row r=\"%1\"><c r=\"A%1\"><v>%1</v></c></row>").arg(row);
        const QByteArray data = XlsxFixture::workbook(sheetData);
        int calls = 0;
        ImportResult result = MemberImporter::readData(data, QString(), [&calls](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.rowCount(), 3000);
        QVERIFY(calls >= 3);
        result = MemberImporter::readData(data, QString(), [](qint64, qint64) { return false; });
        QCOMPARE(result.error.code(), ImportError::Cancelled);
    }

    // Issue 17, point 1: 4,097 cells each a copy of a 1 MiB string passed 4 GiB, and 32-bit offsets wrapped onto
    // victim1's cell. Shared strings are now ranges of one copy; here 131,073 cells of Excel's longest text.
    void sharedStringInThousandsOfCells_isKeptOnceAndNoCellIsSwapped()
    {
        QString sheetData = QStringLiteral("<row><c r=\"B1\" t=\"s\"><v>0</v></c></row>").repeated(131073);
        sheetData += QStringLiteral("<row><c r=\"A1\" t=\"s\"><v>1</v></c></row>");
        const QByteArray data
            = XlsxFixture::workbook(sheetData,
                                    { QStringLiteral("<t>%1</t>").arg(QString(XlsxReader::MaxCellLength, u'a')),
                                      QStringLiteral("<t>victim1</t>") });
        ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        result.table.setHasHeader(false);
        QCOMPARE(result.table.rowCount(), 131074);
        QCOMPARE(result.table.cell(131073, 0), QStringLiteral("victim1"));
        QCOMPARE(result.table.utf8Cell(131072, 1).size(), XlsxReader::MaxCellLength);
        // Every cell is a view of the one string.
        QCOMPARE(result.table.utf8Cell(0, 1).data(), result.table.utf8Cell(131072, 1).data());
    }

    void cellsPastTheLastColumn_areRefused()
    {
        const ImportResult result
            = MemberImporter::readData(XlsxFixture::workbook(QStringLiteral("<row><c r=\"XFE1\"><v>1</v></c></row>")));
        QCOMPARE(result.error.code(), ImportError::TooManyColumns);
    }

    void cellInColumnXfd_isReadWithoutTheEmptyCellsBeforeIt()
    {
        const ImportResult result = MemberImporter::readData(XlsxFixture::workbook(
            QStringLiteral("<row><c r=\"A1\" t=\"inlineStr\"><is><t>u1</t></is></c><c r=\"XFD1\"><v>7</v></c></row>")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.columnCount(), 16384);
        QCOMPARE(result.table.utf8Cell(0, 16383), QByteArrayView("7"));
        QCOMPARE(result.table.utf8Cell(0, 0), QByteArrayView("u1"));
        QVERIFY(result.table.utf8Cell(0, 16382).isEmpty());
    }

    void cellsOutOfOrder_areRefusedNotSwapped()
    {
        const ImportResult result = MemberImporter::readData(
            XlsxFixture::workbook(QStringLiteral("<row><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")));
        QCOMPARE(result.error.code(), ImportError::BrokenWorkbook);
    }

    void elementsNestedTooDeep_areRefused()
    {
        const QString nested = QStringLiteral("<x>").repeated(100) + QStringLiteral("</x>").repeated(100);
        const ImportResult result = MemberImporter::readData(
            XlsxFixture::workbook(QStringLiteral("<row><c r=\"A1\"><v>1</v></c></row>") + nested));
        QCOMPARE(result.error.code(), ImportError::BrokenWorkbook);
        QVERIFY2(result.error.message().contains(QLatin1String("64 deep")), qPrintable(result.error.message()));
    }

    void documentTypeDeclaration_isRefused()
    {
        // An entity declared in a document type is the only way to text that expands; no workbook has one.
        const QByteArray data = XlsxFixture::zip({
            { QStringLiteral("xl/workbook.xml"),
              QByteArrayLiteral("<!DOCTYPE w [<!ENTITY a \"aaaa\">]><workbook><sheets><sheet name=\"&a;\"/></sheets>"
                                "</workbook>") },
        });
        const ImportResult result = MemberImporter::readData(data);
        QCOMPARE(result.error.code(), ImportError::BrokenWorkbook);
        QVERIFY2(result.error.message().contains(QLatin1String("document type")), qPrintable(result.error.message()));
    }

    void sheetOverThePartLimit_isRefusedBeforeItIsUnpacked()
    {
        const QByteArray rows = QByteArrayLiteral("<row><c><v>1</v></c></row>").repeated(40330); // about 1 MB
        const QByteArray data = XlsxFixture::repetitiveWorkbook({ { "<worksheet><sheetData>", 1 },
                                                                  { rows, XlsxReader::MaxPartSize / rows.size() + 1 },
                                                                  { "</sheetData></worksheet>", 1 } });
        QElapsedTimer clock;
        clock.start();
        const ImportResult result = MemberImporter::readData(data);
        QCOMPARE(result.error.code(), ImportError::WorkbookTooLarge);
        QVERIFY(result.error.message().contains(QLatin1String("sheet1.xml")));
        QVERIFY2(clock.elapsed() < 2000, "refused by the size the zip declares, without unpacking");
    }

    void partsOverTheTotalLimit_areRefused()
    {
        const QByteArray rows = QByteArrayLiteral("<row><c><v>1</v></c></row>").repeated(40330);
        const QByteArray strings = "<si><t>" + QByteArray(1024 * 1024, 'a') + "</t></si>";
        const qint64 half = XlsxReader::MaxUnpackedSize / 2 / (1024 * 1024) + 8;
        const QByteArray data = XlsxFixture::repetitiveWorkbook(
            { { "<worksheet><sheetData>", 1 }, { rows, half }, { "</sheetData></worksheet>", 1 } },
            { { strings, half } });
        const ImportResult result = MemberImporter::readData(data);
        QCOMPARE(result.error.code(), ImportError::WorkbookTooLarge);
        QVERIFY(result.error.subject().isEmpty()); // the total, not one part
    }

    void textOfACellOverExcelsLimit_isRefused()
    {
        const ImportResult result = MemberImporter::readData(XlsxFixture::workbook(
            QStringLiteral("<row><c r=\"A1\"><v>%1</v></c></row>").arg(QString(XlsxReader::MaxCellLength + 1, u'1'))));
        QCOMPARE(result.error.code(), ImportError::BrokenWorkbook);
    }
};

QTEST_GUILESS_MAIN(TestMemberImporterXlsx)
#include "tst_MemberImporterXlsx.moc"
