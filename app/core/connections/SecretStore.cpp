#include "SecretStore.h"

#include <QTimer>

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

void SecretStore::deliver(QObject* context, Callback done, const SecretResult& result)
{
    if (!done)
        return;
    // Never during the call: a caller may still be connecting or holding a lock.
    if (context)
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    else
        QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}
