#include "KeychainSecretStore.h"

#include "SessionSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_session(new SessionSecretStore(this))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

template <typename JobType> JobType* KeychainSecretStore::makeJob(const QString& key)
{
    auto* job = new JobType(m_service, this);
    job->setKey(key);
    // QtKeychain would otherwise write the secret into a plain QSettings file where no keychain exists.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    return job;
}

bool KeychainSecretStore::meansNoKeychain(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return true;
}

void KeychainSecretStore::fallBackToSession(const QKeychain::Job* job)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_keychainError = job->errorString();
    emit persistenceChanged(false);
}

QString KeychainSecretStore::sessionOnlyMessage() const
{
    return m_sessionOnly ? SessionSecretStore::sessionOnlyText() : QString();
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    // A secret kept for this session (no keychain, or written after the keychain failed) wins.
    if (m_sessionOnly || m_session->contains(key)) {
        m_session->read(key, context, [this, done](SecretResult result) {
            result.message = sessionOnlyMessage();
            if (done)
                done(result);
        });
        return;
    }
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, key, guard, hasContext, done] {
        SecretResult result;
        if (job->error() == QKeychain::NoError) {
            result.secret = job->textData();
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.status = SecretResult::Status::NotFound;
        } else {
            fallBackToSession(job);
            result.status = SecretResult::Status::NotFound;
            result.sessionOnly = true;
            result.message = sessionOnlyMessage();
        }
        if (done && (!hasContext || guard))
            done(result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, Callback done)
{
    if (m_sessionOnly) {
        m_session->write(key, secret, context, [this, done](SecretResult result) {
            result.message = sessionOnlyMessage();
            if (done)
                done(result);
        });
        return;
    }
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, guard, hasContext, done] {
        SecretResult result;
        if (job->error() == QKeychain::NoError) {
            m_session->erase(key);
        } else if (meansNoKeychain(job)) {
            fallBackToSession(job);
            m_session->insert(key, secret);
            result.sessionOnly = true;
            result.message = sessionOnlyMessage();
        } else {
            result.status = SecretResult::Status::Failed;
            result.message = tr("The keychain could not store the secret: %1").arg(job->errorString());
        }
        if (done && (!hasContext || guard))
            done(result);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    m_session->erase(key);
    if (m_sessionOnly) {
        SecretResult result;
        result.sessionOnly = true;
        result.message = sessionOnlyMessage();
        deliver(context, std::move(done), result);
        return;
    }
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, hasContext, done] {
        SecretResult result;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            // removed, or there was nothing to remove
        } else if (meansNoKeychain(job)) {
            fallBackToSession(job);
            result.sessionOnly = true;
            result.message = sessionOnlyMessage();
        } else {
            result.status = SecretResult::Status::Failed;
            result.message = tr("The keychain could not forget the secret: %1").arg(job->errorString());
        }
        if (done && (!hasContext || guard))
            done(result);
    });
    job->start();
}
