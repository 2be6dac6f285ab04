#include "DirectorySync.h"

#include "dingtalk/ApiCall.h"
#include "dingtalk/GroupApi.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace {

// A JSON number or a numeric string: DingTalk sends ids both ways.
qint64 integer(const QJsonValue& value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

// Answers that concern one department, not the sync: outside the app's scope (50004; 50002 for its people) or
// deleted since its parent listed it (60003). Skipped and counted.
bool isAboutTheDepartment(const ApiError& error)
{
    for (const int code : { 50004, 50002, 60003 }) {
        if (error.hasCode(code))
            return true;
    }
    return false;
}

// Failures where no answer arrived, or one that a server-side error spoiled: a read may be asked again.
bool isWorthRetrying(const ApiError& error)
{
    if (!error.isTransport())
        return false;
    switch (error.failure) {
    case TransportFailure::ConnectionReset:
    case TransportFailure::Timeout:
    case TransportFailure::HttpStatus:
    case TransportFailure::NotJson:
        return true;
    default:
        return false;
    }
}

// DingTalk gives mainland numbers as 11 digits (state_code "86") and others as "+852-xxxxxxxx".
QString mobileOf(const QJsonObject& entry)
{
    QString mobile = entry.value(QStringLiteral("mobile")).toString().trimmed();
    const QString country = entry.value(QStringLiteral("state_code")).toString();
    if (!mobile.isEmpty() && !mobile.startsWith(QLatin1Char('+')) && !country.isEmpty()
        && country != QLatin1String("86"))
        mobile = QLatin1Char('+') + country + QLatin1Char('-') + mobile;
    return DirectoryPerson::mobileKey(mobile);
}

} // namespace

DirectorySync::DirectorySync(GroupApi* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
}

DirectorySync::~DirectorySync()
{
    const QList<ApiCall*> calls = m_calls.keys();
    m_calls.clear();
    for (ApiCall* call : calls) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

void DirectorySync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = DirectorySyncResult();
    m_directory = Directory();
    m_departments = { DirectoryDepartment{ DirectoryDepartment::RootId, 0, QString(), QString(), false } };
    m_departmentIndex = { { DirectoryDepartment::RootId, 0 } };
    m_people.clear();
    m_personIndex.clear();
    m_departmentsRead.clear();
    m_waiting[Task::ListChildren] = { Task{ Task::ListChildren, DirectoryDepartment::RootId, 0, 0 } };
    m_waiting[Task::ListMembers] = { Task{ Task::ListMembers, DirectoryDepartment::RootId, 0, 0 } };
    pump();
}

void DirectorySync::cancel()
{
    if (m_running)
        end(DirectorySyncResult::Outcome::Cancelled, ApiError::transport(TransportFailure::Cancelled));
}

int DirectorySync::inFlight(Task::Kind kind) const
{
    int count = 0;
    for (const Task& task : m_calls)
        count += task.kind == kind ? 1 : 0;
    // A read waiting to be asked again holds its place: a failing server gets no more calls meanwhile.
    return count + m_retriesWaiting[kind];
}

void DirectorySync::pump()
{
    if (!m_running)
        return;
    for (const Task::Kind kind : { Task::ListChildren, Task::ListMembers }) {
        // The pacer spaces what is sent; a few calls in flight per API keep its slots filled despite the latency.
        while (!m_waiting[kind].isEmpty() && inFlight(kind) < CallsInFlightPerApi)
            send(m_waiting[kind].takeFirst());
    }
    if (m_calls.isEmpty() && m_retriesWaiting[Task::ListChildren] == 0 && m_retriesWaiting[Task::ListMembers] == 0
        && m_waiting[Task::ListChildren].isEmpty() && m_waiting[Task::ListMembers].isEmpty())
        end(DirectorySyncResult::Outcome::Completed);
}

void DirectorySync::send(const Task& task)
{
    ApiCall* call = task.kind == Task::ListChildren
        ? m_api->listSubDepartments(task.departmentId)
        : m_api->listDepartmentUsers(task.departmentId, task.cursor, PageSize);
    m_calls.insert(call, task);
    connect(call, &ApiCall::finished, this, [this, call] { onFinished(call); });
}

void DirectorySync::onFinished(ApiCall* call)
{
    call->deleteLater();
    const auto it = m_calls.find(call);
    if (it == m_calls.end() || !m_running)
        return;
    Task task = *it;
    m_calls.erase(it);
    const ApiResult& result = call->result();
    const ErrorCatalogue::Operation operation = task.kind == Task::ListChildren
        ? ErrorCatalogue::Operation::ListDepartments
        : ErrorCatalogue::Operation::ListDepartmentMembers;

    if (result.ok()) {
        if (task.kind == Task::ListChildren)
            readChildren(task, result.body);
        else
            readMembers(task, result.body);
    } else if (isAboutTheDepartment(result.error)) {
        skipDepartment(task.departmentId);
    } else if (isWorthRetrying(result.error) && task.attempt < TransportRetries) {
        ++task.attempt;
        ++m_retriesWaiting[task.kind];
        QTimer::singleShot(m_retryDelayMs * task.attempt, this, [this, task] {
            --m_retriesWaiting[task.kind];
            if (!m_running)
                return;
            m_waiting[task.kind].prepend(task);
            pump();
        });
    } else {
        end(result.error.isApi() ? DirectorySyncResult::Outcome::Refused : DirectorySyncResult::Outcome::Failed,
            result.error, operation);
        return;
    }
    emitProgress();
    pump();
}

void DirectorySync::readChildren(const Task& task, const QJsonObject& body)
{
    Q_UNUSED(task)
    for (const QJsonValue& value : body.value(QStringLiteral("result")).toArray()) {
        const QJsonObject child = value.toObject();
        const qint64 id = integer(child.value(QStringLiteral("dept_id")));
        if (id <= 0 || m_departmentIndex.contains(id))
            continue; // a department is walked once, even if bad data lists it twice
        DirectoryDepartment department;
        department.id = id;
        department.parentId = integer(child.value(QStringLiteral("parent_id")));
        if (department.parentId <= 0)
            department.parentId = task.departmentId;
        department.name = child.value(QStringLiteral("name")).toString();
        m_departmentIndex.insert(id, int(m_departments.size()));
        m_departments.append(department);
        m_waiting[Task::ListChildren].append(Task{ Task::ListChildren, id, 0, 0 });
        m_waiting[Task::ListMembers].append(Task{ Task::ListMembers, id, 0, 0 });
    }
}

void DirectorySync::readMembers(const Task& task, const QJsonObject& body)
{
    const QJsonObject page = body.value(QStringLiteral("result")).toObject();
    for (const QJsonValue& value : page.value(QStringLiteral("list")).toArray())
        addPerson(value.toObject(), task.departmentId);
    const qint64 next = integer(page.value(QStringLiteral("next_cursor")));
    // A page that claims more but gives no later cursor would be asked again for ever: it ends the department.
    if (page.value(QStringLiteral("has_more")).toBool() && next > task.cursor)
        m_waiting[Task::ListMembers].prepend(Task{ Task::ListMembers, task.departmentId, next, 0 });
    else
        m_departmentsRead.insert(task.departmentId);
}

void DirectorySync::addPerson(const QJsonObject& entry, qint64 departmentId)
{
    const QString userid = entry.value(QStringLiteral("userid")).toString();
    if (userid.isEmpty())
        return;
    QList<qint64> departments;
    for (const QJsonValue& id : entry.value(QStringLiteral("dept_id_list")).toArray())
        departments.append(integer(id));
    if (!departments.contains(departmentId))
        departments.append(departmentId);

    const auto it = m_personIndex.constFind(userid);
    if (it != m_personIndex.cend()) {
        // Met again in another department: the same person, once, with every department.
        DirectoryPerson& known = m_people[*it];
        for (const qint64 id : std::as_const(departments)) {
            if (!known.departmentIds.contains(id))
                known.departmentIds.append(id);
        }
        return;
    }
    DirectoryPerson person;
    person.userid = userid;
    person.name = entry.value(QStringLiteral("name")).toString().trimmed();
    person.jobNumber = entry.value(QStringLiteral("job_number")).toString().trimmed();
    person.title = entry.value(QStringLiteral("title")).toString().trimmed();
    person.departmentIds = departments;
    person.active = entry.value(QStringLiteral("active")).toBool(true);
    person.mobile = mobileOf(entry);
    m_personIndex.insert(userid, int(m_people.size()));
    m_people.append(std::move(person));
}

void DirectorySync::skipDepartment(qint64 departmentId)
{
    const auto it = m_departmentIndex.constFind(departmentId);
    if (it == m_departmentIndex.cend())
        return;
    DirectoryDepartment& department = m_departments[*it];
    if (department.skipped)
        return; // its listing and its members both answered: counted once
    department.skipped = true;
    m_departmentsRead.insert(departmentId);
    // Whatever else was planned for it would only be refused too.
    for (QList<Task>& waiting : m_waiting)
        waiting.removeIf([departmentId](const Task& task) { return task.departmentId == departmentId; });
}

void DirectorySync::emitProgress()
{
    // The root is walked but not counted: it is the organisation, not one of its departments.
    const int found = int(m_departments.size()) - 1;
    const int done = int(m_departmentsRead.size()) - (m_departmentsRead.contains(DirectoryDepartment::RootId) ? 1 : 0);
    emit progress(done, found, int(m_people.size()));
}

void DirectorySync::end(DirectorySyncResult::Outcome outcome, const ApiError& error,
                        ErrorCatalogue::Operation operation)
{
    if (!m_running)
        return;
    m_running = false;
    const QList<ApiCall*> calls = m_calls.keys();
    m_calls.clear();
    for (ApiCall* call : calls)
        call->abort(); // their answers no longer matter; onFinished() deletes each
    m_waiting[Task::ListChildren].clear();
    m_waiting[Task::ListMembers].clear();

    m_result.outcome = outcome;
    m_result.error = error;
    m_result.operation = operation;
    int skipped = 0;
    for (const DirectoryDepartment& department : std::as_const(m_departments))
        skipped += department.skipped ? 1 : 0;
    m_result.skippedDepartments = skipped;
    m_result.departments = int(m_departments.size()) - 1;
    m_result.people = int(m_people.size());
    if (outcome == DirectorySyncResult::Outcome::Completed) {
        m_result.syncedAt = QDateTime::currentDateTimeUtc();
        m_directory = Directory(m_departments, m_people, m_result.syncedAt);
    }
    m_departments.clear();
    m_people.clear();
    m_personIndex.clear();
    m_departmentIndex.clear();
    m_departmentsRead.clear();
    emit finished();
}
