#pragma once

#include "group/GroupSettings.h"
#include "members/Member.h"

#include <QJsonObject>
#include <QString>

/**
 * What the group form holds, as a value: the autosaved draft that comes back at the next start, and the form as it
 * was before an action replaced it (for Undo). Members keep their userid, name and phone number.
 */
struct FormDraft
{
    QString name;
    QString owner;
    MemberList members;
    GroupSettings settings;

    /** Nothing typed: no name, no owner, no members (the switches alone are not work to keep). */
    bool isEmpty() const;
    QJsonObject toJson() const;
    static FormDraft fromJson(const QJsonObject& json);
    /** Members as saved (userid, name, phone number) made into list entries: a number without a userid waits for
     * its lookup, as after an import. */
    static MemberList listEntries(const MemberList& saved);
};
