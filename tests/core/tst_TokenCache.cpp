#include "dingtalk/TokenCache.h"

#include <QTest>

class TestTokenCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        m_cache.clear();
        m_cache.setClock([this] { return m_now; });
    }

    void token_isReusedUntilTenMinutesBeforeExpiry()
    {
        m_cache.store(QStringLiteral("k"), QStringLiteral("t1"), 7200);
        QCOMPARE(m_cache.validToken(QStringLiteral("k")), QStringLiteral("t1"));
        m_now = m_now.addSecs(7200 - 601);
        QCOMPARE(m_cache.validToken(QStringLiteral("k")), QStringLiteral("t1"));
        m_now = m_now.addSecs(1);
        QVERIFY(m_cache.validToken(QStringLiteral("k")).isEmpty());
    }

    void keys_doNotShareTokens()
    {
        m_cache.store(QStringLiteral("org-a"), QStringLiteral("ta"), 7200);
        QVERIFY(m_cache.validToken(QStringLiteral("org-b")).isEmpty());
    }

    void invalidate_dropsOnlyTheRejectedToken()
    {
        m_cache.store(QStringLiteral("k"), QStringLiteral("new"), 7200);
        // A call that still held the old token reports it: the fresh token another call fetched stays.
        m_cache.invalidate(QStringLiteral("k"), QStringLiteral("old"));
        QCOMPARE(m_cache.validToken(QStringLiteral("k")), QStringLiteral("new"));
        m_cache.invalidate(QStringLiteral("k"), QStringLiteral("new"));
        QVERIFY(m_cache.validToken(QStringLiteral("k")).isEmpty());
    }

    void shortLivedToken_isNeverReused()
    {
        m_cache.store(QStringLiteral("k"), QStringLiteral("t"), 300);
        QVERIFY(m_cache.validToken(QStringLiteral("k")).isEmpty());
    }

private:
    TokenCache m_cache;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_TokenCache.moc"
