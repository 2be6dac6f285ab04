// Connection profiles in the window: create, edit, duplicate, delete and switch through the GUI, restored after a
// restart with the secret read back from the store; the sandbox profile; creating through a profile; the
// connection test; the session-only notice and "Forget secret". An in-memory store stands in for the keychain.

#include "ProfilesDriver.h"
#include "WindowDriver.h"

#include "ConnectionSummary.h"
#include "DingTalkEmulator.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "connections/ConnectionTestResult.h"
#include "dingtalk/TokenCache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <memory>

namespace {
const QString Secret = QStringLiteral("s3cr3t-PROFILE-0123456789");
const QString OtherSecret = QStringLiteral("s3cr3t-OTHER-9876543210");
using Outcome = ConnectionTestResult::Outcome;
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void profiles_createEditDuplicateDeleteSwitch_restoredAfterRestart();
    void sandboxProfile_cannotBeDeleted();
    void create_throughProfile_legacyAndV1();
    void testConnection_success();
    void testConnection_namesWhatIsWrong_data();
    void testConnection_namesWhatIsWrong();
    void testConnection_showsBusyAndCancels();
    void validation_asTheUserTypes();
    void caCertificate_fromFileChooser();
    void sessionOnlyNotice_whenNoKeychain();
    void forgetSecret_removesItFromTheStore();

private:
    /** Shows `window` and opens its Manage Connections dialog. */
    ProfilesDialog* openDialog(MainWindow& window);

    std::unique_ptr<DingTalkEmulator> m_emulator;
    FakeKeychain* m_keychain = nullptr;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_emulator = std::make_unique<DingTalkEmulator>();
    QVERIFY(m_emulator->start());
    m_emulator->addApp(QStringLiteral("dingHead"), Secret);
    m_emulator->addApp(QStringLiteral("dingBranch"), OtherSecret);
    // One store for every window, so a "restart" finds what the last window stored, as the keychain would.
    m_keychain = new FakeKeychain;
    ProfileController::setSecretStoreFactory([this](QObject*) { return m_keychain; });
}

void TestProfiles::init()
{
    QFile::remove(ProfileStore::defaultFilePath());
    m_keychain->clear();
    m_keychain->persistent = true;
    m_emulator->reset();
    TokenCache::instance().clear();
    MessageBox::clearNextAnswer();
}

void TestProfiles::cleanup()
{
    MessageBox::clearNextAnswer();
}

ProfilesDialog* TestProfiles::openDialog(MainWindow& window)
{
    window.show();
    WindowDriver(&window).get<QAction>("manageConnectionsAction")->trigger();
    ProfilesDialog* dialog = window.profiles()->dialog();
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestProfiles::profiles_createEditDuplicateDeleteSwitch_restoredAfterRestart()
{
    const QUrl server = m_emulator->baseUrl();
    QString branchId;
    {
        MainWindow window;
        WindowDriver driver(&window);
        ProfilesDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        ProfilesDriver profiles(dialog);

        const QString headId
            = profiles.addProfile(QStringLiteral("Head office"), QStringLiteral("dingHead"), Secret, server);
        QVERIFY(!headId.isEmpty());
        branchId = profiles.addProfile(QStringLiteral("Branch"), QStringLiteral("dingBranch"), OtherSecret, server,
                                       ApiGeneration::V1);
        QVERIFY(!branchId.isEmpty());
        ProfileStore* store = window.profiles()->store();
        QCOMPARE(store->profiles().size(), 3); // the sandbox and the two
        QCOMPARE(m_keychain->value(store->profile(headId)->secretKey()), Secret);
        QCOMPARE(store->profile(branchId)->generation, ApiGeneration::V1);
        // The secret field is empty again once saved: the secret lives in the store alone.
        QVERIFY(profiles.get<QLineEdit>("appSecretLineEdit")->text().isEmpty());

        // Edit: rename the first.
        profiles.select(headId);
        QCOMPARE(profiles.get<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Head office"));
        profiles.type("nameLineEdit", QStringLiteral("HQ"));
        profiles.click("saveProfileButton");
        QTRY_COMPARE(store->profile(headId)->name, QStringLiteral("HQ"));
        QCOMPARE(store->profile(headId)->appKey, QStringLiteral("dingHead"));

        // Duplicate: a copy under a new id, with the secret carried over.
        profiles.click("duplicateProfileButton");
        QCOMPARE(store->profiles().size(), 4);
        const ConnectionProfile copy = store->profiles().last();
        QCOMPARE(copy.name, QStringLiteral("HQ (copy)"));
        QCOMPARE(dialog->currentProfileId(), copy.id);
        QTRY_COMPARE(m_keychain->value(copy.secretKey()), Secret);

        // Delete the copy: asked first; its secret goes too.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        profiles.click("removeProfileButton");
        QCOMPARE(store->profiles().size(), 3);
        QVERIFY(!store->profile(copy.id));
        QTRY_VERIFY(!m_keychain->contains(copy.secretKey()));

        // The menu lists every profile; switching from it connects once the secret has been read.
        QVERIFY(profileAction(&window, ConnectionProfile::sandboxId()));
        QVERIFY(profileAction(&window, headId));
        profileAction(&window, branchId)->trigger();
        QVERIFY(!window.isConnected()); // the secret is read asynchronously
        QTRY_VERIFY(window.isConnected());
        QCOMPARE(driver.text("connectionStatusLabel"),
                 QStringLiteral("Branch: AppKey dingBranch @ %1").arg(ConnectionSummary::hostOf(server)));
        QCOMPARE(driver.get<QComboBox>("connectionProfileComboBox")->currentText(), QStringLiteral("Branch"));
        QVERIFY(profileAction(&window, branchId)->isChecked());

        // And the status-bar combo switches too.
        auto* combo = driver.get<QComboBox>("connectionProfileComboBox");
        const int hq = combo->findData(headId);
        combo->setCurrentIndex(hq);
        emit combo->activated(hq);
        QTRY_VERIFY(driver.text("connectionStatusLabel").startsWith(QStringLiteral("HQ: AppKey dingHead")));
        QTRY_VERIFY(window.isConnected());
        profileAction(&window, branchId)->trigger();
        QTRY_VERIFY(driver.text("connectionStatusLabel").startsWith(QStringLiteral("Branch:")));
        QTRY_VERIFY(window.isConnected());
        dialog->close();
    }
    // Restart: a new window over the same settings and store.
    MainWindow window;
    WindowDriver driver(&window);
    QCOMPARE(window.profiles()->store()->profiles().size(), 3);
    QCOMPARE(window.profiles()->store()->activeProfileId(), branchId);
    QTRY_VERIFY(window.isConnected());
    QCOMPARE(driver.text("connectionStatusLabel"),
             QStringLiteral("Branch: AppKey dingBranch @ %1").arg(ConnectionSummary::hostOf(server)));
    // It works: the secret read back is the right one.
    driver.fillIn(QStringLiteral("After restart"), m_emulator->demoOwnerId(),
                  { m_emulator->employees().at(10).userid });
    QSignalSpy finished(&window, &MainWindow::createFinished);
    driver.clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CreateResult>().outcome, CreateResult::Outcome::Created);
    QCOMPARE(m_emulator->groups().size(), 1);
}

void TestProfiles::sandboxProfile_cannotBeDeleted()
{
    MainWindow window;
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    profiles.select(ConnectionProfile::sandboxId());
    QVERIFY(!profiles.get<QAbstractButton>("removeProfileButton")->isEnabled());
    QVERIFY(!profiles.get<QLineEdit>("appKeyLineEdit")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->removeProfile();
    QVERIFY(window.profiles()->store()->profile(ConnectionProfile::sandboxId()));
    QVERIFY(!window.profiles()->store()->remove(ConnectionProfile::sandboxId()));

    // Switching to it starts the built-in emulator; the badge shows it.
    profileAction(&window, ConnectionProfile::sandboxId())->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.isConnected(), 20000);
    QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::Sandbox);
    QVERIFY(WindowDriver(&window).visible("sandboxBadgeLabel"));
    QCOMPARE(window.profiles()->store()->activeProfileId(), ConnectionProfile::sandboxId());
}

void TestProfiles::create_throughProfile_legacyAndV1()
{
    MainWindow window;
    WindowDriver driver(&window);
    ProfilesDriver profiles(openDialog(window));
    const QString legacy = profiles.addProfile(QStringLiteral("Legacy app"), QStringLiteral("dingHead"), Secret,
                                               m_emulator->baseUrl(), ApiGeneration::Legacy);
    const QString v1 = profiles.addProfile(QStringLiteral("New app"), QStringLiteral("dingBranch"), OtherSecret,
                                           m_emulator->baseUrl(), ApiGeneration::V1);
    QSignalSpy finished(&window, &MainWindow::createFinished);
    const QString owner = m_emulator->demoOwnerId();

    profileAction(&window, legacy)->trigger();
    QTRY_VERIFY(window.isConnected());
    driver.fillIn(QStringLiteral("Legacy group"), owner, { m_emulator->employees().at(10).userid });
    driver.clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("/chat/create")), 1);

    profileAction(&window, v1)->trigger();
    QTRY_VERIFY(window.isConnected());
    driver.setName(QStringLiteral("V1 group"));
    driver.clickCreate();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_emulator->requestCount(QStringLiteral("/v1.0/im/group/create")), 1);
    QCOMPARE(m_emulator->groups().size(), 2);
}

void TestProfiles::testConnection_success()
{
    MainWindow window;
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    // Unsaved values are tested as they stand.
    profiles.typeNewProfile(QStringLiteral("dingHead"), Secret, m_emulator->baseUrl());
    QSignalSpy tested(dialog, &ProfilesDialog::testFinished);
    profiles.click("testConnectionButton");
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().first().value<ConnectionTestResult>().outcome, Outcome::Success);
    QVERIFY(profiles.result().startsWith(ConnectionTestResult::make(Outcome::Success).title));
    QVERIFY(!profiles.result().contains(Secret));
    QVERIFY(window.profiles()->store()->profiles().size() == 1); // nothing was saved
}

void TestProfiles::testConnection_namesWhatIsWrong_data()
{
    QTest::addColumn<QString>("fault"); // path:code, "wrong-secret" or "refused"
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("words"); // what the user must read
    QTest::newRow("wrong secret") << QStringLiteral("wrong-secret") << int(Outcome::WrongCredentials)
                                  << QStringLiteral("AppKey or AppSecret is wrong");
    QTest::newRow("60011 permission") << QStringLiteral("/chat/get:60011") << int(Outcome::PermissionMissing)
                                      << QStringLiteral("permission");
    QTest::newRow("60020 ip allow-list") << QStringLiteral("/gettoken:60020") << int(Outcome::IpNotAllowed)
                                         << QStringLiteral("address is not allowed");
    QTest::newRow("refused port") << QStringLiteral("refused") << int(Outcome::ConnectionRefused)
                                  << QStringLiteral("refused");
}

void TestProfiles::testConnection_namesWhatIsWrong()
{
    QFETCH(QString, fault);
    QFETCH(int, outcome);
    QUrl server = m_emulator->baseUrl();
    QString secret = Secret;
    if (fault == QLatin1String("wrong-secret")) {
        secret = QStringLiteral("not-the-secret");
    } else if (fault == QLatin1String("refused")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        server.setPort(closed.serverPort());
        closed.close(); // nothing listens there now
    } else {
        const QStringList parts = fault.split(QLatin1Char(':'));
        m_emulator->injectFault(parts.at(0), EmulatorFault::apiError(parts.at(1).toInt()));
    }
    MainWindow window;
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    profiles.typeNewProfile(QStringLiteral("dingHead"), secret, server);
    QSignalSpy tested(dialog, &ProfilesDialog::testFinished);
    profiles.click("testConnectionButton");
    QVERIFY(tested.wait(15000));
    const ConnectionTestResult shown = tested.first().first().value<ConnectionTestResult>();
    QCOMPARE(int(shown.outcome), outcome);
    QVERIFY(!shown.title.isEmpty() && !shown.nextStep.isEmpty());
    QVERIFY2(profiles.result().startsWith(shown.title), qPrintable(profiles.result()));
    QVERIFY(profiles.result().contains(shown.explanation));
    QVERIFY(profiles.result().contains(shown.nextStep));
    QFETCH(QString, words);
    QVERIFY2(profiles.result().contains(words, Qt::CaseInsensitive), qPrintable(profiles.result()));
    QVERIFY(!profiles.result().contains(secret));
}

void TestProfiles::testConnection_showsBusyAndCancels()
{
    m_emulator->setLatency(5000);
    MainWindow window;
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    profiles.typeNewProfile(QStringLiteral("dingHead"), Secret, m_emulator->baseUrl());
    QVERIFY(!profiles.get<QWidget>("testProgressBar")->isVisible());
    QSignalSpy tested(dialog, &ProfilesDialog::testFinished);
    profiles.click("testConnectionButton");
    QTRY_VERIFY(dialog->isTesting());
    QVERIFY(profiles.get<QWidget>("testProgressBar")->isVisible());
    QVERIFY(profiles.get<QWidget>("cancelTestButton")->isVisible());
    QVERIFY(!profiles.get<QWidget>("testConnectionButton")->isEnabled());
    profiles.click("cancelTestButton");
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.first().first().value<ConnectionTestResult>().outcome, Outcome::Cancelled);
    QVERIFY(!profiles.get<QWidget>("testProgressBar")->isVisible());
    m_emulator->setLatency(0);
}

void TestProfiles::validation_asTheUserTypes()
{
    MainWindow window;
    ProfilesDriver profiles(openDialog(window));
    profiles.click("addProfileButton");
    auto* save = profiles.get<QAbstractButton>("saveProfileButton");
    auto* problems = profiles.get<QLabel>("problemsLabel");
    QVERIFY(!save->isEnabled());
    // Defaults are filled in.
    QCOMPARE(profiles.get<QLineEdit>("legacyUrlLineEdit")->text(), QStringLiteral("https://oapi.dingtalk.com"));
    QCOMPARE(profiles.get<QLineEdit>("v1UrlLineEdit")->text(), QStringLiteral("https://api.dingtalk.com"));
    QCOMPARE(profiles.get<QComboBox>("proxyModeComboBox")->currentData().toInt(), int(ProxySettings::Mode::System));
    profiles.type("appKeyLineEdit", QStringLiteral("dingabc"));
    QVERIFY(problems->text().contains(QStringLiteral("AppSecret")));
    profiles.type("appSecretLineEdit", Secret);
    QVERIFY(save->isEnabled());
    profiles.type("legacyUrlLineEdit", QStringLiteral("http://oapi.dingtalk.com"));
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("https://")));
    profiles.type("legacyUrlLineEdit", QStringLiteral("https://oapi.dingtalk.com"));
    // An own proxy needs a host and port; its password field opens once there is a user.
    auto* mode = profiles.get<QComboBox>("proxyModeComboBox");
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Socks5)));
    QVERIFY(!save->isEnabled());
    QVERIFY(!profiles.get<QLineEdit>("proxyPasswordLineEdit")->isEnabled());
    profiles.type("proxyHostLineEdit", QStringLiteral("proxy.example.com"));
    profiles.get<QSpinBox>("proxyPortSpinBox")->setValue(1080);
    profiles.type("proxyUserLineEdit", QStringLiteral("alice"));
    QVERIFY(profiles.get<QLineEdit>("proxyPasswordLineEdit")->isEnabled());
    QVERIFY2(save->isEnabled(), qPrintable(problems->text()));
    profiles.type("proxyPasswordLineEdit", QStringLiteral("proxy-pass-123"));
    QSignalSpy saved(window.profiles()->dialog(), &ProfilesDialog::profileSaved);
    profiles.click("saveProfileButton");
    QVERIFY(saved.wait());
    const ConnectionProfile stored = *window.profiles()->store()->profile(saved.first().first().toString());
    QCOMPARE(stored.proxy.user, QStringLiteral("alice"));
    QCOMPARE(m_keychain->value(stored.proxyPasswordKey()), QStringLiteral("proxy-pass-123"));
    QFile file(ProfileStore::defaultFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(!ini.contains(Secret.toUtf8()));
    QVERIFY(!ini.contains("proxy-pass-123"));
}

void TestProfiles::caCertificate_fromFileChooser()
{
    MainWindow window;
    ProfilesDriver profiles(openDialog(window));
    profiles.click("addProfileButton");
    profiles.type("appKeyLineEdit", QStringLiteral("dingabc"));
    profiles.type("appSecretLineEdit", Secret);
    const QString ca = QStringLiteral(DTG_SETTINGS_TEST_DATA "/ca.pem");
    QVERIFY(QFile::exists(ca));
    FileDialog::setNextFileName(ca);
    profiles.click("chooseCaFileButton");
    QCOMPARE(profiles.get<QPlainTextEdit>("caCertificatePlainTextEdit")->toPlainText(), ca);
    QVERIFY(profiles.get<QAbstractButton>("saveProfileButton")->isEnabled());
    profiles.get<QPlainTextEdit>("caCertificatePlainTextEdit")
        ->setPlainText(QStringLiteral("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----"));
    QVERIFY(!profiles.get<QAbstractButton>("saveProfileButton")->isEnabled());
    QVERIFY(profiles.get<QLabel>("problemsLabel")->text().contains(QStringLiteral("PEM")));
}

void TestProfiles::sessionOnlyNotice_whenNoKeychain()
{
    MainWindow window;
    WindowDriver driver(&window);
    window.show();
    QVERIFY(!driver.get<QLabel>("secretsSessionOnlyLabel")->isVisible());
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    QVERIFY(!profiles.get<QLabel>("sessionOnlyLabel")->isVisible());
    m_keychain->goSessionOnly(); // as KeychainSecretStore does when the keychain fails
    QVERIFY(driver.get<QLabel>("secretsSessionOnlyLabel")->isVisible());
    QCOMPARE(driver.text("secretsSessionOnlyLabel"), SessionSecretStore::sessionOnlyText());
    QVERIFY(profiles.get<QLabel>("sessionOnlyLabel")->isVisible());
    QCOMPARE(profiles.get<QLabel>("sessionOnlyLabel")->text(), SessionSecretStore::sessionOnlyText());
    const QString id
        = profiles.addProfile(QStringLiteral("Session"), QStringLiteral("dingHead"), Secret, m_emulator->baseUrl());
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(profiles.get<QLabel>("secretStatusLabel")->text(),
                 ProfilesDialog::tr("The AppSecret is kept for this session only."));
}

void TestProfiles::forgetSecret_removesItFromTheStore()
{
    MainWindow window;
    WindowDriver driver(&window);
    ProfilesDialog* dialog = openDialog(window);
    ProfilesDriver profiles(dialog);
    const QString id
        = profiles.addProfile(QStringLiteral("Forgetful"), QStringLiteral("dingHead"), Secret, m_emulator->baseUrl());
    const QString key = window.profiles()->store()->profile(id)->secretKey();
    QVERIFY(m_keychain->contains(key));
    profiles.click("useProfileButton");
    QTRY_VERIFY(window.isConnected());
    QTRY_VERIFY(profiles.get<QAbstractButton>("forgetSecretButton")->isEnabled());
    profiles.click("forgetSecretButton");
    QTRY_VERIFY(!m_keychain->contains(key));
    QTRY_VERIFY(!profiles.get<QAbstractButton>("forgetSecretButton")->isEnabled());
    QTRY_COMPARE(profiles.get<QLabel>("secretStatusLabel")->text(),
                 ProfilesDialog::tr("No AppSecret is stored for this connection."));
    // The window no longer holds a connection it cannot renew, and says why.
    QTRY_VERIFY(!window.isConnected());
    QVERIFY(driver.text("connectionStatusLabel").contains(QStringLiteral("no AppSecret stored")));
    // Saving needs the secret again.
    profiles.type("nameLineEdit", QStringLiteral("Forgetful 2"));
    QVERIFY(!profiles.get<QAbstractButton>("saveProfileButton")->isEnabled());
}

QTEST_MAIN(TestProfiles)
#include "tst_Profiles.moc"
