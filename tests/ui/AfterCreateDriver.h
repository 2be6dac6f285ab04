#pragma once

// Shared by the "after create" suites: the window fixture, with the window's history in a temporary file and its
// presets in a temporary settings file, and a create driven through the form.

#include "AfterCreate.h"
#include "HistoryDialog.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

class AfterCreateFixture : public WindowFixture
{
public:
    QString historyPath() const { return m_dir->filePath(QStringLiteral("history.json")); }

    /** Fills the form, presses Create and waits for the result. */
    CreateResult create(const QString& name, const QStringList& members)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
        m_driver->fillIn(name, m_owner, members);
        m_driver->clickCreate();
        if (!finished.wait(30000) && finished.isEmpty())
            qWarning("the create did not finish");
        // The history file is written on a worker: what it holds is checked after that.
        if (!QTest::qWaitFor([this] { return !m_window->afterCreate()->isRecording(); }, 10000))
            qWarning("the create was not recorded");
        return finished.isEmpty() ? CreateResult() : finished.first().first().value<CreateResult>();
    }

    /** Opens the history, selects its newest entry and presses "Create a similar group". */
    void createSimilarFromNewestEntry()
    {
        m_window->afterCreate()->showHistory();
        HistoryDialog* dialog = m_window->afterCreate()->historyDialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto* table = dialog->findChild<QTableView*>();
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        table->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createSimilarButton")), Qt::LeftButton);
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

protected:
    void prepareWindow(MainWindow& window) override
    {
        window.afterCreate()->setHistoryFilePath(historyPath());
        // A child of the window: it goes with the window, before the temporary folder that holds its file.
        auto* presets = new QSettings(m_dir->filePath(QStringLiteral("presets.ini")), QSettings::IniFormat, &window);
        window.afterCreate()->setPresetSettings(presets);
    }
};
