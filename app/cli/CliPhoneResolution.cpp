#include "CliPhoneResolution.h"

#include "Terminal.h"
#include "group/GroupLimits.h"
#include "members/MobileNumber.h"

#include <QEventLoop>
#include <QSet>

#include <memory>

CliPhoneResolution::CliPhoneResolution(GroupApi* api, const MemberList& members)
    : m_api(api)
    , m_members(members)
{
    QSet<QString> seen;
    for (const Member& member : members) {
        if (member.state != MemberState::Unresolved)
            continue;
        const QString key = mobileKey(member.mobile);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            m_mobiles.append(key);
        }
    }
}

QString CliPhoneResolution::mobileKey(const QString& text)
{
    return MobileNumber::lookupKey(text);
}

GroupValidation CliPhoneResolution::validateBeforeLookup(const GroupSpec& spec, const QList<QAnyStringView>& moreIds)
{
    QSet<QString> mobiles;
    for (const Member& member : spec.members) {
        if (member.state == MemberState::Unresolved && !mobileKey(member.mobile).isEmpty())
            mobiles.insert(mobileKey(member.mobile));
    }
    // The numbers still to look up are counted here, not reported one by one as "not looked up yet".
    GroupValidation validation = spec.validate(moreIds);
    validation.issues.removeIf(
        [](const ValidationIssue& issue) { return issue.code == ValidationIssue::MemberUnresolved; });
    if (mobiles.isEmpty())
        return validation;
    validation.issues.removeIf([](const ValidationIssue& issue) {
        return issue.code == ValidationIssue::NoMembers || issue.code == ValidationIssue::TooManyMembers;
    });
    const int total = validation.memberCount + int(mobiles.size());
    if (total > GroupLimits::MaxGroupMembers)
        validation.issues.append(ValidationIssue{ ValidationIssue::TooManyMembers, ValidationIssue::Field::Members,
                                                  QString::number(total) });
    return validation;
}

bool CliPhoneResolution::isAboutTheNumber(const ApiError& error)
{
    if (!error.isApi())
        return false;
    for (const int code : { 60121, 40104 }) {
        if (error.hasCode(code) || error.subCode == QString::number(code))
            return true;
    }
    return false;
}

CliPhoneResolution::Outcome CliPhoneResolution::run(const std::function<void(int, int)>& progress)
{
    m_useridByMobile.clear();
    m_unresolved.clear();
    m_error = ApiError();
    if (m_mobiles.isEmpty())
        return Outcome::Resolved;

    // Owned here, so that the interrupt handler ends with the lookups and the create job can install its own.
    const auto resolver = std::make_unique<MobileResolver>(m_api, m_mobiles);
    bool userCancelled = false;
    int checked = 0;
    QEventLoop loop;
    QObject::connect(resolver.get(), &MobileResolver::progress, resolver.get(), [&](int done, int total) {
        if (progress)
            progress(done, total);
        // An answer about the calls rather than a number would come again for every number: stop at the first.
        const QList<MobileResolution>& results = resolver->results();
        for (; checked < done && checked < results.size(); ++checked) {
            const MobileResolution& resolution = results.at(checked);
            if (resolution.userid.isEmpty() && !isAboutTheNumber(resolution.error))
                resolver->cancel();
        }
    });
    QObject::connect(resolver.get(), &MobileResolver::finished, &loop, &QEventLoop::quit);
    Terminal::onInterrupt(resolver.get(), [&userCancelled, &resolver] {
        userCancelled = true;
        resolver->cancel();
    });
    resolver->start();
    if (resolver->isRunning())
        loop.exec();

    for (const MobileResolution& resolution : resolver->results()) {
        if (!resolution.userid.isEmpty())
            m_useridByMobile.insert(resolution.mobile, resolution.userid);
        else if (isAboutTheNumber(resolution.error))
            m_unresolved.append(resolution);
        else if (m_error.isOk()
                 && !(resolution.error.isTransport() && resolution.error.failure == TransportFailure::Cancelled))
            m_error = resolution.error;
    }
    if (userCancelled) {
        m_error = ApiError::transport(TransportFailure::Cancelled);
        return Outcome::Cancelled;
    }
    if (m_error.isTransport())
        return Outcome::Failed;
    if (m_error.isApi())
        return Outcome::Refused;
    return m_unresolved.isEmpty() ? Outcome::Resolved : Outcome::Unresolved;
}

MemberList CliPhoneResolution::members() const
{
    MemberList result;
    result.reserve(m_members.size());
    for (const Member& member : m_members) {
        if (member.state != MemberState::Unresolved) {
            result.append(member);
            continue;
        }
        const QString userid = m_useridByMobile.value(mobileKey(member.mobile));
        if (userid.isEmpty())
            continue;
        Member resolved = member;
        resolved.userid = userid;
        resolved.state = MemberState::Ok;
        resolved.source = MemberSource::PhoneLookup;
        result.append(resolved);
    }
    return result;
}

QList<MobileResolution> CliPhoneResolution::unresolved() const
{
    return m_unresolved;
}

void CliPhoneResolution::applyTo(CreateResult& result) const
{
    if (!result.groupExists())
        return;
    QHash<QString, QString> mobileByUserid;
    for (auto it = m_useridByMobile.constBegin(); it != m_useridByMobile.constEnd(); ++it)
        mobileByUserid.insert(it.value(), it.key());
    for (FailedMember& member : result.failedMembers) {
        if (member.mobile.isEmpty())
            member.mobile = mobileByUserid.value(member.userid);
    }
    for (const MobileResolution& resolution : m_unresolved)
        result.failedMembers.append(
            FailedMember{ QString(), resolution.mobile, resolution.error.errcode, resolution.error.errmsg });
    if (m_unresolved.isEmpty())
        return;
    result.outcome = CreateResult::Outcome::CreatedPartially;
    if (result.error.isOk())
        result.error = m_unresolved.constFirst().error;
}
