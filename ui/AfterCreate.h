#pragma once

#include "BackgroundTask.h"
#include "create/CreateResult.h"
#include "group/GroupSpec.h"
#include "history/HistoryEntry.h"
#include "presets/Preset.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class HistoryDialog;
class HistoryStore;
class ConnectionSession;
class PresetStore;
class PresetsMenu;
class QSettings;

/**
 * What the window offers once groups exist: the history of every create (recorded here), its view and exports,
 * the join link and QR code, verifying a group against DingTalk, the request preview and presets. Lives beside
 * the main window: it reads the window's connection from the session, the form through `form`, and asks for the
 * form to be filled by formFillRequested(); its dialogs open over `window`.
 */
class AfterCreate : public QObject
{
    Q_OBJECT

public:
    /** The form as it stands now. */
    using FormReader = std::function<GroupSpec()>;

    AfterCreate(ConnectionSession* session, FormReader form, QWidget* window);
    ~AfterCreate() override;

    /** Keeps the history in `path` (tests: a temporary file); empty: the default file. Reloads it. */
    void setHistoryFilePath(const QString& path);
    HistoryStore* historyStore() const { return m_history.get(); }
    /** Keeps presets in `settings` (not owned; tests: a temporary file); null: the application's settings. */
    void setPresetSettings(QSettings* settings);
    PresetStore* presetStore() const { return m_presets.get(); }
    PresetsMenu* presetsMenu() const { return m_presetsMenu; }
    /** The history view, once shown. */
    HistoryDialog* historyDialog() const;

    /**
     * Records a finished create: `sent` is what went out (GroupSpec::validate()). The history file is written on a
     * worker thread (it is read, locked and synced to disk), one write after the other; isRecording() until done.
     */
    void record(const GroupValidation& sent, const GroupSettings& settings, const CreateResult& result);
    /** A create is still being written to the history file. */
    bool isRecording() const { return m_historyWriter.isBusy(); }

public slots:
    void showHistory();
    void showRequestPreview();
    void showPresets();
    /** The join link of the group last created in the window. */
    void showJoinLinkForResult();
    void verifyResult();
    void showJoinLink(const HistoryEntry& entry);
    void verifyEntry(const HistoryEntry& entry);
    void createSimilar(const HistoryEntry& entry);
    void applyPreset(const Preset& preset);

signals:
    /** A short note for the status bar. */
    void statusMessage(const QString& text);
    /** The form is to hold this group (a preset, or another group like one in the history). */
    void formFillRequested(const QString& name, const QString& owner, const GroupSettings& settings,
                           const MemberList& members);

private:
    void onRecorded(const QString& error);
    void onConnectionChanged();
    void reportCopied(const QString& what);

    /** The parent for a dialog about a history entry: the history view while it is open, else the window. */
    QWidget* entryDialogParent() const;

    ConnectionSession* m_session;
    FormReader m_form;
    QWidget* m_window;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<PresetStore> m_presets;
    PresetsMenu* m_presetsMenu;
    QPointer<HistoryDialog> m_historyDialog;
    // The last create in the window, for the result panel's buttons.
    GroupValidation m_lastSent;
    GroupSettings m_lastSettings;
    std::optional<CreateResult> m_lastResult;
    // Last: destroyed first, so the writes still to do are done before the window goes.
    BackgroundTask m_historyWriter{ BackgroundTask::Waiting::InOrder };
};
