#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AfterCreate.h"
#include "BatchDialog.h"
#include "BatchResumeOffer.h"
#include "ChoosePeopleDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionSession.h"
#include "DingTalkEmulator.h"
#include "DirectoryController.h"
#include "DirectoryMenu.h"
#include "DirectoryStatusLabel.h"
#include "ElidedLabel.h"
#include "FormUndo.h"
#include "GuideDialog.h"
#include "HistoryDialog.h"
#include "ImportController.h"
#include "MemberListModel.h"
#include "MessageBox.h"
#include "MissingMembersRetry.h"
#include "PeopleResolutionDialog.h"
#include "PersonCompleter.h"
#include "PhoneLookup.h"
#include "Preferences.h"
#include "PresetsMenu.h"
#include "ProfileController.h"
#include "UiStyle.h"
#include "batch/BatchJournal.h"
#include "connections/ProfileStore.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "group/GroupLimits.h"
#include "history/HistoryStore.h"
#include "i18n/AppTranslator.h"
#include "members/MemberTextParser.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>

#include <utility>

namespace {
// Long lists of problems (a thousand duplicates, say) are cut short so the form stays readable.
constexpr int MaxMessagesPerLabel = 3;
constexpr int StatusMessageMs = 4000;
// A pause in typing before the draft is written: often enough to lose nothing, rarely enough to cost nothing.
constexpr int AutosaveDelayMs = 1000;

QString joinMessages(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        if (lines.size() == MaxMessagesPerLabel) {
            lines.append(MainWindow::tr("…and %1 more.").arg(issues.size() - MaxMessagesPerLabel));
            break;
        }
        lines.append(issue.message());
    }
    return lines.join(QLatin1Char('\n'));
}

void setMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

MainWindow::MainWindow(AppTranslator* translator, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translator(translator ? translator : new AppTranslator(this))
    , m_members(new MemberListModel(this))
    , m_connectionStatusLabel(new ElidedLabel(this))
    , m_session(new ConnectionSession(this))
    , m_directory(new DirectoryController(m_session, this))
{
    m_ui->setupUi(this);
    m_connectionStatusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    statusBar()->addPermanentWidget(m_connectionStatusLabel);
    m_profiles = new ProfileController(this);
    statusBar()->addPermanentWidget(m_profiles->sessionOnlyLabel());
    statusBar()->addPermanentWidget(m_profiles->comboBox());
    m_profiles->attachMenu(m_ui->connectionMenu, m_ui->profilesSeparatorAction);
    connect(m_profiles, &ProfileController::sandboxRequested, this, &MainWindow::startSandbox);
    connect(m_profiles, &ProfileController::connectRequested, this, [this](const ConnectionSettings& settings) {
        applyConnection(ConnectionSummary::Kind::DingTalk, settings, QString());
    });
    connect(m_profiles, &ProfileController::disconnectRequested, this,
            [this] { applyConnection(ConnectionSummary::Kind::None, ConnectionSettings(), QString()); });
    connect(m_session, &ConnectionSession::changed, this, &MainWindow::onConnectionChanged);
    connect(m_session, &ConnectionSession::sandboxReady, this, [this](DingTalkEmulator* emulator) {
        useEmulator(emulator);
        statusBar()->showMessage(
            tr("The sandbox is ready: try owner %1 and a few of the demo employees.").arg(m_exampleOwner),
            StatusMessageMs * 2);
    });
    connect(m_session, &ConnectionSession::sandboxStateChanged, this, [this] {
        updateSandboxBadge();
        updateConnectionStatus();
        updateCreateState();
    });
    connect(m_profiles, &ProfileController::stateChanged, this, [this] {
        updateConnectionStatus();
        updateCreateState();
    });

    for (QLabel* label :
         std::initializer_list<QLabel*>{ m_ui->groupNameErrorLabel, m_ui->ownerErrorLabel, m_ui->membersErrorLabel }) {
        UiStyle::setTone(label, UiStyle::Tone::Error);
        // The room for one error line is kept while there is none: the fields below stay where they are.
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
        label->setMinimumHeight(label->fontMetrics().height());
        label->hide();
    }
    // A narrow window must not squash the ids into a few characters.
    const int idWidth = m_ui->groupNameLineEdit->fontMetrics().averageCharWidth() * 18;
    for (QWidget* field :
         std::initializer_list<QWidget*>{ m_ui->groupNameLineEdit, m_ui->ownerComboBox, m_ui->memberIdLineEdit })
        field->setMinimumWidth(idWidth);
    UiStyle::setTone(m_ui->membersNoticeLabel, UiStyle::Tone::Notice);
    m_ui->membersNoticeLabel->hide();
    for (QLabel* label : { m_ui->groupNameCountLabel, m_ui->memberCountLabel, m_ui->ownerNameLabel,
                           m_ui->createHintLabel, m_ui->progressLabel })
        UiStyle::setTone(label, UiStyle::Tone::Secondary);
    m_ui->createProgressBar->setMinimumWidth(220);
    m_ui->sandboxBadgeLabel->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #5c4300; border: 1px solid #e8c868; border-radius: 4px;"
                       " padding: 6px 10px; font-weight: bold;"));
    m_ui->sandboxBadgeLabel->hide();
    m_ui->groupNameLineEdit->setMaxLength(200); // far above DingTalk's 20, so the count can say what is too many
    QFont createFont = m_ui->createButton->font();
    createFont.setBold(true);
    m_ui->createButton->setFont(createFont);
    m_ui->createButton->setMinimumWidth(140);

    setUpActions();
    setUpMembers();
    setUpDirectory();
    m_undo = new FormUndo(statusBar());
    connect(m_undo, &FormUndo::undoRequested, this, [this](const FormDraft& before) {
        restoreForm(before);
        statusBar()->showMessage(tr("The form is back as it was."), StatusMessageMs);
    });
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::saveDraft);
    for (QCheckBox* box :
         { m_ui->showHistoryCheckBox, m_ui->searchableCheckBox, m_ui->joinApprovalCheckBox,
           m_ui->mentionAllOwnerOnlyCheckBox, m_ui->managementOwnerOnlyCheckBox, m_ui->allMutedCheckBox })
        connect(box, &QCheckBox::toggled, m_autosave, qOverload<>(&QTimer::start));

    connect(m_ui->groupNameLineEdit, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        revalidate();
        m_autosave->start();
    });
    connect(m_ui->ownerComboBox, &QComboBox::editTextChanged, this, [this] {
        m_ownerTouched = true;
        m_members->setOwner(m_ui->ownerComboBox->currentText());
        updateOwnerName();
        revalidate();
        m_autosave->start();
    });
    // Enter in the name moves on to the owner, as a form does, instead of doing nothing.
    connect(m_ui->groupNameLineEdit, &QLineEdit::returnPressed, m_ui->ownerComboBox, qOverload<>(&QWidget::setFocus));
    connect(m_ui->createButton, &QPushButton::clicked, this, &MainWindow::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelCreate);
    connect(m_ui->createHintLabel, &QLabel::linkActivated, this, &MainWindow::onHintLinkActivated);
    connect(m_ui->resultPanel, &ResultPanel::addOwnerRequested, this, &MainWindow::addOwnerToMembers);
    connect(m_ui->resultPanel, &ResultPanel::retryMissingMembersRequested, this, &MainWindow::retryMissingMembers);
    // Whole sentences: a word put into a sentence of another language's word order reads wrongly in Chinese.
    connect(m_ui->resultPanel, &ResultPanel::copied, this,
            [this](const QString& message) { statusBar()->showMessage(message, StatusMessageMs); });

    // After a create: history, join link, verify, request preview and presets.
    m_afterCreate = new AfterCreate(
        m_session, [this] { return currentSpec(); }, this);
    connect(m_afterCreate, &AfterCreate::formFillRequested, this, &MainWindow::fillForm);
    menuBar()->insertMenu(m_ui->connectionMenu->menuAction(), m_afterCreate->presetsMenu());
    connect(m_ui->historyAction, &QAction::triggered, m_afterCreate, &AfterCreate::showHistory);
    connect(m_ui->previewButton, &QPushButton::clicked, m_afterCreate, &AfterCreate::showRequestPreview);
    connect(m_ui->resultPanel, &ResultPanel::joinLinkRequested, m_afterCreate, &AfterCreate::showJoinLinkForResult);
    connect(m_ui->resultPanel, &ResultPanel::verifyRequested, m_afterCreate, &AfterCreate::verifyResult);
    connect(m_afterCreate, &AfterCreate::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });

    // An unfinished batch is offered once the window is shown; the journals are read off the GUI thread.
    m_resumeOffer = new BatchResumeOffer(this);
    connect(m_resumeOffer, &BatchResumeOffer::resumeRequested, this,
            [this](const QString& sheetPath) { createSeveralGroups(sheetPath); });
    connect(m_ui->createSeveralGroupsAction, &QAction::triggered, this, [this] { createSeveralGroups(); });

    setBusy(false);
    revalidate();
    updateConnectionStatus();
    retranslateCodeSetStrings();
    m_profiles->restore(); // the remembered connection, once the event loop runs
}

MainWindow::~MainWindow()
{
    // Children die after this object's members: none of their last signals may reach the half-destroyed window.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        child->disconnect(this);
    // The job and the directory's sync talk through the client: stop them before either goes.
    if (m_job)
        m_job->cancel();
    m_directory->cancelSync();
}

QIcon MainWindow::applicationIcon()
{
    // No 256: no title bar or task bar draws one, and decoding it was most of the icon's start-up cost (the
    // installed hicolor icons serve launchers).
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128 })
        icon.addFile(QStringLiteral(":/icons/dingtalk-group-creator-%1.png").arg(size), QSize(size, size));
    return icon;
}

void MainWindow::setUpActions()
{
    m_ui->createAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    // The window keeps the shortcut even though the action also sits in the File menu.
    addAction(m_ui->createAction);
    connect(m_ui->createAction, &QAction::triggered, this, &MainWindow::create);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::openConnectionDialog);
    connect(m_ui->useSandboxAction, &QAction::triggered, this, &MainWindow::startSandbox);
    connect(m_ui->manageConnectionsAction, &QAction::triggered, this, &MainWindow::openProfilesDialog);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_ui->helpMenu->insertAction(m_ui->aboutAction, m_guideAction);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->languageEnglishAction);
    languages->addAction(m_ui->languageChineseAction);
    connect(m_ui->languageEnglishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(m_ui->languageChineseAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    updateLanguageActions();
}

void MainWindow::setUpMembers()
{
    QTableView* view = m_ui->membersTableView;
    view->setModel(m_members);
    // Tab leaves the list for the buttons and switches below (arrow keys move between its cells); Ctrl+Tab too.
    view->setTabKeyNavigation(false);
    view->installEventFilter(this);
    view->horizontalHeader()->setSectionResizeMode(MemberListModel::UserIdColumn, QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(MemberListModel::NameColumn, QHeaderView::Interactive);
    // Narrow enough that the state column stays in view at 800×600 (it stretches into what is left).
    view->setColumnWidth(MemberListModel::UserIdColumn, 160);
    view->setColumnWidth(MemberListModel::NameColumn, 110);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    // Ctrl+V and Delete act on the list while it (or a cell editor inside it) has the focus.
    m_ui->pasteMembersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->removeMembersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_ui->pasteMembersAction);
    view->addAction(m_ui->removeMembersAction);
    connect(m_ui->pasteMembersAction, &QAction::triggered, this, &MainWindow::pasteMembers);
    connect(m_ui->removeMembersAction, &QAction::triggered, this, &MainWindow::removeSelectedMembers);

    connect(m_ui->pasteMembersButton, &QPushButton::clicked, this, &MainWindow::pasteMembers);
    connect(m_ui->removeMembersButton, &QPushButton::clicked, this, &MainWindow::removeSelectedMembers);
    connect(m_ui->clearMembersButton, &QPushButton::clicked, this, &MainWindow::clearMembers);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &MainWindow::addTypedMembers);
    connect(m_ui->memberIdLineEdit, &QLineEdit::returnPressed, this, &MainWindow::addTypedMembers);
    // A pasted column of ids would be squashed onto one line: add it to the list straight away instead.
    m_ui->memberIdLineEdit->installEventFilter(this);

    // Files chosen from the menu or dropped on the list go through the same importer as the CLI's --members.
    m_import = new ImportController(m_members, view, this);
    connect(m_ui->importMembersAction, &QAction::triggered, this, &MainWindow::importMembers);
    connect(m_ui->importMembersButton, &QPushButton::clicked, this, &MainWindow::importMembers);
    connect(m_ui->lookUpPhoneNumbersAction, &QAction::triggered, this, &MainWindow::lookUpPhoneNumbers);
    connect(m_ui->lookUpPhoneNumbersButton, &QPushButton::clicked, this, &MainWindow::lookUpPhoneNumbers);
    connect(m_import, &ImportController::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });
    connect(m_import, &ImportController::imported, this, [this] {
        m_ui->membersTableView->scrollToBottom();
        // A new list is work on a new group: the last one's result and "Add to This Group" would only mislead.
        m_lastCreate.closeGroup();
        m_ui->resultPanel->clear();
        showAddableMembers();
    });

    connect(m_members, &MemberListModel::membersChanged, this, [this] {
        m_membersTouched = true;
        refreshOwnerChoices();
        revalidate();
        if (m_autosave)
            m_autosave->start();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_ui->removeMembersButton->setEnabled(m_ui->membersTableView->selectionModel()->hasSelection());
    });
    m_ui->removeMembersButton->setEnabled(false);
}

void MainWindow::setUpDirectory()
{
    m_directoryMenu = new DirectoryMenu(m_directory, this);
    menuBar()->insertMenu(m_ui->languageMenu->menuAction(), m_directoryMenu);
    statusBar()->insertPermanentWidget(0, new DirectoryStatusLabel(m_directory, this));
    connect(m_directoryMenu, &DirectoryMenu::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });
    m_ownerCompleter = new PersonCompleter(m_ui->ownerComboBox->lineEdit());
    connect(m_ui->choosePeopleButton, &QPushButton::clicked, this, &MainWindow::choosePeople);
    connect(m_ui->chooseOwnerButton, &QToolButton::clicked, this, &MainWindow::chooseOwner);
    updateChooseButtons();
    connect(m_directory, &DirectoryController::directoryChanged, this, [this] {
        updateChooseButtons();
        m_members->setDirectory(m_directory->directory());
        m_ownerCompleter->setDirectory(m_directory->directory());
        refreshOwnerChoices();
        updateOwnerName();
        revalidate();
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Tab leaves the member list as Tab does (a list is not a text field that keeps Tab for itself).
    if (watched == m_ui->membersTableView && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    if (watched == m_ui->memberIdLineEdit
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QString text = QGuiApplication::clipboard()->text();
            if (text.contains(QLatin1Char('\n'))) {
                if (event->type() == QEvent::KeyPress)
                    pasteMembers();
                event->accept();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

GroupSpec MainWindow::currentSpec() const
{
    GroupSpec spec;
    spec.name = m_ui->groupNameLineEdit->text();
    spec.owner = m_ui->ownerComboBox->currentText();
    spec.members = m_members->members();
    spec.settings.showHistory = m_ui->showHistoryCheckBox->isChecked();
    spec.settings.searchable = m_ui->searchableCheckBox->isChecked();
    spec.settings.validation = m_ui->joinApprovalCheckBox->isChecked();
    spec.settings.mentionAllOwnerOnly = m_ui->mentionAllOwnerOnlyCheckBox->isChecked();
    spec.settings.managementOwnerOnly = m_ui->managementOwnerOnlyCheckBox->isChecked();
    spec.settings.chatBanned = m_ui->allMutedCheckBox->isChecked();
    return spec;
}

void MainWindow::fillForm(const QString& name, const QString& owner, const GroupSettings& settings,
                          const MemberList& members)
{
    if (isCreating())
        return;
    offerUndo(tr("The form was filled in again."));
    FormDraft draft = formDraft();
    if (!name.isEmpty())
        draft.name = name;
    if (!owner.isEmpty())
        draft.owner = owner;
    draft.settings = settings;
    if (!members.isEmpty())
        draft.members = FormDraft::listEntries(members);
    restoreForm(draft);
    if (!name.isEmpty()) {
        // The name is the one thing a similar group must not share: selected, it is typed over at once.
        m_ui->groupNameLineEdit->setFocus();
        m_ui->groupNameLineEdit->selectAll();
    }
}

FormDraft MainWindow::formDraft() const
{
    const GroupSpec spec = currentSpec();
    return FormDraft{ spec.name, spec.owner, spec.members, spec.settings };
}

void MainWindow::restoreForm(const FormDraft& draft)
{
    if (isCreating())
        return;
    m_ui->groupNameLineEdit->setText(draft.name);
    m_ui->showHistoryCheckBox->setChecked(draft.settings.showHistory);
    m_ui->searchableCheckBox->setChecked(draft.settings.searchable);
    m_ui->joinApprovalCheckBox->setChecked(draft.settings.validation);
    m_ui->mentionAllOwnerOnlyCheckBox->setChecked(draft.settings.mentionAllOwnerOnly);
    m_ui->managementOwnerOnlyCheckBox->setChecked(draft.settings.managementOwnerOnly);
    m_ui->allMutedCheckBox->setChecked(draft.settings.chatBanned);
    if (draft.members != m_members->members()) {
        m_members->clear();
        m_members->appendMembers(draft.members);
    }
    m_ui->ownerComboBox->setEditText(draft.owner);
    revalidate();
}

void MainWindow::offerUndo(const QString& message)
{
    const FormDraft before = formDraft();
    // An empty form, or the one a group was just made of (it is in the history), loses nothing.
    if (before.isEmpty() || m_lastCreate.isUnchanged(m_validation, before.settings))
        return;
    m_undo->offer(before, message);
}

void MainWindow::clearMembers()
{
    if (isCreating() || m_members->members().isEmpty())
        return;
    offerUndo(tr("Removed all %1 entries from the member list.").arg(m_members->members().size()));
    m_members->clear();
}

void MainWindow::setDraftFilePath(const QString& path)
{
    m_draftFile = DraftFile(path);
}

bool MainWindow::restoreDraft()
{
    const std::optional<FormDraft> draft = m_draftFile.load();
    if (!draft || draft->isEmpty() || isCreating())
        return false;
    restoreForm(*draft);
    statusBar()->showMessage(
        tr("The form is back as you left it (%1 entries in the member list).").arg(draft->members.size()),
        StatusMessageMs * 2);
    return true;
}

void MainWindow::saveDraft()
{
    m_autosave->stop();
    const FormDraft draft = formDraft();
    // A form whose group was just created is in the history: at the next start it would only invite a second one.
    if (draft.isEmpty() || m_lastCreate.isUnchanged(m_validation, draft.settings))
        m_draftFile.remove();
    else if (!m_draftFile.save(draft))
        statusBar()->showMessage(
            tr("The form could not be saved as a draft in %1.").arg(QDir::toNativeSeparators(m_draftFile.filePath())),
            StatusMessageMs);
}

GroupApi* MainWindow::api() const
{
    return m_session->api();
}

bool MainWindow::isConnected() const
{
    return m_session->isConnected();
}

ConnectionSummary::Kind MainWindow::connectionKind() const
{
    return m_session->kind();
}

const ConnectionSettings& MainWindow::connection() const
{
    return m_session->settings();
}

void MainWindow::revalidate()
{
    m_validation = currentSpec().validate();
    flagPeopleOutsideTheDirectory();
    PhoneLookup::countPendingNumbers(m_validation, m_members->unresolvedMobiles());
    m_ui->lookUpPhoneNumbersButton->setVisible(m_validation.hasIssue(ValidationIssue::MemberUnresolved));
    m_ui->lookUpPhoneNumbersAction->setEnabled(m_validation.hasIssue(ValidationIssue::MemberUnresolved));
    showValidation();
    showAddableMembers();
    updateCreateState();
}

void MainWindow::flagPeopleOutsideTheDirectory()
{
    // DingTalk refuses the whole request that carries an id of nobody in the organisation: with a directory the form
    // says so before anything is sent, as a warning only, since the copy may be older than a new colleague.
    if (!m_members->hasDirectory())
        return;
    int flagged = 0;
    for (const QString& id : std::as_const(m_validation.memberIds)) {
        if (m_members->isInDirectory(id))
            continue;
        const bool owner = id == m_validation.owner;
        m_validation.issues.append(
            ValidationIssue(ValidationIssue::NotInDirectory,
                            owner ? ValidationIssue::Field::Owner : ValidationIssue::Field::Members, id));
        if (++flagged == ValidationIssue::InvalidIdsKept)
            break;
    }
}

void MainWindow::showAddableMembers()
{
    m_members->setInGroup(m_lastCreate.inGroup());
    m_ui->resultPanel->setAddableCount(int(m_lastCreate.missingFrom(m_validation.memberIds).size()));
}

void MainWindow::showValidation()
{
    using Field = ValidationIssue::Field;
    // A field speaks up once the user has worked on it, so an empty form does not open full of complaints;
    // the hint beside Create says what is still needed.
    ValidationIssues nameErrors, ownerErrors, memberErrors;
    for (const ValidationIssue& issue : m_validation.errors()) {
        // Phone numbers still to look up are work to do, not mistakes: the hint beside Create speaks of them.
        if (!isTouched(issue.field) || issue.code == ValidationIssue::MemberUnresolved)
            continue;
        (issue.field == Field::Name        ? nameErrors
             : issue.field == Field::Owner ? ownerErrors
                                           : memberErrors)
            .append(issue);
    }
    setMessage(m_ui->groupNameErrorLabel, joinMessages(nameErrors));
    setMessage(m_ui->ownerErrorLabel, joinMessages(ownerErrors));
    setMessage(m_ui->membersErrorLabel, joinMessages(memberErrors));
    setMessage(m_ui->membersNoticeLabel, joinMessages(m_validation.notices()));

    const int nameLength = GroupSpec::nameLength(m_ui->groupNameLineEdit->text().trimmed());
    m_ui->groupNameCountLabel->setText(tr("%1/%2").arg(nameLength).arg(GroupLimits::MaxNameLength));
    UiStyle::setTone(m_ui->groupNameCountLabel,
                     nameLength > GroupLimits::MaxNameLength ? UiStyle::Tone::Error : UiStyle::Tone::Secondary);

    int memberCount = int(m_validation.memberIds.size());
    if (m_validation.hasIssue(ValidationIssue::TooManyMembers)) {
        for (const ValidationIssue& issue : m_validation.issues) {
            if (issue.code == ValidationIssue::TooManyMembers)
                memberCount = issue.subject.toInt();
        }
    }
    if (m_members->members().isEmpty())
        memberCount = 0; // the owner alone is no member list yet
    m_ui->memberCountLabel->setText(tr("%1/%2").arg(memberCount).arg(GroupLimits::MaxGroupMembers));
    UiStyle::setTone(m_ui->memberCountLabel,
                     memberCount > GroupLimits::MaxGroupMembers ? UiStyle::Tone::Error : UiStyle::Tone::Secondary);
    m_ui->memberCountLabel->setToolTip(
        tr("Members in the group, owner included (at most %1)").arg(GroupLimits::MaxGroupMembers));
}

bool MainWindow::isTouched(ValidationIssue::Field field) const
{
    switch (field) {
    case ValidationIssue::Field::Name:
        return m_nameTouched;
    case ValidationIssue::Field::Owner:
        return m_ownerTouched;
    case ValidationIssue::Field::Members:
        return m_membersTouched;
    }
    return false;
}

void MainWindow::updateCreateState()
{
    const bool busy = isCreating();
    const bool lookupsOnly = PhoneLookup::onlyLookupsPending(m_validation);
    const bool ready = !busy && isConnected() && (m_validation.isValid() || lookupsOnly);
    m_ui->createButton->setEnabled(ready);
    m_ui->createAction->setEnabled(ready);
    // After a success the same press would make another group: the button says so.
    const QString createText = m_lastCreate.groupExists() ? tr("&Create Another Group") : tr("&Create Group");
    m_ui->createButton->setText(createText);
    m_ui->createAction->setText(createText);
    m_ui->previewButton->setEnabled(!busy && m_validation.isValid()); // sends nothing: no connection needed

    if (busy) {
        // Hidden while the group is created, and left as it is: the window need not lay it out again.
        m_ui->createHintLabel->hide();
        return;
    }
    // Only the offer to connect has links. Plain text is far cheaper to lay out than rich text, and the window lays
    // the hint out again whenever it changes.
    bool links = false;
    QString hint;
    if (!isConnected()) {
        if (m_session->isSandboxPending()) {
            hint = tr("Starting the sandbox…");
        } else {
            hint = tr("Not connected. <a href=\"connect\">Connect to DingTalk…</a> or <a href=\"sandbox\">try the "
                      "sandbox</a>.");
            links = true;
        }
    } else if (lookupsOnly) {
        hint = tr("Ready: %1 members, and %2 phone numbers that are looked up in DingTalk first.")
                   .arg(m_validation.memberIds.size())
                   .arg(m_members->unresolvedMobiles().size());
    } else if (!m_validation.isValid()) {
        // The first problem the user has not been shown yet (fields not yet worked on stay quiet).
        for (const ValidationIssue& issue : m_validation.errors()) {
            if (!isTouched(issue.field)) {
                hint = issue.message();
                break;
            }
        }
        if (hint.isEmpty())
            hint = tr("Fix the problems marked in red to create the group.");
    } else {
        const int members = int(m_validation.memberIds.size());
        const int calls = int(CreateJob::planCalls(m_validation.memberIds).size());
        if (calls > 1)
            hint = tr("Ready: %1 members. DingTalk takes %2 per request, so the rest are added in %3 more "
                      "requests.")
                       .arg(members)
                       .arg(GroupLimits::MaxMembersPerCall)
                       .arg(calls - 1);
        else
            hint = tr("Ready: %1 members.").arg(members);
        int outside = 0;
        for (const ValidationIssue& issue : std::as_const(m_validation.issues))
            outside += issue.code == ValidationIssue::NotInDirectory ? 1 : 0;
        if (outside > 0)
            hint = ErrorCatalogue::sentences(
                { hint,
                  tr("Not in the organisation: %1, so DingTalk refuses the request that carries them.").arg(outside) });
    }
    m_ui->createHintLabel->setTextFormat(links ? Qt::RichText : Qt::PlainText);
    m_ui->createHintLabel->setText(hint);
    m_ui->createHintLabel->show();
}

void MainWindow::refreshOwnerChoices()
{
    QComboBox* owner = m_ui->ownerComboBox;
    const QString text = owner->currentText();
    QStringList ids;
    QSet<QString> seen;
    for (const QString& id : m_members->userIds()) {
        // A group holds at most 1000 members: a longer drop-down would only be slow to fill and to scroll.
        if (ids.size() == GroupLimits::MaxGroupMembers)
            break;
        if (GroupSpec::isValidUserId(id) && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    // The items are made whole (names as tooltips) and inserted at once: one change for the drop-down and its
    // completer, not one per member.
    QList<QStandardItem*> items;
    items.reserve(ids.size());
    for (const QString& id : std::as_const(ids)) {
        auto* item = new QStandardItem(id);
        if (m_members->hasDirectory())
            item->setToolTip(m_members->nameOf(id));
        items.append(item);
    }
    const QSignalBlocker blocker(owner);
    owner->clear();
    qobject_cast<QStandardItemModel*>(owner->model())->invisibleRootItem()->insertRows(0, items); // the combo's own
    owner->setCurrentIndex(-1);
    owner->setEditText(text);
}

void MainWindow::updateOwnerName()
{
    const QString name = m_ownerCompleter->describe(m_ui->ownerComboBox->currentText());
    m_ui->ownerNameLabel->setText(name);
    m_ui->ownerNameLabel->setVisible(!name.isEmpty());
}

void MainWindow::addMembers(const QStringList& ids, MemberSource source)
{
    const auto added = [this](int count) {
        if (count > 0)
            m_ui->membersTableView->scrollToBottom();
    };
    // With a directory, a typed or pasted value may be a name or job number: the one rule reads it.
    if ((source != MemberSource::Typed && source != MemberSource::Pasted) || !m_members->hasDirectory())
        return added(m_members->append(ids, source));
    PeopleResolutionDialog::resolveThenAdd(
        this, PeopleResolution::fromTyped(ids, source, m_members->directory()),
        [this, added](const MemberList& members) { added(m_members->appendMembers(members)); });
}

void MainWindow::addTypedMembers()
{
    const QStringList ids = MemberTextParser::splitTyped(m_ui->memberIdLineEdit->text());
    addMembers(ids, MemberSource::Typed);
    m_ui->memberIdLineEdit->clear();
}

void MainWindow::pasteMembers()
{
    if (isCreating())
        return;
    const QStringList ids = MemberTextParser::splitPasted(QGuiApplication::clipboard()->text());
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no user IDs."), StatusMessageMs);
        return;
    }
    addMembers(ids, MemberSource::Pasted);
    statusBar()->showMessage(tr("Added %1 entries from the clipboard.").arg(ids.size()), StatusMessageMs);
}

void MainWindow::removeSelectedMembers()
{
    if (isCreating())
        return;
    QList<int> rows;
    const QModelIndexList selected = m_ui->membersTableView->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    m_members->removeMembers(rows);
}

void MainWindow::addOwnerToMembers()
{
    const QString owner = m_ui->ownerComboBox->currentText().trimmed();
    if (owner.isEmpty() || m_members->userIds().contains(owner))
        return;
    addMembers({ owner }, MemberSource::OwnerAdded);
    statusBar()->showMessage(tr("Added the owner %1 to the members.").arg(owner), StatusMessageMs);
}

void MainWindow::create()
{
    // Guard on the job itself, not on the button: a double click and Ctrl+Return can arrive before it greys out.
    if (isCreating() || !isConnected() || m_phoneLookup || m_retry)
        return;
    revalidate();
    // The count (phone numbers included) was checked by revalidate(): only a list that fits is looked up.
    if (PhoneLookup::onlyLookupsPending(m_validation)) {
        startPhoneLookup(true);
        return;
    }
    if (!m_validation.isValid())
        return;
    QStringList outsiders;
    for (const ValidationIssue& issue : std::as_const(m_validation.issues)) {
        if (issue.code == ValidationIssue::NotInDirectory)
            outsiders.append(issue.subject);
    }
    if (!m_directoryMenu->confirmPeopleOutsideTheDirectory(outsiders))
        return;
    const GroupSettings settings = currentSpec().settings;
    if (!m_lastCreate.confirmCreate(this, m_validation, settings))
        return;

    m_lastCreate.noteSent(m_validation, settings);
    m_sentName = m_validation.name;
    m_sentValidation = m_validation;
    m_sentSettings = settings;
    m_cancelling = false;
    m_progress = CreateProgress();
    m_progress.membersTotal = int(m_validation.memberIds.size());
    m_ui->resultPanel->clear();
    m_job = new CreateJob(m_session->api(), m_validation.name, m_validation.owner, m_validation.memberIds, settings,
                          this);
    connect(m_job, &CreateJob::progress, this, &MainWindow::onJobProgress);
    connect(m_job, &CreateJob::finished, this, &MainWindow::onJobFinished);
    setBusy(true);
    m_job->start();
}

void MainWindow::updateChooseButtons()
{
    const bool ready = m_directory->hasDirectory();
    m_ui->choosePeopleButton->setEnabled(ready);
    m_ui->chooseOwnerButton->setEnabled(ready);
    m_ui->choosePeopleButton->setToolTip(
        ready ? tr("Add people from the organisation's directory: by department, or by name, job number or mobile")
              : tr("Sync the directory first (Directory menu) to choose people by department or name"));
    m_ui->chooseOwnerButton->setToolTip(ready ? tr("Choose the owner from the organisation's directory")
                                              : tr("Sync the directory first (Directory menu) to choose the owner"));
}

void MainWindow::choosePeople()
{
    if (isCreating() || !m_directory->hasDirectory())
        return;
    // The owner counts against the limit too, whether or not the list names them.
    QStringList present = m_members->userIds();
    QSet<QString> inGroup(present.cbegin(), present.cend());
    const QString owner = m_ui->ownerComboBox->currentText().trimmed();
    if (!owner.isEmpty())
        inGroup.insert(owner);
    auto* dialog = new ChoosePeopleDialog(m_directory->directory(), GroupLimits::MaxGroupMembers - int(inGroup.size()),
                                          present, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList ids;
        for (const DirectoryPerson& person : dialog->chosenPeople())
            ids.append(person.userid);
        addMembers(ids, MemberSource::Chosen);
        statusBar()->showMessage(tr("Added %n people from the directory.", nullptr, int(ids.size())), StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::chooseOwner()
{
    if (isCreating() || !m_directory->hasDirectory())
        return;
    auto* dialog = new ChoosePeopleDialog(ChoosePeopleDialog::Purpose::Owner, m_directory->directory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<DirectoryPerson> chosen = dialog->chosenPeople();
        if (chosen.size() == 1)
            m_ui->ownerComboBox->setEditText(chosen.constFirst().userid);
    });
    dialog->open();
}

void MainWindow::importMembers()
{
    if (!isCreating())
        m_import->chooseFile();
}

void MainWindow::lookUpPhoneNumbers()
{
    startPhoneLookup(false);
}

void MainWindow::startPhoneLookup(bool thenCreate)
{
    if (isCreating() || !isConnected() || m_phoneLookup || m_retry)
        return;
    m_phoneLookup
        = new PhoneLookup(m_session->api(), m_members,
                          thenCreate ? PhoneLookup::Purpose::BeforeCreate : PhoneLookup::Purpose::ListOnly, this);
    connect(m_phoneLookup, &PhoneLookup::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });
    connect(m_phoneLookup, &PhoneLookup::finished, this, [this, thenCreate](bool proceed) {
        m_phoneLookup->deleteLater();
        m_phoneLookup.clear();
        revalidate();
        if (proceed && thenCreate)
            create();
    });
    m_phoneLookup->start();
}

void MainWindow::retryMissingMembers()
{
    const std::optional<CreateResult>& shown = m_ui->resultPanel->result();
    if (isCreating() || !isConnected() || m_phoneLookup || m_retry || !shown)
        return;
    // The list as it stands now: an id corrected since the create is sent, the refused one it replaced is not.
    revalidate();
    const QStringList ids = m_lastCreate.missingFrom(m_validation.memberIds);
    if (ids.isEmpty())
        return;
    m_retry = new MissingMembersRetry(m_session->api(), *shown, ids, this);
    m_ui->resultPanel->setRetrying(true);
    connect(m_retry, &MissingMembersRetry::finished, this, [this, ids](const CreateResult& result) {
        m_retry->deleteLater();
        m_retry.clear();
        m_lastCreate.noteAdded(ids, result.failedMembers);
        m_members->markFailed(result.failedMembers);
        m_ui->resultPanel->setRetrying(false);
        if (m_ui->resultPanel->hasResult()) // not when a new import has put the old group aside meanwhile
            m_ui->resultPanel->showResult(result, m_ui->resultPanel->groupName());
        showAddableMembers();
        statusBar()->showMessage(result.failedMembers.isEmpty()
                                     ? tr("Every missing member is now in the group.")
                                     : tr("%1 members are still not in the group.").arg(result.failedMembers.size()),
                                 StatusMessageMs);
    });
    m_retry->start();
}

void MainWindow::cancelCreate()
{
    if (!m_job || m_cancelling)
        return;
    m_cancelling = true;
    m_ui->cancelButton->setEnabled(false);
    showProgress();
    m_job->cancel(); // may finish at once, from inside this call
}

void MainWindow::onJobProgress(const CreateProgress& progress)
{
    m_progress = progress;
    showProgress();
}

void MainWindow::showProgress()
{
    QProgressBar* bar = m_ui->createProgressBar;
    const CreateProgress& progress = m_progress;
    // QProgressBar repaints at once on a new value, and that paints everything waiting in the window (a thousand
    // members' table): without updates it joins the next regular paint instead.
    bar->setUpdatesEnabled(false);
    if (progress.stage == CreateProgress::Stage::Creating && progress.callsTotal <= 1) {
        bar->setRange(0, 0); // one call: nothing to count, just show that it is working
    } else {
        bar->setRange(0, qMax(1, progress.membersTotal));
        bar->setValue(progress.membersDone);
    }
    bar->setUpdatesEnabled(true);
    QString text;
    if (m_cancelling) {
        text = tr("Cancelling…");
    } else {
        switch (progress.stage) {
        case CreateProgress::Stage::Creating:
            text = tr("Creating the group…");
            break;
        case CreateProgress::Stage::AddingMembers:
            text = tr("Adding members: %1 of %2 in the group…").arg(progress.membersDone).arg(progress.membersTotal);
            break;
        case CreateProgress::Stage::Done:
            text = tr("Done: %1 of %2 members in the group.").arg(progress.membersDone).arg(progress.membersTotal);
            break;
        }
    }
    m_ui->progressLabel->setText(text);
}

void MainWindow::onJobFinished(const CreateResult& result)
{
    if (CreateJob* job = m_job.data())
        job->deleteLater();
    m_job.clear();
    m_cancelling = false;
    m_lastCreate.noteFinished(result);
    setBusy(false);
    m_members->markFailed(result.failedMembers);
    m_ui->resultPanel->showResult(result, m_sentName);
    if (result.outcome == CreateResult::Outcome::Rejected && api() && api()->isUnknownMemberError(result.error))
        showRefusedCreate(result.error);
    showAddableMembers();
    switch (result.outcome) {
    case CreateResult::Outcome::Created:
        statusBar()->showMessage(tr("The group was created."), StatusMessageMs);
        break;
    case CreateResult::Outcome::CreatedPartially:
        statusBar()->showMessage(tr("The group was created; some members are missing."), StatusMessageMs);
        break;
    case CreateResult::Outcome::Unknown:
        statusBar()->showMessage(tr("The group may exist: check DingTalk before trying again."), StatusMessageMs);
        break;
    case CreateResult::Outcome::Rejected:
    case CreateResult::Outcome::NotCreated:
        statusBar()->showMessage(tr("The group was not created."), StatusMessageMs);
        break;
    }
    m_afterCreate->record(m_sentValidation, m_sentSettings, result);
    saveDraft(); // a form made into a group is no draft to bring back
    emit createFinished(result);
}

void MainWindow::showRefusedCreate(const ApiError& error)
{
    // DingTalk refuses a whole call for one id it does not know. A create carries the owner and up to 39 members:
    // name the ids when the answer does (and mark them in the list), else say which of them the call carried.
    const QStringList call = CreateJob::planCalls(m_sentValidation.memberIds).value(0);
    const QStringList named = ErrorCatalogue::idsNamedIn(error, call);
    QList<FailedMember> refused;
    for (const QString& id : named)
        refused.append(FailedMember{ id, QString(), error.errcode, error.errmsg });
    m_members->markFailed(refused);
    m_ui->resultPanel->setRefusedCall(call, named);
}

void MainWindow::setBusy(bool busy)
{
    m_ui->groupGroupBox->setEnabled(!busy);
    m_ui->settingsGroupBox->setEnabled(!busy);
    m_ui->connectAction->setEnabled(!busy);
    m_ui->useSandboxAction->setEnabled(!busy);
    m_ui->importMembersAction->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_profiles->setEnabled(!busy);
    m_directory->setHeldBack(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->createProgressBar->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    if (busy) {
        showProgress();
        m_ui->cancelButton->setFocus();
    }
    updateCreateState();
}

void MainWindow::setConnection(const ConnectionSettings& settings)
{
    if (isCreating())
        return;
    m_profiles->noteSessionConnection();
    applyConnection(ConnectionSummary::Kind::DingTalk, settings, QString());
}

void MainWindow::useEmulator(DingTalkEmulator* emulator, int timeoutSeconds)
{
    ConnectionSettings settings;
    settings.setServer(emulator->baseUrl());
    // The sandbox profile follows the running emulator, so it can be tested and keeps its API generation.
    m_profiles->store()->setSandboxServer(emulator->baseUrl(), DingTalkEmulator::demoAppKey());
    settings.generation = m_profiles->store()->sandboxProfile().generation;
    settings.appKey = DingTalkEmulator::demoAppKey();
    settings.appSecret = DingTalkEmulator::demoAppSecret();
    settings.timeoutSeconds = timeoutSeconds;
    // The sandbox's directory is synced like any organisation's (Directory ▸ Sync Directory).
    applyConnection(ConnectionSummary::Kind::Sandbox, settings, emulator->demoOwnerId());
}

void MainWindow::applyConnection(ConnectionSummary::Kind kind, const ConnectionSettings& settings,
                                 const QString& exampleOwner)
{
    // The running job (or batch) talks through the current client: never swap it underneath.
    if (isCreating() || isBatchRunning())
        return;
    m_exampleOwner = exampleOwner;
    m_session->connectTo(kind, settings); // the directory controller loads the new connection's copy
}

void MainWindow::onConnectionChanged()
{
    // The last group belongs to the connection it was made on: its result and its "add to it" go with it.
    m_lastCreate.forget();
    m_ui->resultPanel->clear();
    showAddableMembers();
    refreshOwnerChoices();
    updateOwnerName();
    updateSandboxBadge();
    updateConnectionStatus();
    retranslateCodeSetStrings();
    updateCreateState();
    if (isConnected())
        m_resumeOffer->scanOnce(BatchJournal::folderIn(m_directory->dataFolder()), connection().identity());
    emit connectionChanged();
}

void MainWindow::updateSandboxBadge()
{
    m_ui->sandboxBadgeLabel->setVisible(connectionKind() == ConnectionSummary::Kind::Sandbox
                                        || m_session->isSandboxPending());
}

void MainWindow::startSandbox()
{
    if (isCreating() || isBatchRunning())
        return;
    m_profiles->noteSandboxChosen();
    if (!m_session->sandboxEmulator())
        m_exampleOwner.clear(); // nothing of the connection before is kept while the sandbox starts
    m_session->startSandbox();
}

DingTalkEmulator* MainWindow::sandboxEmulator() const
{
    return m_session->sandboxEmulator();
}

void MainWindow::offerSandboxIfNotConnected()
{
    if (isConnected() || m_session->isSandboxPending() || Preferences::sandboxOffered() || m_profiles->hasSavedChoice())
        return;
    Preferences::setSandboxOffered(true);
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Welcome to DingTalk Group Creator"),
        tr("You are not connected to DingTalk yet.\n\nWould you like to try the sandbox first? It is a practice "
           "organisation built into this program: nothing you create there reaches DingTalk.\n\nYou can connect to "
           "DingTalk at any time from the Connection menu."),
        { { QMessageBox::Yes, tr("Try the Sandbox") },
          { QMessageBox::Open, tr("Connect to DingTalk…") },
          { QMessageBox::Help, tr("Read the Guide") },
          { QMessageBox::Cancel, tr("Not Now") } });
    if (answer == QMessageBox::Yes)
        startSandbox();
    else if (answer == QMessageBox::Open)
        openConnectionDialog();
    else if (answer == QMessageBox::Help)
        showGuide();
}

void MainWindow::openConnectionDialog()
{
    if (isCreating())
        return;
    ConnectionDialog dialog(this);
    if (connectionKind() == ConnectionSummary::Kind::DingTalk)
        dialog.setSettings(connection());
    if (dialog.exec() != QDialog::Accepted)
        return;
    setConnection(dialog.settings());
    const std::optional<ConnectionTestResult>& test = dialog.testResult();
    if (test && !test->ok())
        statusBar()->showMessage(tr("Connected although the test did not pass: %1").arg(test->title),
                                 StatusMessageMs * 3);
}

void MainWindow::openProfilesDialog()
{
    m_profiles->openDialog();
}

void MainWindow::onHintLinkActivated(const QString& link)
{
    if (link == QLatin1String("connect"))
        openConnectionDialog();
    else if (link == QLatin1String("sandbox"))
        startSandbox();
}

void MainWindow::updateConnectionStatus()
{
    const ConnectionSettings& settings = connection();
    QString text = ConnectionSummary::describe(connectionKind(), settings, m_profiles->activeName());
    if (!isConnected() && !m_profiles->problem().isEmpty())
        text = m_profiles->problem();
    else if (m_session->isSandboxPending())
        text = tr("Starting the sandbox…");
    else if (m_session->hasSandboxFailed() && !isConnected())
        text = tr("The sandbox could not start");
    m_connectionStatusLabel->setText(text);
    const QString generation
        = settings.generation == ApiGeneration::V1 ? tr("current (v1.0)") : tr("legacy (chat/create)");
    m_connectionStatusLabel->setToolTip(
        isConnected() ? tr("Server: %1\nAPI: %2\nTimeout: %3 s")
                            .arg(ConnectionSummary::hostOf(ConnectionSummary::activeBaseUrl(settings)), generation)
                            .arg(settings.timeoutSeconds)
                      : QString());
}

void MainWindow::setLanguage(const QString& language)
{
    const QString code = AppTranslator::normalise(language);
    if (code.isEmpty())
        return;
    Preferences::setLanguage(code);
    if (code != m_translator->language())
        m_translator->setLanguage(code); // every widget hears QEvent::LanguageChange and re-reads its texts
    updateLanguageActions();
}

void MainWindow::updateLanguageActions()
{
    const bool chinese = m_translator->language() == QLatin1String("zh_CN");
    m_ui->languageChineseAction->setChecked(chinese);
    m_ui->languageEnglishAction->setChecked(!chinese);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeSetStrings();
        // A passing message was written in the language left behind: it goes rather than stay in the wrong one.
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateCodeSetStrings()
{
    m_members->retranslate();
    m_profiles->retranslate();
    updateChooseButtons();
    m_undo->retranslate();
    m_guideAction->setText(tr("&Guide"));
    m_guideAction->setToolTip(tr("How to connect, find userids, and what each switch does"));
    showValidation();
    updateCreateState();
    updateConnectionStatus();
    if (isCreating())
        showProgress();
    m_ui->ownerComboBox->lineEdit()->setPlaceholderText(
        m_exampleOwner.isEmpty() ? tr("The owner's userid") : tr("The owner's userid, e.g. %1").arg(m_exampleOwner));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isBatchRunning()) {
        // Never a call in flight abandoned: the batch stops after it, then the window closes.
        if (m_batch->confirmStop())
            connect(m_batch, &QObject::destroyed, this, &QWidget::close, Qt::QueuedConnection);
        event->ignore();
        return;
    }
    if (isCreating()) {
        const QMessageBox::StandardButton answer
            = MessageBox::question(this, tr("A group is being created"),
                                   tr("Closing now stops adding members, and the group may be left incomplete. "
                                      "Close anyway?"),
                                   { { QMessageBox::No, tr("Keep Working") }, { QMessageBox::Yes, tr("Close") } });
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        cancelCreate();
    }
    saveDraft(); // whatever is in the form comes back at the next start
    QMainWindow::closeEvent(event);
}

BatchDialog* MainWindow::batchDialog() const
{
    return m_batch.data();
}

bool MainWindow::isBatchRunning() const
{
    return m_batch && m_batch->isRunning();
}

void MainWindow::createSeveralGroups(const QString& sheetPath)
{
    if (!m_batch) {
        BatchDialog::Context context;
        context.session = m_session;
        context.directory = m_directory;
        context.syncDirectory = [this] {
            m_directoryMenu->sync();
        };
        context.presets = m_afterCreate->presetStore();
        context.historyFile = m_afterCreate->historyStore()->filePath();
        m_batch = new BatchDialog(context, this);
        connect(m_batch, &BatchDialog::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });
        connect(m_batch, &BatchDialog::runningChanged, this, [this](bool running) {
            m_profiles->setEnabled(!running && !isCreating());
            m_ui->connectAction->setEnabled(!running && !isCreating());
            m_ui->useSandboxAction->setEnabled(!running && !isCreating());
        });
        connect(m_batch, &BatchDialog::batchFinished, this, [this] {
            if (HistoryDialog* history = m_afterCreate->historyDialog())
                history->reload();
        });
    }
    // Beside the window, not blocking it: the batch runs on the window's own event loop.
    m_batch->show();
    m_batch->raise();
    m_batch->activateWindow();
    if (!sheetPath.isEmpty())
        m_batch->openSheet(sheetPath);
    else if (!m_batch->isRunning())
        m_batch->chooseSheet();
}

GuideDialog* MainWindow::guide() const
{
    return m_guide.data();
}

void MainWindow::showGuide()
{
    // One guide beside the window, not blocking it: the user reads it while filling in the form.
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    // Window-modal and not exec()'d: nothing waits on it, so tests and the event loop carry on.
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
