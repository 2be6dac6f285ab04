#pragma once

#include "create/CreateResult.h"
#include "group/GroupSpec.h"
#include "lookup/MobileResolver.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class GroupApi;

/**
 * The command line's phone-number step, between reading the members and creating the group: every Unresolved member
 * (a --mobile or a file's phone column) is turned into a userid through MobileResolver, before anything is created.
 * Lookups change nothing at DingTalk; this step never creates or updates anything.
 */
class CliPhoneResolution
{
public:
    enum class Outcome
    {
        Resolved, // every number has a userid (or there was none to look up)
        Unresolved, // some numbers belong to no employee (60121) or are not valid (40104)
        Refused, // DingTalk refused the lookups themselves (permission, credentials): error() says why
        Failed, // a lookup did not get an answer (network): error() says why
        Cancelled, // the user interrupted the lookups
    };

    CliPhoneResolution(GroupApi* api, const MemberList& members);

    /**
     * The check that must pass before any lookup: GroupSpec::validate() on the ids, with each distinct phone number
     * counted as one member more, so that a list over the limit sends nothing at all. The phone numbers themselves
     * are not errors here ("member-unresolved" is not reported).
     */
    static GroupValidation validateBeforeLookup(const GroupSpec& spec, const QList<QAnyStringView>& moreIds = {});
    /** The key a phone number is counted and looked up by: its 11 digits, or the trimmed text if it is not valid. */
    static QString mobileKey(const QString& text);

    /** Distinct phone numbers to look up. */
    int lookupCount() const { return int(m_mobiles.size()); }

    /**
     * Looks every number up on a local event loop; Ctrl+C or SIGTERM cancels. `progress` is called with (done,
     * total) as lookups finish. Stops at the first answer that concerns the lookups rather than one number (a
     * refusal or a network failure), so a broken connection does not cost one failed call per number.
     */
    Outcome run(const std::function<void(int done, int total)>& progress = {});

    /** The members with each resolved number replaced by its userid (source PhoneLookup); unresolved ones dropped. */
    MemberList members() const;
    /** The numbers that are no employee's, in order, each with DingTalk's reason. */
    QList<MobileResolution> unresolved() const;
    int resolvedCount() const { return int(m_useridByMobile.size()); }
    /** The userid the lookups found for a number (as typed), or empty. */
    QString useridFor(const QString& mobile) const { return m_useridByMobile.value(mobileKey(mobile)); }
    /** Why the lookups as a whole failed (Refused, Failed, Cancelled). */
    const ApiError& error() const { return m_error; }

    /**
     * Adds what the lookups know to a finished create: each unresolved number as a failed member
     * {userid "", mobile, DingTalk's code}, which makes a complete group "created-partially"; and the number of each
     * failed member that came from a number. Changes nothing when the group does not exist.
     */
    void applyTo(CreateResult& result) const;

    /** True for DingTalk's answers about one number (not found or left, not valid), as opposed to the whole call. */
    static bool isAboutTheNumber(const ApiError& error);

private:
    GroupApi* m_api;
    MemberList m_members;
    QStringList m_mobiles; // distinct keys, in order
    QHash<QString, QString> m_useridByMobile;
    QList<MobileResolution> m_unresolved;
    ApiError m_error;
};
