#include "CallPacer.h"

namespace {
// Requests leave a few milliseconds apart from when they were scheduled; keep that much room in every window.
constexpr int SafetyMarginMs = 60;
} // namespace

CallPacer::CallPacer(int callsPerWindow, int windowMs)
    : m_callsPerWindow(callsPerWindow)
    , m_windowMs(windowMs)
{
    m_clock.start();
}

void CallPacer::setLimit(int callsPerWindow, int windowMs)
{
    m_callsPerWindow = callsPerWindow;
    m_windowMs = windowMs;
}

int CallPacer::reserve(const QString& api)
{
    QList<qint64>& starts = m_starts[api];
    const qint64 now = m_clock.elapsed();
    qint64 start = now;
    if (m_callsPerWindow > 0 && starts.size() >= m_callsPerWindow) {
        // The call may start once the call `limit` places back has left the window.
        const qint64 earliest = starts.at(starts.size() - m_callsPerWindow) + m_windowMs + SafetyMarginMs;
        start = qMax(now, earliest);
    }
    starts.append(start);
    while (starts.size() > m_callsPerWindow)
        starts.removeFirst();
    return int(start - now);
}

qint64 CallPacer::minimumSpanMs(int calls) const
{
    if (calls <= 1 || m_callsPerWindow <= 0)
        return 0;
    // reserve() lets call n start once call n - limit has left its window (plus the margin).
    return qint64((calls - 1) / m_callsPerWindow) * (m_windowMs + SafetyMarginMs);
}
