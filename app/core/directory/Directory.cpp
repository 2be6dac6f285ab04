#include "Directory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

struct Directory::Data
{
    QList<DirectoryDepartment> departments;
    QList<DirectoryPerson> people;
    QDateTime syncedAt;
    int skipped = 0;

    QHash<qint64, int> departmentIndex;
    QHash<qint64, QList<int>> childIndexes; // parent id -> department indexes
    QHash<qint64, QList<int>> memberIndexes; // department id -> person indexes
    QHash<QString, int> personByUserid;
    QMultiHash<QString, int> peopleByJobNumber; // case-folded
    QMultiHash<QString, int> peopleByName; // nameKey()
    QMultiHash<QString, int> peopleByMobile;
    // Search keys, one per person in the same order: scanning short strings beats any index at 10,000 people.
    QStringList foldedNames;
    QStringList foldedUserids;
    QStringList foldedJobNumbers;

    QList<const DirectoryPerson*> peopleAt(QList<int> indexes) const
    {
        std::sort(indexes.begin(), indexes.end());
        QList<const DirectoryPerson*> result;
        result.reserve(indexes.size());
        for (const int index : std::as_const(indexes))
            result.append(&people.at(index));
        return result;
    }
};

namespace {

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

Directory::Directory() = default;

Directory::Directory(const QList<DirectoryDepartment>& departments, const QList<DirectoryPerson>& people,
                     const QDateTime& syncedAt)
{
    auto data = std::make_shared<Data>();
    data->departments = departments;
    data->people = people;
    data->syncedAt = syncedAt;

    for (int i = 0; i < data->departments.size(); ++i) {
        data->departmentIndex.insert(data->departments.at(i).id, i);
        data->skipped += data->departments.at(i).skipped ? 1 : 0;
    }
    // Paths: each department's parent chain up to the root, whose own name (the organisation's) is left out.
    for (DirectoryDepartment& department : data->departments) {
        if (department.id == DirectoryDepartment::RootId) {
            department.path.clear();
            continue;
        }
        QStringList parts{ department.name };
        QSet<qint64> seen{ department.id };
        qint64 parent = department.parentId;
        while (parent != DirectoryDepartment::RootId && parent != 0 && !seen.contains(parent)) {
            seen.insert(parent); // a loop in bad data must not hang the program
            const auto it = data->departmentIndex.constFind(parent);
            if (it == data->departmentIndex.cend())
                break;
            parts.prepend(data->departments.at(*it).name);
            parent = data->departments.at(*it).parentId;
        }
        department.path = parts.join(QLatin1Char('/'));
        data->childIndexes[department.parentId].append(data->departmentIndex.value(department.id));
    }

    data->foldedNames.reserve(data->people.size());
    data->foldedUserids.reserve(data->people.size());
    data->foldedJobNumbers.reserve(data->people.size());
    for (int i = 0; i < data->people.size(); ++i) {
        DirectoryPerson& person = data->people[i];
        person.departmentPaths.clear();
        for (const qint64 id : std::as_const(person.departmentIds)) {
            data->memberIndexes[id].append(i);
            const auto it = data->departmentIndex.constFind(id);
            if (it != data->departmentIndex.cend() && id != DirectoryDepartment::RootId)
                person.departmentPaths.append(data->departments.at(*it).path);
        }
        data->personByUserid.insert(person.userid, i);
        if (!person.jobNumber.isEmpty())
            data->peopleByJobNumber.insert(folded(person.jobNumber), i);
        data->peopleByName.insert(nameKey(person.name), i);
        if (!person.mobile.isEmpty())
            data->peopleByMobile.insert(person.mobile, i);
        data->foldedNames.append(nameKey(person.name));
        data->foldedUserids.append(folded(person.userid));
        data->foldedJobNumbers.append(folded(person.jobNumber));
    }
    m_data = std::move(data);
}

QString Directory::nameKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            key.append(c);
    }
    return key.toCaseFolded();
}

bool Directory::isNull() const
{
    return !m_data;
}

QDateTime Directory::syncedAt() const
{
    return m_data ? m_data->syncedAt : QDateTime();
}

int Directory::skippedDepartmentCount() const
{
    return m_data ? m_data->skipped : 0;
}

const QList<DirectoryPerson>& Directory::people() const
{
    static const QList<DirectoryPerson> none;
    return m_data ? m_data->people : none;
}

const QList<DirectoryDepartment>& Directory::departments() const
{
    static const QList<DirectoryDepartment> none;
    return m_data ? m_data->departments : none;
}

const DirectoryPerson* Directory::person(const QString& userid) const
{
    if (!m_data)
        return nullptr;
    const auto it = m_data->personByUserid.constFind(userid.trimmed());
    return it == m_data->personByUserid.cend() ? nullptr : &m_data->people.at(*it);
}

QList<const DirectoryPerson*> Directory::peopleWithJobNumber(const QString& jobNumber) const
{
    if (!m_data || jobNumber.trimmed().isEmpty())
        return {};
    return m_data->peopleAt(m_data->peopleByJobNumber.values(folded(jobNumber)));
}

QList<const DirectoryPerson*> Directory::peopleNamed(const QString& name) const
{
    const QString key = nameKey(name);
    if (!m_data || key.isEmpty())
        return {};
    return m_data->peopleAt(m_data->peopleByName.values(key));
}

QList<const DirectoryPerson*> Directory::peopleWithMobile(const QString& mobile) const
{
    const QString key = DirectoryPerson::mobileKey(mobile);
    if (!m_data || key.isEmpty())
        return {};
    return m_data->peopleAt(m_data->peopleByMobile.values(key));
}

QList<const DirectoryPerson*> Directory::search(const QString& text, int limit) const
{
    if (!m_data)
        return {};
    const QString query = folded(text);
    const QString nameQuery = nameKey(text);
    if (query.isEmpty())
        return {};
    // Ranks, best first; people keep the organisation's order within a rank.
    enum Rank
    {
        Exact,
        Starts,
        Part,
        RankCount
    };
    QList<int> ranked[RankCount];
    for (const int index : m_data->peopleByMobile.values(DirectoryPerson::mobileKey(text)))
        ranked[Exact].append(index);
    std::sort(ranked[Exact].begin(), ranked[Exact].end());
    const QSet<int> byMobile(ranked[Exact].cbegin(), ranked[Exact].cend());
    const int count = int(m_data->people.size());
    for (int i = 0; i < count; ++i) {
        if (byMobile.contains(i))
            continue;
        const QString& name = m_data->foldedNames.at(i);
        const QString& userid = m_data->foldedUserids.at(i);
        const QString& jobNumber = m_data->foldedJobNumbers.at(i);
        if (userid == query || jobNumber == query || name == nameQuery)
            ranked[Exact].append(i);
        else if (userid.startsWith(query) || jobNumber.startsWith(query) || name.startsWith(nameQuery))
            ranked[Starts].append(i);
        else if (name.contains(nameQuery))
            ranked[Part].append(i);
    }
    QList<const DirectoryPerson*> result;
    for (const QList<int>& indexes : ranked) {
        for (const int index : indexes) {
            if (limit > 0 && result.size() >= limit)
                return result;
            result.append(&m_data->people.at(index));
        }
    }
    return result;
}

const DirectoryDepartment* Directory::department(qint64 id) const
{
    if (!m_data)
        return nullptr;
    const auto it = m_data->departmentIndex.constFind(id);
    return it == m_data->departmentIndex.cend() ? nullptr : &m_data->departments.at(*it);
}

const DirectoryDepartment* Directory::root() const
{
    return department(DirectoryDepartment::RootId);
}

QList<const DirectoryDepartment*> Directory::childDepartments(qint64 id) const
{
    QList<const DirectoryDepartment*> children;
    if (!m_data)
        return children;
    for (const int index : m_data->childIndexes.value(id))
        children.append(&m_data->departments.at(index));
    return children;
}

QList<const DirectoryDepartment*> Directory::findDepartments(const QString& nameOrPath) const
{
    QStringList wanted;
    for (const QString& part : nameOrPath.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            wanted.append(part.trimmed());
    }
    QList<const DirectoryDepartment*> exact;
    QList<const DirectoryDepartment*> endings;
    if (!m_data || wanted.isEmpty())
        return endings;
    const QString wantedPath = wanted.join(QLatin1Char('/'));
    const QString wantedEnding = QLatin1Char('/') + wantedPath;
    for (const DirectoryDepartment& department : m_data->departments) {
        if (department.id == DirectoryDepartment::RootId)
            continue;
        if (department.path == wantedPath)
            exact.append(&department);
        else if (department.path.endsWith(wantedEnding))
            endings.append(&department);
    }
    return exact.isEmpty() ? endings : exact;
}

QList<const DirectoryPerson*> Directory::departmentMembers(qint64 id, bool withSubdepartments) const
{
    if (!m_data || !m_data->departmentIndex.contains(id))
        return {};
    QList<int> indexes;
    QSet<int> seen;
    QList<qint64> queue{ id };
    QSet<qint64> visited{ id };
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        for (const int index : m_data->memberIndexes.value(current)) {
            if (!seen.contains(index)) {
                seen.insert(index);
                indexes.append(index);
            }
        }
        if (!withSubdepartments)
            break;
        for (const int child : m_data->childIndexes.value(current)) {
            const qint64 childId = m_data->departments.at(child).id;
            if (!visited.contains(childId)) {
                visited.insert(childId);
                queue.append(childId);
            }
        }
    }
    return m_data->peopleAt(indexes);
}
