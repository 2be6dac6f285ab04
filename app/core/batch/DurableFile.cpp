#include "DurableFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

#ifdef Q_OS_WIN
#include <io.h>
#include <sys/stat.h>
#else
#include <unistd.h>
#endif

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

DurableFile::DurableFile(const QString& path)
    : m_path(path)
{
}

DurableFile::~DurableFile()
{
    close();
}

bool DurableFile::open()
{
    if (m_descriptor >= 0)
        return true;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const bool existed = QFileInfo::exists(m_path);
    const QByteArray name = QFile::encodeName(m_path);
#ifdef Q_OS_WIN
    m_descriptor = ::_open(name.constData(), _O_WRONLY | _O_APPEND | _O_CREAT | _O_BINARY, _S_IREAD | _S_IWRITE);
#else
    // Owner-only from its first moment: the journal names people.
    m_descriptor = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
#endif
    if (m_descriptor < 0) {
        m_error = systemError();
        return false;
    }
    if (!existed && !syncFolder(folder)) {
        m_error = systemError();
        close();
        return false;
    }
    return true;
}

bool DurableFile::append(const QByteArray& bytes)
{
    if (m_descriptor < 0 && !open())
        return false;
    qsizetype written = 0;
    while (written < bytes.size()) {
#ifdef Q_OS_WIN
        const int n = ::_write(m_descriptor, bytes.constData() + written, unsigned(bytes.size() - written));
#else
        const ssize_t n = ::write(m_descriptor, bytes.constData() + written, size_t(bytes.size() - written));
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = systemError();
            return false;
        }
        written += n;
    }
    return sync();
}

void DurableFile::close()
{
    if (m_descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::_close(m_descriptor);
#else
    ::close(m_descriptor);
#endif
    m_descriptor = -1;
}

bool DurableFile::sync()
{
#ifdef Q_OS_WIN
    const bool synced = ::_commit(m_descriptor) == 0;
#else
    int result;
    do {
        result = ::fsync(m_descriptor);
    } while (result < 0 && errno == EINTR);
    const bool synced = result == 0;
#endif
    if (!synced)
        m_error = systemError();
    return synced;
}

bool DurableFile::syncFolder(const QString& folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder); // NTFS journals the directory entry itself
    return true;
#else
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
#endif
}
