#pragma once

#include "GroupSettings.h"
#include "ValidationIssue.h"
#include "members/Member.h"

#include <QAnyStringView>
#include <QStringList>
#include <QStringView>

/** The outcome of GroupSpec::validate(): every problem at once, and the member ids exactly as they will be sent. */
struct GroupValidation
{
    ValidationIssues issues;
    QString name; // trimmed
    QString owner; // trimmed
    QStringList memberIds; // trimmed, duplicates removed, owner first; over the limit only the first limit + 1
    int memberCount = 0; // the members the group would have, owner included, even over the limit

    bool isValid() const;
    ValidationIssues errors() const;
    ValidationIssues notices() const;
    bool hasIssue(ValidationIssue::Code code) const;
};

/** A group as the user asked for it: a plain value, filled by the form or by the command line. */
struct GroupSpec
{
    QString name;
    QString owner;
    MemberList members;
    GroupSettings settings;

    /**
     * Checks the request against DingTalk's rules and reports every problem at once, each with a stable code.
     * Surrounding blanks are trimmed (not errors); duplicates are removed and reported; the owner is added to the
     * members when missing (and reported), because DingTalk requires the owner in the member list.
     */
    GroupValidation validate() const { return validate({}); }
    /**
     * validate() for the members followed by `moreIds`: trimmed userids held elsewhere, such as the UTF-8 cells of an
     * imported table, so that a list far too big for a group is judged without building a Member for each of its
     * rows. The views are read during the call only.
     */
    GroupValidation validate(const QList<QAnyStringView>& moreIds) const;

    /** Counts Unicode code points, as DingTalk's 1–20 character rule does (全员群 is 3, an emoji is 1). */
    static int nameLength(const QString& name);
    /** A userid may not contain a space, tab or any other blank or control character. */
    static bool isValidUserId(QStringView id);
};
