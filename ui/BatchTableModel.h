#pragma once

#include "batch/BatchItem.h"
#include "batch/BatchJournal.h"
#include "batch/BatchRowResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/**
 * The groups of a batch, one row each, as the batch dialog shows them from the preview to the results: the row number
 * the spreadsheet shows, name, owner, member count, preset and switches, status, and once sent what DingTalk made of
 * it (ids, members in the group, who is missing, errcode and errmsg) and the explanation in the user's language. An
 * invalid row's explanation lists its errors. Texts are made when shown, so a language switch only repaints.
 */
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        NameColumn,
        OwnerColumn,
        MembersColumn,
        SettingsColumn,
        StatusColumn,
        OpenConversationIdColumn,
        ChatidColumn,
        MembersInGroupColumn,
        MissingColumn,
        ErrcodeColumn,
        ErrmsgColumn,
        ExplanationColumn,
        ColumnCount
    };

    explicit BatchTableModel(QObject* parent = nullptr);

    /** The preview: every item, and what an earlier run of the same batch recorded (by sheet row). */
    void setItems(const QList<BatchItem>& items, const QList<BatchJournal::Row>& earlier = {});
    /** The runner's results, one per item in the same order. */
    void setResults(const QList<BatchRowResult>& results);
    void setResult(int row, const BatchRowResult& result);
    void clear();

    const QList<BatchRowResult>& results() const { return m_results; }
    const QList<BatchItem>& items() const { return m_items; }

    /** The switches on and the preset, as one cell says them. */
    static QString settingsText(const BatchItem& item);

    /** Re-reads every text in the current language. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    QList<BatchItem> m_items;
    QList<BatchRowResult> m_results;
};
