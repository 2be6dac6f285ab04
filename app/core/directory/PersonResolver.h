#pragma once

#include "Directory.h"
#include "PersonMatch.h"
#include "members/PersonField.h"

/**
 * The one rule for reading a person, everywhere (a query, an owner, a pasted line, a batch cell). With PersonField::Any
 * a value is looked up in this order and the first kind that matches decides: a userid the directory knows, a job
 * number, an exact name (two people with it: ambiguous), a mobile number. Another field reads the value as that kind
 * only (a column headed 姓名 or 工号).
 *
 * Without a directory (a null Directory: none yet, or the sync refused), a value is a mobile number when it looks
 * like one and a userid otherwise, as before the directory existed; names and job numbers are then Unknown.
 */
class PersonResolver
{
public:
    explicit PersonResolver(const Directory& directory = Directory());

    bool hasDirectory() const { return !m_directory.isNull(); }
    const Directory& directory() const { return m_directory; }

    PersonMatch resolve(const QString& text, PersonField field = PersonField::Any) const;

private:
    PersonMatch byUserId(const QString& text) const;
    PersonMatch byJobNumber(const QString& text) const;
    PersonMatch byName(const QString& text) const;
    PersonMatch byMobile(const QString& text) const;

    Directory m_directory;
};
