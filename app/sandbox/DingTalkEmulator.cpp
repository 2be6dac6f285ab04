#include "DingTalkEmulator.h"

#include "DemoOrganisation.h"
#include "EmulatorState.h"
#include "EmulatorThread.h"

#include <QMetaObject>

DingTalkEmulator::DingTalkEmulator(QObject* parent)
    : QObject(parent)
    , m_state(std::make_unique<EmulatorState>())
{
}

DingTalkEmulator::~DingTalkEmulator()
{
    stop();
}

bool DingTalkEmulator::start(quint16 port)
{
    if (m_thread)
        return true;
    // The server thread reports through a queued call, so observers always hear from this object's thread.
    auto notify = [this](const QString& path) {
        QMetaObject::invokeMethod(
            this, [this, path] { emit requestReceived(path); }, Qt::QueuedConnection);
    };
    auto thread = std::make_unique<EmulatorThread>(*m_state, notify, port);
    if (!thread->startAndWait()) {
        qWarning("DingTalkEmulator: cannot listen on 127.0.0.1:%u: %s", port, qPrintable(thread->errorString()));
        return false;
    }
    m_port = thread->port();
    m_thread = std::move(thread);
    return true;
}

void DingTalkEmulator::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_port = 0;
}

bool DingTalkEmulator::isRunning() const
{
    return m_port != 0;
}

quint16 DingTalkEmulator::port() const
{
    return m_port;
}

QUrl DingTalkEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port.load()));
}

QString DingTalkEmulator::demoAppKey()
{
    return DemoOrganisation::appKey();
}

QString DingTalkEmulator::demoAppSecret()
{
    return DemoOrganisation::appSecret();
}

void DingTalkEmulator::addApp(const QString& appKey, const QString& appSecret)
{
    m_state->locked([&](EmulatorData& data) { data.apps.insert(appKey, appSecret); });
}

QList<EmulatedEmployee> DingTalkEmulator::employees() const
{
    return m_state->locked([](const EmulatorData& data) { return data.employees; });
}

QString DingTalkEmulator::demoOwnerId() const
{
    return DemoOrganisation::ownerId();
}

void DingTalkEmulator::setEmployeeActive(const QString& userid, bool active)
{
    m_state->locked([&](EmulatorData& data) {
        const auto it = data.employeeIndexById.constFind(userid);
        if (it != data.employeeIndexById.cend())
            data.employees[*it].active = active;
    });
}

QList<EmulatedDepartment> DingTalkEmulator::departments() const
{
    return m_state->locked([](const EmulatorData& data) { return data.departments; });
}

void DingTalkEmulator::useOrganisation(const EmulatedOrganisation& organisation)
{
    m_state->locked([&](EmulatorData& data) { data.useOrganisation(organisation); });
}

void DingTalkEmulator::setDepartmentInScope(qint64 departmentId, bool inScope)
{
    m_state->locked([&](EmulatorData& data) {
        if (inScope)
            data.departmentsOutOfScope.remove(departmentId);
        else
            data.departmentsOutOfScope.insert(departmentId);
    });
}

void DingTalkEmulator::setPermissionGranted(const QString& permission, bool granted)
{
    m_state->locked([&](EmulatorData& data) {
        if (granted)
            data.revokedPermissions.remove(permission);
        else
            data.revokedPermissions.insert(permission);
    });
}

void DingTalkEmulator::setEmployeeMobile(const QString& userid, const QString& mobile)
{
    m_state->locked([&](EmulatorData& data) {
        const auto it = data.employeeIndexById.constFind(userid);
        if (it == data.employeeIndexById.cend())
            return;
        data.employeeIndexByMobile.remove(data.employees.at(*it).mobile);
        data.employees[*it].mobile = mobile;
        data.employeeIndexByMobile.insert(mobile, *it);
    });
}

QList<EmulatedGroup> DingTalkEmulator::groups() const
{
    return m_state->locked([](const EmulatorData& data) { return data.groups; });
}

std::optional<EmulatedGroup> DingTalkEmulator::group(const QString& chatid) const
{
    return m_state->locked([&](const EmulatorData& data) -> std::optional<EmulatedGroup> {
        const auto it = data.groupIndexById.constFind(chatid);
        if (it == data.groupIndexById.cend())
            return std::nullopt;
        return data.groups.at(*it);
    });
}

int DingTalkEmulator::requestCount(const QString& path) const
{
    return m_state->locked([&](const EmulatorData& data) {
        int count = 0;
        for (const RecordedRequest& request : data.log) {
            if (request.path == path)
                ++count;
        }
        return count;
    });
}

QList<RecordedRequest> DingTalkEmulator::requests() const
{
    return m_state->locked([](const EmulatorData& data) { return data.log; });
}

void DingTalkEmulator::clearRequests()
{
    m_state->locked([](EmulatorData& data) { data.log.clear(); });
}

int DingTalkEmulator::connectionCount() const
{
    return m_state->locked([](const EmulatorData& data) { return data.connectionCount; });
}

QStringList DingTalkEmulator::issuedTokens() const
{
    return m_state->locked([](const EmulatorData& data) { return data.issuedTokens; });
}

void DingTalkEmulator::expireAllTokens()
{
    m_state->locked([](EmulatorData& data) { data.expireAllTokens(); });
}

void DingTalkEmulator::setTokenLifetime(int seconds)
{
    m_state->locked([&](EmulatorData& data) { data.tokenLifetimeSeconds = qMax(0, seconds); });
}

void DingTalkEmulator::injectFault(const QString& path, const EmulatorFault& fault, int times)
{
    if (times == 0 || times < -1)
        return;
    m_state->locked([&](EmulatorData& data) { data.faults[path].append(EmulatorData::PendingFault{ fault, times }); });
}

void DingTalkEmulator::clearFaults()
{
    m_state->locked([](EmulatorData& data) { data.faults.clear(); });
}

void DingTalkEmulator::setLatency(int ms)
{
    m_state->locked([&](EmulatorData& data) { data.latencyMs = qMax(0, ms); });
}

void DingTalkEmulator::setRateLimit(bool enabled, int callsPerSecond)
{
    m_state->locked([&](EmulatorData& data) {
        data.rateLimitEnabled = enabled;
        data.callsPerSecond = qMax(1, callsPerSecond);
        data.callTimes.clear();
    });
}

void DingTalkEmulator::reset()
{
    m_state->locked([](EmulatorData& data) { data.reset(); });
}
