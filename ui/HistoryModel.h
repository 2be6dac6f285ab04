#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The history entries as a table, newest first. SortRole gives each column's raw value (time, counts) so a proxy
 * sorts dates and numbers correctly; SearchRole gives the text a search matches against (every field).
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        NameColumn,
        OwnerColumn,
        OutcomeColumn,
        MembersColumn,
        ChatIdColumn,
        OpenConversationIdColumn,
        ProfileColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SearchRole,
        IdRole,
    };

    explicit HistoryModel(QObject* parent = nullptr);

    /** Entries oldest first, as HistoryStore keeps them; the model shows the newest on top. */
    void setEntries(const QList<HistoryEntry>& entries);
    const HistoryEntry& entryAt(int row) const { return m_entries.at(row); }
    /** The row of the entry with this id, or -1. */
    int rowOf(const QString& id) const;
    /** Re-reads the column titles and outcome texts after a language switch. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries; // newest first
};
