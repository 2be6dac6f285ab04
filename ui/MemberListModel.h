#pragma once

#include "create/CreateResult.h"
#include "directory/Directory.h"
#include "lookup/MobileResolver.h"
#include "members/Member.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

/**
 * The members of the group being written, for the members table: id, name where known, and state. Keeps each
 * entry's state current (duplicate, invalid id) as entries are added, edited and removed, and marks the members
 * DingTalk refused after a create.
 *
 * When the owner is not among the entries, the table shows them anyway, in a last row of their own marked as the
 * owner (GroupSpec adds them to the group, so they are counted): that row is no entry of members(), cannot be
 * edited or removed, and goes when the owner is listed or changes. Row n of the table is entry n.
 */
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserIdColumn,
        NameColumn,
        StateColumn,
        ColumnCount
    };

    explicit MemberListModel(QObject* parent = nullptr);

    const MemberList& members() const { return m_members; }
    QStringList userIds() const;

    /** Appends one entry per id (blank ids skipped); returns how many were added. */
    int append(const QStringList& ids, MemberSource source);
    /** Appends imported entries as they are (names, phone numbers still to look up); returns how many. */
    int appendMembers(const MemberList& members);
    void removeMembers(QList<int> rows);
    void clear();

    /** The owner's row says "Owner" in the state column; an owner not in the list gets a row of their own. */
    void setOwner(const QString& owner);
    /** The connection's directory (DirectoryController's); a null Directory when there is none. */
    void setDirectory(const Directory& directory);
    /** The person's name, from the directory; empty when it does not know them. */
    QString nameOf(const QString& userid) const;
    bool hasDirectory() const { return !m_directory.isNull(); }
    const Directory& directory() const { return m_directory; }
    /** Whether the directory has this userid; true when no directory is known (nothing to say then). */
    bool isInDirectory(const QString& userid) const;

    /** The members of the group the window made last: their rows say "In the group" instead of "Ready". */
    void setInGroup(const QSet<QString>& userids);

    /** Marks the members DingTalk did not add, with the reason; every other Missing mark is cleared. */
    void markFailed(const QList<FailedMember>& failed);

    /** The phone numbers of the entries still waiting for a lookup, as written, each once. */
    QStringList unresolvedMobiles() const;
    /**
     * Puts lookup answers into the list: a found number gets its userid (the name stays), a number DingTalk could
     * not resolve stays unresolved with the reason; a cancelled lookup changes nothing.
     */
    void applyLookups(const MobileResolver& resolver);
    /** Removes every entry whose phone number has no userid; returns how many. */
    int removeUnresolved();

    /** Re-reads every text after a language switch. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /** Why a member could not be added, in the user's language. */
    static QString failureReason(const FailedMember& failed);
    /** Why a phone number has no userid, in the user's language. */
    static QString lookupFailureReason(const ApiError& error);

signals:
    /** Entries were added, removed or edited (not emitted for state or name refreshes). */
    void membersChanged();

private:
    void refreshStates();
    /** 1 while the owner's own last row is shown, else 0. */
    int ownerRows() const;
    bool isOwnerRow(int row) const;
    /** Shows or hides the owner's row as the owner and the entries now require. */
    void syncOwnerRow();
    QVariant ownerRowData(int column, int role) const;
    QString stateText(const Member& member) const;
    /** The person's name and department, or that the directory does not know them. */
    QString directoryName(const QString& userid) const;

    MemberList m_members;
    Directory m_directory;
    QSet<QString> m_inGroup;
    QString m_owner;
    bool m_ownerRow = false;
};
