#pragma once

#include "ConnectionSummary.h"
#include "DraftFile.h"
#include "LastCreate.h"
#include "create/CreateJob.h"
#include "dingtalk/ConnectionSettings.h"
#include "group/GroupSpec.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

class AfterCreate;
class BatchDialog;
class BatchResumeOffer;
class AppTranslator;
class ConnectionSession;
class DingTalkEmulator;
class DirectoryController;
class DirectoryMenu;
class FormUndo;
class GuideDialog;
class QAction;
class GroupApi;
class ImportController;
class MemberListModel;
class MissingMembersRetry;
class PersonCompleter;
class PhoneLookup;
class ProfileController;
class QLabel;
class QTimer;

/**
 * The group form: name, owner, members and the six settings, checked as the user types; Create runs a CreateJob
 * against the active connection (DingTalk or the built-in sandbox) and the result panel shows what came of it.
 * Nothing blocks: the job reports progress by signals, and the form is locked while it runs.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `translator` switches the language from the Language menu; null: the window makes its own. */
    explicit MainWindow(AppTranslator* translator = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Connects to DingTalk (or any server) with these settings; refused while a create is running. */
    void setConnection(const ConnectionSettings& settings);
    /** Connects to an emulator that is already running (tests, or the built-in sandbox once it has started). */
    void useEmulator(DingTalkEmulator* emulator, int timeoutSeconds = 30);
    /** Starts the built-in emulator on its own thread and connects to it when it listens. Returns at once. */
    void startSandbox();
    /** On a first launch with no connection: asks whether to try the sandbox (through MessageBox's seam). */
    void offerSandboxIfNotConnected();

    bool isConnected() const;
    bool isCreating() const { return !m_job.isNull(); }
    ConnectionSummary::Kind connectionKind() const;
    /** The built-in emulator once started, else null. */
    DingTalkEmulator* sandboxEmulator() const;
    /** The saved connection profiles, the active one and the secret store behind them. */
    ProfileController* profiles() const { return m_profiles; }

    /** The application's icon at every size it ships. */
    static QIcon applicationIcon();

    /** Adds member entries (blank ones skipped) as if typed or pasted. */
    void addMembers(const QStringList& ids, MemberSource source);
    MemberListModel* memberModel() const { return m_members; }
    /** The request as the form currently describes it. */
    GroupSpec currentSpec() const;
    /**
     * Fills the form (presets, "create a similar group"): the name (then selected, so the user sees it is new) and
     * the owner unless empty, the six settings, and the members unless `members` is empty (they replace the list,
     * names and phone numbers kept). What is replaced can be undone. Refused while a create is running.
     */
    void fillForm(const QString& name, const QString& owner, const GroupSettings& settings, const MemberList& members);
    /** The form as it stands, as a value (the autosaved draft, Undo). */
    FormDraft formDraft() const;
    /** Puts `draft` into the form whole, the member list replaced. */
    void restoreForm(const FormDraft& draft);
    /** Keeps the autosaved draft in `path` (tests); empty: the default file. */
    void setDraftFilePath(const QString& path);
    /** At start-up: the draft autosaved by the last run comes back into the form; false when there was none. */
    bool restoreDraft();
    /** Writes the draft now (it is written a moment after each change, and when the window closes). */
    void saveDraft();
    /** History, join link, verify, request preview and presets. */
    AfterCreate* afterCreate() const { return m_afterCreate; }
    /** The active connection's API, or null when not connected. */
    GroupApi* api() const;
    const ConnectionSettings& connection() const;
    /** The window's connection, which the dialogs after a create use too. */
    ConnectionSession* session() const { return m_session; }
    /** File ▸ Create Several Groups…, while open. */
    BatchDialog* batchDialog() const;
    /** A batch is being sent: the connection is not changed underneath it. */
    bool isBatchRunning() const;
    /** The connection's directory (its local copy, sync and Forget); directory() is null while there is none. */
    DirectoryController* directoryController() const { return m_directory; }

public slots:
    /** Validates and starts creating; does nothing while a create is running or the form is invalid. */
    void create();
    /** Cancels the running create; if it already reached DingTalk, the result says the group may exist. */
    void cancelCreate();
    void pasteMembers();
    /** Asks for a member file and imports it (preview first); ImportController does the work. */
    void importMembers();
    /** Choose People: adds people picked from the directory's tree or a search (the group's room left counted). */
    void choosePeople();
    /** The owner picked from the directory, in the same dialog, one person. */
    void chooseOwner();
    /** Looks up the phone numbers in the member list now, without creating. */
    void lookUpPhoneNumbers();
    /** After a partial create: adds the members that are missing to the same group. */
    void retryMissingMembers();
    /**
     * File ▸ Create Several Groups…: the batch dialog beside the window, on the sheet at `sheetPath` (an unfinished
     * batch resumed), or asking for one.
     */
    void createSeveralGroups(const QString& sheetPath = QString());
    /** "en" or "zh_CN": switches at once and is remembered for the next start. */
    void setLanguage(const QString& language);
    void openConnectionDialog();
    /** "Manage Connections…": the profiles dialog, beside the window (it does not block it). */
    void openProfilesDialog();

signals:
    /** A create ended; the result panel shows the same result. */
    void createFinished(const CreateResult& result);
    void connectionChanged();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpActions();
    void setUpMembers();
    void setUpDirectory();
    /** Choose People needs a directory: the buttons say so when there is none. */
    void updateChooseButtons();
    void applyConnection(ConnectionSummary::Kind kind, const ConnectionSettings& settings, const QString& exampleOwner);
    /** A new connection (or none): what belonged to the old one goes, and the window says which it is now. */
    void onConnectionChanged();
    void updateSandboxBadge();
    void revalidate();
    /** Adds a warning for each id the connection's directory does not have (it may be out of date). */
    void flagPeopleOutsideTheDirectory();
    void showValidation();
    void showAddableMembers();
    bool isTouched(ValidationIssue::Field field) const;
    void refreshOwnerChoices();
    void updateOwnerName();
    void updateCreateState();
    void updateConnectionStatus();
    void updateLanguageActions();
    void retranslateCodeSetStrings();
    void setBusy(bool busy);
    void showProgress();
    void onJobProgress(const CreateProgress& progress);
    void onJobFinished(const CreateResult& result);
    /** A create DingTalk refused for an unknown id: which id, or which ids the refused request carried. */
    void showRefusedCreate(const ApiError& error);
    void addTypedMembers();
    void removeSelectedMembers();
    void clearMembers();
    /** Before an action replaces the form: keeps it for Undo when there is work in it that is not in a group. */
    void offerUndo(const QString& message);
    void addOwnerToMembers();
    void showAbout();

public:
    /** Help ▸ Guide (F1), and the first-run question's "Read the Guide". */
    void showGuide();
    GuideDialog* guide() const;

private:
    void onHintLinkActivated(const QString& link);
    void startPhoneLookup(bool thenCreate);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AppTranslator* m_translator;
    MemberListModel* m_members;
    QLabel* m_connectionStatusLabel;

    ConnectionSession* m_session;
    DirectoryController* m_directory;
    DirectoryMenu* m_directoryMenu = nullptr;
    PersonCompleter* m_ownerCompleter = nullptr;
    QString m_exampleOwner;
    ProfileController* m_profiles = nullptr;

    GroupValidation m_validation;
    bool m_nameTouched = false;
    bool m_ownerTouched = false;
    bool m_membersTouched = false;

    QPointer<CreateJob> m_job;
    CreateProgress m_progress;
    bool m_cancelling = false;
    QString m_sentName;
    GroupValidation m_sentValidation; // what the running or last create sent, for the history
    GroupSettings m_sentSettings;
    AfterCreate* m_afterCreate = nullptr;
    LastCreate m_lastCreate;
    FormUndo* m_undo = nullptr;
    QAction* m_guideAction = nullptr;
    QPointer<GuideDialog> m_guide;
    DraftFile m_draftFile;
    QTimer* m_autosave = nullptr;

    ImportController* m_import = nullptr;
    QPointer<PhoneLookup> m_phoneLookup;
    QPointer<MissingMembersRetry> m_retry;
    QPointer<BatchDialog> m_batch;
    BatchResumeOffer* m_resumeOffer = nullptr;
};
