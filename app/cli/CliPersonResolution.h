#pragma once

#include "create/CreateResult.h"
#include "directory/Directory.h"
#include "group/GroupSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct CliOptions;

/**
 * The command line's directory step, between reading the members and looking up phone numbers: --owner-query,
 * each --member-query and each member-file row read by name or job number become userids through PersonResolver
 * (the one rule), and each --department its people. Sends nothing; a mobile number the copy does not hold stays a
 * number for the phone lookup.
 */
class CliPersonResolution
{
    Q_DECLARE_TR_FUNCTIONS(CliPersonResolution)

public:
    /** A value that did not end at exactly one person or department. */
    struct Problem
    {
        QString code; // "ambiguous-person", "unknown-person", "ambiguous-department", "unknown-department"
        QString query;
        QList<DirectoryPerson> people; // candidates of an ambiguous person
        QStringList paths; // candidates of an ambiguous department
        QString message; // for the user, in the current language
    };

    /** True when the command line names people in a way only the directory can read. */
    static bool needsDirectory(const CliOptions& options, const MemberList& members);

    /**
     * Resolves everything in `spec` (the owner query, the members with a query) and appends the people of the
     * queries and departments of `options`. With `skipUnknown`, people nobody has (never ambiguous ones, never the
     * owner) are left out and kept for applyTo().
     */
    CliPersonResolution(const Directory& directory, const CliOptions& options, bool skipUnknown);
    void resolve(GroupSpec& spec);

    /** What blocks the create: nothing may be sent when this is not empty. */
    const QList<Problem>& problems() const { return m_problems; }
    /** The unknown people left out with --skip-unresolved, as typed. */
    const QStringList& skipped() const { return m_skipped; }

    /**
     * Adds the people left out to a created group's result: each as a failed member {userid "", query, errcode
     * "unknown-person"}, which makes a complete group "created-partially". Nothing when the group does not exist.
     */
    void applyTo(CreateResult& result) const;

private:
    void addProblem(const QString& code, const QString& query, const QList<DirectoryPerson>& people = {},
                    const QStringList& paths = {});
    /** The userid for `query`, or empty (with a problem, or a skip, recorded); `mobile` gets a number to look up. */
    QString userIdFor(const QString& query, PersonField field, bool isOwner, QString* mobile);

    Directory m_directory;
    const CliOptions& m_options;
    bool m_skipUnknown;
    QList<Problem> m_problems;
    QStringList m_skipped;
};
