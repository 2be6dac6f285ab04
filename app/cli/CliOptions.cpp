#include "CliOptions.h"

#include <QFile>

#include "dingtalk/ServerAddress.h"
#include "i18n/AppTranslator.h"

#include <QCommandLineParser>

namespace {

const QString MemberOption = QStringLiteral("member");

// Options that take a value: the secret check skips their values, so `--name my-secret-group` is fine.
const QStringList& valueOptions()
{
    static const QStringList names{
        QStringLiteral("name"),         QStringLiteral("owner"),        MemberOption,
        QStringLiteral("members"),      QStringLiteral("mobile"),       QStringLiteral("id-column"),
        QStringLiteral("phone-column"), QStringLiteral("filter"),       QStringLiteral("server"),
        QStringLiteral("api"),          QStringLiteral("access-token"), QStringLiteral("app-key"),
        QStringLiteral("timeout"),      QStringLiteral("lang"),         QStringLiteral("history-file"),
        QStringLiteral("journal"),      QStringLiteral("results"),      QStringLiteral("owner-query"),
        QStringLiteral("member-query"), QStringLiteral("department")
    };
    return names;
}

/** The option name of `argument` without dashes and value ("--app-secret=x" gives "app-secret"); empty if none. */
QString optionName(const QString& argument)
{
    if (argument.size() < 2 || !argument.startsWith(QLatin1Char('-')))
        return QString();
    QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    return equals >= 0 ? name.left(equals) : name;
}

/** Calls `visit` with each option name of the command line, skipping the values of value options. */
template <typename Visit> void forEachOption(const QStringList& arguments, Visit visit)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return;
        const QString name = optionName(argument);
        if (name.isEmpty())
            continue;
        const bool inlineValue = argument.contains(QLatin1Char('='));
        const QString value = inlineValue ? argument.section(QLatin1Char('='), 1)
                                          : (i + 1 < arguments.size() ? arguments.at(i + 1) : QString());
        if (!visit(name, value))
            return;
        if (!inlineValue && valueOptions().contains(name))
            ++i;
    }
}

} // namespace

QString CliOptions::requestedLanguage(const QStringList& arguments)
{
    QString language;
    forEachOption(arguments, [&language](const QString& name, const QString& value) {
        if (name == QLatin1String("lang"))
            language = AppTranslator::normalise(value);
        return true;
    });
    return language.isEmpty() ? AppTranslator::systemLanguage() : language;
}

bool CliOptions::requestsJson(const QStringList& arguments)
{
    bool json = false;
    forEachOption(arguments, [&json](const QString& name, const QString&) {
        json = json || name == QLatin1String("json");
        return true;
    });
    return json;
}

void CliOptions::fail(const QString& code, const QString& message)
{
    if (!isValid())
        return; // the first problem is the one reported
    errorCode = code;
    errorMessage = message;
}

QList<QByteArray> CliOptions::rawMemberFileNames(const QStringList& memberFiles, const QList<QByteArray>& rawArguments)
{
    // The values of "--members FILE" and "--members=FILE", in order, as bytes.
    static const QByteArray option = QByteArrayLiteral("--members");
    QList<QByteArray> rawValues;
    for (qsizetype i = 1; i < rawArguments.size(); ++i) {
        const QByteArray& argument = rawArguments.at(i);
        if (argument == "--")
            break;
        if (argument == option && i + 1 < rawArguments.size())
            rawValues.append(rawArguments.at(++i));
        else if (argument.startsWith(option + '='))
            rawValues.append(argument.mid(option.size() + 1));
    }
    QList<QByteArray> names;
    for (qsizetype k = 0; k < memberFiles.size(); ++k) {
        // Bytes only where they are this very value: anything else parses as the decoded text says.
        const bool same = k < rawValues.size() && QString::fromLocal8Bit(rawValues.at(k)) == memberFiles.at(k);
        names.append(same ? rawValues.at(k) : QFile::encodeName(memberFiles.at(k)));
    }
    return names;
}

CliOptions CliOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment,
                             const QList<QByteArray>& rawArguments)
{
    CliOptions options;
    options.json = requestsJson(arguments);
    options.language = requestedLanguage(arguments);

    // Before the parser: an unknown --app-secret would only be "unknown option", but the user needs to know why.
    forEachOption(arguments, [&options](const QString& name, const QString&) {
        if (!name.contains(QLatin1String("secret"), Qt::CaseInsensitive))
            return true;
        options.fail(QStringLiteral("usage"),
                     tr("The app secret is not accepted as an argument (--%1), because other users of this computer "
                        "can read arguments in the process list. Set the environment variable DINGTALK_APP_SECRET "
                        "instead.")
                         .arg(name));
        return false;
    });

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Creates a DingTalk group chat.\n\n"
        "  dingtalk-group-cli create --name NAME --owner USERID (--member ID ... | --mobile NUMBER ... | "
        "--members FILE)\n\n"
        "Member files: Excel workbooks (.xlsx), CSV or tab-separated text (UTF-8, UTF-16 or GB18030) and plain lists "
        "with one userid per line. The columns are found by their titles (userid, 工号, 手机号, 姓名 …); "
        "--id-column, --phone-column and --filter choose them where that is not enough. A file with a userid column "
        "is read by its userids alone: rows without one are left out (and counted on standard error); a file "
        "without one is read by its phone numbers. Old .xls and WPS .et files must be saved as .xlsx or CSV "
        "first.\n\n"
        "Phone numbers are looked up at DingTalk before anything is created. If a number belongs to no employee, "
        "nothing is created, unless --skip-unresolved is given: then the group is created without that person and "
        "the exit code is 4.\n\n"
        "Credentials: --access-token TOKEN (or the environment variable DINGTALK_ACCESS_TOKEN), or --app-key KEY "
        "with the secret in the environment variable DINGTALK_APP_SECRET.\n\n"
        "--dry-run shows every call the create would make (method, address, headers, body and a cURL command, with "
        "the token and the secret masked) and creates nothing; only phone numbers are looked up, because their "
        "userids are part of the calls.\n\n"
        "Every create attempt (created, refused, failed, or with an unknown outcome) is recorded in the history the "
        "window shows, without the token or the secret. Runs that stop before the create (invalid input, phone "
        "numbers that cannot be looked up) and dry runs are not recorded. --no-history records nothing; "
        "--history-file records in another file. If the history cannot be written, a warning says so and the exit "
        "code stays that of the create.\n\n"
        "People by name, job number or department: --owner-query, --member-query and --department, and member "
        "files with a 姓名 or 工号 column (and no userid or phone column), are looked up in a local copy of the "
        "organisation's directory, made on first use (or with --refresh-directory) and shared with the window. A "
        "query is read in this order: a userid the directory knows, a job number, an exact name, a mobile number; "
        "it must end at exactly one person, a department name or path (销售部/华东区) at exactly one department. "
        "Otherwise nothing is created (exit code 2); --skip-unresolved leaves out people nobody has (never ambiguous "
        "ones).\n\n"
        "  dingtalk-group-cli directory sync    copies the directory anew\n"
        "  dingtalk-group-cli directory search TEXT    finds people by part of a name, job number, userid or "
        "mobile\n\n"
        "Exit codes: 0 created (or a dry run with valid input); 2 invalid input, nothing sent; 3 DingTalk refused, "
        "nothing created; 4 created, "
        "but some members are missing; 5 the outcome is unknown: a network failure, or an answer that does not "
        "prove nothing was done."));
    parser.addPositionalArgument(QStringLiteral("create"), tr("Create a group."));
    parser.addPositionalArgument(QStringLiteral("directory"),
                                 tr("\"directory sync\" or \"directory search TEXT\": the organisation's directory."));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("The group name (1 to 20 characters)."), tr("NAME"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), tr("The owner's DingTalk userid."), tr("USERID"));
    const QCommandLineOption memberOption(MemberOption, tr("A member's userid; repeat for more members."), tr("ID"));
    const QCommandLineOption mobileOption(QStringLiteral("mobile"),
                                          tr("A member's mobile phone number, looked up at DingTalk; repeat for more."),
                                          tr("NUMBER"));
    const QCommandLineOption membersOption(
        QStringLiteral("members"),
        tr("A member file: .xlsx, CSV, tab-separated text or one userid per line; - reads standard input. Repeat "
           "for more files."),
        tr("FILE"));
    const QCommandLineOption idColumnOption(QStringLiteral("id-column"),
                                            tr("The column of the member files that holds userids: its title, its "
                                               "number (1 is the first) or its letter (A)."),
                                            tr("COLUMN"));
    const QCommandLineOption phoneColumnOption(
        QStringLiteral("phone-column"),
        tr("The column of the member files that holds mobile numbers: its title, number or letter. The files are "
           "then read by phone number, even if they have a userid column."),
        tr("COLUMN"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        tr("Only the rows of the member files whose COLUMN (title, number or letter) holds exactly VALUE, for example "
           "部门=人力资源部."),
        tr("COLUMN=VALUE"));
    const QCommandLineOption skipUnresolvedOption(
        QStringLiteral("skip-unresolved"),
        tr("Create the group even if some phone numbers belong to no employee, or some people (--member-query, files "
           "read by name or job number) are not in the directory; they are listed as missing (exit code 4)."));
    const QCommandLineOption apiOption(QStringLiteral("api"),
                                       tr("The DingTalk API generation: legacy (oapi.dingtalk.com, the default) or v1 "
                                          "(api.dingtalk.com)."),
                                       tr("GENERATION"), QStringLiteral("legacy"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("Send every request to this server instead of DingTalk (https, or http to this computer only)."), tr("URL"));
    const QCommandLineOption tokenOption(QStringLiteral("access-token"),
                                         tr("An access token (else DINGTALK_ACCESS_TOKEN)."), tr("TOKEN"));
    const QCommandLineOption appKeyOption(
        QStringLiteral("app-key"), tr("The app's AppKey; the secret comes from DINGTALK_APP_SECRET."), tr("KEY"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Seconds to wait for each request (30)."),
                                           tr("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The language of messages: zh_CN or en."),
                                        tr("LANGUAGE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object with the result on standard output."));
    const QCommandLineOption showHistoryOption(QStringLiteral("show-history"),
                                               tr("New members can read the last 100 messages."));
    const QCommandLineOption searchableOption(QStringLiteral("searchable"), tr("The group can be found by search."));
    const QCommandLineOption validationOption(QStringLiteral("validation"), tr("Joining needs approval."));
    const QCommandLineOption mentionAllOption(QStringLiteral("mention-all-owner-only"), tr("Only the owner may @all."));
    const QCommandLineOption managementOption(QStringLiteral("management-owner-only"),
                                              tr("Only the owner may manage the group."));
    const QCommandLineOption banChatOption(QStringLiteral("ban-chat"), tr("Mute all members."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Show every call the create would make, with a cURL command each (the token and the secret masked), and "
           "create nothing. Phone numbers are still looked up. Nothing is recorded in the history."));
    const QCommandLineOption noHistoryOption(QStringLiteral("no-history"),
                                             tr("Do not record this create in the history."));
    const QCommandLineOption historyFileOption(
        QStringLiteral("history-file"),
        tr("Record the create in this history file instead of the one the window shows."), tr("FILE"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        tr("batch: keep the batch's journal in this file (else under the user's data location, named after the "
           "sheet's content and the connection, so that running the same sheet again resumes it)."),
        tr("FILE"));
    const QCommandLineOption resultsOption(
        QStringLiteral("results"), tr("batch: write the results table to this .csv or .xlsx file."), tr("FILE"));
    const QCommandLineOption skipInvalidOption(QStringLiteral("skip-invalid"),
                                               tr("batch: send the valid rows even if some rows are invalid."));
    const QCommandLineOption retryUnknownOption(
        QStringLiteral("retry-unknown"),
        tr("batch: send again the rows whose outcome is unknown (check DingTalk first), and rows the history says "
           "may exist."));
    const QCommandLineOption allowDuplicatesOption(
        QStringLiteral("allow-duplicates"),
        tr("batch: send rows even when the history has a group of the same name and owner from the last 30 days."));
    parser.addOptions({ journalOption, resultsOption, skipInvalidOption, retryUnknownOption, allowDuplicatesOption });
    const QCommandLineOption ownerQueryOption(
        QStringLiteral("owner-query"),
        tr("The owner as a name, job number, userid or mobile number, looked up in the directory."), tr("TEXT"));
    const QCommandLineOption memberQueryOption(
        QStringLiteral("member-query"),
        tr("A member as a name, job number, userid or mobile number, looked up in the directory; repeat for more."),
        tr("TEXT"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        tr("Every person of a department (a name, or a path such as 销售部/华东区), sub-departments included; repeat "
           "for more."),
        tr("PATH"));
    const QCommandLineOption noSubdepartmentsOption(QStringLiteral("no-subdepartments"),
                                                    tr("--department takes only the department's own people."));
    const QCommandLineOption refreshDirectoryOption(QStringLiteral("refresh-directory"),
                                                    tr("Sync the directory again before looking people up."));
    parser.addOptions(
        { ownerQueryOption, memberQueryOption, departmentOption, noSubdepartmentsOption, refreshDirectoryOption });
    parser.addOptions({ helpOption,           versionOption,     nameOption,       ownerOption,       memberOption,
                        mobileOption,         membersOption,     idColumnOption,   phoneColumnOption, filterOption,
                        skipUnresolvedOption, serverOption,      apiOption,        tokenOption,       appKeyOption,
                        timeoutOption,        langOption,        jsonOption,       dryRunOption,      noHistoryOption,
                        historyFileOption,    showHistoryOption, searchableOption, validationOption,  mentionAllOption,
                        managementOption,     banChatOption });
    options.helpText = parser.helpText();

    if (!options.isValid())
        return options;
    if (!parser.parse(arguments)) {
        options.fail(QStringLiteral("usage"), parser.errorText());
        return options;
    }
    if (parser.isSet(helpOption)) {
        options.command = Command::Help;
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.command = Command::Version;
        return options;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        options.fail(QStringLiteral("usage"), tr("Missing command: use \"create\" or \"directory\"."));
        return options;
    }
    const bool batch = positional.first() == QLatin1String("batch");
    if (batch) {
        if (positional.size() != 2) {
            options.fail(QStringLiteral("usage"), tr("batch takes one sheet: dingtalk-group-cli batch FILE."));
            return options;
        }
        options.batchFile = positional.at(1);
        options.journalFile = parser.value(journalOption).trimmed();
        options.resultsFile = parser.value(resultsOption).trimmed();
        options.skipInvalid = parser.isSet(skipInvalidOption);
        options.retryUnknown = parser.isSet(retryUnknownOption);
        options.allowDuplicates = parser.isSet(allowDuplicatesOption);
        options.command = Command::Batch;
    } else {
        for (const QCommandLineOption* option :
             { &journalOption, &resultsOption, &skipInvalidOption, &retryUnknownOption, &allowDuplicatesOption }) {
            if (parser.isSet(*option))
                options.fail(QStringLiteral("usage"),
                             tr("--%1 applies to the batch command.").arg(option->names().constFirst()));
        }
    }
    if (batch) {
        // Parsed above.
    } else if (positional.first() == QLatin1String("directory")) {
        const QString action = positional.value(1);
        if (action == QLatin1String("sync") && positional.size() == 2) {
            options.command = Command::DirectorySync;
        } else if (action == QLatin1String("search") && positional.size() == 3) {
            options.command = Command::DirectorySearch;
            options.searchText = positional.at(2).trimmed();
            if (options.searchText.isEmpty())
                options.fail(QStringLiteral("usage"), tr("\"directory search\" needs a text to look for."));
        } else if (action == QLatin1String("search")) {
            options.fail(QStringLiteral("usage"),
                         tr("\"directory search\" takes one text; put a text with blanks in quotes."));
            return options;
        } else {
            options.fail(QStringLiteral("usage"),
                         tr("Unknown directory command \"%1\": use \"directory sync\" or \"directory search TEXT\".")
                             .arg(positional.mid(1).join(QLatin1Char(' '))));
            return options;
        }
    } else if (positional.first() != QLatin1String("create")) {
        options.fail(QStringLiteral("usage"),
                     tr("Unknown command \"%1\": use \"create\", \"batch\" or \"directory\".").arg(positional.first()));
        return options;
    } else if (positional.size() > 1) {
        options.fail(QStringLiteral("usage"),
                     tr("Unexpected argument \"%1\" (each member needs its own --member).").arg(positional.at(1)));
        return options;
    } else {
        options.command = Command::Create;
    }

    if (parser.isSet(langOption) && AppTranslator::normalise(parser.value(langOption)).isEmpty())
        options.fail(QStringLiteral("usage"),
                     tr("Unknown language \"%1\": use zh_CN or en.").arg(parser.value(langOption)));

    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 1 || timeout > 3600)
        options.fail(
            QStringLiteral("usage"),
            tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".").arg(parser.value(timeoutOption)));
    else
        options.connection.timeoutSeconds = timeout;

    if (parser.isSet(serverOption)) {
        const QUrl server = ServerAddress::parse(parser.value(serverOption));
        if (server.isEmpty())
            options.fail(
                QStringLiteral("usage"),
                tr("--server needs an http:// or https:// address, not \"%1\".").arg(parser.value(serverOption)));
        else if (!ServerAddress::isAllowed(server))
            options.fail(QStringLiteral("insecure-server"),
                         tr("Plain http is only allowed to this computer (127.0.0.1, ::1, localhost): the token would "
                            "cross the network readable by anyone. Use https://%1 instead.")
                             .arg(server.authority()));
        else
            options.connection.setServer(server);
    }

    const QString api = parser.value(apiOption).trimmed().toLower();
    if (api == QLatin1String("legacy"))
        options.connection.generation = ApiGeneration::Legacy;
    else if (api == QLatin1String("v1"))
        options.connection.generation = ApiGeneration::V1;
    else
        options.fail(QStringLiteral("usage"), tr("Unknown API \"%1\": use legacy or v1.").arg(parser.value(apiOption)));

    const QString pastedToken = environment.value(QStringLiteral("DINGTALK_ACCESS_TOKEN"));
    if (parser.isSet(tokenOption)) {
        options.connection.accessToken = parser.value(tokenOption).trimmed();
        if (options.connection.accessToken.isEmpty())
            options.fail(QStringLiteral("missing-credentials"), tr("--access-token is empty."));
    } else if (parser.isSet(appKeyOption)) {
        options.connection.appKey = parser.value(appKeyOption).trimmed();
        options.connection.appSecret = environment.value(QStringLiteral("DINGTALK_APP_SECRET"));
        if (options.connection.appKey.isEmpty())
            options.fail(QStringLiteral("missing-credentials"), tr("--app-key is empty."));
        else if (options.connection.appSecret.isEmpty())
            options.fail(QStringLiteral("missing-credentials"),
                         tr("--app-key needs the app secret in the environment variable DINGTALK_APP_SECRET."));
    } else if (!pastedToken.trimmed().isEmpty()) {
        options.connection.accessToken = pastedToken.trimmed();
    } else {
        options.fail(QStringLiteral("missing-credentials"),
                     tr("No credentials: pass --access-token TOKEN (or set DINGTALK_ACCESS_TOKEN), or --app-key KEY "
                        "with the secret in the environment variable DINGTALK_APP_SECRET."));
    }

    options.ownerQuery = parser.value(ownerQueryOption).trimmed();
    options.memberQueries = parser.values(memberQueryOption);
    options.departments = parser.values(departmentOption);
    options.includeSubdepartments = !parser.isSet(noSubdepartmentsOption);
    options.refreshDirectory = parser.isSet(refreshDirectoryOption);
    if (parser.isSet(ownerOption) && parser.isSet(ownerQueryOption))
        options.fail(QStringLiteral("usage"), tr("Give --owner or --owner-query, not both."));
    if (parser.values(ownerQueryOption).size() > 1)
        options.fail(QStringLiteral("usage"), tr("--owner-query may be given only once."));
    if (parser.isSet(ownerQueryOption) && options.ownerQuery.isEmpty())
        options.fail(QStringLiteral("usage"), tr("--owner-query needs a name, job number, userid or mobile number."));
    for (const QString& query : std::as_const(options.memberQueries)) {
        if (query.trimmed().isEmpty())
            options.fail(QStringLiteral("usage"),
                         tr("--member-query needs a name, job number, userid or mobile number."));
    }
    for (const QString& department : std::as_const(options.departments)) {
        if (department.trimmed().isEmpty() || department.trimmed() == QLatin1String("/"))
            options.fail(QStringLiteral("usage"), tr("--department needs a department name or path."));
    }
    if (parser.isSet(noSubdepartmentsOption) && options.departments.isEmpty())
        options.fail(QStringLiteral("usage"), tr("--no-subdepartments applies to --department."));

    options.spec.name = parser.value(nameOption);
    options.spec.owner = parser.value(ownerOption);
    const QStringList memberIds = parser.values(memberOption);
    for (const QString& id : memberIds)
        options.spec.members.append(Member::fromUserId(id, MemberSource::CommandLine));
    options.memberFiles = parser.values(membersOption);
    options.memberFileNames = rawMemberFileNames(options.memberFiles, rawArguments);
    options.mobiles = parser.values(mobileOption);
    options.skipUnresolved = parser.isSet(skipUnresolvedOption);
    options.idColumn = parser.value(idColumnOption).trimmed();
    options.phoneColumn = parser.value(phoneColumnOption).trimmed();
    for (const QCommandLineOption* column : { &idColumnOption, &phoneColumnOption, &filterOption }) {
        const QString name = column->names().constFirst();
        if (parser.isSet(*column) && options.memberFiles.isEmpty())
            options.fail(QStringLiteral("usage"), tr("--%1 applies to the files given with --members.").arg(name));
        if (parser.values(*column).size() > 1)
            options.fail(QStringLiteral("usage"), tr("--%1 may be given only once.").arg(name));
    }
    if (parser.isSet(idColumnOption) && options.idColumn.isEmpty())
        options.fail(QStringLiteral("usage"), tr("--id-column needs a column title or number."));
    if (parser.isSet(phoneColumnOption) && options.phoneColumn.isEmpty())
        options.fail(QStringLiteral("usage"), tr("--phone-column needs a column title or number."));
    if (parser.isSet(idColumnOption) && parser.isSet(phoneColumnOption))
        options.fail(QStringLiteral("usage"),
                     tr("Give --id-column or --phone-column, not both: when a file has a userid column, its phone "
                        "numbers are not used."));
    if (parser.isSet(filterOption)) {
        const QString filter = parser.value(filterOption);
        const qsizetype equals = filter.indexOf(QLatin1Char('='));
        options.filterColumn = filter.left(equals).trimmed();
        options.filterValue = filter.mid(equals + 1).trimmed();
        if (equals < 0 || options.filterColumn.isEmpty())
            options.fail(QStringLiteral("usage"),
                         tr("--filter takes COLUMN=VALUE, for example 部门=人力资源部, not \"%1\".").arg(filter));
    }

    options.dryRun = parser.isSet(dryRunOption);
    options.recordHistory = !parser.isSet(noHistoryOption);
    options.historyFile = parser.value(historyFileOption).trimmed();
    if (parser.values(historyFileOption).size() > 1)
        options.fail(QStringLiteral("usage"), tr("--history-file may be given only once."));
    if (parser.isSet(historyFileOption) && options.historyFile.isEmpty())
        options.fail(QStringLiteral("usage"), tr("--history-file needs a file name."));
    if (parser.isSet(historyFileOption) && parser.isSet(noHistoryOption))
        options.fail(QStringLiteral("usage"), tr("Give --history-file or --no-history, not both."));

    GroupSettings& settings = options.spec.settings;
    settings.showHistory = parser.isSet(showHistoryOption);
    settings.searchable = parser.isSet(searchableOption);
    settings.validation = parser.isSet(validationOption);
    settings.mentionAllOwnerOnly = parser.isSet(mentionAllOption);
    settings.managementOwnerOnly = parser.isSet(managementOption);
    settings.chatBanned = parser.isSet(banChatOption);
    return options;
}
