// Connection profiles on disk: create, edit, duplicate, delete, the active one remembered, the sandbox always there,
// and a settings file that holds no secret and is readable by its owner alone.
#include "config/AppIdentity.h"
#include "connections/ProfileStore.h"
#include "connections/SessionSecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static ConnectionProfile company(const QString& name = QStringLiteral("Head office"))
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.appKey = QStringLiteral("dingkey-") + name.left(4).toLower();
        profile.generation = ApiGeneration::V1;
        profile.legacyBaseUrl = QUrl(QStringLiteral("https://oapi.example.cn"));
        profile.timeoutSeconds = 45;
        profile.proxy.mode = ProxySettings::Mode::Socks5;
        profile.proxy.host = QStringLiteral("socks.corp");
        profile.proxy.port = 1080;
        profile.proxy.user = QStringLiteral("alice");
        profile.caCertificate = QStringLiteral("/etc/company/ca.pem");
        return profile;
    }

    QString fileText() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    bool ownerOnly() const
    {
        const QFileDevice::Permissions permissions = QFile::permissions(m_path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner)
            && !(permissions & others);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("conf/connections.ini"));
        QFile::remove(m_path);
    }

    // Issue 17, point 4: "profiles/size=2000000000" in connections.ini made the window hang at start.
    void hugeProfileCountInTheFile_isBoundedByTheProfilesThere()
    {
        {
            ProfileStore store(m_path);
            ConnectionProfile profile;
            profile.name = QStringLiteral("Company");
            store.add(profile);
            QVERIFY(store.save());
        }
        {
            QSettings settings(m_path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/size"), 2000000000);
        }
        QElapsedTimer clock;
        clock.start();
        ProfileStore store(m_path);
        QCOMPARE(store.profiles().size(), 2); // the sandbox and Company
        QVERIFY(clock.elapsed() < 5000);
    }

    void defaultFilePath_isInTheConfigurationFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The window's configuration folder, whichever program asks (this one has names of its own).
        QVERIFY(ProfileStore::defaultFilePath().startsWith(AppIdentity::configFolder()));
        QVERIFY(AppIdentity::configFolder().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
        QVERIFY(ProfileStore::defaultFilePath().endsWith(QLatin1String("/connections.ini")));
        QStandardPaths::setTestModeEnabled(false);
    }

    void firstRun_hasOnlyTheSandboxAndItIsActive()
    {
        ProfileStore store(m_path);
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.profiles().first().isSandbox);
        QCOMPARE(store.activeProfileId(), ConnectionProfile::sandboxId());
        QVERIFY(store.activeProfile().isSandbox);
        QVERIFY(store.lastError().isEmpty());
    }

    void add_assignsAnIdAndSurvivesARestart()
    {
        ConnectionProfile added;
        {
            ProfileStore store(m_path);
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            added = store.add(company());
            QVERIFY(!added.id.isEmpty());
            QCOMPARE(changed.size(), 1);
            QVERIFY(store.setActiveProfileId(added.id));
        }
        ProfileStore reopened(m_path);
        QCOMPARE(reopened.profiles().size(), 2);
        QCOMPARE(reopened.profile(added.id).value(), added);
        QCOMPARE(reopened.activeProfileId(), added.id);
        QCOMPARE(reopened.activeProfile(), added);
    }

    void update_changesTheStoredProfile()
    {
        ProfileStore store(m_path);
        ConnectionProfile profile = store.add(company());
        profile.name = QStringLiteral("Branch");
        profile.proxy.mode = ProxySettings::Mode::None;
        QVERIFY(store.update(profile));
        QCOMPARE(ProfileStore(m_path).profile(profile.id)->name, QStringLiteral("Branch"));
        QCOMPARE(ProfileStore(m_path).profile(profile.id)->proxy.mode, ProxySettings::Mode::None);
        ConnectionProfile unknown = profile;
        unknown.id = QStringLiteral("nope");
        QVERIFY(!store.update(unknown));
    }

    void duplicate_copiesUnderANewIdAndName()
    {
        ProfileStore store(m_path);
        const ConnectionProfile original = store.add(company());
        const std::optional<ConnectionProfile> copy = store.duplicate(original.id);
        QVERIFY(copy.has_value());
        QVERIFY(copy->id != original.id);
        QVERIFY(copy->name.contains(original.name));
        QVERIFY(copy->name != original.name);
        QCOMPARE(copy->appKey, original.appKey);
        QCOMPARE(copy->proxy, original.proxy);
        QCOMPARE(ProfileStore(m_path).profiles().size(), 3);

        const std::optional<ConnectionProfile> sandboxCopy = store.duplicate(ConnectionProfile::sandboxId());
        QVERIFY(!sandboxCopy->isSandbox);
        QCOMPARE(sandboxCopy->legacyBaseUrl, ConnectionSettings::defaultLegacyBaseUrl());
    }

    void remove_deletesAndFallsBackToTheSandbox()
    {
        ProfileStore store(m_path);
        const ConnectionProfile profile = store.add(company());
        store.setActiveProfileId(profile.id);
        QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
        QVERIFY(store.remove(profile.id));
        QCOMPARE(active.size(), 1);
        QCOMPARE(store.activeProfileId(), ConnectionProfile::sandboxId());
        QVERIFY(!ProfileStore(m_path).profile(profile.id).has_value());
        QVERIFY(!store.remove(profile.id));
    }

    void sandbox_cannotBeDeletedAndTakesItsServerAtRunTime()
    {
        ProfileStore store(m_path);
        QVERIFY(!store.remove(ConnectionProfile::sandboxId()));
        store.setSandboxServer(QUrl(QStringLiteral("http://127.0.0.1:4711")), QStringLiteral("demo-key"));
        ConnectionProfile sandbox = store.sandboxProfile();
        QCOMPARE(sandbox.legacyBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4711")));
        QCOMPARE(sandbox.v1BaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4711")));
        QCOMPARE(sandbox.toConnectionSettings(QStringLiteral("demo-secret")).appKey, QStringLiteral("demo-key"));

        sandbox.generation = ApiGeneration::V1;
        sandbox.legacyBaseUrl = QUrl(QStringLiteral("https://evil.example"));
        QVERIFY(store.update(sandbox));
        QCOMPARE(store.sandboxProfile().generation, ApiGeneration::V1);
        QCOMPARE(store.sandboxProfile().legacyBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4711")));

        // The port changes from run to run: it is never written down, the generation is.
        QVERIFY(!fileText().contains(QLatin1String("4711")));
        const ConnectionProfile reopened = ProfileStore(m_path).sandboxProfile();
        QCOMPARE(reopened.generation, ApiGeneration::V1);
        QVERIFY(reopened.legacyBaseUrl.isEmpty());
    }

    void settingsFile_isReadableByItsOwnerAloneAfterEveryWrite()
    {
        ProfileStore store(m_path);
        ConnectionProfile profile = store.add(company());
        QVERIFY(ownerOnly());
        QVERIFY(QFile::setPermissions(m_path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ReadOther));
        profile.name = QStringLiteral("Renamed");
        QVERIFY(store.update(profile));
        QVERIFY(ownerOnly());
        QVERIFY(store.setActiveProfileId(profile.id));
        QVERIFY(ownerOnly());
        QVERIFY(store.duplicate(profile.id).has_value());
        QVERIFY(ownerOnly());
        QVERIFY(store.remove(profile.id));
        QVERIFY(ownerOnly());
    }

    void settingsFile_holdsNoSecretAndReadsAsPlainIni()
    {
        ProfileStore store(m_path);
        store.setSandboxServer(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("demo-key"));
        const ConnectionProfile profile = store.add(company());
        const QString text = fileText();
        QVERIFY(text.contains(QLatin1String("formatVersion=1")));
        QVERIFY(text.contains(QLatin1String("appKey=dingkey-head")));
        QVERIFY(text.contains(QLatin1String("generation=v1.0")));
        QVERIFY(text.contains(QLatin1String("proxyMode=socks5")));
        QVERIFY(text.contains(QLatin1String("activeProfile=sandbox")));
        for (const char* forbidden : { "secret", "Secret", "password", "Password", "token", "Token" })
            QVERIFY2(!text.contains(QLatin1String(forbidden)), forbidden);
    }

    void removeAndKeyChanges_forgetTheSecretsFiledUnderTheOldKeys()
    {
        SessionSecretStore secrets;
        ProfileStore store(m_path);
        store.setSecretStore(&secrets);
        ConnectionProfile profile = store.add(company());
        secrets.insert(profile.secretKey(), QStringLiteral("app-secret"));
        secrets.insert(profile.proxyPasswordKey(), QStringLiteral("proxy-pw"));

        ConnectionProfile renamed = profile;
        renamed.name = QStringLiteral("Same key");
        QVERIFY(store.update(renamed));
        QVERIFY(secrets.contains(profile.secretKey()));
        QVERIFY(secrets.contains(profile.proxyPasswordKey()));

        ConnectionProfile rekeyed = renamed;
        rekeyed.appKey = QStringLiteral("another-key");
        rekeyed.proxy.user = QStringLiteral("bob");
        QVERIFY(store.update(rekeyed));
        QVERIFY(!secrets.contains(profile.secretKey()));
        QVERIFY(!secrets.contains(profile.proxyPasswordKey()));

        secrets.insert(rekeyed.secretKey(), QStringLiteral("new-secret"));
        secrets.insert(rekeyed.proxyPasswordKey(), QStringLiteral("new-pw"));
        QVERIFY(store.remove(rekeyed.id));
        QVERIFY(!secrets.contains(rekeyed.secretKey()));
        QVERIFY(!secrets.contains(rekeyed.proxyPasswordKey()));
    }

    void brokenFile_givesTheDefaultsAndKeepsTheGoodEntries()
    {
        {
            ProfileStore store(m_path);
            store.add(company());
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[profiles]\n7\\name=no id\nsize=7\n\x01\x02 garbage ===\n");
        file.close();
        ProfileStore reopened(m_path);
        QVERIFY(reopened.profiles().first().isSandbox);
        for (const ConnectionProfile& profile : reopened.profiles())
            QVERIFY(!profile.id.isEmpty());
    }

    void unknownActiveProfile_fallsBackToTheSandbox()
    {
        {
            ProfileStore store(m_path);
            store.setActiveProfileId(store.add(company()).id);
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(QRegularExpression(QStringLiteral("activeProfile=[^\\n]*")),
                     QStringLiteral("activeProfile=deleted-elsewhere"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QCOMPARE(ProfileStore(m_path).activeProfileId(), ConnectionProfile::sandboxId());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_ProfileStore.moc"
