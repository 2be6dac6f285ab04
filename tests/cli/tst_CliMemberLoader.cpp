#include "CliMemberLoader.h"
#include "CliOptions.h"
#include "XlsxFixture.h"
#include "import/ImportedTable.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

/** Members from --member, --mobile and --members files, with the columns and filter the options name. No network. */
class TestCliMemberLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static CliOptions options(const QStringList& extra)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), QStringLiteral("token"));
        const CliOptions parsed = CliOptions::parse(
            QStringList{ "dingtalk-group-cli", "create", "--name", "T", "--owner", "o" } + extra, environment);
        if (!parsed.isValid())
            qWarning("%s", qPrintable(parsed.errorMessage));
        return parsed;
    }

    static QStringList ids(const MemberList& members)
    {
        QStringList result;
        for (const Member& member : members)
            result.append(member.state == MemberState::Unresolved ? QStringLiteral("tel:") + member.mobile
                                                                  : member.userid);
        return result;
    }

    static const QByteArray& staffCsv()
    {
        static const QByteArray csv = QStringLiteral("userid,姓名,手机号,部门\n"
                                                     "u001,张三,13800000001,人力资源部\n"
                                                     "u002,李四,13800000002,研发部\n"
                                                     ",王五,138 0000 0003,人力资源部\n"
                                                     "u004,赵六,,人力资源部\n")
                                          .toUtf8();
        return csv;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Issue 17, point 5: a name that is not UTF-8 was decoded before it was opened ("No such file or directory").
    void fileNamesThatAreNotUtf8_areOpenedAsGiven()
    {
        for (const QByteArray& name : { QByteArray("\xc3\x28"
                                                   "bad\xff.txt"),
                                        QByteArray("\xd5\xc5\xc8\xfd.txt") }) {
            const QByteArray path = QFile::encodeName(m_dir.path()) + '/' + name;
            std::FILE* file = std::fopen(path.constData(), "wb");
            QVERIFY(file);
            std::fputs("u1\nu2\n", file);
            std::fclose(file);
            const QList<QByteArray> raw{ "dingtalk-group-cli", "create", "--name", "T", "--owner", "o",
                                         "--members",          path };
            QStringList decoded;
            for (const QByteArray& argument : raw)
                decoded.append(QString::fromLocal8Bit(argument)); // what QCoreApplication::arguments() gives
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), QStringLiteral("token"));
            const CliOptions parsed = CliOptions::parse(decoded, environment, raw);
            QVERIFY2(parsed.isValid(), qPrintable(parsed.errorMessage));
            CliMemberLoader loader(parsed);
            QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
            QCOMPARE(ids(loader.members()), QStringList({ "u1", "u2" }));
        }
    }

    // Issue 17, point 4: the message listed every column title, 365 MB of them for a row of 24 million cells.
    void missingColumn_namesOnlyTheFirstColumns()
    {
        QByteArray header;
        for (int i = 0; i < 16384; ++i)
            header += "title" + QByteArray::number(i) + ',';
        const QString path = write(QStringLiteral("titles.csv"), header + "\nu1\n");
        CliMemberLoader loader(options({ "--members", path, "--id-column", "nosuch" }));
        QVERIFY(!loader.load(nullptr));
        QCOMPARE(loader.errorCode(), QStringLiteral("members-column"));
        QVERIFY2(loader.errorMessage().size() < 1000, qPrintable(loader.errorMessage().left(2000)));
        QVERIFY(loader.errorMessage().contains(QLatin1String("16384")));
    }

    // Issue 17, point 3: standard input was read to its end before its size was judged, never ending when endless.
    void endlessStandardInput_isRefusedAsTooLarge()
    {
        class Endless : public QIODevice
        {
        public:
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char* data, qint64 maxSize) override
            {
                for (qint64 i = 0; i < maxSize; ++i)
                    data[i] = i % 3 == 2 ? '\n' : 'u';
                return maxSize;
            }
            qint64 writeData(const char*, qint64) override { return -1; }
        } endless;
        endless.open(QIODevice::ReadOnly);
        CliMemberLoader loader(options({ "--members", "-" }));
        QVERIFY(!loader.load(&endless));
        QCOMPARE(loader.importErrorCode(), QStringLiteral("too-large"));
    }

    void plainList_blankLinesIgnored_blankInsideKept()
    {
        const QString path = write(QStringLiteral("list.txt"), "\xEF\xBB\xBFu1\r\n\r\n  u2  \n\n\nu 3\n");
        const CliOptions parsed = options({ "--member", "a", "--members", path });
        CliMemberLoader loader(parsed);
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        QCOMPARE(ids(loader.members()), (QStringList{ "a", "u1", "u2", "u 3" }));
        // The id with a blank inside stays whole, and validation names it.
        GroupSpec spec = parsed.spec;
        spec.members = loader.members();
        QVERIFY(spec.validate().hasIssue(ValidationIssue::MemberIdInvalid));
    }

    void plainList_firstLineWithoutDigits_isAMember()
    {
        const QString path = write(QStringLiteral("people.txt"), "alice\nu001\nu002\nu003\nu004\n");
        CliMemberLoader loader(options({ "--members", path }));
        QVERIFY(loader.load(nullptr));
        QCOMPARE(ids(loader.members()), (QStringList{ "alice", "u001", "u002", "u003", "u004" }));
        // A known title is still a title.
        const QString titled = write(QStringLiteral("titled.txt"), "userid\nu001\nu002\n");
        CliMemberLoader titledLoader(options({ "--members", titled }));
        QVERIFY(titledLoader.load(nullptr));
        QCOMPARE(ids(titledLoader.members()), (QStringList{ "u001", "u002" }));
    }

    void standardInput()
    {
        QBuffer input;
        input.setData("x1\n\nx2\n");
        QVERIFY(input.open(QIODevice::ReadOnly));
        CliMemberLoader loader(options({ "--members", "-" }));
        QVERIFY(loader.load(&input));
        QCOMPARE(ids(loader.members()), (QStringList{ "x1", "x2" }));
        QVERIFY(loader.summaries().first().contains(QStringLiteral("standard input")));

        CliMemberLoader noInput(options({ "--members", "-" }));
        QVERIFY(!noInput.load(nullptr));
        QCOMPARE(noInput.errorCode(), QStringLiteral("members-file"));
    }

    void missingFile_isReported()
    {
        CliMemberLoader loader(options({ "--members", "/nonexistent/list.txt" }));
        QVERIFY(!loader.load(nullptr));
        QCOMPARE(loader.errorCode(), QStringLiteral("members-file"));
        QCOMPARE(loader.importErrorCode(), QStringLiteral("cannot-open"));
        QVERIFY(loader.errorMessage().contains(QStringLiteral("/nonexistent/list.txt")));
    }

    void refusedFiles_importersMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice");
        QByteArray xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        xls.append(QByteArray(504, '\0'));
        QTest::newRow("legacy xls") << "staff.xls" << xls << "legacy-excel"
                                    << ".xlsx or CSV";
        QTest::newRow("empty") << "empty.csv" << QByteArray() << "empty-file"
                               << "empty";
        QTest::newRow("blank lines only") << "blank.csv" << QByteArray("\n\r\n  \n") << "empty-file"
                                          << "empty";
        QTest::newRow("broken xlsx") << "broken.xlsx" << XlsxFixture::fromRows({ { "u1" } }).left(60)
                                     << "broken-workbook"
                                     << ".xlsx";
    }
    void refusedFiles_importersMessage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(QString, advice);
        CliMemberLoader loader(options({ "--member", "a", "--members", write(name, data) }));
        QVERIFY(!loader.load(nullptr));
        QCOMPARE(loader.errorCode(), QStringLiteral("members-file"));
        QCOMPARE(loader.importErrorCode(), code);
        QVERIFY2(loader.errorMessage().contains(advice), qPrintable(loader.errorMessage()));
        QVERIFY2(loader.errorMessage().contains(name), qPrintable(loader.errorMessage()));
    }

    void memberAndMobileOptions_inOrder_memberNeverReinterpreted()
    {
        CliMemberLoader loader(
            options({ "--member", "13800138000", "--mobile", "+86 139-0000-0001", "--mobile", " ", "--member", "b" }));
        QVERIFY(loader.load(nullptr));
        QCOMPARE(ids(loader.members()), (QStringList{ "13800138000", "b", "tel:+86 139-0000-0001" }));
        QCOMPARE(loader.members().at(0).state, MemberState::Ok);
        QCOMPARE(loader.members().at(2).source, MemberSource::CommandLine);
    }

    void csvWithHeader_idsAndPhonesGuessed()
    {
        CliMemberLoader loader(options({ "--members", write(QStringLiteral("staff.csv"), staffCsv()) }));
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        // With a userid column the ids decide (MemberImporter::toMembers): 王五 has none and is left out, aloud.
        QCOMPARE(ids(loader.members()), (QStringList{ "u001", "u002", "u004" }));
        QCOMPARE(loader.members().at(0).name, QStringLiteral("张三"));
        QCOMPARE(loader.skippedRows(), 1);
        QCOMPARE(loader.summaries().size(), 2);
        QVERIFY2(loader.summaries().at(0).contains(QStringLiteral("userid")), qPrintable(loader.summaries().at(0)));
        QVERIFY2(loader.summaries().at(1).contains(QStringLiteral("1 rows have no userid")),
                 qPrintable(loader.summaries().at(1)));
    }

    void filter_keepsOnlyMatchingRows()
    {
        CliMemberLoader loader(
            options({ "--members", write(QStringLiteral("filter.csv"), staffCsv()), "--filter", "部门=人力资源部" }));
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        QCOMPARE(ids(loader.members()), (QStringList{ "u001", "u004" }));
        QCOMPARE(loader.skippedRows(), 1); // 王五: in 人力资源部, but without a userid
        // By number too.
        CliMemberLoader byNumber(
            options({ "--members", write(QStringLiteral("filter2.csv"), staffCsv()), "--filter", "4=研发部" }));
        QVERIFY(byNumber.load(nullptr));
        QCOMPARE(ids(byNumber.members()), QStringList{ "u002" });
    }

    void fileBeyondTheGroupLimit_isJudgedOnItsCells_withoutAMemberPerRow()
    {
        // 3000 rows, 1500 different ids: refused whatever else, so no Member is built for its rows.
        QByteArray csv = "userid,部门\n";
        for (int i = 0; i < 3000; ++i)
            csv += "user" + QByteArray::number(i % 1500) + (i % 3 == 0 ? ",销售部\n" : ",研发部\n");
        CliMemberLoader loader(options({ "--member", "typed1", "--members", write(QStringLiteral("big.csv"), csv),
                                         "--members", write(QStringLiteral("never-read.csv"), "not,read\n") }));
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        QVERIFY(loader.tooManyMembers().has_value());
        const GroupValidation& validation = *loader.tooManyMembers();
        QVERIFY(validation.hasIssue(ValidationIssue::TooManyMembers));
        // 1500 ids of the file, the typed one, and the owner "o" whom the list lacks.
        QCOMPARE(validation.memberCount, 1502);
        QCOMPARE(validation.notices().constFirst().code, ValidationIssue::DuplicateRemoved);
        QCOMPARE(validation.notices().constFirst().removedCount, 1500);
        QCOMPARE(ids(loader.members()), QStringList{ "typed1" });
        QCOMPARE(loader.summaries().size(), 1); // the second file was not read: it could only add people
        QVERIFY2(loader.summaries().constFirst().contains(QStringLiteral("3000 rows, 3000 members")),
                 qPrintable(loader.summaries().constFirst()));

        // Filtered down to one department, the same file fits: members are built as usual.
        CliMemberLoader filtered(
            options({ "--members", write(QStringLiteral("big2.csv"), csv), "--filter", "部门=销售部" }));
        QVERIFY(filtered.load(nullptr));
        QVERIFY(!filtered.tooManyMembers());
        QCOMPARE(filtered.members().size(), 1000);

        // Many rows but few people: not refused, every row becomes a member (the repeats are noticed later).
        QByteArray repeats = "userid\n";
        for (int i = 0; i < 3000; ++i)
            repeats += "user" + QByteArray::number(i % 10) + "\n";
        CliMemberLoader few(options({ "--members", write(QStringLiteral("repeats.csv"), repeats) }));
        QVERIFY(few.load(nullptr));
        QVERIFY(!few.tooManyMembers());
        QCOMPARE(few.members().size(), 3000);
    }

    void filter_noMatch_listsTheValues()
    {
        CliMemberLoader loader(
            options({ "--members", write(QStringLiteral("nomatch.csv"), staffCsv()), "--filter", "部门=人事部" }));
        QVERIFY(!loader.load(nullptr));
        QCOMPARE(loader.errorCode(), QStringLiteral("members-column"));
        QVERIFY2(loader.errorMessage().contains(QStringLiteral("人力资源部, 研发部")),
                 qPrintable(loader.errorMessage()));
    }

    void unknownColumn_listsTheColumns()
    {
        CliMemberLoader loader(
            options({ "--members", write(QStringLiteral("unknown.csv"), staffCsv()), "--id-column", "员工编号" }));
        QVERIFY(!loader.load(nullptr));
        QCOMPARE(loader.errorCode(), QStringLiteral("members-column"));
        QVERIFY2(loader.errorMessage().contains(QStringLiteral("userid, 姓名, 手机号, 部门")),
                 qPrintable(loader.errorMessage()));
        QVERIFY(loader.errorMessage().contains(QStringLiteral("--id-column")));
    }

    void phoneColumnChosen_idGuessDropped()
    {
        // --phone-column makes the file a list of numbers, although it has a userid column.
        CliMemberLoader loader(
            options({ "--members", write(QStringLiteral("phones.csv"), staffCsv()), "--phone-column", "C" }));
        QVERIFY(loader.load(nullptr));
        QCOMPARE(ids(loader.members()), (QStringList{ "tel:13800000001", "tel:13800000002", "tel:138 0000 0003" }));
        QCOMPARE(loader.skippedRows(), 1); // 赵六 has no number
        QVERIFY(loader.summaries().at(1).contains(QStringLiteral("no phone number")));
    }

    void titleNamedOnCommandLine_makesFirstRowTheHeader()
    {
        // Nothing here looks like an id, so the guess sees no header; naming "Login" settles it.
        const QString path
            = write(QStringLiteral("logins.csv"), QStringLiteral("Person,Login\n张三,zhangsan\n李四,lisi\n").toUtf8());
        CliMemberLoader loader(options({ "--members", path, "--id-column", "login" }));
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        QCOMPARE(ids(loader.members()), (QStringList{ "zhangsan", "lisi" }));
    }

    void findColumn_titleNumberLetter()
    {
        const ImportedTable table({ { "工号", "Name", "手机号" }, { "u1", "n", "13800000001" } }, true);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("工号")), 0);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral(" name ")), 1);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("3")), 2);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("b")), 1);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("4")), -1);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("0")), -1);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("D")), -1);
        QCOMPARE(CliMemberLoader::findColumn(table, QStringLiteral("部门")), -1);
    }

    void encodingsAndWorkbook_sameMembers_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QString text = QStringLiteral("用户ID,姓名\nu001,张三\nu002,李四\n");
        QStringEncoder gb18030("GB18030");
        QTest::newRow("GB18030 CSV") << QByteArray(gb18030.encode(text));
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 tab-separated") << QByteArray(utf16.encode(QString(text).replace(u',', u'\t')));
        QTest::newRow("xlsx") << XlsxFixture::fromRows(
            { { "用户ID", "姓名" }, { "u001", "张三" }, { "u002", "李四" } });
    }
    void encodingsAndWorkbook_sameMembers()
    {
        QFETCH(QByteArray, data);
        CliMemberLoader loader(
            options({ "--members", write(QStringLiteral("enc-%1").arg(QTest::currentDataTag()), data) }));
        QVERIFY2(loader.load(nullptr), qPrintable(loader.errorMessage()));
        QCOMPARE(ids(loader.members()), (QStringList{ "u001", "u002" }));
        QCOMPARE(loader.members().at(1).name, QStringLiteral("李四"));
    }
};

QTEST_GUILESS_MAIN(TestCliMemberLoader)
#include "tst_CliMemberLoader.moc"
