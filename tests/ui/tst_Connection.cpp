// Connections: the dialog's rules, the status line, secrets kept off disk and off screen, the first-launch
// question and the built-in sandbox.

#include "WindowDriver.h"

#include "ConnectionDialog.h"
#include "ConnectionSummary.h"
#include "DingTalkEmulator.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "dingtalk/TokenCache.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
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
    void notConnected_createIsDisabledAndSaysWhy();
    void firstLaunch_offersTheSandboxOnce();
    void builtInSandbox_startsWithoutBlockingAndCreates();
    void useSandbox_dropsTheDingTalkConnectionAtOnce();
    void connectingElsewhereWhileTheSandboxStarts_keepsThatConnection();
};

void TestConnection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Preferences::filePath());
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
    QTimer::singleShot(0, this, [&filledIn] {
        auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        type(in<QLineEdit>(dialog, "appKeyLineEdit"), QStringLiteral("dingmenu42"));
        type(in<QLineEdit>(dialog, "appSecretLineEdit"), Secret);
        in<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        filledIn = true;
    });
    driver.get<QAction>("connectAction")->trigger();
    QVERIFY(filledIn);
    QVERIFY(window.isConnected());
    QCOMPARE(window.connectionKind(), ConnectionSummary::Kind::DingTalk);
    QCOMPARE(driver.text("connectionStatusLabel"), QStringLiteral("AppKey dingmenu42 @ oapi.dingtalk.com"));
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

    const QList<EmulatedEmployee> employees = emulator->employees();
    driver.fillIn(QStringLiteral("Sandbox group"), emulator->demoOwnerId(),
                  { employees.at(10).userid, employees.at(11).userid });
    QCOMPARE(driver.members()->index(1, MemberListModel::NameColumn).data().toString(), employees.at(10).name);
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
