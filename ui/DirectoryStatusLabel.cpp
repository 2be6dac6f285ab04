#include "DirectoryStatusLabel.h"

#include "DirectoryController.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

namespace {
constexpr int AgeRefreshMs = 60 * 1000;
} // namespace

DirectoryStatusLabel::DirectoryStatusLabel(DirectoryController* controller, QWidget* parent)
    : QLabel(parent)
    , m_controller(controller)
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("directoryStatusLabel"));
    m_ageTimer->setInterval(AgeRefreshMs);
    connect(m_ageTimer, &QTimer::timeout, this, &DirectoryStatusLabel::refresh);
    m_ageTimer->start();
    connect(m_controller, &DirectoryController::directoryChanged, this, &DirectoryStatusLabel::refresh);
    connect(m_controller, &DirectoryController::stateChanged, this, &DirectoryStatusLabel::refresh);
    refresh();
}

QString DirectoryStatusLabel::updatedAgo(const QDateTime& syncedAt, const QDateTime& now)
{
    const qint64 minutes = qMax(qint64(0), syncedAt.secsTo(now) / 60);
    if (minutes < 1)
        return tr("updated just now");
    if (minutes < 60)
        return tr("updated %n minutes ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("updated %n hours ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("updated %n days ago", nullptr, int(days));
    // Beyond a month a count of days says less than the date.
    return tr("updated on %1").arg(QLocale().toString(syncedAt.toLocalTime().date(), QLocale::ShortFormat));
}

void DirectoryStatusLabel::refresh()
{
    const Directory& directory = m_controller->directory();
    if (m_controller->isSyncing()) {
        setText(tr("Syncing the directory…"));
        return;
    }
    if (directory.isNull() && m_controller->isLoading()) {
        setText(tr("Reading the directory…")); // not "No directory" for the moment a copy takes to read
        return;
    }
    if (directory.isNull() && !m_controller->loadProblem().isEmpty()) {
        setText(tr("The directory could not be read — Forget it, then sync again"));
        setToolTip(m_controller->loadProblem());
        return;
    }
    if (directory.isNull()) {
        setText(m_controller->filePath().isEmpty() ? QString() : tr("No directory — Sync to find people by name"));
        setToolTip(tr("Directory ▸ Sync Directory reads the organisation's people from DingTalk: owners are then "
                      "completed by name, and members checked before a group is created."));
        return;
    }
    setText(tr("Directory: %1 · %2")
                .arg(tr("%n people", nullptr, int(directory.people().size())),
                     updatedAgo(directory.syncedAt(), QDateTime::currentDateTimeUtc())));
    QString tip = tr("Synced %1; %n departments.", nullptr, int(qMax(0, int(directory.departments().size()) - 1)))
                      .arg(QLocale().toString(directory.syncedAt().toLocalTime(), QLocale::LongFormat));
    if (directory.skippedDepartmentCount() > 0)
        tip += QLatin1Char('\n')
            + tr("%n departments are outside the app's contacts scope: their people are not in the copy.", nullptr,
                 directory.skippedDepartmentCount());
    setToolTip(tip);
}

void DirectoryStatusLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}
