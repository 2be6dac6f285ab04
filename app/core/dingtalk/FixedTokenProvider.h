#pragma once

#include "TokenProvider.h"

/** A token the user pasted: used as it is; when DingTalk rejects it, the user has to paste a new one. */
class FixedTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit FixedTokenProvider(const QString& token, QObject* parent = nullptr);
    void requestToken(QObject* context, Callback callback) override;
    void invalidate(const QString&) override { }
    bool canRefresh() const override { return false; }
    OutgoingRequest tokenRequest() const override { return {}; }

protected:
    QString cacheKey() const override { return QString(); }
    bool parseTokenReply(const ServerReply&, QString&, int&, ApiError&) const override { return false; }

private:
    QString m_token;
};
