#pragma once

#include <QString>
#include <QTemporaryDir>

/**
 * A small real disk for tests of what a full one does: a tmpfs of a few kilobytes mounted on a fresh folder. The
 * mount is made in a mount namespace of the test process's own, so nobody else sees it and it goes when the process
 * ends, even one that crashed. Mounting needs root (CI runs as root) and Linux: elsewhere isMounted() is false and
 * skipReason() says why, for QSKIP.
 */
class SmallDisk
{
public:
    /** Mounts a disk of `bytes` (whole 4 KiB pages). */
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    QString skipReason() const { return m_skipReason; }
    /** The folder the disk is mounted on. */
    QString path() const { return m_folder.path(); }
    QString filePath(const QString& name) const { return m_folder.filePath(name); }

    /** Fills the disk with a file of its own until at most `bytes` are free (the disk counts whole pages). */
    bool fillLeaving(qint64 bytes);
    /** Removes what fillLeaving() wrote. */
    void empty();
    qint64 freeBytes() const;

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
    QString m_skipReason;
};
