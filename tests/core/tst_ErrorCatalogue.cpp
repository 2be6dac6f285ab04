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
        // RetryPolicy owns the lists of codes worth waiting for; the catalogue words them by it.
        const auto title = [](int code) {
            return ErrorCatalogue::explain(ApiError::api(QString::number(code), {}),
                                           ErrorCatalogue::Operation::AddMembers)
                .title;
        };
        const QString busy = title(-1);
        const QString rateLimited = title(90018);
        QVERIFY(busy != rateLimited);
        QList<int> retried;
        for (int code : ErrorCatalogue::knownCodes()) {
            const RetryPolicy::Answer answer = RetryPolicy::answerForCode(code);
            if (answer != RetryPolicy::Answer::Busy && answer != RetryPolicy::Answer::RateLimited) {
                QVERIFY2(title(code) != busy && title(code) != rateLimited, qPrintable(QString::number(code)));
                continue;
            }
            retried.append(code);
            QCOMPARE(title(code), answer == RetryPolicy::Answer::Busy ? busy : rateLimited);
        }
        std::sort(retried.begin(), retried.end());
        QCOMPARE(retried, (QList<int>{ -1, 90002, 90005, 90006, 90007, 90008, 90018 }));
        // The monthly quota, the bans and the five-minute IP ban are explained, but never waited for.
        for (int code : { 90020, 1111, 90001, 90003, 90004, 90009, 90014, 90017 })
            QCOMPARE(RetryPolicy::judge(ApiOperation::AddMembers, ApiError::api(QString::number(code), {})).retry,
                     RetryPolicy::Reason::None);
    }

    void createAnswers_thatDoNotProveInaction_sayTheGroupMayExist_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("quota");
        QTest::newRow("-1") << QStringLiteral("-1") << 200 << false;
        QTest::newRow("400001") << QStringLiteral("400001") << 200 << true;
        QTest::newRow("1111") << QStringLiteral("1111") << 200 << false;
        QTest::newRow("v1 system.busy 429") << QStringLiteral("system.busy") << 429 << false;
        QTest::newRow("v1 system.busy 500") << QStringLiteral("system.busy") << 500 << false;
        QTest::newRow("v1 system.busy 400") << QStringLiteral("system.busy") << 400 << false;
        QTest::newRow("v1 system.error") << QStringLiteral("system.error") << 500 << true;
    }

    void createAnswers_thatDoNotProveInaction_sayTheGroupMayExist()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(bool, quota);
        ApiError error = ApiError::api(code, QStringLiteral("msg"), status);
        const RetryPolicy::Verdict verdict = RetryPolicy::judge(ApiOperation::Create, error);
        QVERIFY(verdict.outcomeUnknown);
        QCOMPARE(verdict.retry, RetryPolicy::Reason::None);
        QVERIFY(!verdict.newToken);
        error.outcomeUnknown = verdict.outcomeUnknown;
        const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::Create);
        QCOMPARE(explanation.title,
                 quota ? QStringLiteral("The group may exist, or the organisation cannot create "
                                        "more groups")
                       : QStringLiteral("The group may exist"));
        QVERIFY(explanation.nextStep.contains(QStringLiteral("Check DingTalk")));
        // The same answers on an add or a read are not about a group that may exist.
        QVERIFY(!RetryPolicy::judge(ApiOperation::AddMembers, error).outcomeUnknown);
        QVERIFY(!RetryPolicy::judge(ApiOperation::Token, error).outcomeUnknown);
    }

    void createAnswers_thatProveInaction_mayBeRepeated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("subCode");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reason");
        QTest::newRow("90018") << QStringLiteral("90018") << QString() << 200 << int(RetryPolicy::Reason::RateLimit);
        QTest::newRow("90002") << QStringLiteral("90002") << QString() << 200 << int(RetryPolicy::Reason::RateLimit);
        QTest::newRow("88/90018") << QStringLiteral("88") << QStringLiteral("90018") << 200
                                  << int(RetryPolicy::Reason::RateLimit);
        QTest::newRow("v1 Qps") << QStringLiteral("Forbidden.AccessDenied.QpsLimitForAppkeyAndApi") << QString() << 403
                                << int(RetryPolicy::Reason::RateLimit);
        QTest::newRow("v1 Qps for api") << QStringLiteral("Forbidden.AccessDenied.QpsLimitForApi") << QString() << 403
                                        << int(RetryPolicy::Reason::RateLimit);
        QTest::newRow("v1 Qpm") << QStringLiteral("Forbidden.AccessDenied.QpmLimitForAppkeyAndApi") << QString() << 403
                                << int(RetryPolicy::Reason::MinuteLimit);
    }

    void createAnswers_thatProveInaction_mayBeRepeated()
    {
        QFETCH(QString, code);
        QFETCH(QString, subCode);
        QFETCH(int, status);
        QFETCH(int, reason);
        ApiError error = ApiError::api(code, {}, status);
        error.subCode = subCode;
        const RetryPolicy::Verdict verdict = RetryPolicy::judge(ApiOperation::Create, error);
        QCOMPARE(int(verdict.retry), reason);
        QVERIFY(!verdict.outcomeUnknown);
    }

    void tokenRejections_getANewTokenOnEveryCall()
    {
        for (const ApiError& error : { ApiError::api(QStringLiteral("42001"), {}),
                                       ApiError::api(QStringLiteral("InvalidAuthentication"), {}, 401) }) {
            for (ApiOperation operation : { ApiOperation::Create, ApiOperation::AddMembers, ApiOperation::ReadGroup }) {
                const RetryPolicy::Verdict verdict = RetryPolicy::judge(operation, error);
                QVERIFY(verdict.newToken);
                QVERIFY(!verdict.outcomeUnknown);
            }
        }
    }

    void definiteRefusals_areRefusalsOnACreate()
    {
        for (const QString& code :
             { QStringLiteral("40031"), QStringLiteral("49006"), QStringLiteral("49007"), QStringLiteral("1002"),
               QStringLiteral("60011"), QStringLiteral("90020"), QStringLiteral("90001"), QStringLiteral("90017"),
               QStringLiteral("parameter.invalid"), QStringLiteral("Forbidden.AccessDenied.ApiCountLimitForOrg") }) {
            const RetryPolicy::Verdict verdict = RetryPolicy::judge(ApiOperation::Create, ApiError::api(code, {}, 400));
            QVERIFY2(!verdict.outcomeUnknown && verdict.retry == RetryPolicy::Reason::None && !verdict.newToken,
                     qPrintable(code));
        }
    }

    void groupLimit_advisesTheAdministratorNeverDissolving()
    {
        for (const QString& code : { QStringLiteral("1002"), QStringLiteral("49007") }) {
            const ErrorExplanation explanation = ErrorCatalogue::explain(ApiError::api(code, {}));
            QCOMPARE(explanation.title, QStringLiteral("The organisation has reached DingTalk's limit on groups"));
            QVERIFY(explanation.explanation.contains(QStringLiteral("cannot be dissolved through DingTalk's API")));
            QVERIFY(explanation.nextStep.contains(QStringLiteral("DingTalk administrator or DingTalk")));
            QVERIFY(!explanation.nextStep.contains(QStringLiteral("dissolve")));
        }
    }

    void permissionRefusal_namesThePermissionOfTheCall_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("permission");
        QTest::newRow("create") << int(ApiOperation::Create) << QStringLiteral("qyapi_chat_manage");
        QTest::newRow("add") << int(ApiOperation::AddMembers) << QStringLiteral("qyapi_chat_manage");
        QTest::newRow("chat/get") << int(ApiOperation::ReadGroup) << QStringLiteral("qyapi_chat_read");
        QTest::newRow("join link") << int(ApiOperation::JoinLink) << QStringLiteral("qyapi_chat_base_read");
        QTest::newRow("phone") << int(ApiOperation::LookUpMobile) << QStringLiteral("qyapi_get_member_by_mobile");
        QTest::newRow("departments") << int(ApiOperation::ListDepartments)
                                     << QStringLiteral("qyapi_get_department_list");
        QTest::newRow("department people")
            << int(ApiOperation::ListDepartmentMembers) << QStringLiteral("qyapi_get_department_member");
        QTest::newRow("person") << int(ApiOperation::ReadMember) << QStringLiteral("qyapi_get_member");
        QTest::newRow("search") << int(ApiOperation::SearchUsers) << QStringLiteral("qyapi_addresslist_search");
    }

    void permissionRefusal_namesThePermissionOfTheCall()
    {
        QFETCH(int, operation);
        QFETCH(QString, permission);
        const auto op = ApiOperation(operation);
        // DingTalk's own text does not name it.
        const ApiError legacy
            = ApiError::api(QStringLiteral("60011"),
                            QStringLiteral("没有调用该接口的权限，接口权限申请参考：https://open.dingtalk.com"));
        const ApiError v1
            = ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"), {}, 403);
        for (const ApiError& error : { legacy, v1 }) {
            const ErrorExplanation explanation = ErrorCatalogue::explain(error, op);
            QVERIFY2(explanation.explanation.contains(permission), qPrintable(explanation.explanation));
            QVERIFY2(explanation.nextStep.contains(permission), qPrintable(explanation.nextStep));
            for (const QString& other : { QStringLiteral("qyapi_chat_manage"), QStringLiteral("qyapi_chat_read") }) {
                if (other != permission && !permission.startsWith(other))
                    QVERIFY2(!explanation.explanation.contains(other), qPrintable(explanation.explanation));
            }
        }
    }

    void permissionRefusal_showsWhatDingTalkListed()
    {
        ApiError error = ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"), {}, 403);
        error.requiredPermissions
            = QStringList{ QStringLiteral("Contact.User.Read"), QStringLiteral("qyapi_get_member") };
        const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::ReadMember);
        QVERIFY(explanation.explanation.contains(QStringLiteral("Contact.User.Read, qyapi_get_member")));
        QVERIFY(explanation.nextStep.contains(QStringLiteral("Contact.User.Read, qyapi_get_member")));
    }

    void newCodes_haveTheirOwnWords()
    {
        const QString fallback
            = ErrorCatalogue::explain(ApiError::api(QStringLiteral("Something.Else"), {}, 400)).title;
        const ErrorExplanation qpm = ErrorCatalogue::explain(
            ApiError::api(QStringLiteral("Forbidden.AccessDenied.QpmLimitForAppkeyAndApi"), {}, 403));
        QVERIFY(qpm.nextStep.contains(QStringLiteral("at least a minute")));
        const ErrorExplanation monthly = ErrorCatalogue::explain(
            ApiError::api(QStringLiteral("Forbidden.AccessDenied.ApiCountLimitForOrg"), {}, 403));
        QCOMPARE(monthly.title, ErrorCatalogue::explain(ApiError::api(QStringLiteral("90020"), {})).title);
        ApiError topapiRate = ApiError::api(QStringLiteral("88"), {});
        topapiRate.subCode = QStringLiteral("90018");
        QCOMPARE(ErrorCatalogue::explain(topapiRate).title,
                 ErrorCatalogue::explain(ApiError::api(QStringLiteral("90018"), {})).title);
        const QString banned = ErrorCatalogue::explain(ApiError::api(QStringLiteral("90001"), {})).title;
        for (int code : { 90003, 90004, 90009, 90010, 90011, 90012, 90013, 90014, 90017 })
            QCOMPARE(ErrorCatalogue::explain(ApiError::api(QString::number(code), {})).title, banned);
        for (const QString& title : { qpm.title, monthly.title, banned })
            QVERIFY(title != fallback);
        const ErrorExplanation notSucceeded = ErrorCatalogue::explain(
            ApiError::api(QStringLiteral("success.false"), {}), ErrorCatalogue::Operation::AddMembers);
        QVERIFY(notSucceeded.title != fallback);
    }

    void incompleteAnswer_saysWhatCameBack()
    {
        ApiError error = ApiError::transport(TransportFailure::IncompleteAnswer, QStringLiteral("errcode, errmsg"));
        error.httpStatus = 200;
        error.contentType = QStringLiteral("application/json");
        const ErrorExplanation token = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::Token);
        QVERIFY2(token.explanation.contains(QStringLiteral("HTTP 200 (application/json)")),
                 qPrintable(token.explanation));
        QVERIFY(token.explanation.contains(QStringLiteral("errcode, errmsg")));
        error.outcomeUnknown = true;
        QCOMPARE(ErrorCatalogue::explain(error, ErrorCatalogue::Operation::Create).title,
                 QStringLiteral("The group may exist"));
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
                                                TransportFailure::NotJson,           TransportFailure::Cancelled,
                                                TransportFailure::IncompleteAnswer };
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
