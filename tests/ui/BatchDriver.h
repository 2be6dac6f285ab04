#pragma once

// Drives File ▸ Create Several Groups… the way a user does, finding every widget of the batch dialog by object name.

#include "BatchDialog.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "batch/BatchRowStatus.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

namespace BatchDriver {

template <typename T> T* child(QWidget* dialog, const char* name)
{
    T* widget = dialog->findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("No %s named %s in the batch dialog", T::staticMetaObject.className(), name);
    return widget;
}

inline int tableRows(BatchDialog* dialog)
{
    return child<QTableView>(dialog, "batchTableView")->model()->rowCount();
}

inline QString cell(BatchDialog* dialog, int row, int column)
{
    return child<QTableView>(dialog, "batchTableView")->model()->index(row, column).data().toString();
}

/** File ▸ Create Several Groups… with `sheet` chosen; waits (`timeoutMs`) for its `rows` rows in the preview. */
inline BatchDialog* openThroughMenu(MainWindow* window, const QString& sheet, int rows = 1, int timeoutMs = 60000)
{
    FileDialog::setNextFileName(sheet);
    window->findChild<QAction*>(QStringLiteral("createSeveralGroupsAction"))->trigger();
    BatchDialog* dialog = window->batchDialog();
    if (!dialog || !QTest::qWaitFor([dialog, rows] { return tableRows(dialog) >= rows; }, timeoutMs))
        return nullptr;
    return dialog;
}

/** The batch ran and ended: its results may be exported. */
inline bool finished(BatchDialog* dialog)
{
    return !dialog->isRunning() && child<QPushButton>(dialog, "exportResultsButton")->isEnabled();
}

/** Clicks Start once it is enabled; false when it never is. */
inline bool start(BatchDialog* dialog)
{
    QPushButton* startButton = child<QPushButton>(dialog, "startBatchButton");
    if (!QTest::qWaitFor([startButton] { return startButton->isEnabled(); }, 10000))
        return false;
    startButton->click();
    return true;
}

/** The rows' statuses as the journal and the command line name them ("created", "not-sent", …). */
inline QStringList statuses(BatchDialog* dialog)
{
    QStringList list;
    for (const BatchRowResult& row : dialog->results())
        list.append(BatchRowStatusName::of(row.status));
    return list;
}

} // namespace BatchDriver
