#pragma once

#include "history/HistoryEntry.h"

#include <QDialog>
#include <QPointer>
#include <memory>

namespace Ui {
class HistoryDialog;
}

class AddMembersJob;
class GroupApi;
class HistoryModel;
class HistoryStore;
class QSortFilterProxyModel;

/**
 * Every create attempt made in the window: search, sort, details, copy the ids, export to CSV or Excel, delete,
 * retention, and what can still be done for a group (add the missing members, join link, verify, a similar group).
 * Never modal: it stays open beside the window, and follows the history as new creates are recorded.
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** `store` is not owned and must outlive the dialog. */
    explicit HistoryDialog(HistoryStore* store, QWidget* parent = nullptr);
    ~HistoryDialog() override;

    /** The connection used to add missing members; null: not connected. */
    void setApi(GroupApi* api);
    /** Re-reads the history file and reports a damaged one. */
    void reload();
    /** Shows what the store holds now (after the window appended an entry). */
    void refresh();
    /** Ids of the selected entries, in view order. */
    QStringList selectedIds() const;
    /** Selects the entry with this id (tests, and after a retry). */
    void selectEntry(const QString& id);
    bool isRetrying() const { return !m_retryJob.isNull(); }

signals:
    void createSimilarRequested(const HistoryEntry& entry);
    void joinLinkRequested(const HistoryEntry& entry);
    void verifyRequested(const HistoryEntry& entry);
    /** An entry changed (missing members added); the window may show it. */
    void entryUpdated(const HistoryEntry& entry);
    void copied(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<HistoryEntry> selectedEntries() const;
    HistoryEntry currentEntry() const;
    void updateState();
    void showDetails();
    void showStoreError();
    void copyIds();
    void deleteSelected();
    void deleteAll();
    void setRetention(int days);
    void exportEntries(bool xlsx);
    void retryMissing();
    void onRetryFinished();
    void retranslateCodeSetStrings();

    const std::unique_ptr<Ui::HistoryDialog> m_ui;
    HistoryStore* m_store;
    HistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<GroupApi> m_api;
    QPointer<AddMembersJob> m_retryJob;
    HistoryEntry m_retryEntry;
    QStringList m_retryUnreachable; // failed members without a userid: they cannot be retried by id
};
