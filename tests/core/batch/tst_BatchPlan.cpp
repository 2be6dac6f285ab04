#include "batch/BatchPlan.h"
#include "dingtalk/CallPacer.h"

#include <QTest>

/** What a batch will cost before it starts: its creates, the adds past each group's first 40, and the pace. */
class TestBatchPlan : public QObject
{
    Q_OBJECT

private:
    static BatchItem itemOf(int members)
    {
        BatchItem item;
        for (int i = 0; i < members; ++i)
            item.validation.memberIds.append(QStringLiteral("user%1").arg(i));
        return item;
    }

private slots:
    void countsCreatesAddsAndTheToken()
    {
        const CallPacer pacer(20, 1000);
        // 40 fit the create; 41 need one add; 121 need three (40 a call).
        const QList<BatchItem> items{ itemOf(40), itemOf(41), itemOf(121) };
        const BatchPlan plan = BatchPlan::of(items, pacer, true);
        QCOMPARE(plan.groups, 3);
        QCOMPARE(plan.creates, 3);
        QCOMPARE(plan.adds, 4);
        QCOMPARE(plan.tokenCalls, 1);
        QCOMPARE(plan.calls(), 8);
        // The adds API is the busier one: four calls at the pacer's spacing.
        QCOMPARE(plan.paceMs, pacer.minimumSpanMs(4));
        QVERIFY(plan.paceMs > 0);

        const BatchPlan pasted = BatchPlan::of(items, pacer, false);
        QCOMPARE(pasted.tokenCalls, 0);
        QCOMPARE(pasted.calls(), 7);
    }

    void paceOfManyGroups()
    {
        const CallPacer pacer(20, 1000);
        const BatchPlan plan = BatchPlan::of(QList<BatchItem>(200, itemOf(40)), pacer, true);
        QCOMPARE(plan.creates, 200);
        QCOMPARE(plan.adds, 0);
        QCOMPARE(plan.paceMs, pacer.minimumSpanMs(200));
        QVERIFY(plan.paceMs >= 199 * 50); // never faster than DingTalk's 20 calls/s
    }

    void emptyBatch()
    {
        const BatchPlan plan = BatchPlan::of({}, CallPacer(), false);
        QCOMPARE(plan.calls(), 0);
        QCOMPARE(plan.paceMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchPlan)
#include "tst_BatchPlan.moc"
