#pragma once

#include <QMenu>
#include <QPointer>

class DirectoryController;
class ProgressDialog;
struct DirectorySyncResult;

/**
 * The Directory menu: "Sync Directory" (called "Refresh Directory" once there is a copy) and "Forget Directory…",
 * each enabled when the controller may run it. A sync shows its progress in a window-modal ProgressDialog with
 * Cancel (the window keeps painting and serving the sync), and says how it ended: in the status bar when it
 * completed or was cancelled, in a warning when DingTalk refused it or it failed, with DingTalk's words, the
 * permission missing and what still works without a directory.
 */
class DirectoryMenu : public QMenu
{
    Q_OBJECT

public:
    /** `window` parents the progress dialog and the questions. */
    DirectoryMenu(DirectoryController* controller, QWidget* window);

    QAction* syncAction() const { return m_syncAction; }
    QAction* forgetAction() const { return m_forgetAction; }

    /**
     * Before a create: the ids the directory does not know (`outsiders`, none: true at once) may be newer than the
     * copy, so the user may send them anyway. Asked through MessageBox; true to go on.
     */
    bool confirmPeopleOutsideTheDirectory(const QStringList& outsiders);

    /** The words for a sync that did not complete, as the warning shows them (tests compare them). */
    static QString failureText(const DirectorySyncResult& result);

public slots:
    void sync();
    /** Asks first (through MessageBox), then erases the copy. */
    void forget();

signals:
    /** A passing message for the status bar. */
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void onProgress(int departmentsDone, int departmentsFound, int people);
    void onSyncFinished(const DirectorySyncResult& result, const QString& saveProblem);
    void closeProgress();

    DirectoryController* m_controller;
    QWidget* m_window;
    QAction* m_syncAction;
    QAction* m_forgetAction;
    QPointer<ProgressDialog> m_progress;
    int m_departmentsDone = 0;
    int m_departmentsFound = 0;
    int m_people = 0;
};
