#include "FixedTokenProvider.h"

#include <QPointer>

FixedTokenProvider::FixedTokenProvider(const QString& token, QObject* parent)
    : TokenProvider(nullptr, nullptr, parent)
    , m_token(token)
{
}

void FixedTokenProvider::requestToken(QObject* context, Callback callback)
{
    QPointer<QObject> guard(context);
    if (guard)
        callback(m_token, ApiError());
}
