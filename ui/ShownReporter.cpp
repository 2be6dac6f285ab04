#include "ShownReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

ShownReporter::ShownReporter(const QElapsedTimer& sinceStart, bool printWhenShown, bool quitWhenShown, QObject* parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_printWhenShown(printWhenShown)
    , m_quitWhenShown(quitWhenShown)
{
}

void ShownReporter::watch(QWidget* window)
{
    // The native window must exist before show(), or a platform that exposes at once would be missed.
    window->winId();
    if (QWindow* handle = window->windowHandle())
        handle->installEventFilter(this);
}

bool ShownReporter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_reported && event->type() == QEvent::Expose) {
        auto* window = qobject_cast<QWindow*>(watched);
        if (window && window->isExposed()) {
            m_reported = true;
            if (m_printWhenShown) {
                std::printf("shown %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
            }
            if (m_quitWhenShown)
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}
