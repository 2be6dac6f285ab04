#pragma once

#include "DirectoryDepartment.h"
#include "DirectoryPerson.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

/**
 * A copy of the organisation's directory in memory, read-only, with what finding people needs: by userid, job
 * number, name and mobile, search as you type, departments by name or path, and a department's people.
 *
 * A cheap handle on shared data: copies share it, and the pointers it hands out stay valid while any copy lives.
 * Built by DirectorySync from DingTalk, or by DirectoryStore from the local file; safe to read from several threads.
 */
class Directory
{
public:
    /** No directory at all: isNull() (never synced, or forgotten). */
    Directory();
    /** Computes the departments' paths and every person's department paths, and indexes everything. */
    Directory(const QList<DirectoryDepartment>& departments, const QList<DirectoryPerson>& people,
              const QDateTime& syncedAt);

    /** True when there is no copy (as opposed to a copy of an organisation that has nobody). */
    bool isNull() const;
    QDateTime syncedAt() const;
    /** Departments kept by name only: DingTalk would not show their sub-departments and people (50004). */
    int skippedDepartmentCount() const;

    const QList<DirectoryPerson>& people() const;
    /** Root first, then in the order DingTalk listed them (parents before their children). */
    const QList<DirectoryDepartment>& departments() const;

    const DirectoryPerson* person(const QString& userid) const;
    /** Job numbers are compared without case and surrounding blanks; an organisation may reuse one, so a list. */
    QList<const DirectoryPerson*> peopleWithJobNumber(const QString& jobNumber) const;
    /** Exact names, compared without blanks and case ("Emily Chen" = "emily chen", "王 建国" = "王建国"). */
    QList<const DirectoryPerson*> peopleNamed(const QString& name) const;
    /** By DirectoryPerson::mobileKey() of `mobile`, so any way of writing a number finds it. */
    QList<const DirectoryPerson*> peopleWithMobile(const QString& mobile) const;

    /**
     * Search as you type over the whole organisation: part of a name, the start of a userid or job number (without
     * case), or a mobile number in any form. Best first: exact userid, job number or name, then starts, then parts
     * of names; the organisation's order within each. At most `limit` people (0: all).
     */
    QList<const DirectoryPerson*> search(const QString& text, int limit = 50) const;

    const DirectoryDepartment* department(qint64 id) const;
    const DirectoryDepartment* root() const;
    QList<const DirectoryDepartment*> childDepartments(qint64 id) const;
    /**
     * The departments a name or path names: a full path ("销售部/华东区") is that department; otherwise every
     * department whose path ends with the given parts ("华东区" gives 销售部/华东区 and 市场部/华东区). Parts are
     * compared without surrounding blanks.
     */
    QList<const DirectoryDepartment*> findDepartments(const QString& nameOrPath) const;
    /** The department's people (each once), with those of its sub-departments at any depth when `withSubdepartments`.
     */
    QList<const DirectoryPerson*> departmentMembers(qint64 id, bool withSubdepartments) const;

    /** The key names are compared by: no blanks, case-folded. */
    static QString nameKey(const QString& name);

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};
