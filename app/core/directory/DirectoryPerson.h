#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/** One person of the organisation's directory, once, with every department they belong to. */
struct DirectoryPerson
{
    QString userid;
    QString name;
    QString jobNumber; // 工号, DingTalk's job_number; empty when the organisation gave none
    QString title;
    QList<qint64> departmentIds; // direct departments, as DingTalk's dept_id_list
    QStringList departmentPaths; // those below the root as paths ("销售部/华东区"), in that order (set by Directory)
    bool active = true; // DingTalk's `active`: the person has activated the DingTalk account
    QString mobile; // DirectoryPerson::mobileKey() of DingTalk's mobile: what a phone column is matched by

    /**
     * The form a mobile number is kept and matched in, MobileNumber::normalise()'s, the same a phone column gets: the
     * 11 digits of a mainland number however it is written ("+86 138-0013-8000", DingTalk's "+86-13800138000" for
     * organisations registered abroad, full-width digits), DingTalk's "+852-xxxxxxxx" for other countries. Kept in
     * that form only, because matching a file's phone column is all the copy needs a number for. Empty for text that
     * is no phone number.
     */
    static QString mobileKey(const QString& text);
};

Q_DECLARE_METATYPE(DirectoryPerson)
