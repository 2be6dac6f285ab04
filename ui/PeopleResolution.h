#pragma once

#include "directory/Directory.h"
#include "directory/DirectoryPerson.h"
#include "members/Member.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Turns the names and job numbers of an import or of typed lines into userids through the directory
 * (PersonResolver, the one rule), and keeps what it could not decide for the user: values two people or more match
 * (with their candidates) and values nobody matches. No widgets: PeopleResolutionDialog shows what is left.
 */
class PeopleResolution
{
public:
    /** A value the directory could not turn into one person: `candidates` empty means nobody matches it. */
    struct Open
    {
        int index = 0; // its entry among the members given
        QString query;
        QList<DirectoryPerson> candidates;

        bool isAmbiguous() const { return !candidates.isEmpty(); }
    };

    /** Resolves every entry that needsDirectory() (an import's name or job-number column); the others stay as given. */
    PeopleResolution(const MemberList& members, const Directory& directory);

    /**
     * Typed or pasted values, each read by the one rule (PersonField::Any). A value the directory does not know stays
     * as typed (a userid, flagged before Create as outside the directory), as it was before names could be typed;
     * only a name two people share waits for the user.
     */
    static PeopleResolution fromTyped(const QStringList& values, MemberSource source, const Directory& directory);

    /** Whether some entry is a name or job number: those need a directory. */
    static bool needsDirectory(const MemberList& members);

    const QList<Open>& open() const { return m_open; }
    int unknownCount() const;

    /**
     * The members to add, in the order given: resolved people as their userids, each open value as `chosen` says
     * (its index → the userid the user picked); open values without a choice are left out.
     */
    MemberList members(const QHash<int, QString>& chosen = {}) const;

private:
    PeopleResolution() = default;

    MemberList m_members; // resolved entries; an open value's entry is replaced by the choice, or left out
    QList<Open> m_open;
};
