#include "AfterCreate.h"

#include "ConnectionSession.h"
#include "HistoryDialog.h"
#include "JoinLinkDialog.h"
#include "LastCreate.h"
#include "PresetsDialog.h"
#include "PresetsMenu.h"
#include "RequestPreviewDialog.h"
#include "VerifyDialog.h"
#include "create/RequestPlan.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "history/HistoryStore.h"
#include "presets/PresetStore.h"

AfterCreate::AfterCreate(ConnectionSession* session, FormReader form, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_form(std::move(form))
    , m_window(window)
    , m_history(std::make_unique<HistoryStore>())
    , m_presets(std::make_unique<PresetStore>())
    , m_presetsMenu(new PresetsMenu(m_presets.get(), window))
{
    // The history is not read here: start-up stays free of file work, every write re-reads the file under its lock,
    // and the history view loads it when it opens.
    connect(m_presetsMenu, &PresetsMenu::presetChosen, this, &AfterCreate::applyPreset);
    connect(m_presetsMenu, &PresetsMenu::manageRequested, this, &AfterCreate::showPresets);
    connect(session, &ConnectionSession::changed, this, &AfterCreate::onConnectionChanged);
}

AfterCreate::~AfterCreate()
{
    // The dialogs hold raw pointers to the stores: they go first.
    delete m_historyDialog.data();
}

HistoryDialog* AfterCreate::historyDialog() const
{
    return m_historyDialog.data();
}

void AfterCreate::setHistoryFilePath(const QString& path)
{
    delete m_historyDialog.data();
    m_history = std::make_unique<HistoryStore>(path);
    m_history->load();
}

void AfterCreate::setPresetSettings(QSettings* settings)
{
    m_presetsMenu->setStore(nullptr);
    m_presets = std::make_unique<PresetStore>(settings);
    m_presetsMenu->setStore(m_presets.get());
}

void AfterCreate::record(const GroupValidation& sent, const GroupSettings& settings, const CreateResult& result)
{
    m_lastSent = sent;
    m_lastSettings = settings;
    m_lastResult = result;
    const QString profile = m_session->describe();
    // Its own store on the worker: the view's store belongs to the GUI thread, and the file lock keeps the two apart.
    m_historyWriter.run<QString>(
        [path = m_history->filePath(), sent, settings, result, profile, generation = m_session->settings().generation,
         secrets = m_session->secrets()] {
            HistoryStore store(path);
            const bool written
                = store.append(HistoryEntry::fromResult(sent, settings, result, profile, generation, secrets));
            return written ? QString() : store.lastError();
        },
        [this](const QString& error) { onRecorded(error); });
}

void AfterCreate::onRecorded(const QString& error)
{
    if (!error.isEmpty())
        emit statusMessage(tr("The create could not be recorded in the history: %1").arg(error));
    if (m_historyDialog)
        m_historyDialog->reload();
}

void AfterCreate::showHistory()
{
    if (!m_historyDialog) {
        m_historyDialog = new HistoryDialog(m_history.get(), m_window);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_historyDialog->setApi(m_session->api());
        connect(m_historyDialog, &HistoryDialog::createSimilarRequested, this, &AfterCreate::createSimilar);
        connect(m_historyDialog, &HistoryDialog::joinLinkRequested, this, &AfterCreate::showJoinLink);
        connect(m_historyDialog, &HistoryDialog::verifyRequested, this, &AfterCreate::verifyEntry);
        connect(m_historyDialog, &HistoryDialog::copied, this, &AfterCreate::reportCopied);
    } else {
        m_historyDialog->reload();
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

void AfterCreate::onConnectionChanged()
{
    if (m_historyDialog)
        m_historyDialog->setApi(m_session->api());
}

void AfterCreate::reportCopied(const QString& what)
{
    emit statusMessage(tr("Copied the %1 to the clipboard.").arg(what));
}

void AfterCreate::showRequestPreview()
{
    const GroupSpec spec = m_form();
    const GroupValidation validation = spec.validate();
    if (!validation.isValid())
        return;
    // Without a connection the requests are built for DingTalk's own servers; building sends nothing either way.
    std::unique_ptr<DingTalkClient> offline;
    GroupApi* api = m_session->api();
    if (!api) {
        offline = std::make_unique<DingTalkClient>(m_session->settings());
        api = offline->api();
    }
    const QList<PlannedCall> calls = RequestPlan::build(api, validation.name, validation.owner, validation.memberIds,
                                                        spec.settings, m_session->secrets());
    auto* dialog = new RequestPreviewDialog(calls, m_window);
    connect(dialog, &RequestPreviewDialog::copied, this, &AfterCreate::reportCopied);
    dialog->show();
}

void AfterCreate::showPresets()
{
    auto* dialog = new PresetsDialog(m_presets.get(), m_form, m_window);
    connect(dialog, &PresetsDialog::presetChosen, this, &AfterCreate::applyPreset);
    connect(dialog, &PresetsDialog::presetsChanged, m_presetsMenu, &PresetsMenu::rebuild);
    dialog->show();
}

void AfterCreate::applyPreset(const Preset& preset)
{
    emit formFillRequested(QString(), preset.owner, preset.settings, preset.members);
    emit statusMessage(tr("Filled the form from the preset \"%1\".").arg(preset.name));
}

void AfterCreate::createSimilar(const HistoryEntry& entry)
{
    // Entries written before the history kept every id know the owner and the missing members only.
    const bool everyone = !entry.memberIds.isEmpty();
    QStringList ids = everyone ? entry.memberIds : QStringList{ entry.owner };
    if (!everyone) {
        for (const FailedMember& failed : entry.failedMembers)
            ids.append(failed.userid.isEmpty() ? failed.mobile : failed.userid);
    }
    MemberList members;
    for (const QString& id : std::as_const(ids))
        members.append(Member::fromUserId(id));
    // Marked as another group, so the user does not send the same name twice without seeing it.
    emit formFillRequested(LastCreate::similarName(entry.name), entry.owner, entry.settings, members);
    m_window->raise();
    m_window->activateWindow();
    emit statusMessage(everyone ? tr("Filled the form from \"%1\" with its %2 members.").arg(entry.name).arg(ids.size())
                                : tr("Filled the form from \"%1\". This older entry does not keep every member: add "
                                     "the others.")
                                      .arg(entry.name));
}

void AfterCreate::showJoinLinkForResult()
{
    if (!m_lastResult || !m_lastResult->groupExists())
        return;
    QStringList members = m_lastSent.memberIds;
    for (const FailedMember& failed : m_lastResult->failedMembers)
        members.removeAll(failed.userid);
    auto* dialog = new JoinLinkDialog(m_session->api(), m_lastResult->chatid, m_lastSent.name, members, m_window);
    connect(dialog, &JoinLinkDialog::copied, this, &AfterCreate::reportCopied);
    dialog->show();
}

void AfterCreate::showJoinLink(const HistoryEntry& entry)
{
    QWidget* parent = entryDialogParent();
    // The people the group should hold: those asked for, less those DingTalk did not add.
    QStringList members = entry.memberIds.isEmpty() ? QStringList{ entry.owner } : entry.memberIds;
    for (const FailedMember& failed : entry.failedMembers)
        members.removeAll(failed.userid);
    auto* dialog = new JoinLinkDialog(m_session->api(), entry.chatid, entry.name, members, parent);
    connect(dialog, &JoinLinkDialog::copied, this, &AfterCreate::reportCopied);
    dialog->show();
}

void AfterCreate::verifyResult()
{
    if (!m_lastResult || !m_lastResult->groupExists() || !m_session->api())
        return;
    GroupState asked;
    asked.chatid = m_lastResult->chatid;
    asked.openConversationId = m_lastResult->openConversationId;
    asked.name = m_lastSent.name;
    asked.owner = m_lastSent.owner;
    asked.memberIds = m_lastSent.memberIds;
    asked.settings = m_lastSettings;
    auto* dialog = new VerifyDialog(m_session->api(), asked.chatid, asked, -1, {}, m_window);
    dialog->show();
}

void AfterCreate::verifyEntry(const HistoryEntry& entry)
{
    if (!m_session->api())
        return;
    GroupState asked;
    asked.chatid = entry.chatid;
    asked.openConversationId = entry.openConversationId;
    asked.name = entry.name;
    asked.owner = entry.owner;
    asked.settings = entry.settings;
    QStringList missing;
    for (const FailedMember& failed : entry.failedMembers) {
        if (!failed.userid.isEmpty())
            missing.append(failed.userid);
    }
    QWidget* parent = entryDialogParent();
    auto* dialog = new VerifyDialog(m_session->api(), entry.chatid, asked, entry.memberCount, missing, parent);
    dialog->show();
}

QWidget* AfterCreate::entryDialogParent() const
{
    return m_historyDialog ? static_cast<QWidget*>(m_historyDialog.data()) : m_window;
}
