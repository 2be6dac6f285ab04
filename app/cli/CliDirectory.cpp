#include "CliDirectory.h"

#include "Terminal.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectorySync.h"

#include <QEventLoop>

CliDirectory::CliDirectory(GroupApi* api, const ConnectionSettings& connection)
    : m_api(api)
    , m_connection(connection)
{
    m_syncResult.outcome = DirectorySyncResult::Outcome::Completed;
}

bool CliDirectory::obtain(bool refresh, const Progress& progress)
{
    if (!refresh) {
        DirectoryStore store = DirectoryStore::forConnection(m_connection);
        m_directory = store.load();
        m_storeProblem = store.lastError();
        if (!m_directory.isNull())
            return true;
    }
    return sync(progress);
}

bool CliDirectory::sync(const Progress& progress)
{
    DirectorySync job(m_api);
    QEventLoop loop;
    QObject::connect(&job, &DirectorySync::progress, &job, [&progress](int done, int found, int people) {
        if (progress)
            progress(done, found, people);
    });
    QObject::connect(&job, &DirectorySync::finished, &loop, &QEventLoop::quit);
    Terminal::onInterrupt(&job, [&job] { job.cancel(); });
    job.start();
    if (job.isRunning())
        loop.exec();
    m_synced = true;
    m_syncResult = job.result();
    if (!m_syncResult.isCompleted())
        return false;
    m_directory = job.directory();
    DirectoryStore store = DirectoryStore::forConnection(m_connection);
    if (!store.save(m_directory))
        m_storeProblem = store.lastError();
    return true;
}
