#include "batch/BatchRowStatus.h"
#include "batch/BatchStopRule.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(BatchStopRule::Reason)
Q_DECLARE_METATYPE(BatchRowStatus)

/**
 * Which answers stop a batch (BatchStopRule) and what the row that got them becomes, code by code as the reference
 * lists them; and the row statuses' stable names, which the journal and the JSON output share.
 */
class TestBatchStopRule : public QObject
{
    Q_OBJECT

private:
    static CreateResult refusedWith(const ApiError& error,
                                    CreateResult::Outcome outcome = CreateResult::Outcome::Rejected)
    {
        CreateResult result;
        result.outcome = outcome;
        result.error = error;
        return result;
    }

    static ApiError htmlPage(TransportFailure failure, int httpStatus)
    {
        ApiError error = ApiError::transport(failure);
        error.httpStatus = httpStatus;
        error.contentType = QStringLiteral("text/html; charset=utf-8");
        return error;
    }

private slots:
    void classifiesEachAnswer_data()
    {
        using Reason = BatchStopRule::Reason;
        QTest::addColumn<CreateResult>("result");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<BatchRowStatus>("status");

        const auto rejected = [](int code) {
            return refusedWith(ApiError::api(QString::number(code), "x"));
        };
        QTest::newRow("1002 group limit") << rejected(1002) << Reason::GroupLimit << BatchRowStatus::Refused;
        QTest::newRow("49007 group limit") << rejected(49007) << Reason::GroupLimit << BatchRowStatus::Refused;
        QTest::newRow("90001 ban") << rejected(90001) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("90010 ban") << rejected(90010) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("90017 ban") << rejected(90017) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("90018 not a ban") << rejected(90018) << Reason::None << BatchRowStatus::Refused;
        QTest::newRow("90000 not a ban") << rejected(90000) << Reason::None << BatchRowStatus::Refused;
        QTest::newRow("status 1111") << rejected(1111) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("90020 quota") << rejected(90020) << Reason::Quota << BatchRowStatus::Refused;
        QTest::newRow("40014 token") << rejected(40014) << Reason::Credentials << BatchRowStatus::Refused;
        QTest::newRow("60011 permission") << rejected(60011) << Reason::Permission << BatchRowStatus::Refused;
        QTest::newRow("34014 one row's problem") << rejected(34014) << Reason::None << BatchRowStatus::Refused;
        QTest::newRow("88 with sub-code 90020") << refusedWith([] {
            ApiError error = ApiError::api(QStringLiteral("88"), QStringLiteral("x"));
            error.subCode = QStringLiteral("90020");
            return error;
        }()) << Reason::Quota << BatchRowStatus::Refused;
        QTest::newRow("v1 quota code") << refusedWith(
            ApiError::api(QStringLiteral("Forbidden.ApiCountLimitForOrg"), QStringLiteral("x"), 403))
                                       << Reason::Quota << BatchRowStatus::Refused;
        QTest::newRow("v1 system.error") << refusedWith(
            ApiError::api(QStringLiteral("system.error"), QStringLiteral("x"), 500), CreateResult::Outcome::Unknown)
                                         << Reason::GroupLimit << BatchRowStatus::Unknown;
        QTest::newRow("HTML ban page, HTTP 200")
            << refusedWith(htmlPage(TransportFailure::NotJson, 200)) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("HTML ban page, HTTP 403")
            << refusedWith(htmlPage(TransportFailure::HttpStatus, 403)) << Reason::Banned << BatchRowStatus::Refused;
        QTest::newRow("timeout") << refusedWith(ApiError::transport(TransportFailure::Timeout, {}, true),
                                                CreateResult::Outcome::Unknown)
                                 << Reason::Network << BatchRowStatus::Unknown;
        QTest::newRow("cancelled before sending")
            << refusedWith(ApiError::transport(TransportFailure::Cancelled), CreateResult::Outcome::NotCreated)
            << Reason::Cancelled << BatchRowStatus::NotSent;
        CreateResult created;
        created.outcome = CreateResult::Outcome::Created;
        QTest::newRow("created") << created << Reason::None << BatchRowStatus::Created;
        QTest::newRow("partial, last add refused with 90020") << refusedWith(
            ApiError::api(QStringLiteral("90020"), QStringLiteral("x")), CreateResult::Outcome::CreatedPartially)
                                                              << Reason::Quota << BatchRowStatus::Partial;
    }

    void classifiesEachAnswer()
    {
        QFETCH(CreateResult, result);
        QFETCH(BatchStopRule::Reason, reason);
        QFETCH(BatchRowStatus, status);
        QCOMPARE(BatchStopRule::reasonFor(result), reason);
        QCOMPARE(BatchStopRule::rowStatus(result), status);
    }

    void reasonNamesRoundTrip()
    {
        using Reason = BatchStopRule::Reason;
        QSet<QString> seen;
        for (const Reason reason : { Reason::GroupLimit, Reason::Banned, Reason::Quota, Reason::Credentials,
                                     Reason::Permission, Reason::Network, Reason::Cancelled, Reason::Journal }) {
            const QString name = BatchStopRule::reasonName(reason);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(BatchStopRule::reasonFromName(name), reason);
            QVERIFY(!BatchStopRule::explanation(reason).isEmpty());
        }
        QCOMPARE(BatchStopRule::reasonName(Reason::None), QString());
        QCOMPARE(BatchStopRule::reasonFromName(QStringLiteral("no such reason")), Reason::None);
    }

    void statusNamesRoundTrip()
    {
        const QStringList contract{ "planned", "sending",  "created", "partial", "refused",
                                    "unknown", "not-sent", "invalid", "skipped" };
        for (const QString& name : contract) {
            const std::optional<BatchRowStatus> status = BatchRowStatusName::parse(name);
            QVERIFY2(status.has_value(), qPrintable(name));
            QCOMPARE(BatchRowStatusName::of(*status), name);
        }
        QVERIFY(!BatchRowStatusName::parse(QStringLiteral("Created")).has_value());
        QVERIFY(!BatchRowStatusName::parse(QString()).has_value());
    }

    void whichRowsAResumedBatchSends()
    {
        for (const bool retry : { false, true }) {
            QVERIFY(BatchRowStatusName::needsSending(BatchRowStatus::Planned, retry));
            QVERIFY(BatchRowStatusName::needsSending(BatchRowStatus::NotSent, retry));
            QVERIFY(BatchRowStatusName::needsSending(BatchRowStatus::Refused, retry));
            QVERIFY(!BatchRowStatusName::needsSending(BatchRowStatus::Created, retry));
            QVERIFY(!BatchRowStatusName::needsSending(BatchRowStatus::Partial, retry));
            QVERIFY(!BatchRowStatusName::needsSending(BatchRowStatus::Invalid, retry));
            QCOMPARE(BatchRowStatusName::needsSending(BatchRowStatus::Unknown, retry), retry);
            QCOMPARE(BatchRowStatusName::needsSending(BatchRowStatus::Sending, retry), retry);
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchStopRule)
#include "tst_BatchStopRule.moc"
