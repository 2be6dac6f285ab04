#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "lookup/MobileResolver.h"
#include "members/MobileNumber.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestMobileResolver : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    ConnectionSettings settings() const { return EmulatorFixture::connection(m_emulator); }

    QList<EmulatedEmployee> activeEmployees(int count) const
    {
        return EmulatorFixture::activeEmployees(m_emulator, count);
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "13800138000"
                               << "13800138000";
        QTest::newRow("+86 with spaces") << "+86 138 0013 8000"
                                         << "13800138000";
        QTest::newRow("dashes") << "138-0013-8000"
                                << "13800138000";
        QTest::newRow("0086") << "0086 13800138000"
                              << "13800138000";
        QTest::newRow("86 without plus") << "8613800138000"
                                         << "13800138000";
        QTest::newRow("full-width digits") << QStringLiteral("１３８００１３８０００") << "13800138000";
        QTest::newRow("full-width plus and dash")
            << QStringLiteral("＋８６ １３８－００１３－８０００") << "13800138000";
        QTest::newRow("ideographic space") << QStringLiteral("138\u30000013\u30008000") << "13800138000";
        QTest::newRow("parentheses") << "(+86) 13800138000"
                                     << "13800138000";
        QTest::newRow("too short") << "1380013800"
                                   << "";
        QTest::newRow("landline") << "010-12345678"
                                  << "";
        // Outside mainland China DingTalk stores "+<country code>-<number>".
        QTest::newRow("other country") << "+1 415 555 0100"
                                       << "+1-4155550100";
        QTest::newRow("hong kong") << "+852 9123 4567"
                                   << "+852-91234567";
        QTest::newRow("hong kong as dingtalk stores it") << "+852-91234567"
                                                         << "+852-91234567";
        QTest::newRow("macau full-width") << "＋８５３ ６６１２ ３４５６"
                                          << "+853-66123456";
        QTest::newRow("mainland with +86 stays 11 digits") << "+86-13800138000"
                                                           << "13800138000";
        QTest::newRow("abroad without plus is not a number") << "85291234567"
                                                             << "";
        QTest::newRow("plus with too few digits") << "+852 12"
                                                  << "";
        QTest::newRow("userid") << "manager4220"
                                << "";
        QTest::newRow("starts with 12") << "12800138000"
                                        << "";
    }

    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(MobileNumber::normalise(text), expected);
    }

    void numbers_becomeUserIds_andTheUnknownAreExplained()
    {
        const QList<EmulatedEmployee> people = activeEmployees(3);
        m_emulator.setEmployeeActive(people.at(2).userid, false);
        DingTalkClient client(settings());
        MobileResolver resolver(client.api(),
                                { QStringLiteral("+86 ") + people.at(0).mobile, people.at(1).mobile,
                                  people.at(2).mobile, QStringLiteral("13999999999"), QStringLiteral("12345"),
                                  people.at(1).mobile });
        QSignalSpy finished(&resolver, &MobileResolver::finished);
        resolver.start();
        QVERIFY(finished.wait());
        const QList<MobileResolution>& results = resolver.results();
        QCOMPARE(results.size(), 5); // the repeated number is asked once
        QCOMPARE(results.at(0).userid, people.at(0).userid);
        QCOMPARE(results.at(1).userid, people.at(1).userid);
        QVERIFY(results.at(2).userid.isEmpty());
        QVERIFY(results.at(2).error.hasCode(60121)); // has left the company
        QVERIFY(results.at(3).error.hasCode(60121)); // nobody has this number
        QVERIFY(results.at(4).error.hasCode(40104)); // not a number at all: not even sent
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")), 4);
        QCOMPARE(resolver.useridFor(QStringLiteral("+86 ") + people.at(0).mobile), people.at(0).userid);
    }

    void internationalNumber_isSentInDingTalksFormAndFound()
    {
        // DingTalk stores numbers outside mainland China as "+852-xxxxxxxx"; they are no longer refused before the
        // lookup, and a mainland number is still sent as 11 digits.
        const QList<EmulatedEmployee> people = activeEmployees(2);
        m_emulator.setEmployeeMobile(people.at(0).userid, QStringLiteral("+852-91234567"));
        DingTalkClient client(settings());
        MobileResolver resolver(client.api(),
                                { QStringLiteral("+852 9123 4567"), QStringLiteral("+86 ") + people.at(1).mobile });
        QSignalSpy finished(&resolver, &MobileResolver::finished);
        resolver.start();
        QVERIFY(finished.wait());
        QCOMPARE(resolver.results().size(), 2);
        QCOMPARE(resolver.results().at(0).userid, people.at(0).userid);
        QCOMPARE(resolver.results().at(1).userid, people.at(1).userid);
        QStringList sent;
        for (const RecordedRequest& request : m_emulator.requests()) {
            if (request.path == QLatin1String("/topapi/v2/user/getbymobile"))
                sent.append(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("mobile")).toString());
        }
        sent.sort();
        QStringList expected{ QStringLiteral("+852-91234567"), people.at(1).mobile };
        expected.sort();
        QCOMPARE(sent, expected);
    }

    void answers_areCachedForTheSession()
    {
        const QList<EmulatedEmployee> people = activeEmployees(2);
        DingTalkClient client(settings());
        for (int round = 0; round < 2; ++round) {
            MobileResolver resolver(client.api(), { people.at(0).mobile, people.at(1).mobile });
            QSignalSpy finished(&resolver, &MobileResolver::finished);
            resolver.start();
            QVERIFY(finished.wait());
            QCOMPARE(resolver.results().at(1).userid, people.at(1).userid);
        }
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")), 2);
    }

    void lookups_arePacedBelowTheRateLimit()
    {
        m_emulator.setRateLimit(true, 20);
        QStringList mobiles;
        for (const EmulatedEmployee& employee : activeEmployees(45))
            mobiles.append(employee.mobile);
        DingTalkClient client(settings());
        MobileResolver resolver(client.api(), mobiles);
        QSignalSpy finished(&resolver, &MobileResolver::finished);
        QElapsedTimer timer;
        timer.start();
        resolver.start();
        QVERIFY(finished.wait(20000));
        for (const MobileResolution& resolution : resolver.results())
            QVERIFY2(resolution.error.isOk(), qPrintable(resolution.error.summary()));
        // 45 calls at 20 a second need two full windows, and no call was refused and repeated.
        QVERIFY(timer.elapsed() >= 2000);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")), 45);
    }

    void cancel_stopsAndMarksTheRest()
    {
        m_emulator.setLatency(100);
        QStringList mobiles;
        for (const EmulatedEmployee& employee : activeEmployees(10))
            mobiles.append(employee.mobile);
        DingTalkClient client(settings());
        MobileResolver resolver(client.api(), mobiles);
        QSignalSpy finished(&resolver, &MobileResolver::finished);
        QSignalSpy progress(&resolver, &MobileResolver::progress);
        resolver.start();
        QTRY_VERIFY(progress.count() >= 2);
        resolver.cancel();
        QVERIFY(finished.count() == 1 || finished.wait());
        QVERIFY(resolver.wasCancelled());
        QCOMPARE(resolver.results().last().error.failure, TransportFailure::Cancelled);
        QVERIFY(m_emulator.requestCount(QStringLiteral("/topapi/v2/user/getbymobile")) < 10);
    }

    void tokenExpiryOnTopapi_isRefreshedOnce()
    {
        const QList<EmulatedEmployee> people = activeEmployees(2);
        DingTalkClient client(settings());
        {
            MobileResolver first(client.api(), { people.at(0).mobile });
            QSignalSpy finished(&first, &MobileResolver::finished);
            first.start();
            QVERIFY(finished.wait());
        }
        m_emulator.expireAllTokens();
        MobileResolver second(client.api(), { people.at(1).mobile });
        QSignalSpy finished(&second, &MobileResolver::finished);
        second.start();
        QVERIFY(finished.wait());
        QCOMPARE(second.results().first().userid, people.at(1).userid);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 2);
    }
};

QTEST_GUILESS_MAIN(TestMobileResolver)
#include "tst_MobileResolver.moc"
