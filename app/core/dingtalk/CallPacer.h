#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

/**
 * Spaces calls so that DingTalk's per-app, per-API limit (20 calls in any second) is never met: waiting a few
 * milliseconds here is cheaper than a 90018 answer and a one-second back-off.
 */
class CallPacer
{
public:
    explicit CallPacer(int callsPerWindow = 20, int windowMs = 1000);

    /** Reserves the next free slot for a call to `api` and returns how long to wait before sending it. */
    int reserve(const QString& api);
    void setLimit(int callsPerWindow, int windowMs);
    /**
     * The least time `calls` calls to one API take at this pace, from the first call's start to the last one's: what
     * a plan of many calls (a batch of groups) says before it starts.
     */
    qint64 minimumSpanMs(int calls) const;

private:
    /** The time between two calls to one API: the window (and its margin) shared out evenly. */
    qint64 spacingMs() const;

    int m_callsPerWindow;
    int m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_starts; // start times (ms on m_clock) of the latest calls per API
};
