#include "BatchResumeOffer.h"

#include "MessageBox.h"
#include "batch/BatchJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace {
QString digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

BatchResumeOffer::BatchResumeOffer(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

void BatchResumeOffer::scanOnce(const QString& journalFolder, const QString& identity)
{
    if (m_scanned || identity.isEmpty())
        return;
    m_scanned = true;
    m_task.run<QList<Unfinished>>([journalFolder, identity] { return scan(journalFolder, identity); },
                                  [this](const QList<Unfinished>& found) { onScanned(found); });
}

QList<BatchResumeOffer::Unfinished> BatchResumeOffer::scan(const QString& journalFolder, const QString& identity)
{
    QList<Unfinished> found;
    const QFileInfoList files
        = QDir(journalFolder).entryInfoList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        BatchJournal::Header header;
        QList<BatchJournal::Row> rows;
        if (!BatchJournal::read(file.absoluteFilePath(), &header, &rows) || header.connection != identity)
            continue;
        Unfinished batch;
        batch.journalPath = file.absoluteFilePath();
        batch.sheetPath = header.sheetPath;
        batch.started = header.started;
        for (const BatchJournal::Row& row : std::as_const(rows)) {
            if (row.status == BatchRowStatus::Unknown || row.status == BatchRowStatus::Sending)
                ++batch.unknown;
            else if (row.status == BatchRowStatus::NotSent || row.status == BatchRowStatus::Planned)
                ++batch.notSent;
        }
        if (batch.notSent + batch.unknown == 0)
            continue;
        if (!QFileInfo::exists(header.sheetPath))
            batch.sheet = Unfinished::Sheet::Missing;
        else if (digestOf(header.sheetPath) != header.sheetDigest)
            batch.sheet = Unfinished::Sheet::Changed;
        found.append(batch);
    }
    return found;
}

void BatchResumeOffer::onScanned(const QList<Unfinished>& found)
{
    if (found.isEmpty())
        return;
    m_found = found;
    // Asked once the window is on the screen, never while it is still being put together.
    if (m_window->isVisible())
        QTimer::singleShot(0, this, &BatchResumeOffer::ask);
    else
        m_window->installEventFilter(this);
}

bool BatchResumeOffer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &BatchResumeOffer::ask);
    }
    return QObject::eventFilter(watched, event);
}

void BatchResumeOffer::ask()
{
    if (m_found.isEmpty())
        return;
    // The newest one: an older unfinished batch is offered at a later start, or found by choosing its sheet.
    const Unfinished batch = m_found.constFirst();
    m_found.clear();
    const QString sheet = QDir::toNativeSeparators(batch.sheetPath);
    const QString when = QLocale().toString(batch.started.toLocalTime(), QLocale::ShortFormat);
    const QString state
        = tr("Groups not sent: %1. Groups whose outcome is unknown (they may exist: check DingTalk): %2.")
              .arg(batch.notSent)
              .arg(batch.unknown);
    if (batch.sheet != Unfinished::Sheet::Same) {
        const QString why = batch.sheet == Unfinished::Sheet::Missing
            ? tr("The sheet %1 is no longer there, so the batch cannot be resumed from it.").arg(sheet)
            : tr("The sheet %1 has changed since, so it is a new batch now: the groups made then would be checked "
                 "against the history only.")
                  .arg(sheet);
        MessageBox::warning(
            m_window, tr("An Unfinished Batch"),
            tr("A batch started on %1 on this connection did not finish. %2\n\n%3").arg(when, state, why));
        return;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Resume the Unfinished Batch?"),
        tr("A batch started on %1 from the sheet %2 on this connection did not finish. %3\n\nResume it? The groups "
           "already made are not sent again; those whose outcome is unknown are sent again only if you tick Retry "
           "unknown rows.")
            .arg(when, sheet, state),
        { { QMessageBox::Yes, tr("Resume…") }, { QMessageBox::No, tr("Not Now") } });
    if (answer == QMessageBox::Yes)
        emit resumeRequested(batch.sheetPath);
}
