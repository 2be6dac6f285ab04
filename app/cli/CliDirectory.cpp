#include "CliDirectory.h"

#include "Terminal.h"
#include "config/AppIdentity.h"
#include "directory/DirectoryStore.h"
#include "directory/DirectorySync.h"

#include <QEventLoop>

CliDirectory::CliDirectory(GroupApi* api, const ConnectionSettings& connection)
    : m_api(api)
    , m_connection(connection)
{
    m_syncResult.outcome = DirectorySyncResult::Outcome::Completed;
}

DirectoryStore CliDirectory::store() const
{
    // The window's copy: one per connection, shared by both programs.
    return DirectoryStore(DirectoryStore::filePathIn(AppIdentity::dataFolder(), m_connection));
}

bool CliDirectory::obtain(bool refresh, const Progress& progress)
{
    if (!refresh) {
        DirectoryStore store = this->store();
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
    DirectoryStore store = this->store();
    if (!store.save(m_directory))
        m_storeProblem = store.lastError();
    return true;
}
