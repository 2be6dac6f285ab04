#pragma once

// Shared by the "after create" suites: a window on the emulator with its history in a temporary file and its presets
// in a temporary settings file, and a create driven through the form.

#include "AfterCreate.h"
#include "WindowDriver.h"

#include "DingTalkEmulator.h"
#include "dingtalk/TokenCache.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

class AfterCreateFixture
{
public:
    DingTalkEmulator emulator;
    QString owner;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QSettings> presetSettings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<WindowDriver> driver;

    bool start()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!emulator.start())
            return false;
        owner = emulator.demoOwnerId();
        return true;
    }

    void open()
    {
        emulator.reset();
        TokenCache::instance().clear();
        dir = std::make_unique<QTemporaryDir>();
        window = std::make_unique<MainWindow>();
        window->afterCreate()->setHistoryFilePath(historyPath());
        presetSettings
            = std::make_unique<QSettings>(dir->filePath(QStringLiteral("presets.ini")), QSettings::IniFormat);
        window->afterCreate()->setPresetSettings(presetSettings.get());
        window->useEmulator(&emulator);
        driver = std::make_unique<WindowDriver>(window.get());
        window->show();
    }

    void close()
    {
        // Dialogs opened beside the window go with it.
        driver.reset();
        window.reset();
        presetSettings.reset();
        dir.reset();
    }

    QString historyPath() const { return dir->filePath(QStringLiteral("history.json")); }

    QStringList employeeIds(int count) const
    {
        QStringList ids;
        const QList<EmulatedEmployee> employees = emulator.employees();
        for (const EmulatedEmployee& employee : employees) {
            if (ids.size() == count)
                break;
            if (employee.active && employee.userid != owner)
                ids.append(employee.userid);
        }
        return ids;
    }

    /** Fills the form, presses Create and waits for the result. */
    CreateResult create(const QString& name, const QStringList& members)
    {
        QSignalSpy finished(window.get(), &MainWindow::createFinished);
        driver->fillIn(name, owner, members);
        driver->clickCreate();
        if (!finished.wait(30000) && finished.isEmpty())
            qWarning("the create did not finish");
        // The history file is written on a worker: what it holds is checked after that.
        if (!QTest::qWaitFor([this] { return !window->afterCreate()->isRecording(); }, 10000))
            qWarning("the create was not recorded");
        return finished.isEmpty() ? CreateResult() : finished.first().first().value<CreateResult>();
    }

    /** With DTG_SCREENSHOT_DIR set, saves what `widget` looks like (to review the dialogs by eye). */
    static void screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DTG_SCREENSHOT_DIR");
        if (!dir.isEmpty() && widget)
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    /** The top-level widget of this class that is visible, or null. */
    template <typename T> static T* visibleDialog()
    {
        const QList<QWidget*> widgets = QApplication::topLevelWidgets();
        for (QWidget* widget : widgets) {
            if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
};
