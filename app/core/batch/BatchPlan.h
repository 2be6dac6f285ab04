#pragma once

#include "BatchItem.h"

#include <QList>

class CallPacer;

/** What a batch will cost before it starts: how many calls of each kind, and how long they take at DingTalk's pace. */
struct BatchPlan
{
    int groups = 0; // rows to send
    int creates = 0;
    int adds = 0; // calls adding the members past the first 40
    int tokenCalls = 0; // 1 when the token is fetched with the app key, 0 for a pasted one
    qint64 paceMs = 0; // the least time at the pacer's limit (per API, the busier one decides)

    int calls() const { return creates + adds + tokenCalls; }

    /**
     * The calls CreateJob makes for each of `items` (valid ones, validated), split as CreateJob::planCalls() splits
     * them, timed with `pacer`'s limit.
     */
    static BatchPlan of(const QList<BatchItem>& items, const CallPacer& pacer, bool fetchesToken);
};
