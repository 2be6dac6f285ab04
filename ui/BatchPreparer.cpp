#include "BatchPreparer.h"

#include "DirectoryController.h"
#include "batch/BatchLaunch.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchSheetReader.h"
#include "dingtalk/GroupApi.h"
#include "directory/PersonResolver.h"
#include "lookup/MobileResolver.h"
#include "members/MobileNumber.h"

#include <QFileInfo>

namespace {
struct Resolved
{
    QList<BatchItem> items;
    QStringList mobiles;
};

struct Validated
{
    QList<BatchItem> items;
    QList<BatchJournal::Row> earlier;
};
} // namespace

BatchPreparer::BatchPreparer(DirectoryController* directory, std::function<void()> syncDirectory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_syncDirectory(std::move(syncDirectory))
{
    connect(m_directory, &DirectoryController::syncFinished, this,
            [this](const DirectorySyncResult& result) { onSyncFinished(result); });
    connect(m_directory, &DirectoryController::directoryChanged, this, [this] {
        // A copy that was still loading when the preparation asked for it.
        if (m_stage == Stage::Directory && !m_waitingForSync && !m_directory->isLoading())
            obtainDirectory();
    });
}

BatchPreparer::~BatchPreparer() = default;

void BatchPreparer::start(const QString& path, GroupApi* api, const QHash<QString, Preset>& presets,
                          const QString& journalFolder, const QString& identity)
{
    cancel();
    m_path = path;
    m_api = api;
    m_presets = presets;
    m_journalFolder = journalFolder;
    m_identity = identity;
    m_sheet = BatchSheet();
    m_items.clear();
    m_earlier.clear();
    m_withoutDirectory = false;
    m_failedLookups = 0;
    m_failure = Failure::None;
    setStage(Stage::Reading);
    const quint64 generation = m_generation;
    m_task.run<BatchSheet>([path] { return BatchSheetReader::readFile(path); },
                           [this, generation](const BatchSheet& sheet) {
                               if (generation != m_generation)
                                   return;
                               m_sheet = sheet;
                               if (!sheet.ok())
                                   fail(Failure::Sheet);
                               else
                                   obtainDirectory();
                           });
}

void BatchPreparer::cancel()
{
    ++m_generation;
    m_waitingForSync = false;
    if (m_resolver) {
        m_resolver->disconnect(this);
        m_resolver->cancel();
        m_resolver->deleteLater();
        m_resolver = nullptr;
    }
    if (isBusy())
        setStage(Stage::Idle);
}

void BatchPreparer::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged();
}

void BatchPreparer::fail(Failure failure)
{
    m_failure = failure;
    setStage(Stage::Failed);
}

QString BatchPreparer::problem() const
{
    switch (m_failure) {
    case Failure::None:
        return QString();
    case Failure::Sheet:
        return m_sheet.errorMessage();
    case Failure::SyncFailed: {
        const ErrorExplanation explanation = m_failedSync.explanation();
        return ErrorCatalogue::sentences(
            { tr("The organisation's directory could not be synced, so the people of the sheet cannot be read."),
              explanation.title, explanation.explanation, explanation.nextStep });
    }
    case Failure::SyncCancelled:
        return tr("The directory sync was cancelled, so the people of the sheet were not read. Nothing was sent.");
    case Failure::SyncUnavailable:
        return tr("The directory cannot be synced while a group is being created. Choose the sheet again once it is "
                  "done.");
    case Failure::NotConnected:
        return tr("Connect to DingTalk or the sandbox first: the people of the sheet are read through the connection.");
    }
    return QString();
}

void BatchPreparer::obtainDirectory()
{
    if (!m_api) {
        fail(Failure::NotConnected);
        return;
    }
    if (m_directory->hasDirectory()) {
        resolve(m_directory->directory());
        return;
    }
    setStage(Stage::Directory);
    if (m_directory->isLoading())
        return; // directoryChanged() brings it
    // No local copy: synced first, as `create` does. Its end comes as syncFinished().
    m_waitingForSync = true;
    if (m_directory->isSyncing())
        return;
    if (!m_directory->canSync()) {
        m_waitingForSync = false;
        fail(Failure::SyncUnavailable);
        return;
    }
    m_syncDirectory();
}

void BatchPreparer::onSyncFinished(const DirectorySyncResult& result)
{
    if (!m_waitingForSync)
        return;
    m_waitingForSync = false;
    switch (result.outcome) {
    case DirectorySyncResult::Outcome::Completed:
        resolve(m_directory->directory());
        return;
    case DirectorySyncResult::Outcome::Refused:
        // Only a refusal lets the batch go on without the directory: userids and mobile numbers are still read.
        m_withoutDirectory = true;
        m_refusedSync = result;
        resolve(Directory());
        return;
    case DirectorySyncResult::Outcome::Cancelled:
        fail(Failure::SyncCancelled);
        return;
    case DirectorySyncResult::Outcome::Failed:
        // No answer from DingTalk: the creates would get none either.
        m_failedSync = result;
        fail(Failure::SyncFailed);
        return;
    }
}

void BatchPreparer::resolve(const Directory& directory)
{
    setStage(Stage::Resolving);
    const quint64 generation = m_generation;
    // A thousand rows against ten thousand people take longer than a frame: off the GUI thread.
    m_task.run<Resolved>(
        [sheet = m_sheet, directory, presets = m_presets] {
            const PersonResolver people(directory);
            Resolved resolved;
            resolved.items = BatchPreparation::resolve(sheet, people, [&presets](const QString& name) {
                const auto found = presets.constFind(name);
                return found == presets.cend() ? std::optional<Preset>() : std::optional<Preset>(*found);
            });
            resolved.mobiles = BatchPreparation::mobiles(resolved.items);
            return resolved;
        },
        [this, generation](const Resolved& resolved) {
            if (generation != m_generation)
                return;
            m_items = resolved.items;
            if (resolved.mobiles.isEmpty())
                validate({});
            else
                lookUp(resolved.mobiles);
        });
}

void BatchPreparer::lookUp(const QStringList& mobiles)
{
    if (!m_api) {
        fail(Failure::NotConnected);
        return;
    }
    m_lookupsDone = 0;
    m_lookupsTotal = int(mobiles.size());
    setStage(Stage::LookingUp);
    // Paced and cached for the session, as the window's phone lookup; a lookup changes nothing at DingTalk.
    m_resolver = new MobileResolver(m_api, mobiles, this);
    connect(m_resolver, &MobileResolver::progress, this, [this](int done, int total) {
        m_lookupsDone = done;
        m_lookupsTotal = total;
        emit lookupProgress(done, total);
    });
    connect(m_resolver, &MobileResolver::finished, this, &BatchPreparer::onLookupsFinished);
    m_resolver->start();
}

void BatchPreparer::onLookupsFinished()
{
    QHash<QString, QString> userids;
    m_failedLookups = 0;
    for (const MobileResolution& resolution : m_resolver->results()) {
        if (resolution.userid.isEmpty())
            ++m_failedLookups;
        else
            userids.insert(resolution.mobile, resolution.userid);
    }
    m_resolver->deleteLater();
    m_resolver = nullptr;
    validate(userids);
}

void BatchPreparer::validate(const QHash<QString, QString>& userids)
{
    setStage(Stage::Validating);
    const quint64 generation = m_generation;
    const QString journalPath = BatchLaunch::journalPath(m_journalFolder, m_sheet, m_identity);
    m_task.run<Validated>(
        [items = m_items, userids, journalPath] {
            Validated validated;
            validated.items = items;
            BatchPreparation::validate(validated.items, [&userids](const QString& mobile) {
                return userids.value(MobileNumber::lookupKey(mobile));
            });
            // An earlier run of the same sheet on the same connection: read only, the run itself resumes it.
            if (QFileInfo::exists(journalPath))
                BatchJournal::read(journalPath, nullptr, &validated.earlier);
            return validated;
        },
        [this, generation](const Validated& validated) {
            if (generation != m_generation)
                return;
            m_items = validated.items;
            m_earlier = validated.earlier;
            setStage(Stage::Ready);
        });
}
