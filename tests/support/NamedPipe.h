#pragma once

#include <QByteArray>
#include <QString>

/**
 * A named pipe (FIFO) for tests: a path the application opens and reads like a file, while the test decides when the
 * bytes come. A read of it waits for the test, so work that is measured "while the file is read" is really under way,
 * however fast the machine reads files. POSIX only (the platform file of the test support): elsewhere create() fails
 * and the test skips.
 */
class NamedPipe
{
public:
    explicit NamedPipe(QString path);
    /** Ends the pipe (a reader sees the end of the file, even one that is still opening it) and removes it. */
    ~NamedPipe();
    NamedPipe(const NamedPipe&) = delete;
    NamedPipe& operator=(const NamedPipe&) = delete;

    /** Makes the pipe at the path; false where the system has none. */
    bool create();
    /** Waits until a reader has opened the pipe (at most `timeoutMs`), then opens its writing end. */
    bool openForWriting(int timeoutMs);
    /** Writes all of `bytes`; waits while the reader is behind. */
    bool write(const QByteArray& bytes);
    /** Closes the writing end: the reader sees the end of the file. */
    void close();

private:
    QString m_path;
    bool m_created = false;
    int m_fd = -1;
};
