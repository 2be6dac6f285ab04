#pragma once

#include "create/CreateResult.h"

#include <QObject>
#include <QPointer>

class AddMembersJob;
class GroupApi;
class ProgressDialog;
class QWidget;

/**
 * "Retry adding the missing members" after a partial create: an AddMembersJob on the same chatid with the userids
 * that were not added (phone numbers that never became a userid are not retried), with a progress dialog and
 * Cancel. The result it reports is the create's result with the failed list shrunk to whoever still fails.
 */
class MissingMembersRetry : public QObject
{
    Q_OBJECT

public:
    MissingMembersRetry(GroupApi* api, const CreateResult& result, QWidget* window);
    ~MissingMembersRetry() override;

    void start();
    /** The userids a retry would add (the failed members that have one). */
    static QStringList retryableIds(const CreateResult& result);

signals:
    void finished(const CreateResult& result);

private:
    void onJobFinished();

    GroupApi* m_api;
    CreateResult m_result;
    QWidget* m_window;
    AddMembersJob* m_job = nullptr;
    QPointer<ProgressDialog> m_progress;
};
