#include "PersonResolver.h"

#include "members/MobileNumber.h"

namespace {

PersonMatch matchOf(const QString& query, PersonMatch::Kind kind, const QList<const DirectoryPerson*>& people)
{
    PersonMatch match;
    match.query = query;
    for (const DirectoryPerson* person : people)
        match.candidates.append(*person);
    if (people.size() == 1) {
        match.kind = kind;
        match.userid = people.constFirst()->userid;
    } else {
        match.kind = people.isEmpty() ? PersonMatch::Kind::Unknown : PersonMatch::Kind::Ambiguous;
    }
    return match;
}

} // namespace

PersonResolver::PersonResolver(const Directory& directory)
    : m_directory(directory)
{
}

PersonMatch PersonResolver::resolve(const QString& text, PersonField field) const
{
    const QString value = text.trimmed();
    switch (field) {
    case PersonField::UserId:
        return byUserId(value);
    case PersonField::JobNumber:
        return byJobNumber(value);
    case PersonField::Name:
        return byName(value);
    case PersonField::Mobile:
        return byMobile(value);
    case PersonField::Any:
        break;
    }
    if (value.isEmpty())
        return matchOf(value, PersonMatch::Kind::Unknown, {});
    if (!hasDirectory())
        return MobileNumber::looksLikeMobile(value) ? byMobile(value) : byUserId(value);
    // The first kind that matches anyone decides; an ambiguous job number or name stops there too.
    if (m_directory.person(value))
        return byUserId(value);
    for (const auto reader : { &PersonResolver::byJobNumber, &PersonResolver::byName }) {
        PersonMatch match = (this->*reader)(value);
        if (match.kind != PersonMatch::Kind::Unknown)
            return match;
    }
    if (!DirectoryPerson::mobileKey(value).isEmpty())
        return byMobile(value);
    return matchOf(value, PersonMatch::Kind::Unknown, {});
}

PersonMatch PersonResolver::byUserId(const QString& text) const
{
    // A userid needs no directory: one the directory does not know is still sent as it is (DingTalk decides).
    PersonMatch match;
    match.query = text;
    match.kind = text.isEmpty() ? PersonMatch::Kind::Unknown : PersonMatch::Kind::UserId;
    match.userid = text;
    if (const DirectoryPerson* person = m_directory.person(text))
        match.candidates.append(*person);
    return match;
}

PersonMatch PersonResolver::byJobNumber(const QString& text) const
{
    return matchOf(text, PersonMatch::Kind::JobNumber, m_directory.peopleWithJobNumber(text));
}

PersonMatch PersonResolver::byName(const QString& text) const
{
    return matchOf(text, PersonMatch::Kind::Name, m_directory.peopleNamed(text));
}

PersonMatch PersonResolver::byMobile(const QString& text) const
{
    PersonMatch match = matchOf(text, PersonMatch::Kind::Mobile, m_directory.peopleWithMobile(text));
    if (match.kind == PersonMatch::Kind::Unknown && !MobileNumber::normalise(text).isEmpty()) {
        // Not in the copy (or no copy): DingTalk's phone lookup may still know the number.
        match.kind = PersonMatch::Kind::Mobile;
        match.mobile = MobileNumber::normalise(text);
    }
    return match;
}
