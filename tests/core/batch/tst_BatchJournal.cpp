#include "batch/BatchJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

/**
 * The batch journal on disk: what it keeps across a restart, a "sending" row becoming "unknown" (in the file too),
 * a line cut short by a crash ignored and cut away, a damaged line refusing to open, and the file owner-only.
 */
class TestBatchJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(++m_count)); }

    static BatchJournal::Header header()
    {
        BatchJournal::Header header;
        header.sheetPath = QStringLiteral("/tmp/sheet.csv");
        header.sheetDigest = QStringLiteral("abc");
        header.connection = QStringLiteral("legacy|key");
        header.profile = QStringLiteral("测试");
        header.rowCount = 3;
        return header;
    }

    static CreateResult created(const QString& chatid)
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Created;
        result.chatid = chatid;
        result.openConversationId = QStringLiteral("cidLong%1==").arg(QString(60, QLatin1Char('x')));
        result.memberCount = 41;
        return result;
    }

    static QList<QJsonObject> lines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> objects;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                objects.append(QJsonDocument::fromJson(line).object());
        }
        return objects;
    }

    static void appendRaw(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }

private slots:
    void keepsEveryRowAcrossARestart()
    {
        const QString path = freshPath();
        {
            BatchJournal journal(path);
            QVERIFY(journal.open(header()));
            QVERIFY(!journal.resumed());
            QVERIFY(journal.markSending(2, QStringLiteral("入职一期"), QStringLiteral("owner")));
            QVERIFY(journal.markFinished(2, BatchRowStatus::Created, created(QStringLiteral("chat2"))));
            QVERIFY(journal.markNotSent(3, BatchStopRule::Reason::Quota));
        }
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        BatchJournal again(path);
        QVERIFY(again.open(BatchJournal::Header{}));
        QVERIFY(again.resumed());
        QCOMPARE(again.header().profile, QStringLiteral("测试"));
        QCOMPARE(again.header().rowCount, 3);
        const BatchJournal::Row row = again.row(2);
        QCOMPARE(row.status, BatchRowStatus::Created);
        QCOMPARE(row.name, QStringLiteral("入职一期"));
        QCOMPARE(row.chatid, QStringLiteral("chat2"));
        QCOMPARE(row.openConversationId, created(QString()).openConversationId);
        QCOMPARE(row.memberCount, 41);
        QCOMPARE(again.row(3).status, BatchRowStatus::NotSent);
        QCOMPARE(again.row(3).reason, BatchStopRule::Reason::Quota);
        QCOMPARE(again.row(4).status, BatchRowStatus::Planned); // never seen
        QCOMPARE(again.rows().size(), 2);
    }

    void sendingBecomesUnknownOnDiskToo()
    {
        const QString path = freshPath();
        {
            BatchJournal journal(path);
            QVERIFY(journal.open(header()));
            QVERIFY(journal.markSending(2, QStringLiteral("半路"), QStringLiteral("owner")));
        } // a crash: no answer recorded
        {
            BatchJournal resumed(path);
            QVERIFY(resumed.open(header()));
            QCOMPARE(resumed.row(2).status, BatchRowStatus::Unknown);
            QCOMPARE(resumed.row(2).name, QStringLiteral("半路"));
        }
        const QList<QJsonObject> written = lines(path);
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.last().value("status").toString(), QStringLiteral("unknown"));
        QCOMPARE(written.last().value("errcode").toString(), QStringLiteral("interrupted"));
        // Read for "resume an unfinished batch" without opening: unknown already, and written only once.
        QList<BatchJournal::Row> rows;
        QVERIFY(BatchJournal::read(path, nullptr, &rows));
        QCOMPARE(rows.value(0).status, BatchRowStatus::Unknown);
        BatchJournal third(path);
        QVERIFY(third.open(header()));
        QCOMPARE(lines(path).size(), 3);
    }

    void tornLastLineIsIgnoredAndCutAway()
    {
        const QString path = freshPath();
        {
            BatchJournal journal(path);
            QVERIFY(journal.open(header()));
            QVERIFY(journal.markSending(2, QStringLiteral("甲"), QStringLiteral("owner")));
            QVERIFY(journal.markFinished(2, BatchRowStatus::Created, created(QStringLiteral("chat2"))));
        }
        appendRaw(path, "{\"row\":3,\"status\":\"send"); // the power went while row 3's line was being written
        BatchJournal resumed(path);
        QVERIFY(resumed.open(header()));
        QCOMPARE(resumed.row(2).status, BatchRowStatus::Created);
        QCOMPARE(resumed.row(3).status, BatchRowStatus::Planned); // its create was never sent
        QVERIFY(resumed.markSending(3, QStringLiteral("乙"), QStringLiteral("owner")));
        const QList<QJsonObject> written = lines(path);
        QCOMPARE(written.size(), 4); // header, sending, created, and the new line on a line of its own
        QCOMPARE(written.last().value("row").toInt(), 3);
        QCOMPARE(written.last().value("status").toString(), QStringLiteral("sending"));
    }

    void damagedLineRefusesToOpen()
    {
        const QString path = freshPath();
        {
            BatchJournal journal(path);
            QVERIFY(journal.open(header()));
        }
        appendRaw(path, "not json at all\n{\"row\":2,\"status\":\"created\"}\n");
        BatchJournal damaged(path);
        QVERIFY(!damaged.open(header()));
        QVERIFY(damaged.lastError().contains(QStringLiteral("damaged")));
        QVERIFY(!damaged.markSending(2, QStringLiteral("甲"), QStringLiteral("owner"))); // nothing may be sent
    }

    void fileNameKeyedBySheetAndConnection()
    {
        const QString one = BatchJournal::fileName("digest-a", QStringLiteral("legacy|key1"));
        QCOMPARE(one, BatchJournal::fileName("digest-a", QStringLiteral("legacy|key1")));
        QVERIFY(one != BatchJournal::fileName("digest-b", QStringLiteral("legacy|key1")));
        QVERIFY(one != BatchJournal::fileName("digest-a", QStringLiteral("legacy|key2")));
        QVERIFY(one.endsWith(QStringLiteral(".jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestBatchJournal)
#include "tst_BatchJournal.moc"
