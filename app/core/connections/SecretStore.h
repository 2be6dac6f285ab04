#pragma once

#include "SecretResult.h"

#include <QObject>
#include <functional>

/**
 * Where AppSecrets and proxy passwords are kept: never in the settings file. Asynchronous, as OS keychains are;
 * every callback arrives later on the caller's thread (never during the call) and never after `context` died.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult& result)>;

    /** The service name the secrets are filed under in the OS keychain. */
    static QString serviceName() { return QStringLiteral("DingTalk Group Creator"); }

    /** Reads the secret under `key`. */
    virtual void read(const QString& key, QObject* context, Callback done) = 0;
    /** Stores `secret` under `key`, replacing what was there. */
    virtual void write(const QString& key, const QString& secret, QObject* context, Callback done) = 0;
    /** Forgets the secret under `key` ("Forget secret"); NotFound counts as done. */
    virtual void remove(const QString& key, QObject* context, Callback done) = 0;

    /** False when secrets live in memory only and are gone when the application ends. */
    virtual bool isPersistent() const = 0;
    /** Why secrets are kept for this session only, for the UI to show; empty while they are kept in the keychain. */
    virtual QString sessionOnlyMessage() const = 0;

signals:
    /** The store stopped (or started) keeping secrets beyond this session. */
    void persistenceChanged(bool persistent);

protected:
    explicit SecretStore(QObject* parent = nullptr);
    /** Calls `done` on the next turn of the event loop, if `context` still lives. */
    static void deliver(QObject* context, Callback done, const SecretResult& result);
};
