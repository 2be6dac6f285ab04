#pragma once

#include "EmulatorData.h"

#include <QMutex>
#include <QMutexLocker>

/**
 * The emulator's data behind one mutex. The server thread and the facade's callers (usually the test's main
 * thread) both go through locked(), so every handler runs its checks and changes atomically.
 */
class EmulatorState
{
public:
    template <typename Function> auto locked(Function&& function)
    {
        QMutexLocker locker(&m_mutex);
        return function(m_data);
    }

    template <typename Function> auto locked(Function&& function) const
    {
        QMutexLocker locker(&m_mutex);
        return function(static_cast<const EmulatorData&>(m_data));
    }

private:
    mutable QMutex m_mutex;
    EmulatorData m_data;
};
