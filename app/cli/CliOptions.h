#pragma once

#include "CliErrorCode.h"
#include "dingtalk/ConnectionSettings.h"
#include "group/GroupSpec.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QCommandLineParser;

/**
 * The command line as the user typed it, checked: what to do, the group asked for and how to reach DingTalk.
 * Parsing sends nothing and prints nothing, so tests can drive it directly; a failure leaves a stable error code
 * and a message in the current language.
 */
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Command
    {
        None,
        Create,
        Batch,
        DirectorySync, // directory sync: a full sync of the organisation's directory
        DirectorySearch, // directory search TEXT: people from the local copy
        Help,
        Version
    };

    Command command = Command::None;
    GroupSpec spec; // name, owner, settings and the --member ids; files and --mobile are read by CliMemberLoader
    QStringList memberFiles; // paths given with --members, "-" for standard input
    QList<QByteArray> memberFileNames; // the same paths as the system passed them: what is opened (see parse())
    QStringList mobiles; // --mobile values as typed: looked up before anything is created
    QString idColumn; // --id-column: a column title or a 1-based number; empty: guessed
    QString phoneColumn; // --phone-column: a column title or a 1-based number; empty: guessed
    QString filterColumn; // --filter COLUMN=VALUE: a column title or a 1-based number; empty: no filter
    QString filterValue;
    bool skipUnresolved = false; // --skip-unresolved: create without the numbers and people nobody has
    QString ownerQuery; // --owner-query: the owner as a name, job number, userid or mobile (the directory's rule)
    QStringList memberQueries; // --member-query values, each read by the same rule
    QStringList departments; // --department: names or paths ("销售部/华东区") whose people join the group
    bool includeSubdepartments = true; // false with --no-subdepartments
    bool refreshDirectory = false; // --refresh-directory: sync the directory before using it
    QString searchText; // directory search TEXT
    bool dryRun = false; // --dry-run: show the calls a create would make, create nothing, record nothing
    bool recordHistory = true; // false with --no-history
    QString historyFile; // --history-file: empty for the history the window keeps (CliHistory::defaultFilePath())
    // batch FILE: many groups from one sheet (see CliBatch)
    QString batchFile;
    QString journalFile; // --journal: empty for the one kept under the user's data location
    QString resultsFile; // --results: .csv or .xlsx
    bool skipInvalid = false;
    bool retryUnknown = false;
    bool allowDuplicates = false;
    ConnectionSettings connection; // connection.generation from --api
    bool json = false;
    QString language; // a code from AppTranslator::availableLanguages()

    QString errorCode; // empty when the command line is usable, else a CliErrorCode's text: "usage", ...
    QString errorMessage; // for the user, in the current language
    QString helpText; // the --help text, in the current language

    bool isValid() const { return errorCode.isEmpty(); }

    /**
     * Parses `arguments` (the program name first, as QCoreApplication::arguments() gives them). Credentials the
     * arguments lack come from `environment`: DINGTALK_ACCESS_TOKEN, DINGTALK_APP_SECRET. `rawArguments` are the
     * same arguments undecoded (Terminal::rawArguments()): a --members file name that is not UTF-8 does not survive
     * decoding, so memberFileNames keeps its bytes; without them it holds the names QFile would open.
     */
    static CliOptions parse(const QStringList& arguments, const QProcessEnvironment& environment,
                            const QList<QByteArray>& rawArguments = {});

    /**
     * The language asked for with --lang, normalised, or the system's when there is none or it is unknown (parse()
     * reports an unknown one). Read before parse() so that parse()'s own messages are in that language.
     */
    static QString requestedLanguage(const QStringList& arguments);
    /** True when --json appears among the options, even if the rest of the command line cannot be parsed. */
    static bool requestsJson(const QStringList& arguments);

private:
    void fail(CliErrorCode code, const QString& message);
    /** The --help text's introduction. */
    static QString description();
    /** Every option and positional argument, each group of options in the order --help lists it. */
    static void declareOptions(QCommandLineParser& parser);
    /** An option whose name holds "secret": the secret never comes as an argument. */
    void rejectSecretArguments(const QStringList& arguments);
    // Each reads one concern of the parsed command line into the fields above; a problem goes to fail().
    /** create, batch FILE or directory sync|search TEXT; false when nothing more should be read. */
    bool parseCommand(const QCommandLineParser& parser);
    bool parseBatchCommand(const QCommandLineParser& parser, const QStringList& positional);
    bool parseDirectoryCommand(const QStringList& positional);
    /** --lang, --timeout, --server, --api and the credentials. */
    void parseConnectionOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment);
    void parseTimeout(const QString& value);
    void parseServer(const QString& value);
    void parseCredentials(const QCommandLineParser& parser, const QProcessEnvironment& environment);
    /** --owner-query, --member-query, --department and their switches. */
    void parseDirectoryOptions(const QCommandLineParser& parser);
    /** --name, --owner, --member, --members, --mobile, --skip-unresolved. */
    void parseMemberOptions(const QCommandLineParser& parser, const QList<QByteArray>& rawArguments);
    /** --id-column, --phone-column, --filter: how the --members files are read. */
    void parseMemberFileColumns(const QCommandLineParser& parser);
    /** --dry-run, --no-history, --history-file. */
    void parseOutputOptions(const QCommandLineParser& parser);
    /** The bytes each of memberFiles was given as, in order, or its QFile name where they cannot be told. */
    static QList<QByteArray> rawMemberFileNames(const QStringList& memberFiles, const QList<QByteArray>& rawArguments);
};
