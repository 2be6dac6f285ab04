#pragma once

// What every SecretStore promises, checked the same way for the in-memory store and the OS keychain store.
#include "connections/SecretStore.h"

#include <QTest>
#include <functional>

namespace SecretStoreContract {

/** Starts one store operation and waits for its callback; stops the whole suite if none came within `timeoutMs`. */
inline SecretResult wait(const std::function<void(SecretStore::Callback)>& start, int timeoutMs)
{
    SecretResult result;
    bool done = false;
    start([&](const SecretResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("the secret store never answered");
    return result;
}

/**
 * Overwrites what `store` holds under `key` with `secret` and reads it back, then forgets it: a read finds nothing,
 * and forgetting what is not there is no error.
 */
inline void verifyOverwriteThenRemove(SecretStore& store, QObject* context, const QString& key, const QString& secret,
                                      int timeoutMs)
{
    QVERIFY(wait([&](auto done) { store.write(key, secret, context, done); }, timeoutMs).ok());
    QCOMPARE(wait([&](auto done) { store.read(key, context, done); }, timeoutMs).secret, secret);
    QVERIFY(wait([&](auto done) { store.remove(key, context, done); }, timeoutMs).ok());
    QCOMPARE(wait([&](auto done) { store.read(key, context, done); }, timeoutMs).status,
             SecretResult::Status::NotFound);
    QVERIFY(wait([&](auto done) { store.remove(key, context, done); }, timeoutMs).ok());
}

} // namespace SecretStoreContract
