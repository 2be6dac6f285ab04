#include "CliHistory.h"

#include "CliOptions.h"
#include "config/AppIdentity.h"
#include "history/HistoryEntry.h"
#include "history/HistoryStore.h"

#include <QDir>
#include <QFileInfo>

CliHistory::CliHistory(const CliOptions& options)
    : m_enabled(options.recordHistory)
    , m_filePath(options.historyFile.isEmpty() ? defaultFilePath() : QFileInfo(options.historyFile).absoluteFilePath())
    , m_connection(options.connection)
{
}

QString CliHistory::defaultFilePath()
{
    return windowDataPath([] { return HistoryStore::defaultFilePath(); });
}

QString CliHistory::windowDataPath(const std::function<QString()>& path)
{
    // QStandardPaths reads the names from QCoreApplication: borrow the shared identity for the one call (the window
    // runs under it), then restore ours, so both programs keep one history.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(AppIdentity::organisationName());
    QCoreApplication::setApplicationName(AppIdentity::applicationName());
    const QString result = path();
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    return result;
}

QString CliHistory::profileName(const ConnectionSettings& connection)
{
    if (connection.usesPastedToken())
        return tr("command line (access token)");
    return tr("command line (%1)").arg(connection.appKey);
}

bool CliHistory::record(const GroupValidation& validation, const GroupSettings& settings, const CreateResult& result,
                        const QStringList& secrets)
{
    m_problem.clear();
    m_damagedFilePath.clear();
    if (!m_enabled)
        return true;
    HistoryStore store(m_filePath);
    HistoryEntry entry = HistoryEntry::fromResult(validation, settings, result, profileName(m_connection),
                                                  m_connection.generation, secrets);
    entry.connection = m_connection.identity(); // for the batch's duplicate guard
    const bool written = store.append(entry);
    m_damagedFilePath = store.damagedFilePath();
    // Written: the store may still have something to say (a damaged file set aside). Not written: say so first,
    // with the file, since the store's reason alone may not name it.
    m_problem = written ? store.lastError()
                        : tr("This create was not recorded in the history %1. %2")
                              .arg(QDir::toNativeSeparators(m_filePath), store.lastError())
                              .trimmed();
    return written;
}
