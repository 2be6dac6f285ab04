// The history file: written and read back, never lost or corrupted by a killed writer or two writers at once, a
// damaged file kept aside, retention, deleting, and a file only its owner can read.
#include "history/HistoryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static HistoryEntry sampleEntry(const QString& name = QStringLiteral("项目组, \"A\""))
    {
        HistoryEntry entry;
        entry.id = HistoryEntry::createId();
        entry.time = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 0), Qt::UTC);
        entry.profile = QStringLiteral("总部");
        entry.generation = ApiGeneration::V1;
        entry.name = name;
        entry.owner = QStringLiteral("0123456789012345678");
        entry.memberCount = 45;
        entry.memberIds = { entry.owner, QStringLiteral("007") };
        for (int i = 0; i < 43; ++i)
            entry.memberIds.append(QStringLiteral("user%1").arg(i));
        entry.membersInGroup = 44;
        entry.settings.searchable = true;
        entry.settings.chatBanned = true;
        entry.openConversationId = QStringLiteral("cid6KeBBLoveMJOGXoYKF5x7EeiodoA==");
        entry.chatid = QStringLiteral("chat0123abc");
        entry.outcome = QStringLiteral("created-partially");
        entry.errcode = QStringLiteral("40031");
        entry.errmsg = QStringLiteral("不合法的员工列表");
        entry.failedMembers.append(FailedMember{ QStringLiteral("007"), QString(), QStringLiteral("40031"),
                                                 QStringLiteral("不合法的员工列表") });
        entry.failedMembers.append(FailedMember{ QString(), QStringLiteral("13800000000"), QStringLiteral("60121"),
                                                 QStringLiteral("找不到该用户") });
        return entry;
    }

    static QString helperPath() { return QStringLiteral(HISTORY_WRITER_HELPER); }

    /** Reads the numbers the helper printed: the entries it saved. */
    static QSet<int> savedNumbers(const QByteArray& output)
    {
        QSet<int> numbers;
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray& line : lines) {
            bool ok = false;
            const int n = line.trimmed().toInt(&ok);
            if (ok)
                numbers.insert(n);
        }
        return numbers;
    }

    /** A history file of `count` sample entries, as the store writes it. */
    void writeHistoryFile(int count)
    {
        QJsonArray entries;
        for (int i = 0; i < count; ++i)
            entries.append(sampleEntry(QString::number(i)).toJson());
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray json = QJsonDocument(QJsonObject{ { QStringLiteral("format"), HistoryStore::FormatVersion },
                                                           { QStringLiteral("retentionDays"), 0 },
                                                           { QStringLiteral("entries"), entries } })
                                    .toJson();
        QCOMPARE(file.write(json), json.size());
    }

    QSet<QString> idsOnDisk()
    {
        HistoryStore store(m_path);
        [&] {
            QVERIFY2(store.load(), qPrintable(store.lastError()));
        }();
        QSet<QString> ids;
        for (const HistoryEntry& entry : store.entries())
            ids.insert(entry.id);
        return ids;
    }

private slots:
    void init()
    {
        // A folder that does not exist yet: the store creates it.
        QDir(m_dir.filePath(QStringLiteral("sub"))).removeRecursively();
        m_path = m_dir.filePath(QStringLiteral("sub/history.json"));
    }

    void missingFile_isAnEmptyHistory_andIsNotCreated()
    {
        HistoryStore store(m_path);
        QVERIFY(store.load());
        QVERIFY(store.entries().isEmpty());
        QVERIFY(store.lastError().isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void defaultLocation_isAppData()
    {
        QVERIFY(HistoryStore().filePath().endsWith(QLatin1String("/history.json")));
        QCOMPARE(HistoryStore().filePath(), HistoryStore::defaultFilePath());
    }

    void entries_areWrittenAndReadBack()
    {
        HistoryStore store(m_path);
        const HistoryEntry first = sampleEntry();
        const HistoryEntry second = sampleEntry(QStringLiteral("第二组"));
        QVERIFY(store.append(first));
        QVERIFY(store.append(second));
        HistoryStore reader(m_path);
        QVERIFY(reader.load());
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.entries().at(0), first);
        QCOMPARE(reader.entries().at(1), second);
        QCOMPARE(reader.entries().at(0).failedMembers.at(1).mobile, QStringLiteral("13800000000"));
        QCOMPARE(reader.entries().at(0).memberIds, first.memberIds); // everyone asked for, for a similar group
        QCOMPARE(reader.entries().at(0).generation, ApiGeneration::V1);
        QCOMPARE(reader.entries().at(0).timeText(), QStringLiteral("2026-03-01T08:30:00Z"));
        // The file is plain JSON a person (or IT) can read.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), 2);
    }

    void appendFillsIdAndTime()
    {
        HistoryStore store(m_path);
        HistoryEntry entry = sampleEntry();
        entry.id.clear();
        entry.time = QDateTime();
        QVERIFY(store.append(entry));
        QVERIFY(!store.entries().first().id.isEmpty());
        QVERIFY(qAbs(store.entries().first().time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void file_isReadableByTheOwnerAlone()
    {
        HistoryStore store(m_path);
        QVERIFY(store.append(sampleEntry()));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(m_path) & others, QFile::Permissions());
        QVERIFY(QFile::permissions(m_path) & QFile::ReadOwner);
    }

    void update_replacesTheEntryWithTheSameId()
    {
        HistoryStore store(m_path);
        HistoryEntry entry = sampleEntry();
        QVERIFY(store.append(entry));
        QVERIFY(store.append(sampleEntry(QStringLiteral("other"))));
        // "Retry adding the missing members" succeeded.
        entry.failedMembers.clear();
        entry.outcome = QStringLiteral("created");
        entry.membersInGroup = 45;
        QVERIFY(store.update(entry));
        HistoryStore reader(m_path);
        QVERIFY(reader.load());
        QCOMPARE(reader.entries().size(), 2);
        QCOMPARE(reader.entry(entry.id), entry);
        HistoryEntry gone = sampleEntry();
        QVERIFY(!store.update(gone));
        QVERIFY(!store.lastError().isEmpty());
    }

    void remove_deletesTheSelectedEntries_andClearDeletesAll()
    {
        HistoryStore store(m_path);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const HistoryEntry entry = sampleEntry(QString::number(i));
            ids.append(entry.id);
            QVERIFY(store.append(entry));
        }
        QVERIFY(store.remove({ ids.at(1), ids.at(3) }));
        QCOMPARE(idsOnDisk(), (QSet<QString>{ ids.at(0), ids.at(2) }));
        QVERIFY(store.setRetentionDays(30));
        QVERIFY(store.clear());
        QVERIFY(store.entries().isEmpty());
        QVERIFY(idsOnDisk().isEmpty());
        HistoryStore reader(m_path);
        QVERIFY(reader.load());
        QCOMPARE(reader.retentionDays(), 30); // clearing keeps the setting
    }

    void retention_dropsOldEntriesOnTheNextWriteAndLoad()
    {
        const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
        HistoryStore store(m_path);
        store.setClock([now] { return now; });
        HistoryEntry old = sampleEntry(QStringLiteral("old"));
        old.time = now.addDays(-40);
        HistoryEntry recent = sampleEntry(QStringLiteral("recent"));
        recent.time = now.addDays(-10);
        QVERIFY(store.append(old));
        QVERIFY(store.append(recent));
        QCOMPARE(store.entries().size(), 2); // 0 = forever

        QVERIFY(store.setRetentionDays(30));
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(store.entries().first().name, QStringLiteral("recent"));

        // Seen again 25 days later, the other entry has expired too: load drops it from the file.
        HistoryStore later(m_path);
        later.setClock([now] { return now.addDays(25); });
        QVERIFY(later.load());
        QCOMPARE(later.retentionDays(), 30);
        QVERIFY(later.entries().isEmpty());
        QVERIFY(idsOnDisk().isEmpty());
    }

    void damagedFile_isReportedAndKeptAside()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QByteArray garbage = "{\"format\":1,\"entries\":[{\"id\":\"a\"},";
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        HistoryStore store(m_path);
        QVERIFY(!store.load());
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.lastError().contains(store.damagedFilePath()));
        QVERIFY(store.damagedFilePath().startsWith(m_path + QStringLiteral(".damaged-")));
        QFile kept(store.damagedFilePath());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
        QVERIFY(store.entries().isEmpty());

        // A new history begins; the damaged copy stays.
        QVERIFY(store.append(sampleEntry()));
        QVERIFY(store.lastError().isEmpty());
        QCOMPARE(idsOnDisk().size(), 1);
        QVERIFY(QFile::exists(kept.fileName()));
    }

    void damagedFile_foundWhileAppending_isKeptAsideAndTheEntrySaved()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[1, 2, 3]"); // JSON, but not a history
        }
        HistoryStore store(m_path);
        const HistoryEntry entry = sampleEntry();
        QVERIFY(store.append(entry));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(QFile::exists(store.damagedFilePath()));
        QCOMPARE(idsOnDisk(), QSet<QString>{ entry.id });
    }

    void fileOfANewerVersion_isLeftAlone()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        const QByteArray newer = "{\"format\":2,\"entries\":[]}";
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(newer);
        }
        HistoryStore store(m_path);
        QVERIFY(!store.append(sampleEntry()));
        QVERIFY(!store.lastError().isEmpty());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), newer);
    }

    void writerKilledMidWay_leavesEveryEarlierEntryReadable()
    {
        // A history of some size, so that each write takes a while and a kill often lands inside one. Written in
        // one go: 300 appends would read and write the growing file 300 times (minutes under AddressSanitizer).
        writeHistoryFile(300);
        QSet<QString> saved = idsOnDisk();
        QCOMPARE(saved.size(), 300);
        for (int round = 0; round < 4; ++round) {
            const QString tag = QStringLiteral("round%1").arg(round);
            QProcess writer;
            writer.start(helperPath(), { m_path, QStringLiteral("100000"), tag });
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QByteArray output;
            // Kill after a few saved entries, at a point that differs from round to round.
            const int savedBeforeKill = 2 + round * 3;
            while (savedNumbers(output).size() < savedBeforeKill) {
                QVERIFY2(writer.waitForReadyRead(20000), writer.readAllStandardError().constData());
                output += writer.readAllStandardOutput();
            }
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            for (int n : savedNumbers(output))
                saved.insert(QStringLiteral("%1-%2").arg(tag).arg(n));

            // The file parses, and every entry reported saved (before this round or in it) is in it.
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            QJsonDocument::fromJson(file.readAll(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QSet<QString> onDisk = idsOnDisk();
            QVERIFY2(onDisk.contains(saved), qPrintable(tag));
            // At most the one entry being saved at the kill is there without having been reported.
            QVERIFY(onDisk.size() <= saved.size() + 1);
            saved = onDisk;
        }
        // Never mistaken for damaged.
        QVERIFY(QDir(QFileInfo(m_path).absolutePath()).entryList({ QStringLiteral("*.damaged-*") }).isEmpty());
    }

    void twoWritersAtOnce_loseNothing()
    {
        const int perWriter = 40;
        QProcess first;
        QProcess second;
        first.start(helperPath(), { m_path, QString::number(perWriter), QStringLiteral("app") });
        second.start(helperPath(), { m_path, QString::number(perWriter), QStringLiteral("cli") });
        QVERIFY(first.waitForFinished(120000));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        const QSet<QString> onDisk = idsOnDisk();
        QCOMPARE(onDisk.size(), 2 * perWriter);
        for (int i = 0; i < perWriter; ++i) {
            QVERIFY(onDisk.contains(QStringLiteral("app-%1").arg(i)));
            QVERIFY(onDisk.contains(QStringLiteral("cli-%1").arg(i)));
        }
    }

    void twentyWritersAtOnce_threeRounds_loseNothing()
    {
        // As twenty command-line creates at once: each process appends to a history of some size, all starting at
        // the same moment. Writers that retried in step gave up after 10 s while the lock was free most of the time.
        writeHistoryFile(100);
        constexpr int Writers = 20;
        constexpr int PerWriter = 1;
        QSet<QString> expected = idsOnDisk();
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QProcess>> writers;
            for (int w = 0; w < Writers; ++w) {
                writers.push_back(std::make_unique<QProcess>());
                const QString tag = QStringLiteral("r%1w%2").arg(round).arg(w);
                writers.back()->start(helperPath(),
                                      { m_path, QString::number(PerWriter), tag, QStringLiteral("--after-go") });
                for (int i = 0; i < PerWriter; ++i)
                    expected.insert(QStringLiteral("%1-%2").arg(tag).arg(i));
            }
            for (const auto& writer : writers)
                QVERIFY2(writer->waitForStarted(), qPrintable(writer->errorString()));
            for (const auto& writer : writers)
                writer->write("go\n");
            // QProcess writes when it is waited on: let every writer have its line before any is awaited.
            for (const auto& writer : writers)
                QVERIFY(writer->waitForBytesWritten(10000));
            for (const auto& writer : writers) {
                QVERIFY(writer->waitForFinished(120000));
                QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
            }
            const QSet<QString> onDisk = idsOnDisk();
            QCOMPARE(onDisk.size(), expected.size());
            QVERIFY2(onDisk == expected, qPrintable(QStringLiteral("round %1").arg(round)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_HistoryStore.moc"
