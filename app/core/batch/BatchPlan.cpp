#include "BatchPlan.h"

#include "create/CreateJob.h"
#include "dingtalk/CallPacer.h"

BatchPlan BatchPlan::of(const QList<BatchItem>& items, const CallPacer& pacer, bool fetchesToken)
{
    BatchPlan plan;
    plan.tokenCalls = fetchesToken ? 1 : 0;
    for (const BatchItem& item : items) {
        const qsizetype calls = CreateJob::planCalls(item.validation.memberIds).size();
        if (calls == 0)
            continue;
        ++plan.groups;
        ++plan.creates;
        plan.adds += int(calls - 1);
    }
    plan.paceMs = qMax(pacer.minimumSpanMs(plan.creates), pacer.minimumSpanMs(plan.adds));
    return plan;
}
