#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/RetryPolicy.h"

#include <QTest>

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyKnownCode_hasItsOwnExplanationAndNextStep()
    {
        const ErrorExplanation fallback = ErrorCatalogue::explain(ApiError::api(QStringLiteral("987654"), {}));
        for (int code : ErrorCatalogue::knownCodes()) {
            const ErrorExplanation explanation
                = ErrorCatalogue::explain(ApiError::api(QString::number(code), QStringLiteral("msg")));
            QVERIFY2(explanation.title != fallback.title, qPrintable(QString::number(code)));
            QVERIFY2(!explanation.explanation.isEmpty(), qPrintable(QString::number(code)));
            QVERIFY2(!explanation.nextStep.isEmpty(), qPrintable(QString::number(code)));
        }
    }

    void referenceTableCodes_areAllKnown()
    {
        // The codes of the error table in the DingTalk reference this project works from.
        const QList<int> reference{ -1,    88,    33012, 40003, 40014, 42001, 40001, 40031, 40035,  40096,  43001,
                                    43002, 43005, 43009, 71010, 43007, 60011, 34001, 40016, 49000,  49004,  49005,
                                    49006, 49007, 1002,  49010, 49013, 49011, 49015, 49018, 400001, 400002, 50002,
                                    50004, 60020, 60121, 40104, 90018, 90002, 90005, 90006, 90007,  90008,  90020 };
        for (int code : reference)
            QVERIFY2(ErrorCatalogue::knownCodes().contains(code), qPrintable(QString::number(code)));
    }

    void missingPermission_isWordedPerApiGeneration()
    {
        const ErrorExplanation legacy = ErrorCatalogue::missingPermission(ApiGeneration::Legacy);
        const ErrorExplanation v1 = ErrorCatalogue::missingPermission(ApiGeneration::V1);
        // Only the legacy generation is told about the newer one; a v1.0 connection already uses it.
        QVERIFY(legacy.nextStep.contains(QLatin1String("newer")));
        QVERIFY(!v1.nextStep.contains(QLatin1String("newer")));
        QVERIFY(!v1.explanation.contains(QLatin1String("newer")));
        QCOMPARE(ErrorCatalogue::explain(ApiError::api(QStringLiteral("60011"), {})).nextStep, legacy.nextStep);
        // A v1.0 connection meets 60011 on the legacy paths it also uses (phone lookups, join links).
        ApiError onV1Connection = ApiError::api(QStringLiteral("60011"), {});
        onV1Connection.generation = ApiGeneration::V1;
        QCOMPARE(ErrorCatalogue::explain(onV1Connection).nextStep, v1.nextStep);
        QCOMPARE(ErrorCatalogue::explain(
                     ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"), {}, 403))
                     .nextStep,
                 v1.nextStep);
    }

    void retriedCodes_areExplainedAsBusyOrRateLimited()
    {
        // RetryPolicy owns the list of codes worth waiting for; the catalogue words them by it.
        const QString busy = ErrorCatalogue::explain(ApiError::api(QStringLiteral("-1"), {})).title;
        const QString rateLimited = ErrorCatalogue::explain(ApiError::api(QStringLiteral("90018"), {})).title;
        QVERIFY(busy != rateLimited);
        QList<int> retried;
        for (int code : ErrorCatalogue::knownCodes()) {
            const RetryPolicy::Reason reason = RetryPolicy::reasonForCode(code);
            const QString title = ErrorCatalogue::explain(ApiError::api(QString::number(code), {})).title;
            if (reason == RetryPolicy::Reason::None) {
                QVERIFY2(title != busy && title != rateLimited, qPrintable(QString::number(code)));
                continue;
            }
            retried.append(code);
            QCOMPARE(title, reason == RetryPolicy::Reason::Busy ? busy : rateLimited);
        }
        std::sort(retried.begin(), retried.end());
        QCOMPARE(retried, (QList<int>{ -1, 90002, 90005, 90006, 90007, 90008, 90018 }));
        // The monthly quota and the five-minute ban are explained, but not waited for.
        QCOMPARE(RetryPolicy::reasonForCode(90020), RetryPolicy::Reason::None);
        QCOMPARE(RetryPolicy::reasonForCode(1111), RetryPolicy::Reason::None);
    }

    void topapiAuthFailure_isExplainedBySubCode()
    {
        ApiError error = ApiError::api(QStringLiteral("88"), QStringLiteral("x"));
        error.subCode = QStringLiteral("42001");
        QCOMPARE(ErrorCatalogue::explain(error).title,
                 ErrorCatalogue::explain(ApiError::api(QStringLiteral("42001"), {})).title);
    }

    void everyTransportFailure_isExplained()
    {
        const QList<TransportFailure> failures{ TransportFailure::InsecureUrl,       TransportFailure::HostNotFound,
                                                TransportFailure::ConnectionRefused, TransportFailure::ConnectionReset,
                                                TransportFailure::Timeout,           TransportFailure::Tls,
                                                TransportFailure::Redirect,          TransportFailure::HttpStatus,
                                                TransportFailure::NotJson,           TransportFailure::Cancelled };
        QSet<QString> titles;
        for (TransportFailure failure : failures) {
            const ErrorExplanation explanation = ErrorCatalogue::explain(ApiError::transport(failure));
            QVERIFY(!explanation.title.isEmpty());
            QVERIFY(!explanation.explanation.isEmpty());
            titles.insert(explanation.title);
        }
        QCOMPARE(titles.size(), failures.size());
    }

    void unknownCreateOutcome_tellsToCheckDingTalkFirst()
    {
        for (TransportFailure failure : { TransportFailure::Timeout, TransportFailure::ConnectionReset,
                                          TransportFailure::Cancelled, TransportFailure::NotJson }) {
            const ErrorExplanation explanation
                = ErrorCatalogue::explain(ApiError::transport(failure, {}, true), ErrorCatalogue::Operation::Create);
            QCOMPARE(explanation.title, QStringLiteral("The group may exist"));
            QVERIFY(explanation.nextStep.contains(QStringLiteral("Check DingTalk")));
        }
        // The same failure on a call that creates nothing is a plain network problem.
        const ErrorExplanation add = ErrorCatalogue::explain(ApiError::transport(TransportFailure::Timeout, {}, true),
                                                             ErrorCatalogue::Operation::AddMembers);
        QVERIFY(add.title != QStringLiteral("The group may exist"));
    }

    void notJson_namesStatusAndTypeButNeverTheBody()
    {
        ApiError error = ApiError::transport(TransportFailure::NotJson);
        error.httpStatus = 200;
        error.contentType = QStringLiteral("text/html");
        const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::AddMembers);
        QVERIFY(explanation.explanation.contains(QStringLiteral("200")));
        QVERIFY(explanation.explanation.contains(QStringLiteral("text/html")));
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_ErrorCatalogue.moc"
