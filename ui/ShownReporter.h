#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

/**
 * For start-up measurements: prints "shown <ms>" to stdout when a window is first exposed (ms counted by the timer
 * started at the top of main) and, when asked, quits the application right after.
 */
class ShownReporter : public QObject
{
    Q_OBJECT

public:
    ShownReporter(const QElapsedTimer& sinceStart, bool printWhenShown, bool quitWhenShown, QObject* parent = nullptr);

    /** Watches `window`; call before show(). */
    void watch(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_printWhenShown;
    bool m_quitWhenShown;
    bool m_reported = false;
};
