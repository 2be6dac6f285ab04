#pragma once

#include "SecretStore.h"

#include <QHash>

/**
 * Secrets in memory for this session only: for tests, for the sandbox, and behind the keychain store when no
 * keychain is available. Nothing is ever written to disk.
 */
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject* parent = nullptr);
    ~SessionSecretStore() override;

    void read(const QString& key, QObject* context, Callback done) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback done) override;
    void remove(const QString& key, QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }
    QString sessionOnlyMessage() const override;

    /** The same, at once: for the keychain store's fallback. */
    bool contains(const QString& key) const { return m_secrets.contains(key); }
    QString value(const QString& key) const { return m_secrets.value(key); }
    void insert(const QString& key, const QString& secret) { m_secrets.insert(key, secret); }
    void erase(const QString& key);
    /** Forgets every secret. */
    void clear();

    /** The message shown whenever secrets are kept for this session only. */
    static QString sessionOnlyText();

private:
    QHash<QString, QString> m_secrets;
};
