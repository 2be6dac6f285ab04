#pragma once

#include "DirectoryPerson.h"

#include <QList>
#include <QString>

/** What one value that stands for a person turned out to be (PersonResolver::resolve()). */
struct PersonMatch
{
    enum class Kind
    {
        UserId, // a userid (the directory knows it, or there is no directory to ask)
        JobNumber, // the job number of exactly one person
        Name, // the exact name of exactly one person
        Mobile, // a mobile number: of one person in the directory (userid set), or one to look up (userid empty)
        Ambiguous, // two people or more match: candidates lists them, the user must choose
        Unknown, // nobody matches (candidates empty)
    };

    Kind kind = Kind::Unknown;
    QString query; // the value as given
    QString userid; // the person's, when exactly one matched
    QString mobile; // Kind::Mobile: the normalised number (MobileNumber::normalise) for a lookup
    QList<DirectoryPerson> candidates; // the person matched, or every candidate of an ambiguous value

    bool isResolved() const { return !userid.isEmpty(); }
    /** A mobile number the directory does not hold: topapi/v2/user/getbymobile decides, as without a directory. */
    bool needsMobileLookup() const { return kind == Kind::Mobile && userid.isEmpty(); }
};
