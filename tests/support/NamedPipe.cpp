#include "NamedPipe.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

NamedPipe::NamedPipe(QString path)
    : m_path(std::move(path))
{
}

NamedPipe::~NamedPipe()
{
#if defined(Q_OS_UNIX)
    // A reader still waiting in open() gets a writer that leaves at once: it sees an empty file instead of hanging.
    if (m_created && m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
    close();
    if (m_created)
        ::unlink(QFile::encodeName(m_path).constData());
#endif
}

bool NamedPipe::create()
{
#if defined(Q_OS_UNIX)
    m_created = ::mkfifo(QFile::encodeName(m_path).constData(), 0600) == 0;
#endif
    return m_created;
}

bool NamedPipe::openForWriting(int timeoutMs)
{
#if defined(Q_OS_UNIX)
    // Without a reader, a non-blocking open fails with ENXIO: try again until the reader is there.
    const QDeadlineTimer deadline(timeoutMs);
    while (m_created && m_fd < 0) {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK);
        if (m_fd >= 0)
            return ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) & ~O_NONBLOCK) == 0;
        if (errno != ENXIO || deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return m_fd >= 0;
#else
    Q_UNUSED(timeoutMs);
    return false;
#endif
}

bool NamedPipe::write(const QByteArray& bytes)
{
#if defined(Q_OS_UNIX)
    qsizetype written = 0;
    while (m_fd >= 0 && written < bytes.size()) {
        const ssize_t step = ::write(m_fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (step < 0 && errno != EINTR)
            return false;
        written += step > 0 ? step : 0;
    }
    return written == bytes.size();
#else
    Q_UNUSED(bytes);
    return false;
#endif
}

void NamedPipe::close()
{
#if defined(Q_OS_UNIX)
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}
