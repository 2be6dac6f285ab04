// A disk that fills up while the history, the connection profiles, the presets or a draft are saved, or the history
// is exported: on a small real disk (a tmpfs the test mounts as root), the file that was there stays as it was,
// nothing half-written is left, and the reason says the disk is full.
#include "SmallDisk.h"
#include "connections/ProfileStore.h"
#include "files/OwnerOnlyFile.h"
#include "history/HistoryExporter.h"
#include "history/HistoryStore.h"
#include "presets/PresetStore.h"

#include <QSettings>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {
constexpr qint64 DiskBytes = 256 * 1024;
constexpr qint64 OnePage = 4096;

HistoryEntry entry(int n)
{
    HistoryEntry entry;
    entry.id = QStringLiteral("entry-%1").arg(n);
    entry.time = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 0), Qt::UTC);
    entry.name = QStringLiteral("项目组 %1").arg(n);
    entry.owner = QStringLiteral("manager4220");
    for (int i = 0; i < 40; ++i)
        entry.memberIds.append(QStringLiteral("user%1").arg(i));
    entry.memberCount = int(entry.memberIds.size());
    entry.outcome = QStringLiteral("created");
    return entry;
}

QList<HistoryEntry> entries(int count)
{
    QList<HistoryEntry> list;
    for (int i = 0; i < count; ++i)
        list.append(entry(i));
    return list;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile profile(int n)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("分公司 %1").arg(n);
    profile.appKey = QStringLiteral("dingappkey%1").arg(n, 10, 10, QLatin1Char('0'));
    profile.caCertificate = QStringLiteral("/etc/ssl/company/branch-%1/root-certificate-authority.pem").arg(n);
    return profile;
}

Preset preset(const QString& name, int members)
{
    Preset preset;
    preset.name = name;
    preset.owner = QStringLiteral("manager4220");
    for (int i = 0; i < members; ++i) {
        Member member;
        member.userid = QStringLiteral("user%1").arg(i);
        member.name = QStringLiteral("成员 %1").arg(i);
        preset.members.append(member);
    }
    return preset;
}

bool saysDiskFull(const QString& message)
{
    return message.contains(QLatin1String("the disk is full"));
}
} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SmallDisk> m_disk;

    /** The files on the disk other than the filler: what a failed save must not leave behind. */
    QStringList filesOnDisk() const
    {
        QStringList names = QDir(m_disk->path()).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private slots:
    void init()
    {
        m_disk = std::make_unique<SmallDisk>(DiskBytes);
        if (!m_disk->isMounted())
            QSKIP(qPrintable(m_disk->skipReason()));
    }

    void cleanup() { m_disk.reset(); }

    void historySavedOnANearlyFullDisk_keepsTheOldFile()
    {
        const QString path = m_disk->filePath(QStringLiteral("history.json"));
        HistoryStore store(path);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(store.append(entry(i)), qPrintable(store.lastError()));
        const QByteArray before = contents(path);
        QVERIFY(before.size() > 2 * OnePage); // the new file cannot fit in the one page left

        QVERIFY(m_disk->fillLeaving(OnePage));
        QVERIFY(m_disk->freeBytes() > 0);
        QVERIFY(!store.append(entry(5)));
        QVERIFY2(saysDiskFull(store.lastError()), qPrintable(store.lastError()));
        QCOMPARE(contents(path), before);
        QCOMPARE(filesOnDisk(), QStringList{ QStringLiteral("history.json") });

        // Once there is room again, nothing was lost and nothing is mistaken for damaged.
        m_disk->empty();
        HistoryStore reader(path);
        QVERIFY2(reader.load(), qPrintable(reader.lastError()));
        QCOMPARE(reader.entries().size(), 5);
        QVERIFY2(reader.append(entry(5)), qPrintable(reader.lastError()));
        QCOMPARE(reader.entries().size(), 6);
    }

    void historySavedWithNoRoomAtAll_saysTheDiskIsFull()
    {
        const QString path = m_disk->filePath(QStringLiteral("history.json"));
        HistoryStore store(path);
        QVERIFY2(store.append(entry(0)), qPrintable(store.lastError()));
        const QByteArray before = contents(path);
        QVERIFY(m_disk->fillLeaving(0));

        // Not even the lock file fits: that is no other program holding the history, and no reason to wait.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!store.append(entry(1)));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(saysDiskFull(store.lastError()), qPrintable(store.lastError()));
        QVERIFY2(!store.lastError().contains(QLatin1String("busy")), qPrintable(store.lastError()));
        QCOMPARE(contents(path), before);
    }

    void exportsOnANearlyFullDisk_areRefusedAndLeaveNothing_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::newRow("csv") << false;
        QTest::newRow("xlsx") << true;
    }

    void exportsOnANearlyFullDisk_areRefusedAndLeaveNothing()
    {
        QFETCH(bool, xlsx);
        const QString path = m_disk->filePath(xlsx ? QStringLiteral("history.xlsx") : QStringLiteral("history.csv"));
        const QList<HistoryEntry> history = entries(200);
        QVERIFY(HistoryExporter::toCsv(history).size() > 2 * OnePage);

        QVERIFY(m_disk->fillLeaving(OnePage));
        QString error;
        const bool written = xlsx ? HistoryExporter::writeXlsx(history, path, &error)
                                  : HistoryExporter::writeCsv(history, path, &error);
        QVERIFY2(!written, "reported saved though the disk had no room for it");
        QVERIFY2(saysDiskFull(error), qPrintable(error));
        QVERIFY(filesOnDisk().isEmpty());
    }

    void exportOverAnEarlierOne_onAFullDisk_keepsTheEarlierOne()
    {
        const QString path = m_disk->filePath(QStringLiteral("history.csv"));
        QString error;
        QVERIFY2(HistoryExporter::writeCsv(entries(3), path, &error), qPrintable(error));
        const QByteArray before = contents(path);

        QVERIFY(m_disk->fillLeaving(OnePage));
        QVERIFY(!HistoryExporter::writeCsv(entries(200), path, &error));
        QVERIFY2(saysDiskFull(error), qPrintable(error));
        QCOMPARE(contents(path), before);
        QCOMPARE(filesOnDisk(), QStringList{ QStringLiteral("history.csv") });
    }

    // QSettings (Qt 6.4) replaced the file with a cut-off one on a full disk and said NoError.
    void profilesSavedOnANearlyFullDisk_keepTheOldFile()
    {
        const QString path = m_disk->filePath(QStringLiteral("connections.ini"));
        ProfileStore store(path);
        for (int i = 0; i < 40; ++i) {
            store.add(profile(i));
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        const QByteArray before = contents(path);
        QVERIFY(before.size() > 2 * OnePage);
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // nobody else's

        QVERIFY(m_disk->fillLeaving(OnePage));
        store.add(profile(40));
        QVERIFY2(saysDiskFull(store.lastError()), qPrintable(store.lastError()));
        QCOMPARE(contents(path), before);
        QCOMPARE(filesOnDisk(), QStringList{ QStringLiteral("connections.ini") });

        m_disk->empty();
        ProfileStore reader(path);
        QCOMPARE(reader.profiles().size(), 41); // the sandbox and the 40 saved
        QCOMPARE(reader.profiles().last().name, profile(39).name);
    }

    void presetsSavedOnANearlyFullDisk_keepTheOldFile()
    {
        const QString path = m_disk->filePath(QStringLiteral("presets.ini"));
        QByteArray before;
        {
            QSettings settings(path, QSettings::IniFormat);
            PresetStore store(&settings);
            QVERIFY2(store.save(preset(QStringLiteral("全员"), 120)), qPrintable(store.lastError()));
            before = contents(path);
            QVERIFY(before.size() > 2 * OnePage);

            QVERIFY(m_disk->fillLeaving(OnePage));
            QVERIFY(!store.save(preset(QStringLiteral("新员工"), 10)));
            QVERIFY2(saysDiskFull(store.lastError()), qPrintable(store.lastError()));
            QCOMPARE(contents(path), before);
            // The store still reads what the file holds.
            QCOMPARE(store.names(), QStringList{ QStringLiteral("全员") });
            QCOMPARE(filesOnDisk(), QStringList{ QStringLiteral("presets.ini") });
        }
        m_disk->empty();
        QSettings settings(path, QSettings::IniFormat);
        PresetStore reader(&settings);
        QCOMPARE(reader.load(QStringLiteral("全员"))->members.size(), 120);
        QVERIFY2(reader.save(preset(QStringLiteral("新员工"), 10)), qPrintable(reader.lastError()));
        QCOMPARE(reader.names().size(), 2);
    }

    void ownerOnlyFileOnANearlyFullDisk_keepsTheOldFile()
    {
        const QString path = m_disk->filePath(QStringLiteral("draft.json"));
        const QByteArray first(3 * OnePage, 'a');
        QString error;
        QVERIFY2(OwnerOnlyFile::write(path, first, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());

        QVERIFY(m_disk->fillLeaving(OnePage));
        QVERIFY(!OwnerOnlyFile::write(path, QByteArray(3 * OnePage, 'b'), &error));
        QVERIFY2(saysDiskFull(error), qPrintable(error));
        QCOMPARE(contents(path), first);
        QCOMPARE(filesOnDisk(), QStringList{ QStringLiteral("draft.json") });
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_FullDisk.moc"
