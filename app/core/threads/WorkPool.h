#pragma once

class QThreadPool;

/**
 * The thread pool every piece of the app's own background work runs on: `QtConcurrent::run(WorkPool::instance(), …)`.
 *
 * Not Qt's global pool, because Qt 6.4's raster paint engine splits a large fill (a table's background, a scroll bar)
 * across QThreadPool::globalInstance() and makes the GUI thread wait until every part has run. With a 100,000-row
 * parse holding the global pool's threads, the window stood still for 60–110 ms while it painted. Kept apart, Qt's
 * pool always has a thread free for painting.
 */
class WorkPool
{
public:
    /** As many threads as the machine has cores (QThread::idealThreadCount()); lives until the program ends. */
    static QThreadPool* instance();
};
