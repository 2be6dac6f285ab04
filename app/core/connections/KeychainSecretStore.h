#pragma once

#include "SecretStore.h"

class SessionSecretStore;

namespace QKeychain {
class Job;
}

/**
 * Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows), filed under SecretStore::serviceName(). QtKeychain's plain-text fallback is always off.
 *
 * When no keychain is available (no backend, no Secret Service, access denied), the store says so once through
 * persistenceChanged(false) and sessionOnlyMessage(), and from then on keeps secrets in memory for this session
 * only: nothing is ever written to disk instead.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service = serviceName(), QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return !m_sessionOnly; }
    QString sessionOnlyMessage() const override;

    QString service() const { return m_service; }
    /** QtKeychain's own words for the failure that made the store session-only (for the details pane and logs). */
    QString keychainError() const { return m_keychainError; }

private:
    /** True when the job failed because there is no usable keychain, as opposed to "no such entry". */
    static bool meansNoKeychain(const QKeychain::Job* job);
    void fallBackToSession(const QKeychain::Job* job);
    template <typename JobType> JobType* makeJob(const QString& key);

    QString m_service;
    SessionSecretStore* m_session;
    QString m_keychainError;
    bool m_sessionOnly = false;
};
