#include "SmallDisk.h"

#include <QFile>
#include <QStorageInfo>

#if defined(Q_OS_LINUX)
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#endif

namespace {
constexpr qint64 PageBytes = 4096;

#if defined(Q_OS_LINUX)
// Once per process: the calling thread (the test's) gets its own copy of the mounts, made private so that nothing
// mounted in it reaches the machine's own.
QString enterPrivateMounts()
{
    static const QString failure = [] {
        if (::unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("cannot get a mount namespace of its own (%1): run as root to test a full disk")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return QStringLiteral("cannot make the test's mounts private (%1)")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }();
    return failure;
}
#endif
} // namespace

SmallDisk::SmallDisk(qint64 bytes)
{
#if defined(Q_OS_LINUX)
    m_skipReason = enterPrivateMounts();
    if (!m_skipReason.isEmpty())
        return;
    const qint64 kib = (bytes + PageBytes - 1) / PageBytes * (PageBytes / 1024);
    const QByteArray options = "size=" + QByteArray::number(kib) + "k,mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_folder.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                options.constData())
        != 0) {
        m_skipReason = QStringLiteral("cannot mount a small tmpfs (%1): run as root to test a full disk")
                           .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
#else
    Q_UNUSED(bytes)
    m_skipReason = QStringLiteral("a small disk is mounted on Linux only");
#endif
}

SmallDisk::~SmallDisk()
{
#if defined(Q_OS_LINUX)
    // Detached: a file still open in it (a failed test's) must not keep the disk, nor the folder from going.
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder.path()).constData(), MNT_DETACH);
#endif
}

bool SmallDisk::fillLeaving(qint64 bytes)
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray page(PageBytes, 'x');
    while (freeBytes() > bytes) {
        if (filler.write(page) != page.size())
            break;
    }
    return freeBytes() <= bytes;
}

void SmallDisk::empty()
{
    QFile::remove(filePath(QStringLiteral("filler")));
}

qint64 SmallDisk::freeBytes() const
{
    return QStorageInfo(m_folder.path()).bytesAvailable();
}
