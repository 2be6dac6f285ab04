#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QtGlobal>

#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

bool ChildProcess::writeAll(int fd, QByteArrayView bytes)
{
#ifdef Q_OS_UNIX
    while (!bytes.isEmpty()) {
        const ssize_t written = ::write(fd, bytes.data(), size_t(bytes.size()));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes = bytes.sliced(written);
    }
    return true;
#else
    Q_UNUSED(fd);
    Q_UNUSED(bytes);
    return false;
#endif
}

ChildProcess::Result ChildProcess::run(const QByteArray& program, const QList<QByteArray>& arguments,
                                       const QList<QByteArray>& extra, const Feeder& feeder, int timeoutMs)
{
    Result result;
#ifdef Q_OS_UNIX
    // A reader that goes away must end the feeder's write with EPIPE, not this process.
    std::signal(SIGPIPE, SIG_IGN);
    QTemporaryFile out;
    QTemporaryFile err;
    if (!out.open() || !err.open())
        return result;
    int input[2] = { -1, -1 };
    if (feeder ? ::pipe(input) != 0 : (input[0] = ::open("/dev/null", O_RDONLY)) < 0)
        return result;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), 1);
    posix_spawn_file_actions_adddup2(&actions, err.handle(), 2);
    if (input[1] >= 0)
        posix_spawn_file_actions_addclose(&actions, input[1]);

    QList<QByteArray> argumentBytes{ program };
    argumentBytes += arguments;
    QList<char*> argv;
    for (QByteArray& argument : argumentBytes)
        argv.append(argument.data());
    argv.append(nullptr);
    QList<QByteArray> environmentBytes;
    for (char** variable = environ; *variable; ++variable)
        environmentBytes.append(QByteArray(*variable));
    environmentBytes += extra;
    QList<char*> envp;
    for (QByteArray& variable : environmentBytes)
        envp.append(variable.data());
    envp.append(nullptr);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(input[0]);
    if (spawned != 0) {
        if (input[1] >= 0)
            ::close(input[1]);
        return result;
    }
    result.started = true;
    std::thread feeding;
    if (feeder) {
        const int fd = input[1];
        feeding = std::thread([fd, feeder] {
            feeder(fd);
            ::close(fd);
        });
    }

    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (clock.elapsed() > timeoutMs && !result.timedOut) {
            result.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        ::usleep(2000);
    }
    result.elapsedMs = clock.elapsed();
    if (feeding.joinable())
        feeding.join();
    result.peakMemoryKb = usage.ru_maxrss; // kilobytes on Linux
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
    QFile standardOutput(out.fileName());
    QFile standardError(err.fileName());
    if (standardOutput.open(QIODevice::ReadOnly))
        result.standardOutput = standardOutput.read(1024 * 1024); // enough to judge; a flood is not kept whole
    if (standardError.open(QIODevice::ReadOnly))
        result.standardError = standardError.read(1024 * 1024);
    result.standardOutputSize = out.size();
    result.standardErrorSize = err.size();
#else
    Q_UNUSED(program);
    Q_UNUSED(arguments);
    Q_UNUSED(extra);
    Q_UNUSED(feeder);
    Q_UNUSED(timeoutMs);
#endif
    return result;
}
