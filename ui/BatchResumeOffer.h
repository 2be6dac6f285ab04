#pragma once

#include "BackgroundTask.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

/**
 * At start-up, an unfinished batch of the current connection is offered for resuming: the journal folder is listed
 * and each journal read off the GUI thread (start-up stays as fast as before), and once the window is shown the user
 * is asked. A batch is unfinished when its journal has rows not sent, left "sending" by a crash, or whose outcome is
 * unknown. Its sheet must still be where it was, with the same content (the journal is keyed by it): otherwise the
 * user is told so. Resuming opens the batch dialog on the sheet; unknown rows are still sent only if the user ticks
 * Retry unknown rows there.
 */
class BatchResumeOffer : public QObject
{
    Q_OBJECT

public:
    /** An unfinished batch, as found by the scan. */
    struct Unfinished
    {
        QString journalPath;
        QString sheetPath;
        QDateTime started;
        int notSent = 0; // not sent, or never reached
        int unknown = 0; // may exist: sent, no answer that proves what happened
        enum class Sheet
        {
            Same,
            Missing,
            Changed,
        } sheet
            = Sheet::Same;
    };

    /** Asks over `window` once it is shown. */
    explicit BatchResumeOffer(QWidget* window);

    /** Looks for unfinished batches of `identity` in `journalFolder` (once per window: a later call does nothing). */
    void scanOnce(const QString& journalFolder, const QString& identity);

    /** The unfinished batches of `identity` in `journalFolder`, newest first (file work: off the GUI thread). */
    static QList<Unfinished> scan(const QString& journalFolder, const QString& identity);

signals:
    /** The user chose to resume the batch of the sheet at `sheetPath`. */
    void resumeRequested(const QString& sheetPath);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onScanned(const QList<Unfinished>& found);
    void ask();

    QWidget* m_window;
    bool m_scanned = false;
    QList<Unfinished> m_found;
    BackgroundTask m_task{ BackgroundTask::Waiting::LatestWins };
};
