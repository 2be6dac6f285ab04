#pragma once

#include "PlannedCall.h"
#include "group/GroupSettings.h"

#include <QCoreApplication>
#include <QStringList>

class GroupApi;
struct OutgoingRequest;

/**
 * The exact calls a create would make, for the "show requests" preview: the token call (unless the token was
 * pasted), the create with the first 40 members, and each add of 40 more. Built with the API classes' own request
 * builders and CreateJob's own chunking, given a masked token, so the preview cannot drift from what is sent.
 * Building it sends nothing.
 */
class RequestPlan
{
    Q_DECLARE_TR_FUNCTIONS(RequestPlan)

public:
    /**
     * `memberIds` as GroupSpec::validate() returns them (owner first). `secrets` (the app secret, a pasted token)
     * are masked wherever they appear, on top of the patterns SecretMasker knows.
     */
    static QList<PlannedCall> build(GroupApi* api, const QString& name, const QString& owner,
                                    const QStringList& memberIds, const GroupSettings& settings,
                                    const QStringList& secrets = {});

    /** Stands in for the chatid in the add calls: it exists only once the create answered. */
    static QString chatIdPlaceholder() { return QStringLiteral("<chatid>"); }

    /** The request with its URL, headers and body masked. */
    static PlannedCall masked(const QString& title, const OutgoingRequest& request, const QStringList& secrets);
};
