#pragma once

#include "GroupDifference.h"
#include "GroupState.h"
#include "dingtalk/ApiCall.h"
#include "dingtalk/ApiError.h"

#include <QObject>
#include <QPointer>

class GroupApi;

/**
 * Reads a group back from DingTalk (GET /chat/get) and lists every way it differs from what was asked: name, owner,
 * member count, members missing or unexpected, and each of the six settings. Sends nothing that changes the group.
 */
class GroupVerifier : public QObject
{
    Q_OBJECT

public:
    explicit GroupVerifier(GroupApi* api, QObject* parent = nullptr);
    ~GroupVerifier() override;

    /** Starts reading the group `chatid`; finished() follows. `asked.memberIds` as sent: owner included. */
    void verify(const QString& chatid, const GroupState& asked);
    bool isRunning() const { return m_call; }

    /** The group as DingTalk has it (empty when the read failed). */
    const GroupState& actual() const { return m_actual; }
    const GroupDifferences& differences() const { return m_differences; }
    /** Why the group could not be read; isOk() when it was. */
    const ApiError& error() const { return m_error; }

    /** The comparison itself, without the network. */
    static GroupDifferences compare(const GroupState& asked, const GroupState& actual);

signals:
    void finished();

private:
    void onReadFinished();
    void stop();

    GroupApi* m_api;
    QPointer<ApiCall> m_call;
    GroupState m_asked;
    GroupState m_actual;
    GroupDifferences m_differences;
    ApiError m_error;
};
