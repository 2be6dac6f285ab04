#include "HistoryDialog.h"
#include "ui_HistoryDialog.h"

#include "FileDialog.h"
#include "HistoryModel.h"
#include "MemberListModel.h"
#include "MessageBox.h"
#include "UiStyle.h"
#include "create/AddMembersJob.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "group/SettingFields.h"
#include "history/HistoryExporter.h"
#include "history/HistoryStore.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace {
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

HistoryDialog::HistoryDialog(HistoryStore* store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_store(store)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    UiStyle::setTone(m_ui->historyErrorLabel, UiStyle::Tone::Error);
    UiStyle::setTone(m_ui->historyCountLabel, UiStyle::Tone::Secondary);
    m_ui->historyErrorLabel->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setFilterRole(HistoryModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView* view = m_ui->historyTableView;
    view->setModel(m_proxy);
    view->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setWordWrap(false);
    view->setColumnWidth(HistoryModel::TimeColumn, 150);
    view->setColumnWidth(HistoryModel::MembersColumn, 130);
    view->setColumnWidth(HistoryModel::NameColumn, 180);
    view->setColumnWidth(HistoryModel::OutcomeColumn, 170);
    view->setColumnWidth(HistoryModel::ChatIdColumn, 170);
    view->setColumnWidth(HistoryModel::OpenConversationIdColumn, 170);
    m_ui->historySplitter->setStretchFactor(0, 3);
    m_ui->historySplitter->setStretchFactor(1, 2);

    connect(m_ui->historySearchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateState();
    });
    connect(m_ui->copyIdsButton, &QPushButton::clicked, this, &HistoryDialog::copyIds);
    connect(m_ui->deleteSelectedButton, &QPushButton::clicked, this, &HistoryDialog::deleteSelected);
    connect(m_ui->deleteAllButton, &QPushButton::clicked, this, &HistoryDialog::deleteAll);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportEntries(false); });
    connect(m_ui->exportXlsxButton, &QPushButton::clicked, this, [this] { exportEntries(true); });
    connect(m_ui->retryMissingButton, &QPushButton::clicked, this, &HistoryDialog::retryMissing);
    connect(m_ui->createSimilarButton, &QPushButton::clicked, this, [this] {
        const HistoryEntry entry = currentEntry();
        if (!entry.id.isEmpty())
            emit createSimilarRequested(entry);
    });
    connect(m_ui->historyJoinLinkButton, &QPushButton::clicked, this, [this] {
        const HistoryEntry entry = currentEntry();
        if (!entry.chatid.isEmpty())
            emit joinLinkRequested(entry);
    });
    connect(m_ui->historyVerifyButton, &QPushButton::clicked, this, [this] {
        const HistoryEntry entry = currentEntry();
        if (!entry.chatid.isEmpty())
            emit verifyRequested(entry);
    });
    // editingFinished, not valueChanged: typing "30" must not first drop everything older than 3 days.
    connect(m_ui->retentionSpinBox, &QSpinBox::editingFinished, this,
            [this] { setRetention(m_ui->retentionSpinBox->value()); });
    connect(m_ui->historyTableView, &QTableView::doubleClicked, this,
            [this] { m_ui->historyDetailsTextBrowser->setFocus(); });

    retranslateCodeSetStrings();
    reload();
}

HistoryDialog::~HistoryDialog()
{
    // Hiding moves the focus, and the spin box then reports editingFinished to a half-destroyed dialog.
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        child->disconnect(this);
    if (m_retryJob)
        m_retryJob->cancel();
}

void HistoryDialog::setApi(GroupApi* api)
{
    if (m_retryJob && api != m_api)
        m_retryJob->cancel(); // its client is going away
    m_api = api;
    updateState();
}

void HistoryDialog::reload()
{
    m_store->load();
    refresh();
}

void HistoryDialog::refresh()
{
    const QStringList selected = selectedIds();
    m_model->setEntries(m_store->entries());
    {
        const QSignalBlocker blocker(m_ui->retentionSpinBox);
        m_ui->retentionSpinBox->setValue(m_store->retentionDays());
    }
    for (const QString& id : selected)
        selectEntry(id);
    showStoreError();
    showDetails();
    updateState();
}

void HistoryDialog::showStoreError()
{
    QString text = m_store->lastError();
    if (!text.isEmpty() && !m_store->damagedFilePath().isEmpty())
        text += QLatin1Char('\n')
            + tr("The damaged file was kept as %1, so nothing in it is lost.")
                  .arg(QDir::toNativeSeparators(m_store->damagedFilePath()));
    m_ui->historyErrorLabel->setText(text);
    m_ui->historyErrorLabel->setVisible(!text.isEmpty());
}

QStringList HistoryDialog::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->historyTableView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(index.data(HistoryModel::IdRole).toString());
    return ids;
}

void HistoryDialog::selectEntry(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->historyTableView->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_ui->historyTableView->scrollTo(index);
}

QList<HistoryEntry> HistoryDialog::selectedEntries() const
{
    QList<HistoryEntry> entries;
    for (const QString& id : selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            entries.append(m_model->entryAt(row));
    }
    return entries;
}

HistoryEntry HistoryDialog::currentEntry() const
{
    const QList<HistoryEntry> entries = selectedEntries();
    return entries.size() == 1 ? entries.first() : HistoryEntry();
}

void HistoryDialog::updateState()
{
    const QList<HistoryEntry> selected = selectedEntries();
    const bool one = selected.size() == 1;
    const HistoryEntry entry = one ? selected.first() : HistoryEntry();
    const bool exists = one && !entry.chatid.isEmpty();
    const bool hasEntries = m_model->rowCount() > 0;
    bool retryable = false;
    for (const FailedMember& failed : entry.failedMembers)
        retryable = retryable || !failed.userid.isEmpty();
    const bool retrying = isRetrying();

    m_ui->copyIdsButton->setEnabled(!selected.isEmpty());
    m_ui->deleteSelectedButton->setEnabled(!selected.isEmpty() && !retrying);
    m_ui->deleteAllButton->setEnabled(hasEntries && !retrying);
    m_ui->exportCsvButton->setEnabled(hasEntries);
    m_ui->exportXlsxButton->setEnabled(hasEntries);
    m_ui->exportSelectionCheckBox->setEnabled(!selected.isEmpty());
    m_ui->historyJoinLinkButton->setEnabled(exists && m_api);
    m_ui->historyVerifyButton->setEnabled(exists && m_api);
    m_ui->retryMissingButton->setEnabled(exists && retryable && m_api && !retrying);
    m_ui->createSimilarButton->setEnabled(one);
    const QString notConnected = tr("Connect to DingTalk (or the sandbox) first.");
    for (QPushButton* button : { m_ui->historyJoinLinkButton, m_ui->historyVerifyButton, m_ui->retryMissingButton })
        button->setStatusTip(m_api ? QString() : notConnected);

    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_ui->historyCountLabel->setText(shown == total ? tr("Entries: %1").arg(total)
                                                    : tr("Entries: %1 of %2").arg(shown).arg(total));
}

void HistoryDialog::showDetails()
{
    const QList<HistoryEntry> selected = selectedEntries();
    if (selected.size() != 1) {
        m_ui->historyDetailsTextBrowser->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg((selected.isEmpty() ? tr("Select an entry to see its details.")
                                         : tr("Entries selected: %1.").arg(selected.size()))
                         .toHtmlEscaped()));
        return;
    }
    const HistoryEntry& entry = selected.first();
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(entry.name.toHtmlEscaped());
    html += row(tr("Time"), QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat));
    html += row(tr("Outcome"), HistoryEntry::outcomeText(entry.outcome));
    html += row(tr("Owner"), entry.owner);
    html += row(tr("Members"),
                tr("%1 in the group, %2 asked for (owner included)").arg(entry.membersInGroup).arg(entry.memberCount));
    html += row(tr("openConversationId"), entry.openConversationId);
    html += row(tr("chatid"), entry.chatid);
    html += row(tr("Connection"), entry.profile);
    html += row(tr("API"), entry.generation == ApiGeneration::V1 ? tr("current (v1.0)") : tr("legacy (chat/create)"));
    if (!entry.errcode.isEmpty() || !entry.errmsg.isEmpty()) {
        html += row(tr("DingTalk's answer"), tr("errcode %1, errmsg \"%2\"").arg(entry.errcode, entry.errmsg));
    }
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(tr("Settings").toHtmlEscaped());
    for (const SettingFields::Field& field : SettingFields::all()) {
        const bool on = entry.settings.*field.member;
        html += QStringLiteral("<li>%1: <b>%2</b></li>")
                    .arg(SettingFields::label(field).toHtmlEscaped(), (on ? tr("on") : tr("off")).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (!entry.failedMembers.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>")
                    .arg(tr("Not added (%1)").arg(entry.failedMembers.size()).toHtmlEscaped());
        for (const FailedMember& failed : entry.failedMembers)
            html
                += row(failed.userid.isEmpty() ? failed.mobile : failed.userid, MemberListModel::failureReason(failed));
        html += QStringLiteral("</table>");
    }
    m_ui->historyDetailsTextBrowser->setHtml(html);
}

void HistoryDialog::copyIds()
{
    QStringList lines;
    for (const HistoryEntry& entry : selectedEntries()) {
        if (entry.chatid.isEmpty() && entry.openConversationId.isEmpty())
            continue;
        lines.append(QStringList{ entry.name, entry.openConversationId, entry.chatid }.join(QLatin1Char('\t')));
    }
    if (lines.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    emit copied(tr("Copied the group IDs to the clipboard."));
}

void HistoryDialog::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Delete history entries"),
        tr("Delete the selected entries (%1) from the history? The groups themselves stay in DingTalk.")
            .arg(ids.size()),
        { { QMessageBox::Cancel, QString() }, { QMessageBox::Yes, tr("Delete") } });
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(ids);
    refresh();
}

void HistoryDialog::deleteAll()
{
    const QMessageBox::StandardButton answer
        = MessageBox::question(this, tr("Delete the whole history"),
                               tr("Delete all entries (%1) from the history? The groups themselves stay in DingTalk.")
                                   .arg(m_model->rowCount()),
                               { { QMessageBox::Cancel, QString() }, { QMessageBox::Yes, tr("Delete All") } });
    if (answer != QMessageBox::Yes)
        return;
    m_store->clear();
    refresh();
}

void HistoryDialog::setRetention(int days)
{
    if (days == m_store->retentionDays())
        return;
    m_store->setRetentionDays(days);
    refresh();
}

void HistoryDialog::exportEntries(bool xlsx)
{
    QList<HistoryEntry> entries;
    if (m_ui->exportSelectionCheckBox->isEnabled() && m_ui->exportSelectionCheckBox->isChecked()) {
        entries = selectedEntries();
    } else {
        entries = m_store->entries();
    }
    if (entries.isEmpty())
        return;
    const QString suggested = tr("group-history-%1").arg(QDate::currentDate().toString(Qt::ISODate))
        + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path
        = FileDialog::getSaveFileName(this, xlsx ? tr("Export the history to Excel") : tr("Export the history to CSV"),
                                      suggested, xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok
        = xlsx ? HistoryExporter::writeXlsx(entries, path, &error) : HistoryExporter::writeCsv(entries, path, &error);
    if (!ok) {
        MessageBox::question(
            this, tr("Export failed"),
            tr("The history could not be saved to %1.\n\n%2").arg(QDir::toNativeSeparators(path), error),
            { { QMessageBox::Ok, QString() } });
        return;
    }
    m_ui->historyCountLabel->setText(
        tr("Exported %1 entries to %2.").arg(entries.size()).arg(QDir::toNativeSeparators(path)));
}

void HistoryDialog::retryMissing()
{
    const HistoryEntry entry = currentEntry();
    if (entry.chatid.isEmpty() || !m_api || isRetrying())
        return;
    QStringList ids;
    m_retryUnreachable.clear();
    for (const FailedMember& failed : entry.failedMembers) {
        if (failed.userid.isEmpty())
            m_retryUnreachable.append(failed.mobile);
        else
            ids.append(failed.userid);
    }
    if (ids.isEmpty())
        return;
    m_retryEntry = entry;
    m_retryJob = new AddMembersJob(m_api, entry.chatid, ids, this);
    connect(m_retryJob, &AddMembersJob::progress, this, [this](int done, int total) {
        m_ui->historyCountLabel->setText(tr("Adding the missing members: %1 of %2…").arg(done).arg(total));
    });
    connect(m_retryJob, &AddMembersJob::finished, this, &HistoryDialog::onRetryFinished);
    m_ui->historyCountLabel->setText(tr("Adding the missing members…"));
    updateState();
    m_retryJob->start();
}

void HistoryDialog::onRetryFinished()
{
    AddMembersJob* job = m_retryJob.data();
    if (!job)
        return;
    HistoryEntry entry = m_retryEntry;
    QList<FailedMember> stillMissing;
    for (const FailedMember& failed : entry.failedMembers) {
        if (failed.userid.isEmpty())
            stillMissing.append(failed);
    }
    stillMissing += job->failedMembers();
    const int added = job->addedCount();
    entry.membersInGroup += added;
    entry.failedMembers = stillMissing;
    entry.outcome = CreateResult::outcomeName(stillMissing.isEmpty() ? CreateResult::Outcome::Created
                                                                     : CreateResult::Outcome::CreatedPartially);
    if (stillMissing.isEmpty()) {
        entry.errcode.clear();
        entry.errmsg.clear();
    }
    job->deleteLater();
    m_retryJob.clear();
    m_store->update(entry);
    refresh();
    selectEntry(entry.id);
    m_ui->historyCountLabel->setText(
        stillMissing.isEmpty() ? tr("Added %1 members: the group is complete.").arg(added)
                               : tr("Added %1 members; %2 are still missing.").arg(added).arg(stillMissing.size()));
    emit entryUpdated(entry);
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeSetStrings();
        m_model->retranslate();
        showStoreError();
        showDetails();
        updateState();
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateCodeSetStrings()
{
    m_ui->retentionSpinBox->setSpecialValueText(tr("Forever"));
    m_ui->retentionSpinBox->setSuffix(tr(" days"));
}
