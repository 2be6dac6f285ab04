// The window against a real gnome-keyring (run through tests/core/settings/run-with-keychain.sh): a profile saved
// in the dialog puts its AppSecret into the keychain, not into any file; a new window reads it back and creates.

#include "ProfilesDriver.h"
#include "WindowDriver.h"

#include "DingTalkEmulator.h"
#include "connections/KeychainSecretStore.h"

#include <QFile>

namespace {
const QString Secret = QStringLiteral("s3cr3t-KEYRING-0123456789");
}

class TestProfilesKeychain : public QObject
{
    Q_OBJECT

private slots:
    void secret_storedInTheKeychain_andReadBackByTheNextWindow();
};

void TestProfilesKeychain::secret_storedInTheKeychain_andReadBackByTheNextWindow()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    emulator.addApp(QStringLiteral("dingRing"), Secret);
    QString key;
    {
        MainWindow window; // the real KeychainSecretStore
        WindowDriver driver(&window);
        window.show();
        QVERIFY(qobject_cast<KeychainSecretStore*>(window.profiles()->secrets()));
        driver.get<QAction>("manageConnectionsAction")->trigger();
        ProfilesDriver profiles(window.profiles()->dialog());
        const QString id
            = profiles.addProfile(QStringLiteral("Keyring"), QStringLiteral("dingRing"), Secret, emulator.baseUrl());
        QVERIFY(!id.isEmpty());
        QVERIFY2(window.profiles()->secrets()->isPersistent(), "no keychain: is gnome-keyring running?");
        QTRY_COMPARE(profiles.get<QLabel>("secretStatusLabel")->text(),
                     ProfilesDialog::tr("The AppSecret is stored in the system keychain."));
        QVERIFY(!driver.get<QLabel>("secretsSessionOnlyLabel")->isVisible());
        key = window.profiles()->store()->profile(id)->secretKey();
        profiles.click("useProfileButton");
        QTRY_VERIFY(window.isConnected());
    }
    // Another reader of the same keychain finds it: it is really in gnome-keyring.
    KeychainSecretStore other;
    SecretResult read;
    bool done = false;
    other.read(key, nullptr, [&](const SecretResult& result) {
        read = result;
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(read.ok());
    QCOMPARE(read.secret, Secret);
    QFile ini(ProfileStore::defaultFilePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(Secret.toUtf8()));

    // A new window (a restart) reads it back asynchronously and creates with it.
    MainWindow window;
    WindowDriver driver(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.isConnected(), 20000);
    driver.fillIn(QStringLiteral("Keyring group"), emulator.demoOwnerId(), { emulator.employees().at(10).userid });
    QSignalSpy finished(&window, &MainWindow::createFinished);
    driver.clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(emulator.groups().size(), 1);
}

QTEST_MAIN(TestProfilesKeychain)
#include "tst_ProfilesKeychain.moc"
