#pragma once

#include "CliReport.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

class QIODevice;
class QTextStream;

/**
 * Runs one command line from arguments to exit code: language, options, member files, validation, then the create
 * job on a local event loop (recorded in the history through CliHistory), or with --dry-run the calls it would make
 * (RequestPlan), reporting through CliReport. Holds no platform code: the caller says what the
 * terminal can do.
 */
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    /** `in` is read for `--members -`; `colour` and `interactive` say what stderr, a terminal or not, can show. */
    CliRunner(QTextStream& out, QTextStream& err, QIODevice* in, bool colour, bool interactive);

    /**
     * Runs `arguments` (program name first) and returns the exit code (see CliExitCode). `rawArguments`: the same,
     * undecoded (see CliOptions::parse()).
     */
    CliExitCode run(const QStringList& arguments, const QProcessEnvironment& environment,
                    const QList<QByteArray>& rawArguments = {});

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice* m_in;
    bool m_colour;
    bool m_interactive;
};
