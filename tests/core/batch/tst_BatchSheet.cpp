#include "batch/BatchCell.h"
#include "batch/BatchColumns.h"
#include "batch/BatchJournal.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchSheetReader.h"
#include "directory/PersonResolver.h"
#include "import/ImportedTable.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

/**
 * The batch sheet's cells, titles and shapes, people and departments read through the directory (and without one),
 * validation per row, and the journal's reading of a crash.
 */
class TestBatchSheet : public QObject
{
    Q_OBJECT

private:
    /**
     * A small organisation: 华东区 under both 销售部 and 市场部, 上海组 below 销售部/华东区, two people named 王建国,
     * 李娜 in two departments with a mobile number, job numbers for all but 孙丽.
     */
    static Directory directory()
    {
        const QList<DirectoryDepartment> departments{
            { 1, 0, "示例公司", {}, false }, { 10, 1, "销售部", {}, false },  { 11, 10, "华东区", {}, false },
            { 12, 1, "市场部", {}, false },  { 13, 12, "华东区", {}, false }, { 14, 1, "总经办", {}, false },
            { 15, 11, "上海组", {}, false },
        };
        const auto person = [](const char* userid, const char* name, const char* jobNumber, QList<qint64> ids,
                               const char* mobile = "") {
            DirectoryPerson p;
            p.userid = QString::fromUtf8(userid);
            p.name = QString::fromUtf8(name);
            p.jobNumber = QString::fromUtf8(jobNumber);
            p.departmentIds = ids;
            p.mobile = DirectoryPerson::mobileKey(QString::fromUtf8(mobile));
            return p;
        };
        const QList<DirectoryPerson> people{
            person("manager4220", "王建国", "E001", { 14 }),
            person("wang2", "王建国", "E002", { 11 }),
            person("lina", "李娜", "E003", { 10, 12 }, "13800138000"),
            person("zhaomin", "赵敏", "E004", { 15 }),
            person("chen", "Emily Chen", "E005", { 13 }),
            person("sunli", "孙丽", "", { 12 }),
        };
        return Directory(departments, people, QDateTime::currentDateTimeUtc());
    }

    static QList<BatchItem> prepared(const QList<QStringList>& rows, const PersonResolver& people)
    {
        QList<BatchItem> items
            = BatchPreparation::resolve(BatchSheetReader::fromTable(ImportedTable(rows, true)), people);
        // Phone lookups: one number belongs to an employee the copy does not hold yet.
        BatchPreparation::validate(items, [](const QString& mobile) {
            return mobile == QLatin1String("13900001111") ? QStringLiteral("newcomer") : QString();
        });
        return items;
    }

    static QSet<QString> idsOf(const BatchItem& item)
    {
        return QSet<QString>(item.validation.memberIds.cbegin(), item.validation.memberIds.cend());
    }

    static QStringList codesOf(const BatchItem& item)
    {
        QStringList codes;
        for (const BatchIssue& issue : item.issues)
            codes.append(issue.codeName());
        return codes;
    }

    /** The row's issues before GroupSpec::validate()'s (a person left out may leave no owner or no members). */
    static QStringList peopleCodesOf(const BatchItem& item)
    {
        QStringList codes;
        for (const BatchIssue& issue : item.issues) {
            if (issue.code != BatchIssue::Code::Validation)
                codes.append(issue.codeName());
        }
        return codes;
    }

private slots:
    void splitsMembersCells()
    {
        QCOMPARE(BatchCell::splitPeople(u"a, b;c\n d、e，f；g,,"), QStringList({ "a", "b", "c", "d", "e", "f", "g" }));
        QCOMPARE(BatchCell::splitPeople(u"John Smith"), QStringList({ "John Smith" }));
    }

    void readsSwitchValues()
    {
        for (const char* on : { "1", "是", "YES", "true", "✓" })
            QCOMPARE(BatchCell::switchValue(QString::fromUtf8(on)), std::optional<bool>(true));
        for (const char* off : { "0", "否", "no", "False" })
            QCOMPARE(BatchCell::switchValue(QString::fromUtf8(off)), std::optional<bool>(false));
        bool readable = true;
        QVERIFY(!BatchCell::switchValue(u"", &readable));
        QVERIFY(readable);
        QVERIFY(!BatchCell::switchValue(u"maybe", &readable));
        QVERIFY(!readable);
    }

    void knowsEveryColumnTitle()
    {
        const BatchColumns columns = BatchColumns::fromTitles(
            { "Group Name", "群主", "人员", "工号", "手机号", "部门", "预设", "showHistoryType", "可被搜索(&S)",
              "入群 需要验证", "仅群主可@所有人", "managementType", "全员禁言", "备注" });
        QCOMPARE(columns.name, 0);
        QCOMPARE(columns.owner, 1);
        QCOMPARE(columns.people.size(), 3);
        QCOMPARE(columns.people.at(0).field, PersonField::Any);
        QCOMPARE(columns.people.at(1).field, PersonField::JobNumber);
        QCOMPARE(columns.people.at(2).field, PersonField::Mobile);
        QCOMPARE(columns.department, 5);
        QCOMPARE(columns.preset, 6);
        QCOMPARE(columns.switches.size(), 6);
        QCOMPARE(columns.switches.at(1).setting, 1);
        QCOMPARE(columns.unknown, QList<int>({ 13 }));
    }

    void oneRowPerPersonDisagreeingOwners()
    {
        const ImportedTable table({ { "群名称", "群主", "userid", "全员禁言" },
                                    { "甲", "boss1", "u1", "1" },
                                    { "乙", "boss2", "u2", "" },
                                    { "甲", "boss3", "u3", "0" } },
                                  true);
        const BatchSheet sheet = BatchSheetReader::fromTable(table);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.shape, BatchSheet::Shape::OneRowPerPerson);
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.rows.at(0).people.size(), 2);
        QList<QString> codes;
        for (const BatchIssue& issue : sheet.rows.at(0).issues)
            codes.append(issue.codeName());
        QCOMPARE(codes, QList<QString>({ "owner-conflict", "switch-conflict" }));

        QList<BatchItem> items = BatchPreparation::resolve(sheet, PersonResolver());
        BatchPreparation::validate(items);
        QVERIFY(!items.at(0).isValid());
        QVERIFY(items.at(1).isValid());
        QCOMPARE(items.at(1).validation.memberIds, QStringList({ "boss2", "u2" }));
    }

    void readsEveryColumnKindByTheOneRule()
    {
        // 成员 by the one rule (a name, a known userid, a job number); 姓名, 工号, 手机号 and userid as headed.
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "成员", "姓名", "工号", "手机号", "userid" },
                                                  { "甲", "E001", "李娜、sunli，E004", "Emily Chen", "E002",
                                                    "+86 138-0013-8000\n139 0000 1111", "ext-9" } },
                                                PersonResolver(directory()));
        QCOMPARE(items.size(), 1);
        const BatchItem& item = items.first();
        QVERIFY2(item.isValid(), qPrintable(codesOf(item).join(',')));
        QCOMPARE(item.spec.owner, QStringLiteral("manager4220")); // the job number E001
        // 李娜 twice (by name and by her mobile) is one member; a userid column is taken as it is (DingTalk decides).
        QCOMPARE(idsOf(item),
                 QSet<QString>({ "manager4220", "lina", "sunli", "zhaomin", "chen", "wang2", "newcomer", "ext-9" }));
        QCOMPARE(item.spec.members.first().name, QStringLiteral("李娜"));
    }

    void departmentCellTakesEveryoneBelowIt()
    {
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "部门" },
                                                  { "销售", "manager4220", "销售部" },
                                                  { "市场华东", "manager4220", "市场部/华东区" },
                                                  { "两个", "manager4220", "总经办；上海组" } },
                                                PersonResolver(directory()));
        QCOMPARE(items.size(), 3);
        for (const BatchItem& item : items)
            QVERIFY2(item.isValid(), qPrintable(codesOf(item).join(',')));
        // 销售部 with 华东区 and 上海组 below it.
        QCOMPARE(idsOf(items.at(0)), QSet<QString>({ "manager4220", "lina", "wang2", "zhaomin" }));
        QCOMPARE(idsOf(items.at(1)), QSet<QString>({ "manager4220", "chen" }));
        QCOMPARE(idsOf(items.at(2)), QSet<QString>({ "manager4220", "zhaomin" }));
    }

    void ambiguousPeopleAndDepartmentsListTheirCandidates()
    {
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "成员", "部门" },
                                                  { "甲", "王建国", "lina", "" },
                                                  { "乙", "manager4220", "王 建国", "华东区" } },
                                                PersonResolver(directory()));
        QCOMPARE(peopleCodesOf(items.at(0)), QStringList({ "ambiguous-person" }));
        const BatchIssue owner = items.at(0).issues.first();
        QCOMPARE(owner.subject, QStringLiteral("王建国"));
        QCOMPARE(owner.people.size(), 2);
        QCOMPARE(owner.candidateLines(),
                 QStringList({ "王建国 · 总经办 · manager4220", "王建国 · 销售部/华东区 · wang2" }));
        QVERIFY(owner.message().contains(QStringLiteral("王建国 · 总经办 · manager4220")));

        QCOMPARE(peopleCodesOf(items.at(1)), QStringList({ "ambiguous-person", "ambiguous-department" }));
        const BatchIssue department = items.at(1).issues.at(1);
        QCOMPARE(department.paths, QStringList({ "销售部/华东区", "市场部/华东区" }));
        QVERIFY(department.people.isEmpty());
        QVERIFY(department.message().contains(QStringLiteral("市场部/华东区")));
        QVERIFY(!items.at(1).isValid());
    }

    void unknownPeopleAndDepartmentsAreErrorsOfTheirRow()
    {
        // With a directory, 成员 text nobody has is unknown, even shaped like a userid; a 姓名 column is read as a
        // name only (E001 is nobody's name), a 工号 column as a job number only.
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "成员", "姓名", "工号", "部门" },
                                                  { "甲", "manager4220", "nobody", "", "", "" },
                                                  { "乙", "manager4220", "", "E001", "", "" },
                                                  { "丙", "manager4220", "", "", "李娜", "" },
                                                  { "丁", "manager4220", "", "", "", "财务部" },
                                                  { "戊", "manager4220", "13700009999", "", "", "" },
                                                  { "己", "manager4220", "lina", "", "", "" } },
                                                PersonResolver(directory()));
        QCOMPARE(peopleCodesOf(items.at(0)), QStringList({ "unknown-person" }));
        QCOMPARE(items.at(0).issues.first().subject, QStringLiteral("nobody"));
        QCOMPARE(peopleCodesOf(items.at(1)), QStringList({ "unknown-person" }));
        QCOMPARE(peopleCodesOf(items.at(2)), QStringList({ "unknown-person" }));
        QCOMPARE(peopleCodesOf(items.at(3)), QStringList({ "unknown-department" }));
        // A number neither the copy nor DingTalk's phone lookup knows: judged as the form judges it.
        QCOMPARE(codesOf(items.at(4)), QStringList({ "member-unresolved" }));
        QVERIFY(items.at(5).isValid());
    }

    void oneRowPerPersonByName()
    {
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "姓名", "部门" },
                                                  { "周会", "E001", "李娜", "市场部" },
                                                  { "周会", "", "赵敏", "" },
                                                  { "周会", "", "", "市场部/华东区" } },
                                                PersonResolver(directory()));
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.first().isValid(), qPrintable(codesOf(items.first()).join(',')));
        // On a row naming a person the department is that person's, not a list to add; a row without one adds it.
        QCOMPARE(idsOf(items.first()), QSet<QString>({ "manager4220", "lina", "zhaomin", "chen" }));
    }

    void withoutDirectoryOnlyUseridsAndMobilesAreRead()
    {
        const QList<BatchItem> items = prepared({ { "群名称", "群主", "成员", "姓名", "工号", "部门" },
                                                  { "甲", "boss", "u1、13900001111", "", "", "" },
                                                  { "乙", "boss", "", "张三", "", "" },
                                                  { "丙", "boss", "", "", "E001", "" },
                                                  { "丁", "boss", "", "", "", "销售部" } },
                                                PersonResolver());
        QVERIFY(items.at(0).isValid());
        QCOMPARE(idsOf(items.at(0)), QSet<QString>({ "boss", "u1", "newcomer" }));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(peopleCodesOf(items.at(i)), QStringList({ "needs-directory" }));
            QVERIFY(items.at(i).issues.first().message().contains(QStringLiteral("directory")));
        }
        QCOMPARE(items.at(1).issues.first().subject, QStringLiteral("张三"));
        QCOMPARE(items.at(3).issues.first().subject, QStringLiteral("销售部"));
    }

    void journalSaysSendingAfterACrashMeansUnknown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.jsonl"));
        {
            BatchJournal journal(path);
            QVERIFY(journal.open({}));
            QVERIFY(journal.markSending(2, QStringLiteral("甲"), QStringLiteral("boss")));
        }
        // A crash while the answer's line was being written: half a line at the end.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"row\":2,\"status\":\"crea");
        file.close();

        BatchJournal resumed(path);
        QVERIFY(resumed.open({}));
        QVERIFY(resumed.resumed());
        QCOMPARE(resumed.row(2).status, BatchRowStatus::Unknown);
        QCOMPARE(resumed.row(3).status, BatchRowStatus::Planned);
        QVERIFY(resumed.markNotSent(3, BatchStopRule::Reason::Cancelled));

        QList<BatchJournal::Row> rows;
        QVERIFY(BatchJournal::read(path, nullptr, &rows));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).status, BatchRowStatus::Unknown);
        QCOMPARE(rows.at(1).reason, BatchStopRule::Reason::Cancelled);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestBatchSheet)
#include "tst_BatchSheet.moc"
