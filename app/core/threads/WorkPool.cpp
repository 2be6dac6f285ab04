#include "WorkPool.h"

#include <QThread>
#include <QThreadPool>

namespace {
struct AppWorkPool : QThreadPool
{
    AppWorkPool()
    {
        setObjectName(QStringLiteral("WorkPool"));
        setMaxThreadCount(QThread::idealThreadCount());
    }
};
Q_GLOBAL_STATIC(AppWorkPool, workPool)
} // namespace

QThreadPool* WorkPool::instance()
{
    return workPool();
}
