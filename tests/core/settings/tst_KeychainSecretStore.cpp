// The AppSecret in the OS keychain, for real. CTest runs this suite twice (see CMakeLists.txt):
//  - tst_KeychainSecretStore: inside dbus-run-session with an unlocked gnome-keyring (DTG_EXPECT_KEYCHAIN=1);
//  - tst_KeychainSecretStoreNoKeychain: with no session bus at all (DTG_EXPECT_KEYCHAIN=0).
// Both run with HOME and the XDG folders in a fresh folder, and check that the secret reached no plain file there.
#include "SecretStoreContract.h"
#include "connections/KeychainSecretStore.h"
#include "connections/SessionSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    bool m_expectKeychain = false;
    QString m_home;
    // Unique per run, so a hit in a file can only come from this run.
    const QString m_secret = QStringLiteral("AppSecret-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_secret2 = QStringLiteral("Changed-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_service = QStringLiteral("DingTalk Group Creator (test)");

    static SecretResult wait(const std::function<void(SecretStore::Callback)>& start)
    {
        return SecretStoreContract::wait(start, 20000);
    }

    /** Files under HOME that contain `text` (plain or as UTF-16). */
    QStringList filesContaining(const QString& text) const
    {
        QStringList hits;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            if (data.contains(text.toUtf8()) || data.contains(utf16))
                hits.append(path);
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        m_expectKeychain = qEnvironmentVariable("DTG_EXPECT_KEYCHAIN") == QLatin1String("1");
        m_home = qEnvironmentVariable("HOME");
        // Never against a developer's real keychain or home folder: the CTest wrapper provides a fresh one.
        QVERIFY2(m_home.contains(QLatin1String("keychain-home")), qPrintable(m_home));
        qInfo("expecting %s", m_expectKeychain ? "a working keychain" : "no keychain");
    }

    void writeReadOverwriteDelete()
    {
        KeychainSecretStore store(m_service);
        QObject context;
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        const QString key = QStringLiteral("profile-1/dingkey123");

        const SecretResult written = wait([&](auto done) { store.write(key, m_secret, &context, done); });
        QVERIFY(written.ok());
        QCOMPARE(written.sessionOnly, !m_expectKeychain);
        QCOMPARE(store.isPersistent(), m_expectKeychain);
        if (m_expectKeychain) {
            QVERIFY2(store.keychainError().isEmpty(), qPrintable(store.keychainError()));
            QVERIFY(persistence.isEmpty());
            QVERIFY(store.sessionOnlyMessage().isEmpty());
        } else {
            // The UI shows this message: said plainly, once.
            QCOMPARE(persistence.size(), 1);
            QCOMPARE(persistence.first().first().toBool(), false);
            QCOMPARE(written.message, SessionSecretStore::sessionOnlyText());
            QCOMPARE(store.sessionOnlyMessage(), SessionSecretStore::sessionOnlyText());
            qInfo("QtKeychain said: %s", qPrintable(store.keychainError()));
        }

        SecretResult read = wait([&](auto done) { store.read(key, &context, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret, m_secret);

        SecretStoreContract::verifyOverwriteThenRemove(store, &context, key, m_secret2, 20000);
    }

    void secretOutlivesTheStoreOnlyInTheKeychain()
    {
        const QString key = QStringLiteral("profile-2/dingkey456");
        {
            KeychainSecretStore store(m_service);
            QVERIFY(wait([&](auto done) { store.write(key, m_secret, nullptr, done); }).ok());
        }
        KeychainSecretStore reopened(m_service);
        const SecretResult read = wait([&](auto done) { reopened.read(key, nullptr, done); });
        if (m_expectKeychain) {
            QVERIFY(read.ok());
            QCOMPARE(read.secret, m_secret);
            QVERIFY(wait([&](auto done) { reopened.remove(key, nullptr, done); }).ok());
        } else {
            // Kept for the session of the store that was told; a new one has nothing and says why.
            QCOMPARE(read.status, SecretResult::Status::NotFound);
            QVERIFY(read.sessionOnly);
            QCOMPARE(read.message, SessionSecretStore::sessionOnlyText());
        }
    }

    void nothingReachedAPlainFile()
    {
        // Leave one secret stored, so that a plain-text copy would be on disk now.
        KeychainSecretStore store(m_service);
        QVERIFY(wait([&](auto done) { store.write(QStringLiteral("profile-3/k"), m_secret, nullptr, done); }).ok());
        QCOMPARE(filesContaining(m_secret), QStringList());
        QCOMPARE(filesContaining(m_secret2), QStringList());
        // QtKeychain's plain fallback would write a QSettings file: there is none.
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next().mid(m_home.size()));
        qInfo("files under HOME: %s", qPrintable(files.join(QLatin1String(", "))));
        for (const QString& file : files) {
            if (m_expectKeychain)
                QVERIFY2(file.contains(QLatin1String("/keyrings/")) || file.contains(QLatin1String("/.cache/")),
                         qPrintable(file));
            else
                QVERIFY2(false, qPrintable(QStringLiteral("written without a keychain: ") + file));
        }
        if (m_expectKeychain) {
            QVERIFY(!files.isEmpty()); // the encrypted keyring itself
            // Ask the Secret Service directly (libsecret-tools), as another program would see the entry.
            QProcess lookup;
            lookup.start(QStringLiteral("secret-tool"),
                         { QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                           QStringLiteral("profile-3/k") });
            if (lookup.waitForFinished(10000) && lookup.exitStatus() == QProcess::NormalExit)
                QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), m_secret);
            else
                qInfo("secret-tool is not installed: the entry was read back through QtKeychain only");
        }
        wait([&](auto done) { store.remove(QStringLiteral("profile-3/k"), nullptr, done); });
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
