#pragma once

// The set-up every window suite shares: the DingTalk emulator, a fresh main window on it with its drivers, and a
// temporary folder for the files a test writes. A suite derives from it beside QObject
// (`class TestX : public QObject, protected WindowFixture`), calls startEmulator() in initTestCase(), openWindow() in
// init() and closeWindow() in cleanup(), and drives the window through the members below.

#include "FileDialog.h"
#include "ImportDriver.h"
#include "MessageBox.h"
#include "WindowDriver.h"

#include "DingTalkEmulator.h"
#include "DirectoryController.h"
#include "EmulatorFixture.h"
#include "i18n/AppTranslator.h"

#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

class WindowFixture
{
public:
    virtual ~WindowFixture() = default;

    DingTalkEmulator m_emulator;
    /** The demo organisation's owner, set by startEmulator(). */
    QString m_owner;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WindowDriver> m_driver;
    std::unique_ptr<ImportDriver> m_import;

    /** For initTestCase(): settings in test mode (never the user's own), and the emulator listening. */
    bool startEmulator()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_emulator.start())
            return false;
        m_owner = m_emulator.demoOwnerId();
        return true;
    }

    /**
     * For init(): the emulator as it started with no token or phone lookup cached (a cached token would be refused
     * by the reset emulator), no answer queued for a message box or a file dialog, a new temporary folder, and a new
     * window on the emulator with its drivers, shown. The window owns `translator` when one is given. Returns whether
     * the folder exists and the window is exposed.
     */
    bool openWindow(AppTranslator* translator = nullptr)
    {
        EmulatorFixture::reset(m_emulator);
        MessageBox::clearNextAnswer();
        FileDialog::clearNextFileName();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>(translator);
        if (translator)
            translator->setParent(m_window.get());
        // The directory copies go where the test's other files go: each test starts with none.
        m_window->directoryController()->setDataFolder(m_dir->filePath(QStringLiteral("data")));
        prepareWindow(*m_window);
        m_window->useEmulator(&m_emulator);
        m_driver = std::make_unique<WindowDriver>(m_window.get());
        m_import = std::make_unique<ImportDriver>(m_window.get(), m_dir.get());
        m_window->show();
        return m_dir->isValid() && QTest::qWaitForWindowExposed(m_window.get());
    }

    /** For cleanup(): the window goes (and the dialogs opened beside it, and its translator), then the folder. */
    void closeWindow()
    {
        m_import.reset();
        m_driver.reset();
        m_window.reset();
        m_dir.reset();
        MessageBox::clearNextAnswer();
        FileDialog::clearNextFileName();
    }

    /** The data column of a test run once in each language the app ships: "language", "en" and "zh_CN". */
    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    /**
     * Switches the window's language as the Language menu does and delivers the switch: it arrives as posted
     * LanguageChange events (the application's, which then posts one to each window), so two rounds reach every
     * widget.
     */
    void switchLanguage(const QString& language)
    {
        m_window->setLanguage(language);
        for (int round = 0; round < 2; ++round)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    /**
     * Directory ▸ Sync Directory, as the user chooses it, then waits until the sync and its save are done (60 s at
     * most). True when the window then has the copy.
     */
    bool syncDirectory()
    {
        DirectoryController* directory = m_window->directoryController();
        auto* action = m_window->findChild<QAction*>(QStringLiteral("syncDirectoryAction"));
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        return QTest::qWaitFor([directory] { return !directory->isSyncing(); }, 60000) && directory->hasDirectory();
    }

    /** The userids of the first `count` active employees other than the owner, in the organisation's order. */
    QStringList employeeIds(int count) const
    {
        QStringList ids;
        const QList<EmulatedEmployee> employees = EmulatorFixture::activeEmployeesExceptOwner(m_emulator);
        for (const EmulatedEmployee& employee : employees.mid(0, count))
            ids.append(employee.userid);
        return ids;
    }

protected:
    /** Runs on each new window before it is put on the emulator and shown. */
    virtual void prepareWindow(MainWindow& window) { Q_UNUSED(window) }
};
