#include "XlsxFixture.h"
#include "import/MemberImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

namespace {

const QByteArray Ole2Magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QByteArray compoundFile(const QByteArray& body = QByteArray(504, '\0'))
{
    return Ole2Magic + body;
}

// Deterministic binary garbage: every byte value, NULs included.
QByteArray garbage(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : data)
        byte = char(generator.bounded(256));
    return data;
}

} // namespace

class TestMemberImporterErrors : public QObject
{
    Q_OBJECT

private slots:
    void brokenFiles_giveAClearError_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("nameHint");
        QTest::addColumn<int>("code");
        const QByteArray workbook = XlsxFixture::workbook(QStringLiteral("<row><c><v>1</v></c></row>"));
        QTest::newRow("legacy xls") << compoundFile() << QStringLiteral("staff.xls") << int(ImportError::LegacyExcel);
        QTest::newRow("legacy xls without a name") << compoundFile() << QString() << int(ImportError::LegacyExcel);
        QTest::newRow("WPS et") << compoundFile() << QStringLiteral("花名册.et") << int(ImportError::WpsSpreadsheet);
        QTest::newRow("password-protected xlsx")
            << compoundFile(QByteArray(200, '\0') + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28))
            << QStringLiteral("staff.xlsx") << int(ImportError::PasswordProtected);
        QTest::newRow("not a zip though it says xlsx")
            << garbage(4096) << QStringLiteral("staff.xlsx") << int(ImportError::NotAWorkbook);
        QTest::newRow("truncated zip") << workbook.left(workbook.size() / 2) << QStringLiteral("staff.xlsx")
                                       << int(ImportError::BrokenWorkbook);
        QTest::newRow("zip cut before its end record")
            << workbook.left(workbook.size() - 10) << QString() << int(ImportError::BrokenWorkbook);
        QTest::newRow("binary garbage") << garbage(4096) << QStringLiteral("members.txt")
                                        << int(ImportError::BinaryData);
        QTest::newRow("NUL bytes in text")
            << QByteArray("user1\nuser2\0\0\0\nuser3\n", 21) << QString() << int(ImportError::BinaryData);
        QTest::newRow("control characters in text") << QByteArray(200, '\x01') + "user1\n"
                                                    << QString() << int(ImportError::BinaryData);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("members.csv") << int(ImportError::EmptyFile);
        QTest::newRow("only blank lines") << QByteArray(" \r\n\t\n,,,\n") << QString() << int(ImportError::EmptyFile);
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << int(ImportError::EmptyFile);
        QTest::newRow("HTML saved as xls") << QByteArray("<html><body><table><tr><td>u1</td></tr></table>")
                                           << QStringLiteral("export.xls") << int(ImportError::UnsupportedFormat);
        QTest::newRow("OpenDocument spreadsheet")
            << XlsxFixture::zip({ { QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet" },
                                  { QStringLiteral("content.xml"), "<office:document-content/>" } })
            << QStringLiteral("staff.ods") << int(ImportError::UnsupportedFormat);
        QTest::newRow("zip without a workbook")
            << XlsxFixture::zip({ { QStringLiteral("[Content_Types].xml"), "<Types/>" } })
            << QStringLiteral("staff.xlsx") << int(ImportError::BrokenWorkbook);
        QTest::newRow("zip of something else") << XlsxFixture::zip({ { QStringLiteral("readme.txt"), "hello" } })
                                               << QString() << int(ImportError::UnsupportedFormat);
        QByteArray damaged = XlsxFixture::workbook(QStringLiteral("<row><c><v>1</v></c></row>").repeated(50));
        const qsizetype sheetData = damaged.indexOf("xl/worksheets/sheet1.xml") + 24;
        for (qsizetype i = sheetData + 8; i < sheetData + 16; ++i)
            damaged[i] = char(~damaged.at(i));
        QTest::newRow("damaged sheet data") << damaged << QString() << int(ImportError::BrokenWorkbook);
        QTest::newRow("broken sheet XML") << XlsxFixture::workbook(QStringLiteral("<row><c><v>1</v></row>"))
                                          << QString() << int(ImportError::BrokenWorkbook);
    }

    void brokenFiles_giveAClearError()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, nameHint);
        QFETCH(int, code);
        const ImportResult result = MemberImporter::readData(data, nameHint);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error.code()), code);
        QVERIFY(!result.error.message().isEmpty());
        QVERIFY(result.error.codeName() != QLatin1String("unknown"));
        QVERIFY(result.table.isEmpty());
        QCOMPARE(result.table.rowCount(), 0);
    }

    void randomlyDamagedWorkbooks_neverHangOrCrash()
    {
        QStringList strings;
        QString sheetData;
        for (int row = 0; row < 40; ++row) {
            strings.append(QStringLiteral("<r><t>名</t></r><r><t>%1</t></r>").arg(row));
            sheetData
                += QStringLiteral("<row r=\"%1\"><c r=\"A%1\" t=\"s\"><v>%2</v></c><c r=\"B%1\"><v>1.38E+10</v></c>"
                                  "</row>")
                       .arg(row + 1)
                       .arg(row);
        }
        const QByteArray workbook = XlsxFixture::workbook(sheetData, strings);
        QRandomGenerator generator(7);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = workbook;
            for (int flips = 1 + round % 4; flips > 0; --flips) {
                const qsizetype at = 4 + generator.bounded(damaged.size() - 4);
                damaged[at] = char(generator.bounded(256));
            }
            if (round % 5 == 0)
                damaged.truncate(4 + generator.bounded(damaged.size() - 4));
            const ImportResult result = MemberImporter::readData(damaged);
            QVERIFY(result.ok() || result.table.isEmpty());
        }
    }

    void legacyFormats_adviseSavingAsXlsxOrCsv()
    {
        for (const QString& name : { QStringLiteral("a.xls"), QStringLiteral("a.et") }) {
            const QString message = MemberImporter::readData(compoundFile(), name).error.message();
            QVERIFY2(message.contains(QLatin1String(".xlsx")) && message.contains(QLatin1String("CSV")),
                     qPrintable(message));
        }
        QVERIFY(MemberImporter::readData(compoundFile(), QStringLiteral("a.et"))
                    .error.message()
                    .contains(QLatin1String("WPS")));
    }

    void tooLarge_isRefusedBeforeReading()
    {
        QByteArray big(int(ImportError::MaxFileSize) + 1, 'a');
        QCOMPARE(MemberImporter::readData(big).error.code(), ImportError::TooLarge);
        big.clear();

        // A sparse file: its size is over the limit but nothing is written or read.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImportError::MaxFileSize + 1));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = MemberImporter::readFile(file.fileName());
        QCOMPARE(result.error.code(), ImportError::TooLarge);
        QVERIFY(result.error.message().contains(QLatin1String("50")));
        QVERIFY(timer.elapsed() < 1000);
    }

    void missingFile_cannotBeOpened()
    {
        const ImportResult result = MemberImporter::readFile(QStringLiteral("/nonexistent/members.csv"));
        QCOMPARE(result.error.code(), ImportError::CannotOpen);
        QVERIFY(result.error.message().contains(QLatin1String("members.csv")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(MemberImporter::readFile(dir.path()).error.code(), ImportError::CannotOpen);
    }

    void errorCodes_haveStableNames()
    {
        QCOMPARE(ImportError(ImportError::TooLarge).codeName(), QStringLiteral("too-large"));
        QCOMPARE(ImportError(ImportError::LegacyExcel).codeName(), QStringLiteral("legacy-excel"));
        QCOMPARE(ImportError().codeName(), QStringLiteral("none"));
        QVERIFY(!ImportError().isError());
        QVERIFY(ImportError().message().isEmpty());
    }

    void rowPastTheLastColumn_isRefused()
    {
        const ImportResult result
            = MemberImporter::readData(QByteArray("a,").repeated(ImportedTable::MaxColumns) + "a\n");
        QCOMPARE(result.error.code(), ImportError::TooManyColumns);
        QVERIFY(!result.error.message().isEmpty());
    }

    void emptyCellsPastTheLastColumn_costNothing()
    {
        const ImportResult result = MemberImporter::readData("u1" + QByteArray(1000000, ','));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.columnCount(), 1);
    }

    void moreRowsThanASpreadsheet_areRefused()
    {
        const ImportResult result = MemberImporter::readData(QByteArray("a\n").repeated(ImportedTable::MaxRows + 1));
        QCOMPARE(result.error.code(), ImportError::TooManyRows);
        QVERIFY(MemberImporter::readData(QByteArray("a\n").repeated(ImportedTable::MaxRows)).ok());
    }

    void moreCellsThanTheLimit_areRefused()
    {
        const QByteArray row = QByteArray("a,").repeated(1023) + "a\n";
        const ImportResult result = MemberImporter::readData(row.repeated(ImportedTable::MaxCells / 1024 + 1));
        QCOMPARE(result.error.code(), ImportError::TooManyCells);
    }

    // Issue 17, point 3: a device without a size (a pipe, /dev/zero) was read to its end, never ending.
    void endlessDevice_isReadOnlyUpToTheLimit()
    {
        class Endless : public QIODevice
        {
        public:
            qint64 given = 0;
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char* data, qint64 maxSize) override
            {
                std::memset(data, 'a', size_t(maxSize));
                given += maxSize;
                return maxSize;
            }
            qint64 writeData(const char*, qint64) override { return -1; }
        } endless;
        endless.open(QIODevice::ReadOnly);
        const ImportResult result = MemberImporter::readDevice(endless);
        QCOMPARE(result.error.code(), ImportError::TooLarge);
        QVERIFY(endless.given <= ImportError::MaxFileSize + 2 * 1024 * 1024);
    }

    void deviceFile_isReadUpToTheLimit()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero");
        QCOMPARE(MemberImporter::readFile(QStringLiteral("/dev/zero")).error.code(), ImportError::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestMemberImporterErrors)
#include "tst_MemberImporterErrors.moc"
