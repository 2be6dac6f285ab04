#pragma once

#include "create/CreateResult.h"

#include <QObject>
#include <QPointer>

class AddMembersJob;
class GroupApi;
class ProgressDialog;
class QWidget;

/**
 * "Add to this group" once a group exists: an AddMembersJob on the same chatid with the userids the window names
 * (the member list as it stands now, less whoever is in the group), with a progress dialog and Cancel. The result
 * it reports is the create's result with the failed list replaced by whoever still fails (phone numbers that never
 * became a userid stay listed: they cannot be added).
 */
class MissingMembersRetry : public QObject
{
    Q_OBJECT

public:
    MissingMembersRetry(GroupApi* api, const CreateResult& result, const QStringList& ids, QWidget* window);
    ~MissingMembersRetry() override;

    void start();

signals:
    void finished(const CreateResult& result);

private:
    void onJobFinished();

    GroupApi* m_api;
    CreateResult m_result;
    QStringList m_ids;
    QWidget* m_window;
    AddMembersJob* m_job = nullptr;
    QPointer<ProgressDialog> m_progress;
};
