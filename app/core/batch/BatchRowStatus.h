#pragma once

#include "create/CreateResult.h"

#include <QString>

#include <optional>

/**
 * Where one row of a batch is. The journal keeps the first seven (planned … not-sent); invalid and skipped exist only
 * in a run's results: an invalid row is never sent, a skipped one matched a group the history says exists (or may).
 */
enum class BatchRowStatus
{
    Planned, // validated, not sent yet
    Sending, // the create is about to leave (or has left): on the next start this means "unknown"
    Created, // the group exists with every member
    Partial, // the group exists, some members are missing
    Refused, // DingTalk refused the create: nothing exists
    Unknown, // the create was sent and no answer proves what happened: the group may exist
    NotSent, // the batch stopped before this row (a stop condition, Cancel, Ctrl+C)
    Invalid, // the row has errors and was left out
    Skipped, // the duplicate guard: the history has this group (or may)
};

namespace BatchRowStatusName {
/** The stable name of the journal and the JSON output: "created", "not-sent", … */
QString of(BatchRowStatus status);
std::optional<BatchRowStatus> parse(const QString& name);
/** The row's status once its create job ended with `outcome`. */
BatchRowStatus fromOutcome(CreateResult::Outcome outcome);
/**
 * Whether a resumed batch sends a row in `status` again: rows never sent, and refused ones (nothing exists), yes;
 * created and partial ones never; unknown ones (and "sending", left by a crash) only when the user says so.
 */
bool needsSending(BatchRowStatus status, bool retryUnknown);
} // namespace BatchRowStatusName
