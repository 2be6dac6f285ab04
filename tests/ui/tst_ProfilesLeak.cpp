// Nothing leaks: with a fresh HOME (and XDG folders) set before the application starts, a profile is created
// through the dialog, used to create a group against the emulator and its ids are copied; then every file written
// under HOME is searched for the AppSecret and every token the emulator issued, and the clipboard for the tokens.
// And every file the app writes there (caches excepted) is readable by its owner only.

#include "ProfilesDriver.h"
#include "WindowDriver.h"

#include "AfterCreate.h"
#include "DingTalkEmulator.h"
#include "DraftFile.h"
#include "MainWindow.h"
#include "config/AppIdentity.h"
#include "presets/PresetStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdlib>

namespace {
const QString Secret = QStringLiteral("s3cr3t-LEAK-CHECK-0123456789");
QTemporaryDir* s_home = nullptr;
} // namespace

class TestProfilesLeak : public QObject
{
    Q_OBJECT

private slots:
    void secretAndTokens_neverWrittenUnderHome_norOnTheClipboard();
    // After the first: its connections, preferences and history are checked too.
    void everyFileWritten_isTheOwnersAlone();
};

void TestProfilesLeak::secretAndTokens_neverWrittenUnderHome_norOnTheClipboard()
{
    QVERIFY(QDir::homePath().startsWith(s_home->path()));
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    emulator.addApp(QStringLiteral("dingLeak"), Secret);
    auto* keychain = new FakeKeychain;
    ProfileController::setSecretStoreFactory([keychain](QObject*) { return keychain; });
    {
        MainWindow window;
        WindowDriver driver(&window);
        window.show();
        driver.get<QAction>("manageConnectionsAction")->trigger();
        ProfilesDriver profiles(window.profiles()->dialog());
        const QString id
            = profiles.addProfile(QStringLiteral("Leak check"), QStringLiteral("dingLeak"), Secret, emulator.baseUrl());
        QVERIFY(!id.isEmpty());
        QSignalSpy tested(window.profiles()->dialog(), &ProfilesDialog::testFinished);
        profiles.click("testConnectionButton");
        QVERIFY(tested.wait(10000));
        profiles.click("useProfileButton");
        QTRY_VERIFY(window.isConnected());
        window.setLanguage(QStringLiteral("zh_CN")); // preferences are written too
        window.setLanguage(QStringLiteral("en"));

        driver.fillIn(QStringLiteral("Leak check"), emulator.demoOwnerId(), { emulator.employees().at(10).userid });
        QSignalSpy finished(&window, &MainWindow::createFinished);
        driver.clickCreate();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(emulator.groups().size(), 1);

        const QStringList tokens = emulator.issuedTokens();
        QVERIFY(!tokens.isEmpty());
        for (const char* button : { "copyOpenConversationIdButton", "copyChatIdButton" }) {
            driver.get<QAbstractButton>(button)->click();
            const QString clipboard = QGuiApplication::clipboard()->text();
            QVERIFY(!clipboard.isEmpty());
            QVERIFY(!clipboard.contains(Secret));
            for (const QString& token : tokens)
                QVERIFY2(!clipboard.contains(token), button);
        }
        // No widget text but the masked fields holds the secret or a token.
        QList<QWidget*> widgets = window.findChildren<QWidget*>();
        widgets += window.profiles()->dialog()->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const QString text = WindowDriver::shownText(widget);
            QVERIFY2(!text.contains(Secret), qPrintable(widget->objectName()));
            for (const QString& token : tokens)
                QVERIFY2(!text.contains(token), qPrintable(widget->objectName()));
        }
    }

    const QStringList tokens = emulator.issuedTokens();
    int files = 0;
    QDirIterator it(s_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(Secret.toUtf8()), qPrintable(file.fileName()));
        for (const QString& token : tokens)
            QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 2); // at least the connections and the preferences were written and searched
    QVERIFY(QFile::exists(ProfileStore::defaultFilePath()));
    QVERIFY(ProfileStore::defaultFilePath().startsWith(s_home->path()));
}

void TestProfilesLeak::everyFileWritten_isTheOwnersAlone()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    {
        MainWindow window;
        WindowDriver driver(&window);
        window.show();
        window.useEmulator(&emulator);
        // Presets hold names and phone numbers; the draft holds the whole form.
        Preset preset;
        preset.name = QStringLiteral("Private");
        Member member = Member::fromUserId(emulator.employees().at(3).userid);
        member.name = QStringLiteral("王小明");
        member.mobile = QStringLiteral("13800138000");
        preset.members = { member };
        QVERIFY(window.afterCreate()->presetStore()->save(preset));
        window.setLanguage(QStringLiteral("en"));
        driver.fillIn(QStringLiteral("Draft"), emulator.demoOwnerId(), { emulator.employees().at(4).userid });
        QVERIFY(window.close());
        QVERIFY(QFile::exists(DraftFile::defaultFilePath()));
    }

    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QString caches = s_home->path() + QStringLiteral("/.cache/");
    QStringList written;
    QDirIterator it(s_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(caches))
            continue;
        written.append(QFileInfo(path).fileName());
        QVERIFY2((QFile::permissions(path) & others) == 0, qPrintable(path));
    }
    // Connections, preferences, history, presets and the draft were all written, and all checked.
    QVERIFY2(written.size() >= 5, qPrintable(written.join(QLatin1Char(' '))));
    QVERIFY(written.contains(QFileInfo(DraftFile::defaultFilePath()).fileName()));
}

int main(int argc, char* argv[])
{
    // Before QApplication: every standard location then points under the throw-away HOME.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    s_home = &home;
    for (const auto& [name, sub] :
         { std::pair{ "HOME", "" }, std::pair{ "XDG_CONFIG_HOME", "/.config" },
           std::pair{ "XDG_DATA_HOME", "/.local/share" }, std::pair{ "XDG_CACHE_HOME", "/.cache" },
           std::pair{ "XDG_STATE_HOME", "/.local/state" } }) {
        const QString path = home.path() + QLatin1String(sub);
        QDir().mkpath(path);
        qputenv(name, path.toLocal8Bit());
    }
    QApplication app(argc, argv);
    // Named as the application names itself, so the files land where a user's would (and QSettings, which reports
    // every write as failed for an unnamed organisation, tells the truth).
    QCoreApplication::setOrganizationName(AppIdentity::organisationName());
    QCoreApplication::setApplicationName(AppIdentity::applicationName());
    TestProfilesLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ProfilesLeak.moc"
