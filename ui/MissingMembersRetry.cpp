#include "MissingMembersRetry.h"

#include "ProgressDialog.h"
#include "create/AddMembersJob.h"

MissingMembersRetry::MissingMembersRetry(GroupApi* api, const CreateResult& result, const QStringList& ids,
                                         QWidget* window)
    : QObject(window)
    , m_api(api)
    , m_result(result)
    , m_ids(ids)
    , m_window(window)
{
}

MissingMembersRetry::~MissingMembersRetry()
{
    if (m_progress)
        m_progress->deleteLater();
}

void MissingMembersRetry::start()
{
    m_job = new AddMembersJob(m_api, m_result.chatid, m_ids, this);
    m_progress = new ProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("retryProgressDialog"));
    m_progress->setWindowTitle(tr("Adding Members to the Group"));
    const int total = int(m_ids.size());
    auto done = std::make_shared<int>(0);
    m_progress->setMessage(
        [done, total] { return tr("Adding members to the group: %1 of %2…").arg(*done).arg(total); });
    connect(m_job, &AddMembersJob::progress, this, [this, done](int count, int all) {
        *done = count;
        if (m_progress)
            m_progress->setProgress(count, all);
    });
    connect(m_progress, &ProgressDialog::cancelRequested, this, [this] {
        m_progress->setCancelling();
        m_job->cancel();
    });
    connect(m_job, &AddMembersJob::finished, this, &MissingMembersRetry::onJobFinished);
    m_progress->open();
    m_job->start();
}

void MissingMembersRetry::onJobFinished()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    CreateResult result = m_result;
    QList<FailedMember> failed = m_job->failedMembers();
    // Phone numbers that never became a userid were not retried: they are still missing.
    for (const FailedMember& member : std::as_const(m_result.failedMembers)) {
        if (member.userid.isEmpty())
            failed.append(member);
    }
    result.failedMembers = failed;
    result.memberCount += m_job->addedCount();
    result.outcome = failed.isEmpty() ? CreateResult::Outcome::Created : CreateResult::Outcome::CreatedPartially;
    result.error = failed.isEmpty() ? ApiError() : m_job->lastError();
    emit finished(result);
}
