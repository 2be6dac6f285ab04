#include "CliExitCode.h"
#include "CliReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

/** What the command line prints for each outcome, without running anything. */
class TestCliReport : public QObject
{
    Q_OBJECT

private:
    struct Capture
    {
        QString out;
        QString err;
        QTextStream outStream{ &out };
        QTextStream errStream{ &err };
    };

    static QJsonObject onlyObject(const QString& out)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return QJsonObject{ { QStringLiteral("notJson"), out } };
        return document.object();
    }

private slots:
    void exitCodes_followTheContract()
    {
        QCOMPARE(CliReport::exitCodeFor(CreateResult::Outcome::Created), 0);
        QCOMPARE(CliReport::exitCodeFor(CreateResult::Outcome::Rejected), 3);
        QCOMPARE(CliReport::exitCodeFor(CreateResult::Outcome::CreatedPartially), 4);
        QCOMPARE(CliReport::exitCodeFor(CreateResult::Outcome::NotCreated), 5);
        QCOMPARE(CliReport::exitCodeFor(CreateResult::Outcome::Unknown), 5);
    }

    void created_hasIdsAndOk()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Created;
        result.openConversationId = QStringLiteral("cid1");
        result.chatid = QStringLiteral("chat1");
        result.conversationTag = 2;
        result.memberCount = 3;
        const QJsonObject json = CliReport::resultJson(result);
        QCOMPARE(json.value("errcode").toInt(-1), 0);
        QVERIFY(json.value("errcode").isDouble());
        QCOMPARE(json.value("errmsg").toString(), QStringLiteral("ok"));
        QCOMPARE(json.value("openConversationId").toString(), QStringLiteral("cid1"));
        QCOMPARE(json.value("chatid").toString(), QStringLiteral("chat1"));
        QCOMPARE(json.value("conversationTag").toInt(), 2);
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("created"));
        QVERIFY(json.value("failedMembers").isArray());
        QVERIFY(json.value("failedMembers").toArray().isEmpty());
    }

    void rejected_carriesDingTalksCodeAsNumberAndMessage()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Rejected;
        result.error = ApiError::api(QStringLiteral("60011"), QStringLiteral("没有调用该接口的权限"));
        const QJsonObject json = CliReport::resultJson(result);
        QVERIFY(json.value("errcode").isDouble());
        QCOMPARE(json.value("errcode").toInt(), 60011);
        QCOMPARE(json.value("errmsg").toString(), QStringLiteral("没有调用该接口的权限"));
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("rejected"));
    }

    void newApiCode_staysAString()
    {
        QCOMPARE(CliReport::errcodeValue(QStringLiteral("Forbidden.AccessDenied")),
                 QJsonValue(QStringLiteral("Forbidden.AccessDenied")));
        QCOMPARE(CliReport::errcodeValue(QStringLiteral("-1")), QJsonValue(-1));
    }

    void unknownOutcome_toolCodeAndCheckDingTalk()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Unknown;
        result.error = ApiError::transport(TransportFailure::Timeout, QStringLiteral("Operation canceled"), true);
        const QJsonObject json = CliReport::resultJson(result);
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("timeout"));
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("unknown"));
        QVERIFY2(json.value("errmsg").toString().contains(QStringLiteral("Check DingTalk")),
                 qPrintable(json.value("errmsg").toString()));
    }

    void htmlPage_summarisedWithStatusAndType()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Unknown;
        result.error = ApiError::transport(TransportFailure::HttpStatus, {}, true);
        result.error.httpStatus = 502;
        result.error.contentType = QStringLiteral("text/html");
        const QJsonObject json = CliReport::resultJson(result);
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("http-status"));
        QCOMPARE(json.value("httpStatus").toInt(), 502);
        QVERIFY(json.value("errmsg").toString().contains(QStringLiteral("502")));
        QVERIFY(json.value("errmsg").toString().contains(QStringLiteral("text/html")));
    }

    void partial_listsFailedMembers()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::CreatedPartially;
        result.chatid = QStringLiteral("chat1");
        result.error = ApiError::api(QStringLiteral("50002"), QStringLiteral("out of range"));
        result.failedMembers
            = { FailedMember{ "u9", {}, "50002", "out of range" }, FailedMember{ "u10", {}, "timeout", "timeout" } };
        const QJsonObject json = CliReport::resultJson(result);
        const QJsonArray failed = json.value("failedMembers").toArray();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).toObject().value("userid").toString(), QStringLiteral("u9"));
        QCOMPARE(failed.at(0).toObject().value("errcode").toInt(), 50002);
        QCOMPARE(failed.at(0).toObject().value("errmsg").toString(), QStringLiteral("out of range"));
        QCOMPARE(failed.at(1).toObject().value("errcode").toString(), QStringLiteral("timeout"));
        QCOMPARE(json.value("chatid").toString(), QStringLiteral("chat1"));
    }

    void secrets_maskedInEveryText()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Rejected;
        result.error = ApiError::api(QStringLiteral("40014"), QStringLiteral("bad token tok-ABCDEF access_token=xyz"));
        const QJsonObject json = CliReport::resultJson(result, { QStringLiteral("tok-ABCDEF") });
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY(!text.contains(QStringLiteral("tok-ABCDEF")));
        QVERIFY(!text.contains(QStringLiteral("xyz")));
    }

    void usageError_oneJsonObject_plainStderr()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        QCOMPARE(report.usageError(QStringLiteral("usage"), QStringLiteral("Unknown option 'x'.")),
                 CliExitCode::InvalidInput);
        capture.outStream.flush();
        capture.errStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("usage"));
        QCOMPARE(json.value("errmsg").toString(), QStringLiteral("Unknown option 'x'."));
        for (const char* key : { "openConversationId", "chatid", "conversationTag", "failedMembers", "outcome" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY(capture.err.contains(QStringLiteral("Unknown option 'x'.")));
        QVERIFY(!capture.err.contains(QLatin1Char('\x1b')));
    }

    void colour_onlyWhenAsked()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ false, true, false });
        report.usageError(QStringLiteral("usage"), QStringLiteral("bad"));
        capture.errStream.flush();
        QVERIFY(capture.err.contains(QStringLiteral("\x1b[31m")));
        QVERIFY(capture.out.isEmpty()); // without --json nothing goes to stdout on an error
    }

    void validation_everyIssueListed()
    {
        GroupSpec spec;
        spec.owner = QStringLiteral("o w");
        spec.members = { Member::fromUserId(QStringLiteral("a b")) };
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        QCOMPARE(report.validationFailed(spec.validate()), CliExitCode::InvalidInput);
        capture.outStream.flush();
        capture.errStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("invalid-input"));
        QStringList codes;
        const QJsonArray issues = json.value("issues").toArray();
        for (const QJsonValue& issue : issues) {
            codes.append(issue.toObject().value("code").toString());
            QVERIFY(!issue.toObject().value("message").toString().isEmpty());
        }
        QCOMPARE(codes, (QStringList{ "name-empty", "owner-invalid", "member-id-invalid" }));
        QCOMPARE(capture.err.count(QStringLiteral("Error:")), 3);
    }

    void failedMembers_mobileOnlyWherePhoneNumber()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::CreatedPartially;
        result.error = ApiError::api(QStringLiteral("60121"), QStringLiteral("找不到该用户"));
        result.failedMembers = { FailedMember{ "u9", {}, "50002", "out of range" },
                                 FailedMember{ {}, "13800000001", "60121", "找不到该用户" } };
        const QJsonArray failed = CliReport::resultJson(result).value("failedMembers").toArray();
        QVERIFY(!failed.at(0).toObject().contains("mobile"));
        const QJsonObject phone = failed.at(1).toObject();
        QCOMPARE(phone.value("userid").toString(), QString());
        QVERIFY(phone.value("userid").isString());
        QCOMPARE(phone.value("mobile").toString(), QStringLiteral("13800000001"));
        QCOMPARE(phone.value("errcode").toInt(), 60121);
        QCOMPARE(phone.value("errmsg").toString(), QStringLiteral("找不到该用户"));
    }

    void newApiError_codeStringAndMessageVerbatim()
    {
        CreateResult result;
        result.outcome = CreateResult::Outcome::Rejected;
        result.error = ApiError::api(QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"),
                                     QStringLiteral("没有调用该接口的权限"), 403);
        const QJsonObject json = CliReport::resultJson(result);
        QVERIFY(json.value("errcode").isString());
        QCOMPARE(json.value("errcode").toString(),
                 QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"));
        QCOMPARE(json.value("errmsg").toString(), QStringLiteral("没有调用该接口的权限"));
        QCOMPARE(json.value("httpStatus").toInt(), 403);
    }

    void unresolvedMobiles_exit2_listedAsFailedMembers()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        MobileResolution missing;
        missing.mobile = QStringLiteral("19900000001");
        missing.error = ApiError::api(QStringLiteral("60121"), QStringLiteral("找不到该用户"));
        QCOMPARE(report.unresolvedMobiles({ missing }), CliExitCode::InvalidInput);
        capture.outStream.flush();
        capture.errStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("unresolved-mobiles"));
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("not-created"));
        const QJsonObject entry = json.value("failedMembers").toArray().first().toObject();
        QCOMPARE(entry.value("mobile").toString(), QStringLiteral("19900000001"));
        QCOMPARE(entry.value("errcode").toInt(), 60121);
        QVERIFY(capture.err.contains(QStringLiteral("19900000001")));
        QVERIFY(capture.err.contains(QStringLiteral("--skip-unresolved")));
    }

    void lookupFailed_refusedExit3_networkExit5()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ false, false, false });
        QCOMPARE(report.lookupFailed(ApiError::api(QStringLiteral("60011"), QStringLiteral("no"))),
                 CliExitCode::Refused);
        QCOMPARE(report.lookupFailed(ApiError::transport(TransportFailure::ConnectionRefused)),
                 CliExitCode::TransportFailure);
        QCOMPARE(report.lookupFailed(ApiError::transport(TransportFailure::Cancelled)), CliExitCode::TransportFailure);
        capture.errStream.flush();
        QCOMPARE(capture.err.count(QStringLiteral("No group was created.")), 3);
    }

    void extraJsonFields_onEveryObject()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        report.addJsonField(QStringLiteral("importError"), QStringLiteral("legacy-excel"));
        report.usageError(QStringLiteral("members-file"), QStringLiteral("old workbook"));
        capture.outStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("importError").toString(), QStringLiteral("legacy-excel"));
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("members-file"));
    }

    void lookupProgress_onlyOnATerminal()
    {
        Capture pipe;
        CliReport quiet(pipe.outStream, pipe.errStream, CliReport::Style{ false, false, false });
        quiet.lookupProgress(0, 10);
        quiet.lookupProgress(10, 10);
        pipe.errStream.flush();
        QVERIFY(pipe.err.isEmpty());
        Capture terminal;
        CliReport shown(terminal.outStream, terminal.errStream, CliReport::Style{ false, false, true });
        for (int done = 0; done <= 120; ++done)
            shown.lookupProgress(done, 120);
        terminal.errStream.flush();
        QCOMPARE(terminal.err.count(QLatin1Char('\n')), 4); // 0, 50, 100, 120
        QVERIFY(terminal.out.isEmpty());
    }

    static QList<PlannedCall> samplePlan()
    {
        PlannedCall token;
        token.title = QStringLiteral("Get an access token");
        token.method = "GET";
        token.url = QUrl(QStringLiteral("https://oapi.dingtalk.com/gettoken?appkey=k&appsecret=******"));
        PlannedCall create;
        create.title = QStringLiteral("Create the group with members 1–2");
        create.method = "POST";
        create.url = QUrl(QStringLiteral("https://oapi.dingtalk.com/chat/create?access_token=******"));
        create.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        create.body = R"({"name":"T","owner":"o","useridlist":["o","a"]})";
        return { token, create };
    }

    void dryRun_json_planOutcomeAndExit0()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        QCOMPARE(report.dryRun(samplePlan(), 2, {}), CliExitCode::Success);
        capture.outStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("dry-run"));
        QCOMPARE(json.value("errcode").toInt(-1), 0);
        QCOMPARE(json.value("memberCount").toInt(), 2);
        QCOMPARE(json.value("chatid").toString(QStringLiteral("absent")), QString());
        const QJsonArray plan = json.value("plan").toArray();
        QCOMPARE(plan.size(), 2);
        const QJsonObject token = plan.at(0).toObject();
        QCOMPARE(token.value("method").toString(), QStringLiteral("GET"));
        QVERIFY(token.value("body").isNull());
        QVERIFY(token.value("headers").isObject());
        QVERIFY(token.value("curl").toString().startsWith(QStringLiteral("curl -X GET 'https://oapi")));
        const QJsonObject create = plan.at(1).toObject();
        QCOMPARE(create.value("title").toString(), QStringLiteral("Create the group with members 1–2"));
        QCOMPARE(create.value("url").toString(),
                 QStringLiteral("https://oapi.dingtalk.com/chat/create?access_token=******"));
        QCOMPARE(create.value("headers").toObject().value("Content-Type").toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(create.value("body").toObject().value("useridlist").toArray().size(), 2);
        QVERIFY(create.value("curl").toString().contains(QStringLiteral("--data-raw")));
    }

    void dryRun_text_everyCallOnStdout()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ false, false, false });
        MobileResolution missing;
        missing.mobile = QStringLiteral("19900000001");
        missing.error = ApiError::api(QStringLiteral("60121"), QStringLiteral("找不到该用户"));
        QCOMPARE(report.dryRun(samplePlan(), 2, { missing }), CliExitCode::Success);
        capture.outStream.flush();
        capture.errStream.flush();
        QVERIFY(capture.out.contains(QStringLiteral("Call 1 of 2: Get an access token")));
        QVERIFY(capture.out.contains(QStringLiteral("POST https://oapi.dingtalk.com/chat/create")));
        QVERIFY(capture.out.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(capture.out.contains(QStringLiteral("\"useridlist\"")));
        QCOMPARE(capture.out.count(QStringLiteral("  curl -X ")), 2);
        QVERIFY(capture.err.contains(QStringLiteral("Nothing was created")));
        QVERIFY(capture.err.contains(QStringLiteral("19900000001")));
    }

    void historyProblem_warningAndJsonField()
    {
        Capture capture;
        CliReport report(capture.outStream, capture.errStream, CliReport::Style{ true, false, false });
        report.historyProblem(QString(), QString()); // nothing wrong: nothing said
        report.historyProblem(QStringLiteral("The history file was damaged."), QStringLiteral("/h.json.damaged-1"));
        CreateResult result;
        result.outcome = CreateResult::Outcome::Created;
        QCOMPARE(report.finished(result, QStringLiteral("T")), CliExitCode::Success);
        capture.outStream.flush();
        capture.errStream.flush();
        const QJsonObject json = onlyObject(capture.out);
        QCOMPARE(json.value("historyError").toString(), QStringLiteral("The history file was damaged."));
        QCOMPARE(json.value("historyDamagedFile").toString(), QStringLiteral("/h.json.damaged-1"));
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("created"));
        QCOMPARE(capture.err.count(QStringLiteral("Warning:")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_CliReport.moc"
