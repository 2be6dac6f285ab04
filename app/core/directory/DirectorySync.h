#pragma once

#include "Directory.h"
#include "DirectorySyncResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class ApiCall;
class GroupApi;

/**
 * Reads the organisation's directory from DingTalk: department/listsub from the root (1) down, one level per call,
 * and user/list (100 a page, following next_cursor) for each department's direct members. A person found in several
 * departments is kept once with all of them.
 *
 * Every call goes through the API's pacer (20 calls a second per API) and ApiCall's retries ("busy", rate limits,
 * a rejected token); an answer that never came (timeout, dropped connection, a server error page) is asked again
 * up to TransportRetries times, which is safe because reading changes nothing. The two APIs run side by side, a few
 * calls of each in flight, so the sync takes about as long as the busier API needs at its limit.
 *
 * Departments outside the app's scope (50004, 50002) or deleted meanwhile (60003) are skipped and counted. A
 * refusal of anything else (a missing permission, say) ends the sync as Refused. The sync writes nothing: after
 * Completed, directory() is the new copy for DirectoryStore::save(); any other end leaves the old copy alone.
 */
class DirectorySync : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int CallsInFlightPerApi = 3;
    static constexpr int TransportRetries = 2;

    explicit DirectorySync(GroupApi* api, QObject* parent = nullptr);
    ~DirectorySync() override;

    void start();
    /** Stops at once: calls in flight are abandoned, finished() comes (before cancel() returns), nothing is kept. */
    void cancel();
    bool isRunning() const { return m_running; }

    const DirectorySyncResult& result() const { return m_result; }
    /** The new copy after a Completed sync; a null Directory otherwise. */
    const Directory& directory() const { return m_directory; }
    /** For tests: a shorter wait before a read is asked again. */
    void setTransportRetryDelay(int ms) { m_retryDelayMs = ms; }

signals:
    /**
     * After each answer: departments whose people are all read, departments found so far (both without the
     * root), and people so far. `departmentsFound` grows while the tree is walked.
     */
    void progress(int departmentsDone, int departmentsFound, int people);
    void finished();

private:
    struct Task
    {
        enum Kind
        {
            ListChildren,
            ListMembers
        };
        Kind kind = ListChildren;
        qint64 departmentId = 0;
        qint64 cursor = 0;
        int attempt = 0;
    };

    void pump();
    void send(const Task& task);
    void onFinished(ApiCall* call);
    void readChildren(const Task& task, const QJsonObject& body);
    void readMembers(const Task& task, const QJsonObject& body);
    void addPerson(const QJsonObject& entry, qint64 departmentId);
    void skipDepartment(qint64 departmentId);
    void end(DirectorySyncResult::Outcome outcome, const ApiError& error = ApiError(),
             ErrorCatalogue::Operation operation = ErrorCatalogue::Operation::ListDepartments);
    int inFlight(Task::Kind kind) const;
    void emitProgress();

    GroupApi* m_api;
    bool m_running = false;
    int m_retryDelayMs = 500;
    QList<Task> m_waiting[2]; // per Task::Kind
    QHash<ApiCall*, Task> m_calls;
    int m_retriesWaiting[2] = { 0, 0 }; // per Task::Kind
    QList<DirectoryDepartment> m_departments;
    QHash<qint64, int> m_departmentIndex;
    QList<DirectoryPerson> m_people;
    QHash<QString, int> m_personIndex;
    QSet<qint64> m_departmentsRead; // whose members are all read, or that were skipped
    DirectorySyncResult m_result;
    Directory m_directory;
};
