// Presets: the six settings, and optionally an owner and members, saved under a name; list, load, delete, rename.
#include "config/AppIdentity.h"
#include "presets/PresetStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPresetStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static Preset sample(const QString& name)
    {
        Preset preset;
        preset.name = name;
        preset.settings.showHistory = true;
        preset.settings.mentionAllOwnerOnly = true;
        preset.owner = QStringLiteral("manager4220");
        Member member = Member::fromUserId(QStringLiteral("0123"));
        member.name = QStringLiteral("张三");
        Member byPhone;
        byPhone.mobile = QStringLiteral("13800000000");
        preset.members = { member, byPhone };
        return preset;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings.reset(new QSettings(m_dir.filePath(QStringLiteral("presets.ini")), QSettings::IniFormat));
        m_settings->clear();
    }

    // Issue 17, point 4: the member count is read from the file, and "size=2000000000" looped that many times.
    void hugeMemberCountInTheFile_isBoundedByTheMembersThere()
    {
        PresetStore store(m_settings.get());
        QVERIFY(store.save(sample(QStringLiteral("team"))));
        const int members = int(store.load(QStringLiteral("team"))->members.size());
        m_settings->setValue(QStringLiteral("presets/team/members/size"), 2000000000);
        m_settings->sync();
        QElapsedTimer clock;
        clock.start();
        const std::optional<Preset> loaded = store.load(QStringLiteral("team"));
        QVERIFY(loaded);
        QCOMPARE(loaded->members.size(), members);
        QVERIFY(clock.elapsed() < 5000);
    }

    void preset_roundTrips()
    {
        PresetStore store(m_settings.get());
        const Preset preset = sample(QStringLiteral("HR/新员工 群"));
        QVERIFY(store.save(preset));
        // Read through a fresh QSettings on the same file: it is really stored.
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        PresetStore reader(&reread);
        QCOMPARE(reader.names(), QStringList{ preset.name });
        const std::optional<Preset> loaded = reader.load(preset.name);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, preset);
    }

    void settingsOnly_leavesOwnerAndMembersEmpty()
    {
        PresetStore store(m_settings.get());
        Preset preset;
        preset.name = QStringLiteral("muted");
        preset.settings.chatBanned = true;
        QVERIFY(store.save(preset));
        const Preset loaded = *store.load(preset.name);
        QVERIFY(loaded.owner.isEmpty());
        QVERIFY(loaded.members.isEmpty());
        QVERIFY(loaded.settings.chatBanned);
        QVERIFY(!loaded.settings.searchable);
    }

    void saveAgain_replacesWhole()
    {
        PresetStore store(m_settings.get());
        QVERIFY(store.save(sample(QStringLiteral("a"))));
        Preset smaller = sample(QStringLiteral("a"));
        smaller.members.removeLast();
        smaller.settings = GroupSettings();
        QVERIFY(store.save(smaller));
        QCOMPARE(*store.load(QStringLiteral("a")), smaller);
        QCOMPARE(store.names().size(), 1);
    }

    void names_areListedIgnoringCase()
    {
        PresetStore store(m_settings.get());
        for (const char* name : { "b", "C", "a" })
            QVERIFY(store.save(sample(QString::fromUtf8(name))));
        QCOMPARE(store.names(), (QStringList{ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("C") }));
    }

    void remove_andRename()
    {
        PresetStore store(m_settings.get());
        QVERIFY(store.save(sample(QStringLiteral("one"))));
        QVERIFY(store.save(sample(QStringLiteral("two"))));
        QVERIFY(!store.rename(QStringLiteral("one"), QStringLiteral("two")));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(!store.rename(QStringLiteral("one"), QStringLiteral("  ")));
        QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("x")));
        QVERIFY(store.rename(QStringLiteral("one"), QStringLiteral("一")));
        QVERIFY(!store.contains(QStringLiteral("one")));
        Preset expected = sample(QStringLiteral("一"));
        QCOMPARE(*store.load(QStringLiteral("一")), expected);
        QVERIFY(store.remove(QStringLiteral("two")));
        QVERIFY(!store.remove(QStringLiteral("two")));
        QCOMPARE(store.names(), QStringList{ QStringLiteral("一") });
        QVERIFY(!store.load(QStringLiteral("two")).has_value());
    }

    void defaultStore_keepsPresetsInTheConfigurationFolder_andCopiesEarlierOnes()
    {
        QCoreApplication::setOrganizationName(AppIdentity::organisationName());
        QCoreApplication::setApplicationName(AppIdentity::applicationName());
        QFile::remove(PresetStore::defaultFilePath());
        // An earlier version kept presets in the application's default settings file.
        {
            QSettings earlier;
            earlier.clear();
            PresetStore old(&earlier);
            Preset preset;
            preset.name = QStringLiteral("Kept from before");
            preset.owner = QStringLiteral("manager4220");
            QVERIFY(old.save(preset));
        }
        PresetStore store;
        QVERIFY(PresetStore::defaultFilePath().startsWith(AppIdentity::configFolder()));
        QCOMPARE(store.names(), QStringList{ QStringLiteral("Kept from before") });
        QCOMPARE(store.load(QStringLiteral("Kept from before"))->owner, QStringLiteral("manager4220"));
        Preset added;
        added.name = QStringLiteral("New");
        QVERIFY(store.save(added));
        QVERIFY(QFileInfo::exists(PresetStore::defaultFilePath()));
        // Copied once: the configuration folder's file is the one read from now on.
        QSettings(AppIdentity::organisationName(), AppIdentity::applicationName()).clear();
        QCOMPARE(PresetStore().names().size(), 2);
        QFile::remove(PresetStore::defaultFilePath());
    }

    void blankName_isRefused()
    {
        PresetStore store(m_settings.get());
        Preset preset = sample(QStringLiteral(" "));
        QVERIFY(!store.save(preset));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_PresetStore.moc"
