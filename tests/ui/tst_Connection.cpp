// Connections: the dialog's rules, the status line, secrets kept off disk and off screen, the first-launch
// question and the built-in sandbox.

#include "WindowDriver.h"

#include "ConnectionDialog.h"
#include "ConnectionSummary.h"
#include "DingTalkEmulator.h"
#include "DirectoryController.h"
#include "EmulatorFixture.h"
#include "MessageBox.h"
#include "PersonText.h"
#include "Preferences.h"
#include "dingtalk/TokenCache.h"
#include "i18n/AppTranslator.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {
const QString Secret = QStringLiteral("s3cr3t-DO-NOT-SHOW-0123456789");
const QString Token = QStringLiteral("tok-DO-NOT-SHOW-abcdef0123456789");

template <typename T> T* in(QWidget* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    if (!child)
        qFatal("No %s named %s", T::staticMetaObject.className(), name);
    return child;
}

/** A connection by AppKey, with the secret that no screen or file may show. */
ConnectionSettings byAppKey(const QString& appKey, ApiGeneration generation = ApiGeneration::Legacy)
{
    ConnectionSettings settings;
    settings.generation = generation;
    settings.appKey = appKey;
    settings.appSecret = Secret;
    return settings;
}

void type(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void dialog_needsAppKeyAndSecret();
    void dialog_acceptsHttpsAndLoopbackOnly();
    void dialog_pastedToken();
    void dialog_apiGeneration_followsItsHost();
    void dialog_secretsAreMasked();
    void statusLine_saysWhereRequestsGo_withoutSecrets();
    void secrets_neverReachTheSettingsFile();
    void connectMenu_opensTheDialogAndConnects();
    void connect_testsTheCredentialsFirst_andSaysWhatWasChecked_data();
    void connect_testsTheCredentialsFirst_andSaysWhatWasChecked();
    void connect_refusedCredentials_areNeverUsed();
    void connect_unreachableServer_canBeUsedAnywayOnPurpose();
    void notConnected_createIsDisabledAndSaysWhy();
    void firstLaunch_offersTheSandboxOnce();
    void builtInSandbox_startsWithoutBlockingAndCreates();
    void useSandbox_dropsTheDingTalkConnectionAtOnce();
    void connectingElsewhereWhileTheSandboxStarts_keepsThatConnection();

private:
    /** Types the credentials and the server into the connect dialog. */
    static void fillIn(QDialog* dialog, const QString& appKey, const QString& appSecret, const QUrl& server);

    DingTalkEmulator m_emulator;
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Preferences::filePath());
    QVERIFY(m_emulator.start());
    m_emulator.addApp(QStringLiteral("dingmenu42"), Secret);
}

void TestConnection::fillIn(QDialog* dialog, const QString& appKey, const QString& appSecret, const QUrl& server)
{
    type(in<QLineEdit>(dialog, "appKeyLineEdit"), appKey);
    type(in<QLineEdit>(dialog, "appSecretLineEdit"), appSecret);
    type(in<QLineEdit>(dialog, "serverLineEdit"), server.toString());
}

void TestConnection::init()
{
    TokenCache::instance().clear();
}

void TestConnection::dialog_needsAppKeyAndSecret()
{
    ConnectionDialog dialog;
    dialog.show();
    QPushButton* ok = in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(in<QRadioButton>(&dialog, "appKeyRadioButton")->isChecked());
    type(in<QLineEdit>(&dialog, "appKeyLineEdit"), QStringLiteral("dingabc123"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(in<QLabel>(&dialog, "connectionErrorLabel")->isVisible());
    type(in<QLineEdit>(&dialog, "appSecretLineEdit"), Secret);
    QVERIFY(ok->isEnabled());
    QVERIFY(!in<QLabel>(&dialog, "connectionErrorLabel")->isVisible());
    in<QSpinBox>(&dialog, "timeoutSpinBox")->setValue(12);

    const ConnectionSettings settings = dialog.settings();
    QCOMPARE(settings.appKey, QStringLiteral("dingabc123"));
    QCOMPARE(settings.appSecret, Secret);
    QVERIFY(settings.accessToken.isEmpty());
    QCOMPARE(settings.legacyBaseUrl, QUrl(QStringLiteral("https://oapi.dingtalk.com")));
    QCOMPARE(settings.timeoutSeconds, 12);
}

void TestConnection::dialog_acceptsHttpsAndLoopbackOnly()
{
    ConnectionDialog dialog;
    dialog.show();
    type(in<QLineEdit>(&dialog, "appKeyLineEdit"), QStringLiteral("dingabc123"));
    type(in<QLineEdit>(&dialog, "appSecretLineEdit"), Secret);
    QPushButton* ok = in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QLineEdit* server = in<QLineEdit>(&dialog, "serverLineEdit");

    type(server, QStringLiteral("http://oapi.dingtalk.com"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(in<QLabel>(&dialog, "connectionErrorLabel")->text().contains(QStringLiteral("https://")));
    type(server, QStringLiteral("not a url"));
    QVERIFY(!ok->isEnabled());
    type(server, QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(ok->isEnabled());
    type(server, QStringLiteral("https://dingtalk.example.com"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.settings().legacyBaseUrl.host(), QStringLiteral("dingtalk.example.com"));
}

void TestConnection::dialog_pastedToken()
{
    ConnectionDialog dialog;
    dialog.show();
    // The field not in use is disabled, so it is clear which credentials count.
    QVERIFY(!in<QLineEdit>(&dialog, "accessTokenLineEdit")->isEnabled());
    QTest::mouseClick(in<QRadioButton>(&dialog, "accessTokenRadioButton"), Qt::LeftButton);
    QVERIFY(in<QLineEdit>(&dialog, "accessTokenLineEdit")->isEnabled());
    QVERIFY(!in<QLineEdit>(&dialog, "appSecretLineEdit")->isEnabled());
    type(in<QLineEdit>(&dialog, "accessTokenLineEdit"), Token);
    QVERIFY(in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    const ConnectionSettings settings = dialog.settings();
    QVERIFY(settings.usesPastedToken());
    QCOMPARE(settings.accessToken, Token);
    QVERIFY(settings.appSecret.isEmpty());
}

void TestConnection::dialog_apiGeneration_followsItsHost()
{
    ConnectionDialog dialog;
    dialog.show();
    type(in<QLineEdit>(&dialog, "appKeyLineEdit"), QStringLiteral("dingabc123"));
    type(in<QLineEdit>(&dialog, "appSecretLineEdit"), Secret);
    auto* generation = in<QComboBox>(&dialog, "apiGenerationComboBox");
    QLineEdit* server = in<QLineEdit>(&dialog, "serverLineEdit");
    QCOMPARE(dialog.settings().generation, ApiGeneration::Legacy);

    generation->setCurrentIndex(generation->findData(int(ApiGeneration::V1)));
    QCOMPARE(server->text(), ConnectionSettings::defaultV1BaseUrl().toString());
    ConnectionSettings settings = dialog.settings();
    QCOMPARE(settings.generation, ApiGeneration::V1);
    QCOMPARE(settings.v1BaseUrl, ConnectionSettings::defaultV1BaseUrl());
    QCOMPARE(settings.legacyBaseUrl, ConnectionSettings::defaultLegacyBaseUrl());

    // A server of the user's own stays put when the generation changes, and serves both.
    type(server, QStringLiteral("https://proxy.example.com"));
    generation->setCurrentIndex(generation->findData(int(ApiGeneration::Legacy)));
    QCOMPARE(server->text(), QStringLiteral("https://proxy.example.com"));
    settings = dialog.settings();
    QCOMPARE(settings.legacyBaseUrl.host(), QStringLiteral("proxy.example.com"));
    QCOMPARE(settings.v1BaseUrl.host(), QStringLiteral("proxy.example.com"));

    MainWindow window;
    window.setConnection(byAppKey(QStringLiteral("dingnew42"), ApiGeneration::V1));
    QCOMPARE(WindowDriver(&window).text("connectionStatusLabel"),
             QStringLiteral("AppKey dingnew42 @ api.dingtalk.com"));
}

void TestConnection::dialog_secretsAreMasked()
{
    ConnectionDialog dialog;
    dialog.setSettings(byAppKey(QStringLiteral("dingabc123")));
    QCOMPARE(in<QLineEdit>(&dialog, "appSecretLineEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(in<QLineEdit>(&dialog, "accessTokenLineEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(in<QLineEdit>(&dialog, "appSecretLineEdit")->displayText().contains(Secret), false);
}

void TestConnection::statusLine_saysWhereRequestsGo_withoutSecrets()
{
    MainWindow window;
    WindowDriver driver(&window);
    QCOMPARE(driver.text("connectionStatusLabel"), ConnectionSummary::tr("Not connected"));

    window.setConnection(byAppKey(QStringLiteral("dingabc123")));
    QCOMPARE(driver.text("connectionStatusLabel"), QStringLiteral("AppKey dingabc123 @ oapi.dingtalk.com"));
    QVERIFY(!driver.get<QLabel>("sandboxBadgeLabel")->isVisibleTo(&window));

    ConnectionSettings token;
    token.accessToken = Token;
    token.setServer(QUrl(QStringLiteral("https://dingtalk.example.com:8443")));
    window.setConnection(token);
    QCOMPARE(driver.text("connectionStatusLabel"), QStringLiteral("Pasted access token @ dingtalk.example.com:8443"));

    // No label, tooltip or title anywhere in the window shows a secret.
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const QString text = WindowDriver::shownText(widget);
        QVERIFY2(!text.contains(Secret) && !text.contains(Token), qPrintable(widget->objectName()));
    }
}

void TestConnection::secrets_neverReachTheSettingsFile()
{
    {
        MainWindow window;
        window.setConnection(byAppKey(QStringLiteral("dingabc123")));
        window.setLanguage(QStringLiteral("zh_CN")); // something is written
        window.setLanguage(QStringLiteral("en"));
        ConnectionSettings token;
        token.accessToken = Token;
        window.setConnection(token);
    }
    QFile file(Preferences::filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.isEmpty());
    QVERIFY(!content.contains(Secret.toUtf8()));
    QVERIFY(!content.contains(Token.toUtf8()));
    QVERIFY(!content.contains("dingabc123"));
}

void TestConnection::connectMenu_opensTheDialogAndConnects()
{
    MainWindow window;
    WindowDriver driver(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool filledIn = false;
    // The dialog is modal: fill it in from inside its event loop.
    QTimer::singleShot(0, this, [this, &filledIn] {
        auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fillIn(dialog, QStringLiteral("dingmenu42"), Secret, m_emulator.baseUrl());
        QPushButton* ok = in<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        ok->click(); // tests first
        if (!QTest::qWaitFor([dialog] { return dialog->testResult().has_value(); }, 20000))
            return;
        ok->click(); // the test passed: use it
        filledIn = true;
    });
    driver.get<QAction>("connectAction")->trigger();
    QVERIFY(filledIn);
    QVERIFY(window.isConnected());
    QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::DingTalk);
    QCOMPARE(driver.text("connectionStatusLabel"),
             QStringLiteral("AppKey dingmenu42 @ 127.0.0.1:%1").arg(m_emulator.baseUrl().port()));
}

void TestConnection::connect_testsTheCredentialsFirst_andSaysWhatWasChecked_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestConnection::connect_testsTheCredentialsFirst_andSaysWhatWasChecked()
{
    QFETCH(QString, language);
    AppTranslator translator;
    translator.setLanguage(language);
    ConnectionDialog dialog;
    dialog.show();
    fillIn(&dialog, DingTalkEmulator::demoAppKey(), DingTalkEmulator::demoAppSecret(), m_emulator.baseUrl());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QPushButton* ok = in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->text(), ConnectionDialog::tr("&Connect"));
    const int tokensBefore = m_emulator.requestCount(QStringLiteral("/gettoken"));
    ok->click();
    QVERIFY(accepted.isEmpty()); // a test first, not the connection
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().has_value(), 20000);
    QVERIFY(dialog.testResult()->ok());
    QVERIFY(m_emulator.requestCount(QStringLiteral("/gettoken")) > tokensBefore);

    // What was checked, and what cannot be.
    const QString shown = in<QLabel>(&dialog, "testResultLabel")->text();
    QVERIFY(in<QLabel>(&dialog, "testResultLabel")->isVisible());
    for (const char* permission : { "qyapi_chat_read", "qyapi_get_member_by_mobile", "qyapi_chat_manage" })
        QVERIFY2(shown.contains(QLatin1String(permission)), qPrintable(shown));
    QVERIFY2(
        shown.contains(ConnectionTestResult::tr("Creating groups (%1): cannot be checked without creating a group.")
                           .arg(QStringLiteral("qyapi_chat_manage"))),
        qPrintable(shown));
    if (language == QLatin1String("zh_CN")) {
        QVERIFY2(shown.contains(QStringLiteral("不真正建群就无法检查")), qPrintable(shown));
        QCOMPARE(ok->text(), QStringLiteral("使用此连接(&U)"));
    }
    QVERIFY(accepted.isEmpty());
    QCOMPARE(ok->text(), ConnectionDialog::tr("&Use This Connection"));
    QVERIFY(!in<QPushButton>(&dialog, "connectAnywayButton")->isVisible());
    ok->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.settings().appKey, DingTalkEmulator::demoAppKey());
}

void TestConnection::connect_refusedCredentials_areNeverUsed()
{
    ConnectionDialog dialog;
    dialog.show();
    fillIn(&dialog, DingTalkEmulator::demoAppKey(), QStringLiteral("not-the-secret"), m_emulator.baseUrl());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QPushButton* ok = in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().has_value(), 20000);
    QCOMPARE(dialog.testResult()->outcome, ConnectionTestResult::Outcome::WrongCredentials);
    QVERIFY(in<QLabel>(&dialog, "testResultLabel")->text().contains(dialog.testResult()->title));
    QVERIFY(!in<QPushButton>(&dialog, "connectAnywayButton")->isVisible());
    QCOMPARE(ok->text(), ConnectionDialog::tr("&Connect"));
    ok->click(); // only tests again
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().has_value(), 20000);
    QVERIFY(accepted.isEmpty());

    // An edit forgets the result: it spoke of other credentials.
    type(in<QLineEdit>(&dialog, "appSecretLineEdit"), DingTalkEmulator::demoAppSecret());
    QVERIFY(!dialog.testResult().has_value());
    QVERIFY(!in<QLabel>(&dialog, "testResultLabel")->isVisible());
}

void TestConnection::connect_unreachableServer_canBeUsedAnywayOnPurpose()
{
    ConnectionDialog dialog;
    dialog.show();
    const QUrl nowhere = EmulatorFixture::refusedUrl();
    fillIn(&dialog, QStringLiteral("dingoffline7"), Secret, nowhere);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    in<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().has_value(), 20000);
    QCOMPARE(dialog.testResult()->outcome, ConnectionTestResult::Outcome::ConnectionRefused);
    QVERIFY(!in<QLabel>(&dialog, "testResultLabel")->text().isEmpty());
    QVERIFY(accepted.isEmpty()); // never silently
    auto* anyway = in<QPushButton>(&dialog, "connectAnywayButton");
    QVERIFY(anyway->isVisible());
    anyway->click();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.settings().legacyBaseUrl, nowhere);
    QVERIFY(!dialog.testResult()->ok()); // the window can say it is untested
}

void TestConnection::notConnected_createIsDisabledAndSaysWhy()
{
    MainWindow window;
    WindowDriver driver(&window);
    driver.fillIn(QStringLiteral("Offline"), QStringLiteral("manager4220"), { QStringLiteral("user0001") });
    QVERIFY(!driver.createButton()->isEnabled());
    QVERIFY(driver.text("createHintLabel").contains(QStringLiteral("href=\"sandbox\"")));
    window.create(); // ignored: nowhere to send it
    QVERIFY(!window.isCreating());
}

void TestConnection::firstLaunch_offersTheSandboxOnce()
{
    QFile::remove(Preferences::filePath());
    const int answeredBefore = MessageBox::answeredInAdvance();
    {
        MainWindow window;
        window.show();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerSandboxIfNotConnected();
        QCOMPARE(MessageBox::answeredInAdvance(), answeredBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(window.isConnected(), 20000);
        QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::Sandbox);
    }
    {
        // The next launch does not ask again.
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerSandboxIfNotConnected();
        QCOMPARE(MessageBox::answeredInAdvance(), answeredBefore + 1);
        QVERIFY(!window.isConnected());
        MessageBox::clearNextAnswer();
    }
}

void TestConnection::builtInSandbox_startsWithoutBlockingAndCreates()
{
    MainWindow window;
    QTemporaryDir data;
    window.directoryController()->setDataFolder(data.path()); // no copy of the sandbox's directory from an earlier run
    WindowDriver driver(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    driver.get<QAction>("useSandboxAction")->trigger();
    // Returned before the emulator listens: the window is never held up by it.
    QVERIFY(!window.isConnected());
    QVERIFY(driver.visible("sandboxBadgeLabel"));
    QCOMPARE(driver.text("connectionStatusLabel"), MainWindow::tr("Starting the sandbox…"));

    QTRY_VERIFY_WITH_TIMEOUT(window.isConnected(), 20000);
    DingTalkEmulator* emulator = window.sandboxEmulator();
    QVERIFY(emulator);
    QCOMPARE(driver.text("connectionStatusLabel"), QStringLiteral("Sandbox (nothing reaches DingTalk)"));
    QVERIFY(driver.visible("sandboxBadgeLabel"));

    // Its directory is synced like any organisation's; the members then show their names and departments.
    driver.get<QAction>("syncDirectoryAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.directoryController()->isSyncing(), 60000);
    QVERIFY(window.directoryController()->hasDirectory());
    const QList<EmulatedEmployee> employees = emulator->employees();
    driver.fillIn(QStringLiteral("Sandbox group"), emulator->demoOwnerId(),
                  { employees.at(10).userid, employees.at(11).userid });
    const DirectoryPerson* person = window.directoryController()->directory().person(employees.at(10).userid);
    QVERIFY(person);
    QCOMPARE(person->name, employees.at(10).name);
    QCOMPARE(driver.members()->index(1, MemberListModel::NameColumn).data().toString(),
             PersonText::nameAndDepartment(*person));
    QSignalSpy finished(&window, &MainWindow::createFinished);
    driver.clickCreate();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(emulator->groups().size(), 1);
    QCOMPARE(driver.get<QLineEdit>("openConversationIdLineEdit")->text(),
             emulator->groups().first().openConversationId);
}

void TestConnection::useSandbox_dropsTheDingTalkConnectionAtOnce()
{
    MainWindow window;
    WindowDriver driver(&window);
    window.setConnection(byAppKey(QStringLiteral("dingreal1")));
    driver.fillIn(QStringLiteral("Practice"), QStringLiteral("manager4220"), { QStringLiteral("user0001") });
    QVERIFY(driver.createButton()->isEnabled());

    window.startSandbox();
    // From this moment nothing can go to DingTalk, even before the sandbox listens.
    QVERIFY(!window.isConnected());
    QVERIFY(!driver.createButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window.isConnected(), 20000);
    QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::Sandbox);
    QVERIFY(driver.createButton()->isEnabled());
}

void TestConnection::connectingElsewhereWhileTheSandboxStarts_keepsThatConnection()
{
    MainWindow window;
    WindowDriver driver(&window);
    window.startSandbox();
    window.setConnection(byAppKey(QStringLiteral("dingreal2")));
    QTRY_VERIFY_WITH_TIMEOUT(window.sandboxEmulator() != nullptr, 20000);
    QCoreApplication::processEvents();
    QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::DingTalk);
    QCOMPARE(driver.text("connectionStatusLabel"), QStringLiteral("AppKey dingreal2 @ oapi.dingtalk.com"));
    QVERIFY(!driver.get<QLabel>("sandboxBadgeLabel")->isVisibleTo(&window));
}

QTEST_MAIN(TestConnection)
#include "tst_Connection.moc"
