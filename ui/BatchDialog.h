#pragma once

#include "BackgroundTask.h"
#include "batch/BatchItem.h"
#include "batch/BatchRowResult.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class BatchJournal;
class BatchPreparer;
class BatchRunner;
class BatchTableModel;
class ConnectionSession;
class DirectoryController;
class ElidedLabel;
class MissingMembersRetry;
class PresetStore;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
struct CreateProgress;

/**
 * File ▸ Create Several Groups…: many groups from one sheet, in the window. The sheet is chosen and read off the GUI
 * thread, its groups previewed with each invalid row's errors (BatchPreparer), the plan shown (calls and time at
 * DingTalk's pace); Start sends the rows one at a time through BatchRunner with the batch's journal and the duplicate
 * guard, as the command line does (BatchLaunch), with progress per row and overall, Pause and Cancel (the call in
 * flight finishes and is recorded). The results stay in the table: export, each group's join link, retrying a
 * partial group's missing members. Closing while a batch runs asks first and then waits for the call in flight.
 */
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    /** What the dialog uses of the window. */
    struct Context
    {
        ConnectionSession* session = nullptr;
        DirectoryController* directory = nullptr;
        std::function<void()> syncDirectory; // the Directory menu's sync, with its progress dialog
        PresetStore* presets = nullptr;
        QString historyFile; // the window's history: every group made is recorded there
    };

    BatchDialog(const Context& context, QWidget* parent = nullptr);
    ~BatchDialog() override;

    /** Reads and previews the sheet at `path` (refused while a batch runs). */
    void openSheet(const QString& path);
    bool isRunning() const;
    /**
     * While a batch runs: asks whether to stop it; on yes the call in flight finishes and is recorded, the rows after
     * it are not sent, and the dialog closes once that is done. True when nothing runs (any more) or it stops.
     */
    bool confirmStop();
    /** Where the journals are (batches/ in the directory's data folder: the command line's too). */
    QString journalFolder() const;
    const QList<BatchRowResult>& results() const;

public slots:
    void chooseSheet();
    void startBatch();
    void togglePause();
    void cancelBatch();
    void exportResults();
    void showJoinLink();
    void retryMissingMembers();

signals:
    /** A batch ended (its groups are in the history). */
    void batchFinished();
    /** A batch started or ended: the window keeps its connection meanwhile. */
    void runningChanged(bool running);
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    enum class Phase
    {
        Empty,
        Preparing,
        Preview,
        Starting,
        Running,
        Finished,
    };

    void retranslate();
    void updateState();
    void showPreparation();
    void showPreview();
    void showPlan();
    void showProgress();
    void showFinished();
    void showDetails();
    void setResultColumnsVisible(bool visible);
    void fitColumns();
    void onPrepared();
    void onRowStarted(int index);
    void onRowProgress(int index, const CreateProgress& progress);
    void onRowFinished(int index);
    void onRunnerFinished();
    /** The valid rows this run would send: those an earlier run settled are not sent again. */
    QList<BatchItem> rowsToSend() const;
    int invalidCount() const;
    int selectedRow() const;

    Context m_context;
    Phase m_phase = Phase::Empty;
    BatchPreparer* m_preparer;
    BatchTableModel* m_model;
    std::shared_ptr<BatchJournal> m_journal;
    BatchRunner* m_runner = nullptr;
    QString m_preparedIdentity;
    QString m_currentName; // the row in flight
    QString m_rowProgress;
    QString m_launchProblem;
    bool m_closeWhenFinished = false;
    bool m_wasRunning = false;
    bool m_cancelling = false; // Cancel pressed: the call in flight finishes first
    QPointer<MissingMembersRetry> m_retry;

    ElidedLabel* m_sheetLabel;
    QPushButton* m_chooseButton;
    QLabel* m_introLabel;
    QLabel* m_summaryLabel;
    QLabel* m_noteLabel;
    QTableView* m_table;
    QLabel* m_detailsLabel;
    QLabel* m_planLabel;
    QCheckBox* m_leaveOutCheckBox;
    QCheckBox* m_retryUnknownCheckBox;
    QCheckBox* m_allowDuplicatesCheckBox;
    QLabel* m_optionsHelpLabel;
    QProgressBar* m_progressBar;
    QLabel* m_progressLabel;
    QPushButton* m_startButton;
    QPushButton* m_pauseButton;
    QPushButton* m_cancelButton;
    QPushButton* m_exportButton;
    QPushButton* m_joinLinkButton;
    QPushButton* m_retryButton;
    QPushButton* m_closeButton;
    // Last: destroyed first, so a journal still being opened is done before the dialog goes.
    BackgroundTask m_task{ BackgroundTask::Waiting::LatestWins };
};
