#pragma once

#include "BatchRowStatus.h"
#include "create/CreateResult.h"

#include <QCoreApplication>
#include <QString>

/**
 * When a batch must stop because the rows after this one cannot succeed: the organisation cannot have more groups
 * (1002, 49007, a v1 HTTP 500 `system.error`), requests are banned (90001–90017, the HTML page or {"status":1111}),
 * the monthly quota is used up (90020), or every create would fail alike (the credentials or the permission refused,
 * the address not allowed, no connection). Anything else concerns one row: the next one is sent.
 */
class BatchStopRule
{
    Q_DECLARE_TR_FUNCTIONS(BatchStopRule)

public:
    enum class Reason
    {
        None,
        GroupLimit,
        Banned,
        Quota,
        Credentials,
        Permission,
        Network,
        Cancelled, // the user: Cancel, or Ctrl+C
        Journal, // the journal cannot be written, so nothing more may be sent
    };

    static Reason reasonFor(const CreateResult& result);
    /** The row's status once its create ended with `result`: a v1 `system.error` is "unknown", whatever else. */
    static BatchRowStatus rowStatus(const CreateResult& result);

    /** A stable name: "group-limit", "banned", … (empty for None). */
    static QString reasonName(Reason reason);
    static Reason reasonFromName(const QString& name);
    /** Why the remaining rows were not sent, in the current language. */
    static QString explanation(Reason reason);
};
