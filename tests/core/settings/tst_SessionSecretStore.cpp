// The in-memory secret store: the SecretStore contract (asynchronous callbacks, never after their context died) and
// the session-only promise.
#include "SecretStoreContract.h"
#include "connections/SessionSecretStore.h"

#include <QTest>

class TestSessionSecretStore : public QObject
{
    Q_OBJECT

private:
    static SecretResult wait(const std::function<void(SecretStore::Callback)>& start)
    {
        return SecretStoreContract::wait(start, 5000);
    }

private slots:
    void writeReadOverwriteRemove()
    {
        SessionSecretStore store;
        QObject context;
        QVERIFY(!store.isPersistent());
        QVERIFY(store.sessionOnlyMessage().contains(QLatin1String("never written to disk")));
        QCOMPARE(wait([&](auto done) { store.read(QStringLiteral("k"), &context, done); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(wait([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("one"), &context, done); }).ok());
        SecretResult read = wait([&](auto done) { store.read(QStringLiteral("k"), &context, done); });
        QVERIFY(read.ok());
        QVERIFY(read.sessionOnly);
        QCOMPARE(read.secret, QStringLiteral("one"));
        SecretStoreContract::verifyOverwriteThenRemove(store, &context, QStringLiteral("k"), QStringLiteral("two"),
                                                       5000);
    }

    void callbacks_comeLaterNeverDuringTheCall()
    {
        SessionSecretStore store;
        bool called = false;
        store.write(QStringLiteral("k"), QStringLiteral("v"), nullptr, [&](const SecretResult&) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void callbacks_neverReachADeadContext()
    {
        SessionSecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("k"), context, [&](const SecretResult&) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void clear_forgetsEverything()
    {
        SessionSecretStore store;
        store.insert(QStringLiteral("a"), QStringLiteral("1"));
        store.insert(QStringLiteral("b"), QStringLiteral("2"));
        store.clear();
        QVERIFY(!store.contains(QStringLiteral("a")));
        QVERIFY(!store.contains(QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestSessionSecretStore)
#include "tst_SessionSecretStore.moc"
