#include "batch/BatchCell.h"
#include "batch/BatchColumns.h"
#include "batch/BatchJournal.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchSheetReader.h"
#include "batch/UserIdOnlyPeople.h"
#include "import/ImportedTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** The batch sheet's cells, titles and shapes, validation per row, and the journal's reading of a crash. */
class TestBatchSheet : public QObject
{
    Q_OBJECT

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
        QCOMPARE(columns.people.at(1).kind, PersonKind::JobNumber);
        QCOMPARE(columns.people.at(2).kind, PersonKind::Mobile);
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

        QList<BatchItem> items = BatchPreparation::resolve(sheet, UserIdOnlyPeople());
        BatchPreparation::validate(items);
        QVERIFY(!items.at(0).isValid());
        QVERIFY(items.at(1).isValid());
        QCOMPARE(items.at(1).validation.memberIds, QStringList({ "boss2", "u2" }));
    }

    void namesNeedTheDirectory()
    {
        const ImportedTable table({ { "群名称", "群主", "姓名", "部门" }, { "甲", "boss", "张三", "销售部" } }, true);
        QList<BatchItem> items = BatchPreparation::resolve(BatchSheetReader::fromTable(table), UserIdOnlyPeople());
        BatchPreparation::validate(items);
        QCOMPARE(items.at(0).issues.at(0).codeName(), QStringLiteral("needs-directory"));
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
