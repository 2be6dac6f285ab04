#pragma once

#include <QByteArray>
#include <QString>

/**
 * An append-only file whose every line is on the disk before append() returns: the line, then fsync of the file (and,
 * for a new file, of its folder, so that the file itself survives a power cut). The only platform code of the core.
 * Created owner-only (0600).
 */
class DurableFile
{
public:
    explicit DurableFile(const QString& path);
    ~DurableFile();
    DurableFile(const DurableFile&) = delete;
    DurableFile& operator=(const DurableFile&) = delete;

    /** Opens for appending, creating the file (and its folder) when missing. */
    bool open();
    /** Writes `bytes` and waits until the disk has them. */
    bool append(const QByteArray& bytes);
    void close();
    QString errorString() const { return m_error; }

private:
    bool sync();
    static bool syncFolder(const QString& folder);

    QString m_path;
    int m_descriptor = -1;
    QString m_error;
};
