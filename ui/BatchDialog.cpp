#include "BatchDialog.h"

#include "BatchPreparer.h"
#include "BatchTableModel.h"
#include "ConnectionSession.h"
#include "DirectoryController.h"
#include "ElidedLabel.h"
#include "FileDialog.h"
#include "JoinLinkDialog.h"
#include "MessageBox.h"
#include "MissingMembersRetry.h"
#include "UiStyle.h"
#include "batch/BatchJournal.h"
#include "batch/BatchLaunch.h"
#include "batch/BatchPlan.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchResultsTable.h"
#include "batch/BatchRunner.h"
#include "create/CreateJob.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "presets/PresetStore.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// What Start needs from the disk: the journal opened (read, repaired, its first line synced) and the history read
// for the duplicate guard. Both are file work, done off the GUI thread.
struct Launch
{
    std::shared_ptr<BatchJournal> journal;
    BatchDuplicateGuard guard;
    QString problem;
};

QString durationText(qint64 ms)
{
    if (ms < 90000)
        return BatchDialog::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = (ms + 999) / 1000;
    return BatchDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QLabel* wrappingLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const char* name, QWidget* parent)
{
    auto* pushButton = new QPushButton(parent);
    pushButton->setObjectName(QLatin1String(name));
    pushButton->setAutoDefault(false);
    return pushButton;
}
} // namespace

BatchDialog::BatchDialog(const Context& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_preparer(new BatchPreparer(context.directory, context.syncDirectory, this))
    , m_model(new BatchTableModel(this))
    , m_sheetLabel(new ElidedLabel(this))
    , m_chooseButton(button("chooseSheetButton", this))
    , m_introLabel(wrappingLabel("batchIntroLabel", this))
    , m_summaryLabel(wrappingLabel("batchSummaryLabel", this))
    , m_noteLabel(wrappingLabel("batchNoteLabel", this))
    , m_table(new QTableView(this))
    , m_detailsLabel(wrappingLabel("batchDetailsLabel", this))
    , m_planLabel(wrappingLabel("batchPlanLabel", this))
    , m_leaveOutCheckBox(new QCheckBox(this))
    , m_retryUnknownCheckBox(new QCheckBox(this))
    , m_allowDuplicatesCheckBox(new QCheckBox(this))
    , m_optionsHelpLabel(wrappingLabel("batchOptionsHelpLabel", this))
    , m_progressBar(new QProgressBar(this))
    , m_progressLabel(new ElidedLabel(this))
    , m_startButton(button("startBatchButton", this))
    , m_pauseButton(button("pauseBatchButton", this))
    , m_cancelButton(button("cancelBatchButton", this))
    , m_exportButton(button("exportResultsButton", this))
    , m_joinLinkButton(button("batchJoinLinkButton", this))
    , m_retryButton(button("batchRetryMissingButton", this))
    , m_closeButton(button("closeBatchButton", this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_sheetLabel->setObjectName(QStringLiteral("batchSheetLabel"));
    m_progressLabel->setObjectName(QStringLiteral("batchProgressLabel"));
    m_progressBar->setObjectName(QStringLiteral("batchProgressBar"));
    m_table->setObjectName(QStringLiteral("batchTableView"));
    m_leaveOutCheckBox->setObjectName(QStringLiteral("leaveOutInvalidCheckBox"));
    m_retryUnknownCheckBox->setObjectName(QStringLiteral("retryUnknownCheckBox"));
    m_allowDuplicatesCheckBox->setObjectName(QStringLiteral("allowDuplicatesCheckBox"));
    UiStyle::setTone(m_introLabel, UiStyle::Tone::Secondary);
    UiStyle::setTone(m_optionsHelpLabel, UiStyle::Tone::Secondary);
    UiStyle::setTone(m_noteLabel, UiStyle::Tone::Notice);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_startButton->setFont(bold);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed rows and set widths: a thousand rows are never measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel, 1);
    sheetRow->addWidget(m_chooseButton);
    auto* options = new QHBoxLayout;
    options->addWidget(m_leaveOutCheckBox);
    options->addWidget(m_retryUnknownCheckBox);
    options->addWidget(m_allowDuplicatesCheckBox);
    options->addStretch(1);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progressBar);
    progress->addWidget(m_progressLabel, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_joinLinkButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(sheetRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_planLabel);
    layout->addLayout(options);
    layout->addWidget(m_optionsHelpLabel);
    layout->addLayout(progress);
    layout->addLayout(buttons);
    m_progressBar->setMinimumWidth(200);

    connect(m_chooseButton, &QPushButton::clicked, this, &BatchDialog::chooseSheet);
    connect(m_startButton, &QPushButton::clicked, this, &BatchDialog::startBatch);
    connect(m_pauseButton, &QPushButton::clicked, this, &BatchDialog::togglePause);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchDialog::cancelBatch);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchDialog::exportResults);
    connect(m_joinLinkButton, &QPushButton::clicked, this, &BatchDialog::showJoinLink);
    connect(m_retryButton, &QPushButton::clicked, this, &BatchDialog::retryMissingMembers);
    connect(m_closeButton, &QPushButton::clicked, this, &BatchDialog::reject);
    connect(m_leaveOutCheckBox, &QCheckBox::toggled, this, &BatchDialog::updateState);
    connect(m_retryUnknownCheckBox, &QCheckBox::toggled, this, &BatchDialog::updateState);
    connect(m_allowDuplicatesCheckBox, &QCheckBox::toggled, this, &BatchDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BatchDialog::updateState);
    connect(m_preparer, &BatchPreparer::stageChanged, this, [this] {
        if (m_preparer->stage() == BatchPreparer::Stage::Ready)
            onPrepared();
        else
            updateState();
    });
    connect(m_preparer, &BatchPreparer::lookupProgress, this, &BatchDialog::updateState);

    resize(1000, 640);
    retranslate();
}

BatchDialog::~BatchDialog()
{
    // Never a runner with a call in flight left behind silently: the window asks (confirmStop()) before it goes.
    m_preparer->cancel();
}

QString BatchDialog::journalFolder() const
{
    return BatchJournal::folderIn(m_context.directory->dataFolder());
}

const QList<BatchRowResult>& BatchDialog::results() const
{
    return m_model->results();
}

bool BatchDialog::isRunning() const
{
    return m_phase == Phase::Starting || m_phase == Phase::Running;
}

void BatchDialog::chooseSheet()
{
    if (isRunning())
        return;
    const QString path = FileDialog::getOpenFileName(
        this, tr("Choose the Sheet of Groups"),
        tr("Sheets (*.xlsx *.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv);;Tab-separated text "
           "(*.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openSheet(path);
}

void BatchDialog::openSheet(const QString& path)
{
    if (isRunning())
        return;
    delete m_runner;
    m_runner = nullptr;
    m_journal.reset();
    m_launchProblem.clear();
    m_model->clear();
    m_leaveOutCheckBox->setChecked(false);
    m_sheetLabel->setText(QDir::toNativeSeparators(path));
    m_phase = Phase::Preparing;
    // Presets are read here, where their settings live; the rows are read against the copy off the GUI thread.
    QHash<QString, Preset> presets;
    if (m_context.presets) {
        for (const QString& name : m_context.presets->names()) {
            if (const std::optional<Preset> preset = m_context.presets->load(name))
                presets.insert(name, *preset);
        }
    }
    m_preparedIdentity = m_context.session->settings().identity();
    m_preparer->start(path, m_context.session->api(), presets, journalFolder(), m_preparedIdentity);
    updateState();
}

void BatchDialog::onPrepared()
{
    m_model->setItems(m_preparer->items(), m_preparer->earlierRows());
    m_phase = Phase::Preview;
    updateState();
    if (m_model->rowCount() > 0)
        m_table->scrollToTop();
}

int BatchDialog::invalidCount() const
{
    const QList<BatchItem>& items = m_model->items();
    return int(items.size()) - BatchPreparation::validCount(items);
}

QList<BatchItem> BatchDialog::rowsToSend() const
{
    QList<BatchItem> rows;
    const QList<BatchItem> valid = BatchLaunch::validItems(m_model->items());
    QHash<int, BatchRowStatus> earlier;
    for (const BatchJournal::Row& row : m_preparer->earlierRows())
        earlier.insert(row.sheetRow, row.status);
    for (const BatchItem& item : valid) {
        const auto found = earlier.constFind(item.row.sheetRow);
        if (found == earlier.cend() || BatchRowStatusName::needsSending(*found, m_retryUnknownCheckBox->isChecked()))
            rows.append(item);
    }
    return rows;
}

void BatchDialog::startBatch()
{
    if (m_phase != Phase::Preview || !m_context.session->api())
        return;
    const int invalid = invalidCount();
    if ((invalid > 0 && !m_leaveOutCheckBox->isChecked()) || invalid == m_model->rowCount())
        return;
    if (m_context.session->settings().identity() != m_preparedIdentity) {
        // Another connection since the preview: its people and its journal are another batch's.
        openSheet(m_preparer->sheetPath());
        return;
    }
    m_phase = Phase::Starting;
    m_launchProblem.clear();
    updateState();
    BatchLaunch::Connection connection;
    connection.identity = m_preparedIdentity;
    connection.profile = m_context.session->describe();
    connection.generation = m_context.session->settings().generation;
    connection.secrets = m_context.session->secrets();
    const QString path = BatchLaunch::journalPath(journalFolder(), m_preparer->sheet(), connection.identity);
    const BatchJournal::Header header
        = BatchLaunch::journalHeader(m_preparer->sheetPath(), m_preparer->sheet(), connection, m_model->rowCount());
    const QString historyFile = m_context.historyFile;
    m_task.run<Launch>(
        [path, header, historyFile, connection] {
            Launch launch;
            launch.journal = std::make_shared<BatchJournal>(path);
            if (!launch.journal->open(header))
                launch.problem = launch.journal->lastError();
            launch.guard = BatchLaunch::duplicateGuard(historyFile, connection);
            return launch;
        },
        [this, connection, historyFile](const Launch& launch) {
            GroupApi* api = m_context.session->api();
            if (!launch.problem.isEmpty() || !api || m_context.session->settings().identity() != connection.identity) {
                m_launchProblem = launch.problem.isEmpty()
                    ? tr("The connection changed before the batch started: nothing was sent.")
                    : launch.problem;
                m_phase = Phase::Preview;
                updateState();
                return;
            }
            // The runner writes the journal on this thread from now on.
            m_journal = launch.journal;
            const BatchRunner::Options options = BatchLaunch::runnerOptions(
                connection, historyFile, m_retryUnknownCheckBox->isChecked(), m_allowDuplicatesCheckBox->isChecked());
            m_runner = new BatchRunner(api, m_model->items(), m_journal.get(), launch.guard, options, this);
            connect(m_runner, &BatchRunner::rowStarted, this, &BatchDialog::onRowStarted);
            connect(m_runner, &BatchRunner::rowProgress, this, &BatchDialog::onRowProgress);
            connect(m_runner, &BatchRunner::rowFinished, this, &BatchDialog::onRowFinished);
            connect(m_runner, &BatchRunner::pausedChanged, this, &BatchDialog::updateState);
            connect(m_runner, &BatchRunner::finished, this, &BatchDialog::onRunnerFinished);
            m_model->setResults(m_runner->results());
            m_phase = Phase::Running;
            m_cancelling = false;
            m_currentName.clear();
            m_rowProgress.clear();
            updateState();
            m_runner->start();
        });
}

void BatchDialog::togglePause()
{
    if (!m_runner || m_phase != Phase::Running)
        return;
    if (m_runner->isPaused())
        m_runner->resume();
    else
        m_runner->pause();
    updateState();
}

void BatchDialog::cancelBatch()
{
    if (!m_runner || m_phase != Phase::Running)
        return;
    m_cancelling = true;
    m_runner->cancel();
    updateState();
}

void BatchDialog::onRowStarted(int index)
{
    m_model->setResult(index, m_runner->results().at(index));
    m_currentName = m_runner->results().at(index).name;
    m_rowProgress.clear();
    m_table->scrollTo(m_model->index(index, 0));
    updateState();
}

void BatchDialog::onRowProgress(int index, const CreateProgress& progress)
{
    Q_UNUSED(index)
    m_rowProgress = progress.stage == CreateProgress::Stage::AddingMembers
        ? tr("adding members, %1 of %2 in the group").arg(progress.membersDone).arg(progress.membersTotal)
        : QString();
    showProgress();
}

void BatchDialog::onRowFinished(int index)
{
    m_model->setResult(index, m_runner->results().at(index));
    updateState();
}

void BatchDialog::onRunnerFinished()
{
    m_model->setResults(m_runner->results());
    m_phase = Phase::Finished;
    updateState();
    emit batchFinished();
    if (m_closeWhenFinished)
        close();
}

bool BatchDialog::confirmStop()
{
    if (!isRunning())
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("A Batch Is Running"),
        tr("Stop the batch? The call in flight finishes and is recorded; the groups after it are not sent, and "
           "running the same sheet again later resumes it."),
        { { QMessageBox::No, tr("Keep Working") }, { QMessageBox::Yes, tr("Stop the Batch") } });
    if (answer != QMessageBox::Yes)
        return false;
    m_closeWhenFinished = true;
    m_cancelling = true;
    if (m_runner)
        m_runner->cancel();
    updateState();
    return true;
}

void BatchDialog::closeEvent(QCloseEvent* event)
{
    if (isRunning()) {
        // Stopped or not, the dialog stays until the call in flight is answered and recorded.
        if (!m_closeWhenFinished)
            confirmStop();
        event->ignore();
        return;
    }
    m_preparer->cancel();
    QDialog::closeEvent(event);
}

void BatchDialog::reject()
{
    if (isRunning()) {
        if (!m_closeWhenFinished)
            confirmStop();
        return;
    }
    m_preparer->cancel();
    QDialog::reject();
}

void BatchDialog::exportResults()
{
    if (m_model->rowCount() == 0)
        return;
    const QString suggested = QFileInfo(m_preparer->sheetPath()).completeBaseName() + tr("-results") + ".csv";
    const QString path = FileDialog::getSaveFileName(this, tr("Export the Results"), suggested,
                                                     tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!BatchResultsTable::write(m_model->results(), path, &error)) {
        MessageBox::warning(this, tr("The Results Were Not Exported"), error);
        return;
    }
    emit statusMessage(tr("The results were exported to %1.").arg(QDir::toNativeSeparators(path)));
}

int BatchDialog::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void BatchDialog::showJoinLink()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.session->api())
        return;
    const BatchRowResult& result = m_model->results().at(row);
    if (result.result.chatid.isEmpty())
        return;
    // The people the group should hold: those asked for, less those DingTalk did not add (as the single create).
    QStringList members = m_model->items().at(row).validation.memberIds;
    for (const FailedMember& failed : result.result.failedMembers)
        members.removeAll(failed.userid);
    auto* dialog = new JoinLinkDialog(m_context.session->api(), result.result.chatid, result.name, members, this);
    connect(dialog, &JoinLinkDialog::copied, this, &BatchDialog::statusMessage);
    dialog->show();
}

void BatchDialog::retryMissingMembers()
{
    const int row = selectedRow();
    if (row < 0 || m_retry || isRunning() || !m_context.session->api())
        return;
    const BatchRowResult& result = m_model->results().at(row);
    if (result.status != BatchRowStatus::Partial || result.result.chatid.isEmpty())
        return;
    QStringList ids;
    for (const FailedMember& failed : result.result.failedMembers) {
        if (!failed.userid.isEmpty())
            ids.append(failed.userid);
    }
    if (ids.isEmpty())
        return;
    m_retry = new MissingMembersRetry(m_context.session->api(), result.result, ids, this);
    connect(m_retry, &MissingMembersRetry::finished, this, [this, row](const CreateResult& retried) {
        m_retry->deleteLater();
        BatchRowResult updated = m_model->results().at(row);
        updated.result = retried;
        updated.status = retried.failedMembers.isEmpty() ? BatchRowStatus::Created : BatchRowStatus::Partial;
        m_model->setResult(row, updated);
        emit statusMessage(retried.failedMembers.isEmpty()
                               ? tr("Every missing member is now in the group \"%1\".").arg(updated.name)
                               : tr("%1 members are still not in the group \"%2\".")
                                     .arg(retried.failedMembers.size())
                                     .arg(updated.name));
        updateState();
    });
    m_retry->start();
    updateState();
}

void BatchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BatchDialog::retranslate()
{
    setWindowTitle(tr("Create Several Groups"));
    m_introLabel->setText(
        tr("One group per row of a sheet (.xlsx, CSV or tab-separated text): a group name column (群名称), an owner "
           "column (群主) and a members column (成员), optionally a department, a preset and one column per switch. "
           "Every row is checked before anything is sent."));
    m_chooseButton->setText(tr("Choose &Sheet…"));
    m_retryUnknownCheckBox->setText(tr("Retry &unknown rows"));
    m_retryUnknownCheckBox->setToolTip(tr("Send again the rows whose outcome is unknown (the group may exist), and "
                                          "the rows matching such a group in the history"));
    m_allowDuplicatesCheckBox->setText(tr("Allow &duplicates"));
    m_allowDuplicatesCheckBox->setToolTip(
        tr("Create a group even when one with the same name and owner was made on this connection in the last 30 "
           "days"));
    m_optionsHelpLabel->setText(
        tr("Never a group twice: a row whose name and owner match a group made on this connection in the last 30 days "
           "(see the history) is skipped, and a row whose outcome is unknown is not sent again. Tick Retry unknown "
           "rows only after checking in DingTalk that those groups do not exist, and Allow duplicates only when a "
           "second group of the same name and owner is really wanted."));
    m_startButton->setText(tr("S&tart"));
    m_cancelButton->setText(tr("Cancel Batch"));
    m_exportButton->setText(tr("&Export Results…"));
    m_joinLinkButton->setText(tr("&Join Link…"));
    m_retryButton->setText(tr("&Retry Adding the Missing Members"));
    m_closeButton->setText(tr("Close"));
    m_model->retranslate();
    fitColumns();
    updateState();
}

void BatchDialog::fitColumns()
{
    // Set widths, at least the header's in the current language: a thousand rows are never measured one by one.
    const int character = fontMetrics().averageCharWidth();
    const int widths[BatchTableModel::ColumnCount] = { 5, 20, 16, 6, 24, 18, 26, 26, 8, 24, 8, 20, 40 };
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (int column = 0; column < BatchTableModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, qMax(widths[column] * character, header.horizontalAdvance(title)) + 16);
    }
}

void BatchDialog::setResultColumnsVisible(bool visible)
{
    for (int column = BatchTableModel::OpenConversationIdColumn; column <= BatchTableModel::ErrmsgColumn; ++column)
        m_table->setColumnHidden(column, !visible);
}

void BatchDialog::updateState()
{
    const bool running = isRunning();
    if (running != m_wasRunning) {
        m_wasRunning = running;
        emit runningChanged(running);
    }
    const bool haveRows = m_model->rowCount() > 0;
    m_chooseButton->setEnabled(!running);
    m_sheetLabel->setVisible(m_phase != Phase::Empty);
    m_leaveOutCheckBox->setEnabled(m_phase == Phase::Preview);
    m_retryUnknownCheckBox->setEnabled(m_phase == Phase::Preview);
    m_allowDuplicatesCheckBox->setEnabled(m_phase == Phase::Preview);
    const bool sent = m_phase == Phase::Running || m_phase == Phase::Finished;
    // The choices belong to the start: once sent, the room goes to the table.
    m_retryUnknownCheckBox->setVisible(!sent);
    m_allowDuplicatesCheckBox->setVisible(!sent);
    m_optionsHelpLabel->setVisible(!sent);
    setResultColumnsVisible(sent);
    m_exportButton->setEnabled(sent && !running && haveRows);
    m_closeButton->setEnabled(!m_closeWhenFinished);
    m_pauseButton->setVisible(m_phase == Phase::Running);
    m_cancelButton->setVisible(m_phase == Phase::Running);
    m_cancelButton->setEnabled(!m_cancelling);
    m_pauseButton->setEnabled(!m_cancelling);
    m_startButton->setVisible(!sent);

    switch (m_phase) {
    case Phase::Empty:
        m_summaryLabel->setText(tr("Choose the sheet of groups to begin."));
        m_noteLabel->hide();
        m_planLabel->hide();
        m_leaveOutCheckBox->hide();
        break;
    case Phase::Preparing:
        showPreparation();
        break;
    case Phase::Preview:
    case Phase::Starting:
        showPreview();
        break;
    case Phase::Running:
    case Phase::Finished:
        showFinished();
        break;
    }
    showProgress();
    showDetails();
}

void BatchDialog::showPreparation()
{
    QString text;
    switch (m_preparer->stage()) {
    case BatchPreparer::Stage::Idle:
    case BatchPreparer::Stage::Ready:
        break;
    case BatchPreparer::Stage::Reading:
        text = tr("Reading the sheet…");
        break;
    case BatchPreparer::Stage::Directory:
        text = m_context.directory->isLoading()
            ? tr("Loading the organisation's directory…")
            : tr("There is no copy of the organisation's directory yet: syncing it first, so that people can be "
                 "given by name, job number or department…");
        break;
    case BatchPreparer::Stage::Resolving:
        text = tr("Reading the people of %n groups…", nullptr, int(m_preparer->sheet().rows.size()));
        break;
    case BatchPreparer::Stage::LookingUp:
        text = tr("Looking up phone numbers in DingTalk: %1 of %2…")
                   .arg(m_preparer->lookupsDone())
                   .arg(m_preparer->lookupsTotal());
        break;
    case BatchPreparer::Stage::Validating:
        text = tr("Checking every group…");
        break;
    case BatchPreparer::Stage::Failed:
        text = m_preparer->problem();
        break;
    }
    m_summaryLabel->setText(text);
    UiStyle::setTone(m_summaryLabel,
                     m_preparer->stage() == BatchPreparer::Stage::Failed ? UiStyle::Tone::Error
                                                                         : UiStyle::Tone::Normal);
    m_noteLabel->hide();
    m_planLabel->hide();
    m_leaveOutCheckBox->hide();
    m_startButton->setEnabled(false);
}

void BatchDialog::showPreview()
{
    const int total = m_model->rowCount();
    const int invalid = invalidCount();
    UiStyle::setTone(m_summaryLabel, invalid > 0 ? UiStyle::Tone::Error : UiStyle::Tone::Normal);
    if (total == 0)
        m_summaryLabel->setText(tr("The sheet holds no groups."));
    else if (invalid == 0)
        m_summaryLabel->setText(tr("%n groups in the sheet, every one valid.", nullptr, total));
    else
        m_summaryLabel->setText(tr("%1 groups in the sheet: %2 invalid (their errors are in the Explanation column). "
                                   "Fix them in the sheet and choose it again, or leave them out.")
                                    .arg(total)
                                    .arg(invalid));

    QStringList notes;
    if (!m_launchProblem.isEmpty())
        notes.append(m_launchProblem);
    if (m_preparer->withoutDirectory()) {
        const ErrorExplanation why = m_preparer->refusedSync().explanation();
        notes.append(tr("The organisation's directory could not be synced (%1): only userids and mobile numbers were "
                        "read; names, job numbers and departments are errors of their rows.")
                         .arg(why.title));
    }
    if (m_preparer->failedLookups() > 0)
        notes.append(tr("%n phone numbers have no DingTalk user: their rows are invalid.", nullptr,
                        m_preparer->failedLookups()));
    int settled = 0;
    int unknown = 0;
    for (const BatchJournal::Row& row : m_preparer->earlierRows()) {
        if (row.status == BatchRowStatus::Unknown || row.status == BatchRowStatus::Sending)
            ++unknown;
        else if (!BatchRowStatusName::needsSending(row.status, false))
            ++settled;
    }
    if (settled + unknown > 0)
        notes.append(tr("This sheet was started on this connection before: %1 groups made then are not sent again, "
                        "and %2 whose outcome is unknown are sent again only with Retry unknown rows.")
                         .arg(settled)
                         .arg(unknown));
    m_noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!notes.isEmpty());

    m_leaveOutCheckBox->setVisible(invalid > 0);
    m_leaveOutCheckBox->setText(tr("&Leave out the %n invalid rows", nullptr, invalid));
    showPlan();
    const bool allowed = total > invalid && (invalid == 0 || m_leaveOutCheckBox->isChecked());
    m_startButton->setEnabled(m_phase == Phase::Preview && allowed && m_context.session->api());
    m_startButton->setToolTip(invalid > 0 && !m_leaveOutCheckBox->isChecked()
                                  ? tr("Fix the invalid rows, or tick \"Leave out the invalid rows\"")
                                  : QString());
}

void BatchDialog::showPlan()
{
    GroupApi* api = m_context.session->api();
    if (!api) {
        m_planLabel->setText(tr("Not connected: connect to DingTalk or the sandbox to start."));
        m_planLabel->show();
        return;
    }
    const QList<BatchItem> rows = rowsToSend();
    const BatchPlan plan = BatchPlan::of(rows, api->pacer(), !m_context.session->settings().usesPastedToken());
    m_planLabel->setText(tr("The plan: %1 groups to create, %2 calls to DingTalk, at least %3 at DingTalk's pace "
                            "(20 calls a second).")
                             .arg(plan.groups)
                             .arg(plan.calls())
                             .arg(durationText(plan.paceMs)));
    m_planLabel->show();
}

void BatchDialog::showFinished()
{
    m_leaveOutCheckBox->setVisible(false);
    m_planLabel->hide();
    QStringList notes;
    if (m_runner && !m_runner->historyProblem().isEmpty())
        notes.append(m_runner->historyProblem());
    if (m_phase == Phase::Running) {
        UiStyle::setTone(m_summaryLabel, UiStyle::Tone::Normal);
        m_summaryLabel->setText(tr("Creating the groups one at a time, in the sheet's order…"));
    } else {
        QHash<BatchRowStatus, int> counts;
        for (const BatchRowResult& row : m_model->results())
            ++counts[row.status == BatchRowStatus::Sending ? BatchRowStatus::Unknown : row.status];
        const BatchStopRule::Reason reason = m_runner ? m_runner->stopReason() : BatchStopRule::Reason::None;
        // Only the statuses that occur, as the table names them.
        QStringList parts;
        for (const BatchRowStatus status :
             { BatchRowStatus::Created, BatchRowStatus::Partial, BatchRowStatus::Refused, BatchRowStatus::Unknown,
               BatchRowStatus::Skipped, BatchRowStatus::NotSent, BatchRowStatus::Invalid }) {
            if (counts.value(status) > 0)
                parts.append(tr("%1: %2").arg(BatchResultsTable::statusLabel(status)).arg(counts.value(status)));
        }
        QString summary = tr("Done. %1.").arg(parts.join(tr(" · ")));
        if (reason != BatchStopRule::Reason::None)
            summary = ErrorCatalogue::sentences({ reason == BatchStopRule::Reason::Cancelled
                                                      ? tr("The batch was cancelled.")
                                                      : tr("The batch stopped."),
                                                  BatchStopRule::explanation(reason), summary });
        const bool clean
            = counts.value(BatchRowStatus::Created) + counts.value(BatchRowStatus::Skipped) == m_model->rowCount();
        UiStyle::setTone(m_summaryLabel, clean ? UiStyle::Tone::Normal : UiStyle::Tone::Error);
        m_summaryLabel->setText(summary);
    }
    m_noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!notes.isEmpty());
}

void BatchDialog::showProgress()
{
    const bool preparing = m_phase == Phase::Preparing && m_preparer->isBusy();
    const bool running = m_phase == Phase::Running || m_phase == Phase::Starting;
    m_progressBar->setVisible(preparing || running || m_phase == Phase::Finished);
    m_progressLabel->setVisible(running || m_phase == Phase::Finished);
    if (preparing || m_phase == Phase::Starting || !m_runner) {
        m_progressBar->setRange(0, 0); // working, nothing to count yet
        m_progressLabel->setText(m_phase == Phase::Starting ? tr("Opening the batch's journal…") : QString());
        return;
    }
    const int total = qMax(1, m_runner->rowsToSend());
    // No repaint at once on a new value: it joins the next regular paint (a big table is waiting in the same window).
    m_progressBar->setUpdatesEnabled(false);
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(m_runner->rowsSent());
    m_progressBar->setUpdatesEnabled(true);
    QString text = tr("%1 of %2").arg(m_runner->rowsSent()).arg(m_runner->rowsToSend());
    if (m_phase == Phase::Running) {
        if (m_cancelling)
            text = tr("%1 — stopping: the call in flight finishes and is recorded…").arg(text);
        else if (m_runner->isPaused())
            text = tr("%1 — paused. Resume goes on with the next group.").arg(text);
        else if (!m_currentName.isEmpty())
            text = m_rowProgress.isEmpty() ? tr("%1 — creating \"%2\"…").arg(text, m_currentName)
                                           : tr("%1 — \"%2\": %3…").arg(text, m_currentName, m_rowProgress);
    }
    m_progressLabel->setText(text);
    m_pauseButton->setText(m_runner->isPaused() ? tr("&Resume") : tr("&Pause"));
}

void BatchDialog::showDetails()
{
    const int row = selectedRow();
    const bool sent = m_phase == Phase::Finished;
    if (row < 0 || row >= m_model->rowCount()) {
        m_detailsLabel->hide();
        m_joinLinkButton->setEnabled(false);
        m_retryButton->setEnabled(false);
        return;
    }
    const BatchRowResult& result = m_model->results().at(row);
    const CreateResult& created = result.result;
    QStringList lines{ tr("Row %1: %2 (owner %3), %4.")
                           .arg(result.sheetRow)
                           .arg(result.name, result.owner, BatchResultsTable::statusLabel(result.status)) };
    if (!created.chatid.isEmpty())
        lines.append(tr("chatid %1 · openConversationId %2 · %3 members in the group")
                         .arg(created.chatid, created.openConversationId)
                         .arg(created.memberCount));
    const QString explanation = BatchResultsTable::explanation(result);
    if (!explanation.isEmpty())
        lines.append(explanation);
    m_detailsLabel->setText(lines.join(QLatin1Char('\n')));
    m_detailsLabel->show();
    m_joinLinkButton->setEnabled(!created.chatid.isEmpty() && m_context.session->api());
    m_retryButton->setEnabled(sent && !m_retry && result.status == BatchRowStatus::Partial);
}
