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
    if (m_callsPerWindow > 0 && !starts.isEmpty()) {
        // Evenly spaced, never in bursts: a burst queues on the few connections to the host and arrives bunched up,
        // so DingTalk could count one call more in a second than was sent in it.
        start = qMax(start, starts.constLast() + spacingMs());
    }
    if (m_callsPerWindow > 0 && starts.size() >= m_callsPerWindow) {
        // And the call `limit` places back must have left the window.
        const qint64 earliest = starts.at(starts.size() - m_callsPerWindow) + m_windowMs + SafetyMarginMs;
        start = qMax(start, earliest);
    }
    starts.append(start);
    while (starts.size() > m_callsPerWindow)
        starts.removeFirst();
    return int(start - now);
}

qint64 CallPacer::spacingMs() const
{
    return m_callsPerWindow > 0 ? qint64(m_windowMs + SafetyMarginMs) / m_callsPerWindow : 0;
}

qint64 CallPacer::minimumSpanMs(int calls) const
{
    if (calls <= 1 || m_callsPerWindow <= 0)
        return 0;
    // reserve() spaces the calls evenly, a window (plus the margin) for every `limit` of them.
    return qint64(calls - 1) * spacingMs();
}
