#include "HistoryStore.h"

#include "files/FileSaver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

HistoryStore::HistoryStore(const QString& filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString HistoryStore::defaultFilePath()
{
    return filePathIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString HistoryStore::filePathIn(const QString& dataFolder)
{
    return dataFolder + QStringLiteral("/history.json");
}

bool HistoryStore::load()
{
    return modify([](Contents&) {}) && m_damagedFilePath.isEmpty();
}

bool HistoryStore::append(const HistoryEntry& entry)
{
    HistoryEntry added = entry.masked();
    if (added.id.isEmpty())
        added.id = HistoryEntry::createId();
    if (!added.time.isValid())
        added.time = m_clock();
    return modify([&added](Contents& contents) { contents.entries.append(added); });
}

bool HistoryStore::update(const HistoryEntry& entry)
{
    const HistoryEntry changed = entry.masked();
    bool found = false;
    const bool written = modify([&](Contents& contents) {
        for (HistoryEntry& existing : contents.entries) {
            if (existing.id == changed.id) {
                existing = changed;
                found = true;
            }
        }
    });
    if (written && !found)
        m_lastError = tr("This history entry no longer exists.");
    return written && found;
}

bool HistoryStore::remove(const QStringList& ids)
{
    return modify([&ids](Contents& contents) {
        contents.entries.removeIf([&ids](const HistoryEntry& entry) { return ids.contains(entry.id); });
    });
}

bool HistoryStore::clear()
{
    return modify([](Contents& contents) { contents.entries.clear(); });
}

bool HistoryStore::setRetentionDays(int days)
{
    return modify([days](Contents& contents) { contents.retentionDays = qMax(0, days); });
}

HistoryEntry HistoryStore::entry(const QString& id) const
{
    for (const HistoryEntry& entry : m_entries) {
        if (entry.id == id)
            return entry;
    }
    return {};
}

bool HistoryStore::modify(const Change& change)
{
    m_lastError.clear();
    m_damagedFilePath.clear();
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_lastError = tr("Cannot create the history folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // The lock spans read and write, so an entry another process adds in between is never overwritten.
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    if (!lockFairly(lock, folder))
        return false;
    Contents contents;
    bool damaged = false;
    if (!read(contents, damaged)) {
        if (!damaged || !setAside())
            return false;
    }
    const QJsonObject before = toJson(contents);
    change(contents);
    dropExpired(contents);
    // Only changes are written: reading must not create the file, nor touch one another program is about to replace.
    if (toJson(contents) != before && !write(contents))
        return false;
    m_entries = contents.entries;
    m_retentionDays = contents.retentionDays;
    return true;
}

bool HistoryStore::lockFairly(QLockFile& lock, const QString& folder)
{
    // A lock left by a killed process is stale (its process is gone) and QLockFile takes it over. A lock file
    // without a pid (its writer was killed while writing it) is judged by age alone, and so is a live one: the age
    // must stay well above the longest write, or a slow writer's lock would be taken from it.
    lock.setStaleLockTime(StaleLockMs);
    // Not tryLock(LockTimeoutMs): it retries at doubling intervals from its start (0.1, 0.3, 0.7 … 6.3 s), so
    // writers that started together retry together, one wins each time, the lock stays free in between, and the
    // unlucky give up with the lock free. Short waits of random length let a waiting writer take it soon after it
    // is freed, whoever it is.
    const QDeadlineTimer deadline(LockTimeoutMs);
    while (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError) {
            // Not held by anyone: the lock file itself cannot be written.
            if (FileSaver::isFull(folder))
                m_lastError = tr("Cannot write the history file %1: %2")
                                  .arg(QDir::toNativeSeparators(m_filePath), FileSaver::diskFullReason(folder));
            else
                m_lastError = tr("Cannot create the lock file %1 beside the history.")
                                  .arg(QDir::toNativeSeparators(lock.fileName()));
            return false;
        }
        if (deadline.hasExpired()) {
            m_lastError = tr("The history is busy in another program. Try again in a moment.");
            return false;
        }
        QThread::msleep(QRandomGenerator::global()->bounded(LockPollMinMs, LockPollMaxMs + 1));
    }
    return true;
}

bool HistoryStore::read(Contents& contents, bool& damaged)
{
    damaged = false;
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError
            = tr("Cannot read the history file %1: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !entries.isArray()) {
        damaged = true;
        return false;
    }
    if (root.value(QStringLiteral("format")).toInt() > FormatVersion) {
        m_lastError = tr("The history file %1 was written by a newer version of this program. It is left as it is.")
                          .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    const QJsonArray array = entries.toArray();
    for (const QJsonValue& value : array) {
        if (!value.isObject()) {
            damaged = true;
            return false;
        }
        contents.entries.append(HistoryEntry::fromJson(value.toObject()));
    }
    contents.retentionDays = qMax(0, root.value(QStringLiteral("retentionDays")).toInt());
    return true;
}

bool HistoryStore::setAside()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_filePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = m_filePath + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_filePath, target)) {
        m_lastError = tr("The history file %1 is damaged and could not be moved aside. Nothing was changed.")
                          .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    m_damagedFilePath = target;
    m_lastError = tr("The history file was damaged. It has been kept as %1 and a new history begun.")
                      .arg(QDir::toNativeSeparators(target));
    return true;
}

bool HistoryStore::write(const Contents& contents)
{
    // Owner-only from the temporary file on, so the history is never readable by others, not even for a moment.
    const FileSaver::Result saved
        = FileSaver::save(m_filePath, QJsonDocument(toJson(contents)).toJson(QJsonDocument::Indented), OwnerOnly);
    if (!saved.saved)
        m_lastError
            = tr("Cannot write the history file %1: %2").arg(QDir::toNativeSeparators(m_filePath), saved.reason);
    return saved.saved;
}

void HistoryStore::dropExpired(Contents& contents) const
{
    if (contents.retentionDays <= 0)
        return;
    const QDateTime cutoff = m_clock().addDays(-contents.retentionDays);
    contents.entries.removeIf(
        [&cutoff](const HistoryEntry& entry) { return entry.time.isValid() && entry.time < cutoff; });
}

QJsonObject HistoryStore::toJson(const Contents& contents) const
{
    QJsonArray entries;
    for (const HistoryEntry& entry : contents.entries)
        entries.append(entry.toJson());
    return QJsonObject{ { QStringLiteral("format"), FormatVersion },
                        { QStringLiteral("retentionDays"), contents.retentionDays },
                        { QStringLiteral("entries"), entries } };
}
