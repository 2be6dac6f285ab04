#include "SessionSecretStore.h"

SessionSecretStore::SessionSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

SessionSecretStore::~SessionSecretStore() = default;

void SessionSecretStore::read(const QString& key, QObject* context, Callback done)
{
    SecretResult result;
    result.sessionOnly = true;
    if (m_secrets.contains(key))
        result.secret = m_secrets.value(key);
    else
        result.status = SecretResult::Status::NotFound;
    deliver(context, std::move(done), result);
}

void SessionSecretStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    m_secrets.insert(key, secret);
    SecretResult result;
    result.sessionOnly = true;
    deliver(context, std::move(done), result);
}

void SessionSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    erase(key);
    SecretResult result;
    result.sessionOnly = true;
    deliver(context, std::move(done), result);
}

QString SessionSecretStore::sessionOnlyMessage() const
{
    return sessionOnlyText();
}

void SessionSecretStore::erase(const QString& key)
{
    m_secrets.remove(key);
}

void SessionSecretStore::clear()
{
    m_secrets.clear();
}

QString SessionSecretStore::sessionOnlyText()
{
    return tr("No keychain is available: the secret is kept for this session only and never written to disk");
}
