#include "DirectoryController.h"

#include "ConnectionSession.h"
#include "config/AppIdentity.h"
#include "directory/DirectorySync.h"

#include <utility>

namespace {
struct LoadAnswer
{
    Directory directory;
    QString problem;
};

struct StoreAnswer
{
    bool ok = false;
    QString problem;
};
} // namespace

DirectoryController::DirectoryController(ConnectionSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_dataFolder(AppIdentity::dataFolder())
{
    connect(m_session, &ConnectionSession::changed, this, &DirectoryController::onConnectionChanged);
}

DirectoryController::~DirectoryController()
{
    // The sync talks through the session's client, and its finished() must not reach a half-destroyed controller.
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
    }
}

void DirectoryController::setDataFolder(const QString& folder)
{
    m_dataFolder = folder;
    onConnectionChanged();
}

QString DirectoryController::filePathFor(const QString& dataFolder, const ConnectionSettings& settings, bool sandbox)
{
    if (!sandbox)
        return DirectoryStore::filePathIn(dataFolder, settings);
    // The sandbox listens on another port at each start: one copy for its one organisation, not one per port.
    ConnectionSettings fixed = settings;
    fixed.setServer(QUrl(QStringLiteral("sandbox:")));
    return DirectoryStore::filePathIn(dataFolder, fixed);
}

QString DirectoryController::filePath() const
{
    if (m_session->kind() == ConnectionSummary::Kind::None)
        return QString();
    return filePathFor(m_dataFolder, m_session->settings(), m_session->kind() == ConnectionSummary::Kind::Sandbox);
}

bool DirectoryController::isSyncing() const
{
    return !m_sync.isNull() || m_saving;
}

bool DirectoryController::canSync() const
{
    return m_session->isConnected() && !isSyncing() && !m_heldBack;
}

bool DirectoryController::canForget() const
{
    // A copy that cannot be read is erased the same way, so that a sync can make a new one.
    return (hasDirectory() || !m_loadProblem.isEmpty()) && !isSyncing() && !m_heldBack;
}

void DirectoryController::setHeldBack(bool heldBack)
{
    if (std::exchange(m_heldBack, heldBack) != heldBack)
        emit stateChanged();
}

void DirectoryController::onConnectionChanged()
{
    // A sync reads through the old connection's client, which goes now: it stops, and the old copy stays.
    if (m_sync)
        m_sync->cancel();
    ++m_generation;
    m_loadProblem.clear();
    setDirectory(Directory());
    load();
    emit stateChanged();
}

void DirectoryController::load()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_loader.run<LoadAnswer>(
        [path] {
            DirectoryStore store(path);
            const Directory directory = store.load();
            return LoadAnswer{ directory, store.lastError() };
        },
        [this, generation](const LoadAnswer& answer) {
            if (generation == m_generation) {
                m_loadProblem = answer.problem;
                setDirectory(answer.directory);
            }
            emit stateChanged(); // no longer loading, whatever was found
        });
}

void DirectoryController::setDirectory(const Directory& directory)
{
    if (m_directory.isNull() && directory.isNull())
        return;
    // The old copy may hold a whole organisation: it is freed off the GUI thread.
    BackgroundTask::release(std::exchange(m_directory, directory));
    emit directoryChanged();
}

void DirectoryController::sync()
{
    if (!canSync())
        return;
    m_syncFilePath = filePath();
    m_sync = new DirectorySync(m_session->api(), this);
    connect(m_sync, &DirectorySync::progress, this, &DirectoryController::syncProgress);
    connect(m_sync, &DirectorySync::finished, this, &DirectoryController::onSyncFinished);
    emit stateChanged();
    m_sync->start();
}

void DirectoryController::cancelSync()
{
    if (m_sync)
        m_sync->cancel(); // finished() comes from inside this call
}

void DirectoryController::onSyncFinished()
{
    DirectorySync* sync = m_sync.data();
    if (!sync)
        return;
    const DirectorySyncResult result = sync->result();
    const Directory directory = sync->directory();
    sync->deleteLater();
    m_sync.clear();
    if (!result.isCompleted()) {
        emit stateChanged();
        emit syncFinished(result, QString());
        return;
    }
    // Still syncing until the copy is on disk: Forget or a second sync must not run beside the save.
    m_saving = true;
    const quint64 generation = m_generation;
    const QString path = m_syncFilePath;
    m_writer.run<StoreAnswer>(
        [path, directory] {
            DirectoryStore store(path);
            const bool ok = store.save(directory);
            return StoreAnswer{ ok, store.lastError() };
        },
        [this, generation, directory, result](const StoreAnswer& answer) {
            m_saving = false;
            // A copy made for the connection before is kept on its disk, but not shown for this one.
            if (generation == m_generation) {
                ++m_generation;
                m_loadProblem.clear();
                setDirectory(directory);
            }
            emit stateChanged();
            emit syncFinished(result, answer.ok ? QString() : answer.problem);
        });
}

void DirectoryController::forget()
{
    if (!canForget())
        return;
    ++m_generation;
    m_loadProblem.clear();
    setDirectory(Directory());
    emit stateChanged();
    const QString path = filePath();
    m_writer.run<StoreAnswer>(
        [path] {
            DirectoryStore store(path);
            const bool ok = store.forget();
            return StoreAnswer{ ok, store.lastError() };
        },
        [this](const StoreAnswer& answer) {
            if (answer.ok)
                return;
            emit forgetFailed(answer.problem);
            // What is still on disk is still the copy: the window says so rather than pretend it went.
            ++m_generation;
            load();
            emit stateChanged();
        });
}
