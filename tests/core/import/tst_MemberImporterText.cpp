#include "import/DelimitedTextParser.h"
#include "import/MemberImporter.h"

#include <QStringEncoder>
#include <QTest>

namespace {

using Rows = QList<QStringList>;

QByteArray utf16(const QString& text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder(text);
}

const QString ChineseCsv = QStringLiteral("姓名,手机号,部门\n张三,13800138000,研发部\n李四,13900139000,市场部\n");

} // namespace

class TestMemberImporterText : public QObject
{
    Q_OBJECT

private slots:
    void bigFile_withOrWithoutAQuote_givesTheSameRows()
    {
        // Over a megabyte, with and without a quote at the end (the parser once split a big file without quotes in
        // halves): both must agree row for row, blank lines and trailing cells included.
        QString text = QStringLiteral("工号,姓名,部门\r\n");
        for (int i = 0; i < 60000; ++i) {
            text += QStringLiteral("u%1, 员工%1 ,部门%2,,\r\n").arg(i).arg(i % 7);
            if (i % 1000 == 0)
                text += QStringLiteral("\r\n");
        }
        QVERIFY(text.size() > 1024 * 1024);
        ImportedTable halves(text.toUtf8());
        int progressCalls = 0;
        QVERIFY(
            DelimitedTextParser::parse(halves.text(), QLatin1Char(','), halves, [&](qsizetype done, qsizetype total) {
                ++progressCalls;
                return done <= total;
            }));
        QVERIFY(progressCalls > 1);
        const QString quoted = text + QStringLiteral("\"last\"\r\n");
        ImportedTable oneThread(quoted.toUtf8());
        QVERIFY(DelimitedTextParser::parse(oneThread.text(), QLatin1Char(','), oneThread));
        QCOMPARE(halves.rowCount(), 60001);
        QCOMPARE(oneThread.rowCount(), 60002);
        QCOMPARE(halves.columnCount(), 3);
        const QList<QStringList> rows = halves.rows();
        QCOMPARE(rows, oneThread.rows().mid(0, 60001));
        QCOMPARE(rows.at(60000), (QStringList{ "u59999", "员工59999", "部门2" }));

        // Cancelled while a big file is read: the parse says so.
        ImportedTable cancelled(text.toUtf8());
        QVERIFY(!DelimitedTextParser::parse(cancelled.text(), QLatin1Char(','), cancelled,
                                            [](qsizetype, qsizetype) { return false; }));
    }

    void encodings_areDetectedFromTheBytes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QString tabbed = ChineseCsv;
        tabbed.replace(u',', u'\t');
        QString crlf = ChineseCsv;
        crlf.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        QTest::newRow("UTF-8") << ChineseCsv.toUtf8() << QStringLiteral("UTF-8") << QChar(u',');
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + ChineseCsv.toUtf8() << QStringLiteral("UTF-8")
                                        << QChar(u',');
        QTest::newRow("UTF-16 LE with BOM, tabs (Excel Unicode text)")
            << utf16(tabbed, QStringConverter::Utf16LE) << QStringLiteral("UTF-16LE") << QChar(u'\t');
        QTest::newRow("UTF-16 BE with BOM, tabs")
            << utf16(tabbed, QStringConverter::Utf16BE) << QStringLiteral("UTF-16BE") << QChar(u'\t');
        QTest::newRow("GB18030 (GBK from Excel or WPS)")
            << gb18030(ChineseCsv) << QStringLiteral("GB18030") << QChar(u',');
        QTest::newRow("GB18030 with CRLF") << gb18030(crlf) << QStringLiteral("GB18030") << QChar(u',');
        QTest::newRow("UTF-8 with CRLF") << crlf.toUtf8() << QStringLiteral("UTF-8") << QChar(u',');
    }

    void encodings_areDetectedFromTheBytes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        const ImportResult result = MemberImporter::readData(data, QStringLiteral("people.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.format, ImportFormat::Delimited);
        QCOMPARE(result.delimiter, delimiter);
        QVERIFY(result.table.hasHeader());
        QCOMPARE(result.table.headers(),
                 QStringList({ QStringLiteral("姓名"), QStringLiteral("手机号"), QStringLiteral("部门") }));
        QCOMPARE(result.table.rows(),
                 Rows({ { QStringLiteral("张三"), QStringLiteral("13800138000"), QStringLiteral("研发部") },
                        { QStringLiteral("李四"), QStringLiteral("13900139000"), QStringLiteral("市场部") } }));
    }

    void utf16WithoutBom_isRecognisedByItsZeroBytes()
    {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray data = encoder(QStringLiteral("userid\tname\nuser01\tAlice\nuser02\tBob\n"));
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(result.table.cell(1, 1), QStringLiteral("Bob"));
    }

    void quoting_followsRfc4180()
    {
        const QByteArray data = "name,userid,note\r\n"
                                "\"Smith, John\",u1,\"said \"\"hi\"\"\"\r\n"
                                "\"Two\r\nLines\",u2,\"a\nb\"\r\n"
                                " \"  padded  \" ,\"u3\",plain \"inner\" quote\r\n"
                                "\"\",u4,\"\"\r\n";
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.rows(),
                 Rows({ { QStringLiteral("Smith, John"), QStringLiteral("u1"), QStringLiteral("said \"hi\"") },
                        { QStringLiteral("Two\nLines"), QStringLiteral("u2"), QStringLiteral("a\nb") },
                        { QStringLiteral("padded"), QStringLiteral("u3"), QStringLiteral("plain \"inner\" quote") },
                        { QString(), QStringLiteral("u4") } }));
    }

    void quoting_unterminatedQuoteRunsToTheEnd()
    {
        const ImportResult result = MemberImporter::readData("userid,name\nu1,\"never closed\nu2,x");
        QVERIFY(result.ok());
        QCOMPARE(result.table.rowCount(), 1);
        QCOMPARE(result.table.cell(0, 1), QStringLiteral("never closed\nu2,x"));
    }

    void cells_areTrimmed()
    {
        const ImportResult result
            = MemberImporter::readData(QStringLiteral("userid , name\n  u1\t,  张三\u3000 \n").toUtf8());
        QCOMPARE(result.table.headers(), QStringList({ QStringLiteral("userid"), QStringLiteral("name") }));
        QCOMPARE(result.table.rows(), Rows({ { QStringLiteral("u1"), QStringLiteral("张三") } }));
    }

    void cells_loseEveryUnicodeBlank_andKeepCharactersThatOnlyShareTheirBytes()
    {
        // Cells are split as UTF-8 bytes: the blanks beyond ASCII (no-break, em and ideographic spaces, the line
        // separator) are trimmed like QString::trimmed() does. 耀 (E8 80 80) ends with the last byte of U+3000 and
        // € (E2 82 AC) and 、(E3 80 81) start with the first bytes of blanks: they stay.
        const QString text = QStringLiteral("userid,name\n\u00A0u1\u2003,\u3000张三\u2028\n耀,€、\n"
                                            "\u3000\u00A0,\u0085x\u202F\n");
        for (const QByteArray& data : { text.toUtf8(), gb18030(text) }) {
            const ImportResult result = MemberImporter::readData(data);
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
            QCOMPARE(result.table.rows(),
                     Rows({ { QStringLiteral("u1"), QStringLiteral("张三") },
                            { QStringLiteral("耀"), QStringLiteral("€、") },
                            { QString(), QStringLiteral("x") } }));
        }
    }

    void delimiter_isSniffed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Rows>("rows");
        const Rows abc = { { QStringLiteral("u1"), QStringLiteral("Alice"), QStringLiteral("Sales") },
                           { QStringLiteral("u2"), QStringLiteral("Bob"), QStringLiteral("IT") } };
        QTest::newRow("comma") << QByteArray("u1,Alice,Sales\nu2,Bob,IT\n") << QChar(u',') << abc;
        QTest::newRow("tab") << QByteArray("u1\tAlice\tSales\nu2\tBob\tIT\n") << QChar(u'\t') << abc;
        QTest::newRow("semicolon") << QByteArray("u1;Alice;Sales\nu2;Bob;IT\n") << QChar(u';') << abc;
        QTest::newRow("semicolon with commas inside names, with header")
            << QByteArray("userid;name\nu1;Smith, John\nu2;Doe, Jane\nu3;Madonna\n") << QChar(u';')
            << Rows({ { QStringLiteral("u1"), QStringLiteral("Smith, John") },
                      { QStringLiteral("u2"), QStringLiteral("Doe, Jane") },
                      { QStringLiteral("u3"), QStringLiteral("Madonna") } });
        QTest::newRow("semicolon with a comma in every line, no header")
            << QByteArray("u1;Smith, John\nu2;Doe, Jane\n") << QChar(u';')
            << Rows({ { QStringLiteral("u1"), QStringLiteral("Smith, John") },
                      { QStringLiteral("u2"), QStringLiteral("Doe, Jane") } });
        QTest::newRow("tab with commas inside") << QByteArray("u1\tSmith, John\nu2\tDoe, Jane\n") << QChar(u'\t')
                                                << Rows({ { QStringLiteral("u1"), QStringLiteral("Smith, John") },
                                                          { QStringLiteral("u2"), QStringLiteral("Doe, Jane") } });
        QTest::newRow("comma with quoted semicolons") << QByteArray("u1,\"a;b\"\nu2,\"c;d\"\nu3,e\n") << QChar(u',')
                                                      << Rows({ { QStringLiteral("u1"), QStringLiteral("a;b") },
                                                                { QStringLiteral("u2"), QStringLiteral("c;d") },
                                                                { QStringLiteral("u3"), QStringLiteral("e") } });
        QTest::newRow("Excel sep= line") << QByteArray("sep=;\r\nu1;Alice, A\r\nu2;Bob, B\r\n") << QChar(u';')
                                         << Rows({ { QStringLiteral("u1"), QStringLiteral("Alice, A") },
                                                   { QStringLiteral("u2"), QStringLiteral("Bob, B") } });
    }

    void delimiter_isSniffed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QChar, delimiter);
        QFETCH(Rows, rows);
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.format, ImportFormat::Delimited);
        QCOMPARE(result.delimiter, delimiter);
        QCOMPARE(result.table.rows(), rows);
    }

    void header_isOptional_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("hasHeader");
        QTest::newRow("known titles") << QByteArray("userid,name\nu1,A\n") << true;
        QTest::newRow("unknown titles over ids") << QByteArray("Account,Person\nzhang01,A\nli02,B\n") << true;
        QTest::newRow("unknown titles over phones") << QByteArray("Tel,Who\n13800138000,A\n13900139000,B\n") << true;
        QTest::newRow("no header: first row holds an id") << QByteArray("u1,Alice\nu2,Bob\n") << false;
        QTest::newRow("no header: nothing looks like an id") << QByteArray("zhangsan\nlisi\nwangwu\n") << false;
        QTest::newRow("single row of ids") << QByteArray("u1,Alice\n") << false;
        QTest::newRow("title over a plain list") << QByteArray("Members\nzhang01\nli02\n") << true;
        QTest::newRow("plain list: userid title") << QByteArray("userid\nzhangsan\nlisi\n") << true;
        // Without a known title the first line of a plain list is a person, never dropped as a header.
        QTest::newRow("plain list: first id has no digits") << QByteArray("alice\nu001\nu002\n") << false;
    }

    void header_isOptional()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, hasHeader);
        const ImportResult result = MemberImporter::readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.table.hasHeader(), hasHeader);
    }

    void noHeader_columnsAreNamedByLetter()
    {
        const ImportResult result = MemberImporter::readData("u1,Alice,Sales\nu2,Bob\n");
        QVERIFY(!result.table.hasHeader());
        QCOMPARE(result.table.headers(),
                 QStringList({ QStringLiteral("Column A"), QStringLiteral("Column B"), QStringLiteral("Column C") }));
        QCOMPARE(result.table.rowCount(), 2);
        QCOMPARE(result.table.cell(1, 2), QString());
    }

    void header_canBeOverridden()
    {
        ImportResult result = MemberImporter::readData("zhangsan\nlisi\n");
        ImportedTable table = result.table;
        QVERIFY(!table.hasHeader());
        table.setHasHeader(true);
        QCOMPARE(table.headers(), QStringList({ QStringLiteral("zhangsan") }));
        QCOMPARE(table.rowCount(), 1);
        table.setHasHeader(false);
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(0, 0), QStringLiteral("zhangsan"));
    }

    void plainList_oneIdPerLine_skipsBlankLines()
    {
        const ImportResult result = MemberImporter::readData("user01\r\n\r\n  user02  \n\n\nuser03");
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.format, ImportFormat::PlainList);
        QVERIFY(result.delimiter.isNull());
        QCOMPARE(result.table.rows(),
                 Rows({ { QStringLiteral("user01") }, { QStringLiteral("user02") }, { QStringLiteral("user03") } }));
        const MemberList members = MemberImporter::toMembers(result.table, MemberImporter::guessColumns(result.table));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(1).userid, QStringLiteral("user02"));
        QCOMPARE(members.at(1).source, MemberSource::Imported);
    }

    void blankRowsAndTrailingEmptyCells_areDropped()
    {
        const ImportResult result = MemberImporter::readData("userid,name,,\n,,,\nu1,A,,\n\n ,  \nu2,B\n");
        QCOMPARE(result.table.columnCount(), 2);
        QCOMPARE(
            result.table.rows(),
            Rows({ { QStringLiteral("u1"), QStringLiteral("A") }, { QStringLiteral("u2"), QStringLiteral("B") } }));
    }

    void textNamedXlsx_isReadByContent()
    {
        const ImportResult result = MemberImporter::readData("userid\nu1\n", QStringLiteral("renamed.xlsx"));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.format, ImportFormat::PlainList);
    }

    void progress_isReportedAndCanCancel()
    {
        QByteArray data = "userid,name\n";
        for (int i = 0; i < 20000; ++i)
            data += "u" + QByteArray::number(i) + ",Name\n";
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        int calls = 0;
        bool monotonic = true;
        ImportResult result = MemberImporter::readData(data, QString(), [&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= lastDone && done <= total;
            lastDone = done;
            lastTotal = total;
            ++calls;
            return true;
        });
        QVERIFY(result.ok());
        QVERIFY(monotonic);
        QVERIFY(calls > 1);
        QCOMPARE(lastDone, lastTotal);

        result = MemberImporter::readData(data, QString(), [](qint64, qint64) { return false; });
        QCOMPARE(result.error.code(), ImportError::Cancelled);
        QVERIFY(result.table.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemberImporterText)
#include "tst_MemberImporterText.moc"
