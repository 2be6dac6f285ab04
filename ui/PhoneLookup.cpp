#include "PhoneLookup.h"

#include "MemberListModel.h"
#include "MessageBox.h"
#include "ProgressDialog.h"
#include "group/GroupLimits.h"
#include "lookup/MobileResolver.h"
#include "members/MobileNumber.h"

#include <QSet>
#include <QTimer>

namespace {
// The question lists this many numbers; the rest stay marked in the member list with their reasons.
constexpr int MaxListedFailures = 10;
} // namespace

PhoneLookup::PhoneLookup(GroupApi* api, MemberListModel* members, Purpose purpose, QWidget* window)
    : QObject(window)
    , m_api(api)
    , m_members(members)
    , m_purpose(purpose)
    , m_window(window)
{
}

PhoneLookup::~PhoneLookup()
{
    if (m_progress)
        m_progress->deleteLater();
}

void PhoneLookup::countPendingNumbers(GroupValidation& validation, const QStringList& mobiles)
{
    if (mobiles.isEmpty())
        return;
    QSet<QString> numbers;
    for (const QString& mobile : mobiles)
        numbers.insert(MobileNumber::lookupKey(mobile));
    // memberIds holds the owner and every listed userid once; each number adds at most one person.
    const int total = int(validation.memberIds.size() + numbers.size());
    if (total <= GroupLimits::MaxGroupMembers)
        return;
    for (ValidationIssue& issue : validation.issues) {
        if (issue.code == ValidationIssue::TooManyMembers) {
            issue.subject = QString::number(total);
            return;
        }
    }
    validation.issues.append(
        ValidationIssue{ ValidationIssue::TooManyMembers, ValidationIssue::Field::Members, QString::number(total) });
}

bool PhoneLookup::onlyLookupsPending(const GroupValidation& validation)
{
    const ValidationIssues errors = validation.errors();
    if (errors.isEmpty())
        return false;
    for (const ValidationIssue& issue : errors) {
        if (issue.code != ValidationIssue::MemberUnresolved)
            return false;
    }
    return true;
}

void PhoneLookup::start()
{
    const QStringList mobiles = m_members->unresolvedMobiles();
    if (mobiles.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(true); });
        return;
    }
    m_resolver = new MobileResolver(m_api, mobiles, this);
    m_progress = new ProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("phoneLookupProgressDialog"));
    m_progress->setWindowTitle(tr("Looking Up Phone Numbers"));
    const int total = int(m_resolver->results().size());
    auto done = std::make_shared<int>(0);
    m_progress->setMessage(
        [done, total] { return tr("Looking up phone numbers in DingTalk: %1 of %2…").arg(*done).arg(total); });
    connect(m_resolver, &MobileResolver::progress, this, [this, done](int count, int all) {
        *done = count;
        if (m_progress)
            m_progress->setProgress(count, all);
    });
    connect(m_progress, &ProgressDialog::cancelRequested, this, [this] {
        m_progress->setCancelling();
        m_resolver->cancel();
    });
    connect(m_resolver, &MobileResolver::finished, this, &PhoneLookup::onResolverFinished);
    m_progress->open();
    m_resolver->start();
}

void PhoneLookup::onResolverFinished()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_members->applyLookups(*m_resolver);
    if (m_resolver->wasCancelled()) {
        emit statusMessage(tr("The phone number lookup was cancelled; nothing was sent."));
        emit finished(false);
        return;
    }
    QStringList failures;
    for (const MobileResolution& resolution : m_resolver->results()) {
        if (resolution.userid.isEmpty())
            failures.append(
                tr("%1: %2").arg(resolution.mobile, MemberListModel::lookupFailureReason(resolution.error)));
    }
    if (failures.isEmpty()) {
        emit statusMessage(tr("Every phone number was found in DingTalk."));
        emit finished(true);
        return;
    }
    if (!askToLeaveOut(failures)) {
        emit statusMessage(
            tr("Nothing was sent: %1 phone numbers have no DingTalk user (see the member list).").arg(failures.size()));
        emit finished(false);
        return;
    }
    const int removed = m_members->removeUnresolved();
    emit statusMessage(tr("Left out %1 members whose phone numbers have no DingTalk user.").arg(removed));
    emit finished(true);
}

bool PhoneLookup::askToLeaveOut(const QStringList& failures)
{
    QStringList listed = failures.mid(0, MaxListedFailures);
    if (failures.size() > MaxListedFailures)
        listed.append(tr("…and %1 more (marked in the member list).").arg(failures.size() - MaxListedFailures));
    const QString intro = tr("%1 phone numbers could not be turned into DingTalk users:").arg(failures.size());
    const bool creating = m_purpose == Purpose::BeforeCreate;
    const QString question = creating ? tr("Create the group without them?") : tr("Remove them from the member list?");
    const QMessageBox::StandardButton answer
        = MessageBox::question(m_window, tr("Some Phone Numbers Were Not Found"),
                               QStringLiteral("%1\n\n%2\n\n%3").arg(intro, listed.join(QLatin1Char('\n')), question),
                               { { QMessageBox::No, creating ? tr("Don't Create") : tr("Keep Them") },
                                 { QMessageBox::Yes, creating ? tr("Create Without Them") : tr("Remove Them") } });
    return answer == QMessageBox::Yes;
}
