#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

/**
 * Runs a program as a child process and measures it: exit status, wall time and peak memory (the kernel's
 * high-water mark of its resident set, from wait4()), with standard output and error captured. The arguments are
 * bytes, passed as they are: a file name that is not UTF-8 reaches the program unchanged, which QProcess cannot do.
 * POSIX only (a platform file of the test support): elsewhere run() reports that it could not start.
 */
class ChildProcess
{
public:
    struct Result
    {
        bool started = false;
        bool timedOut = false; // killed after the time allowed
        int exitCode = -1; // -1 when it did not exit by itself
        int signal = 0; // the signal that ended it, if one did
        qint64 elapsedMs = 0;
        qint64 peakMemoryKb = 0;
        QByteArray standardOutput; // the first megabyte
        QByteArray standardError; // the first megabyte
        qint64 standardOutputSize = 0; // in all
        qint64 standardErrorSize = 0;
    };
    /**
     * Writes the child's standard input through `fd` until it returns false or the child stops reading (EPIPE);
     * runs on a thread of its own. The descriptor is closed afterwards.
     */
    using Feeder = std::function<bool(int fd)>;

    /** Runs `program` with `arguments` (program name not included) and the environment of this process plus `extra`
     * ("NAME=value"); standard input from `feeder`, or /dev/null without one. Killed after `timeoutMs`. */
    static Result run(const QByteArray& program, const QList<QByteArray>& arguments, const QList<QByteArray>& extra,
                      const Feeder& feeder, int timeoutMs);
    /** Writes all of `bytes` to `fd`; false when the reader went away. */
    static bool writeAll(int fd, QByteArrayView bytes);
};
