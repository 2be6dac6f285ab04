#include "CliOptions.h"

#include <QFile>

#include "dingtalk/ServerAddress.h"
#include "i18n/AppTranslator.h"

#include <QCommandLineParser>

namespace {

/** One option as --help lists it. The texts are untranslated (context CliOptions): tr() when the parser is built. */
struct OptionText
{
    const char* name;
    const char* description;
    const char* valueName = nullptr; // null for a switch
    const char* defaultValue = nullptr;
    const char* shortName = nullptr; // "h" for -h
};

// The options by concern, each group in the order --help lists it.
const QList<OptionText> BatchOptions{
    { "journal",
      QT_TRANSLATE_NOOP("CliOptions",
                        "batch: keep the batch's journal in this file (else under the user's data location, named "
                        "after the sheet's content and the connection, so that running the same sheet again resumes "
                        "it)."),
      QT_TRANSLATE_NOOP("CliOptions", "FILE") },
    { "results", QT_TRANSLATE_NOOP("CliOptions", "batch: write the results table to this .csv or .xlsx file."),
      QT_TRANSLATE_NOOP("CliOptions", "FILE") },
    { "skip-invalid", QT_TRANSLATE_NOOP("CliOptions", "batch: send the valid rows even if some rows are invalid.") },
    { "retry-unknown",
      QT_TRANSLATE_NOOP("CliOptions",
                        "batch: send again the rows whose outcome is unknown (check DingTalk first), and rows the "
                        "history says may exist.") },
    { "allow-duplicates",
      QT_TRANSLATE_NOOP("CliOptions",
                        "batch: send rows even when the history has a group of the same name and owner from the last "
                        "30 days.") },
};

const QList<OptionText> DirectoryOptions{
    { "owner-query",
      QT_TRANSLATE_NOOP("CliOptions",
                        "The owner as a name, job number, userid or mobile number, looked up in the directory."),
      QT_TRANSLATE_NOOP("CliOptions", "TEXT") },
    { "member-query",
      QT_TRANSLATE_NOOP("CliOptions",
                        "A member as a name, job number, userid or mobile number, looked up in the directory; repeat "
                        "for more."),
      QT_TRANSLATE_NOOP("CliOptions", "TEXT") },
    { "department",
      QT_TRANSLATE_NOOP("CliOptions",
                        "Every person of a department (a name, or a path such as 销售部/华东区), sub-departments "
                        "included; repeat for more."),
      QT_TRANSLATE_NOOP("CliOptions", "PATH") },
    { "no-subdepartments", QT_TRANSLATE_NOOP("CliOptions", "--department takes only the department's own people.") },
    { "refresh-directory", QT_TRANSLATE_NOOP("CliOptions", "Sync the directory again before looking people up.") },
};

const QList<OptionText> CommandOptions{
    { "help", QT_TRANSLATE_NOOP("CliOptions", "Show this help."), nullptr, nullptr, "h" },
    { "version", QT_TRANSLATE_NOOP("CliOptions", "Show the version.") },
};

const QList<OptionText> GroupOptions{
    { "name", QT_TRANSLATE_NOOP("CliOptions", "The group name (1 to 20 characters)."),
      QT_TRANSLATE_NOOP("CliOptions", "NAME") },
    { "owner", QT_TRANSLATE_NOOP("CliOptions", "The owner's DingTalk userid."),
      QT_TRANSLATE_NOOP("CliOptions", "USERID") },
};

const QList<OptionText> MemberOptions{
    { "member", QT_TRANSLATE_NOOP("CliOptions", "A member's userid; repeat for more members."),
      QT_TRANSLATE_NOOP("CliOptions", "ID") },
    { "mobile",
      QT_TRANSLATE_NOOP("CliOptions", "A member's mobile phone number, looked up at DingTalk; repeat for more."),
      QT_TRANSLATE_NOOP("CliOptions", "NUMBER") },
    { "members",
      QT_TRANSLATE_NOOP("CliOptions",
                        "A member file: .xlsx, CSV, tab-separated text or one userid per line; - reads standard input. "
                        "Repeat for more files."),
      QT_TRANSLATE_NOOP("CliOptions", "FILE") },
    { "id-column",
      QT_TRANSLATE_NOOP("CliOptions",
                        "The column of the member files that holds userids: its title, its number (1 is the first) or "
                        "its letter (A)."),
      QT_TRANSLATE_NOOP("CliOptions", "COLUMN") },
    { "phone-column",
      QT_TRANSLATE_NOOP("CliOptions",
                        "The column of the member files that holds mobile numbers: its title, number or letter. The "
                        "files are then read by phone number, even if they have a userid column."),
      QT_TRANSLATE_NOOP("CliOptions", "COLUMN") },
    { "filter",
      QT_TRANSLATE_NOOP("CliOptions",
                        "Only the rows of the member files whose COLUMN (title, number or letter) holds exactly VALUE, "
                        "for example 部门=人力资源部."),
      QT_TRANSLATE_NOOP("CliOptions", "COLUMN=VALUE") },
    { "skip-unresolved",
      QT_TRANSLATE_NOOP("CliOptions",
                        "Create the group even if some phone numbers belong to no employee, or some people "
                        "(--member-query, files read by name or job number) are not in the directory; they are listed "
                        "as missing (exit code 4).") },
};

const QList<OptionText> ConnectionOptions{
    { "server",
      QT_TRANSLATE_NOOP(
          "CliOptions",
          "Send every request to this server instead of DingTalk (https, or http to this computer only)."),
      QT_TRANSLATE_NOOP("CliOptions", "URL") },
    { "api",
      QT_TRANSLATE_NOOP(
          "CliOptions",
          "The DingTalk API generation: legacy (oapi.dingtalk.com, the default) or v1 (api.dingtalk.com)."),
      QT_TRANSLATE_NOOP("CliOptions", "GENERATION"), "legacy" },
    { "access-token", QT_TRANSLATE_NOOP("CliOptions", "An access token (else DINGTALK_ACCESS_TOKEN)."),
      QT_TRANSLATE_NOOP("CliOptions", "TOKEN") },
    { "app-key", QT_TRANSLATE_NOOP("CliOptions", "The app's AppKey; the secret comes from DINGTALK_APP_SECRET."),
      QT_TRANSLATE_NOOP("CliOptions", "KEY") },
    { "timeout", QT_TRANSLATE_NOOP("CliOptions", "Seconds to wait for each request (30)."),
      QT_TRANSLATE_NOOP("CliOptions", "SECONDS"), "30" },
    { "lang", QT_TRANSLATE_NOOP("CliOptions", "The language of messages: zh_CN or en."),
      QT_TRANSLATE_NOOP("CliOptions", "LANGUAGE") },
};

const QList<OptionText> OutputOptions{
    { "json", QT_TRANSLATE_NOOP("CliOptions", "Print one JSON object with the result on standard output.") },
    { "dry-run",
      QT_TRANSLATE_NOOP("CliOptions",
                        "Show every call the create would make, with a cURL command each (the token and the secret "
                        "masked), and create nothing. Phone numbers are still looked up. Nothing is recorded in the "
                        "history.") },
    { "no-history", QT_TRANSLATE_NOOP("CliOptions", "Do not record this create in the history.") },
    { "history-file",
      QT_TRANSLATE_NOOP("CliOptions", "Record the create in this history file instead of the one the window shows."),
      QT_TRANSLATE_NOOP("CliOptions", "FILE") },
};

/** A switch that turns one group setting on. */
struct SettingSwitch
{
    const char* name;
    bool GroupSettings::*setting;
    const char* description;
};

const QList<SettingSwitch> SettingSwitches{
    { "show-history", &GroupSettings::showHistory,
      QT_TRANSLATE_NOOP("CliOptions", "New members can read the last 100 messages.") },
    { "searchable", &GroupSettings::searchable, QT_TRANSLATE_NOOP("CliOptions", "The group can be found by search.") },
    { "validation", &GroupSettings::validation, QT_TRANSLATE_NOOP("CliOptions", "Joining needs approval.") },
    { "mention-all-owner-only", &GroupSettings::mentionAllOwnerOnly,
      QT_TRANSLATE_NOOP("CliOptions", "Only the owner may @all.") },
    { "management-owner-only", &GroupSettings::managementOwnerOnly,
      QT_TRANSLATE_NOOP("CliOptions", "Only the owner may manage the group.") },
    { "ban-chat", &GroupSettings::chatBanned, QT_TRANSLATE_NOOP("CliOptions", "Mute all members.") },
};

const QList<const QList<OptionText>*> OptionGroups{ &BatchOptions,  &DirectoryOptions,  &CommandOptions, &GroupOptions,
                                                    &MemberOptions, &ConnectionOptions, &OutputOptions };

// Options that take a value: the secret check skips their values, so `--name my-secret-group` is fine.
const QStringList& valueOptions()
{
    static const QStringList names = [] {
        QStringList valued;
        for (const QList<OptionText>* group : OptionGroups) {
            for (const OptionText& option : *group) {
                if (option.valueName)
                    valued.append(QLatin1String(option.name));
            }
        }
        return valued;
    }();
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

void CliOptions::fail(CliErrorCode code, const QString& message)
{
    if (!isValid())
        return; // the first problem is the one reported
    errorCode = errcodeText(code);
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

QString CliOptions::description()
{
    return tr(
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
        "prove nothing was done.");
}

void CliOptions::rejectSecretArguments(const QStringList& arguments)
{
    // Before the parser: an unknown --app-secret would only be "unknown option", but the user needs to know why.
    forEachOption(arguments, [this](const QString& name, const QString&) {
        if (!name.contains(QLatin1String("secret"), Qt::CaseInsensitive))
            return true;
        fail(CliErrorCode::Usage,
             tr("The app secret is not accepted as an argument (--%1), because other users of this computer can read "
                "arguments in the process list. Set the environment variable DINGTALK_APP_SECRET instead.")
                 .arg(name));
        return false;
    });
}

void CliOptions::declareOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(QStringLiteral("create"), tr("Create a group."));
    parser.addPositionalArgument(QStringLiteral("directory"),
                                 tr("\"directory sync\" or \"directory search TEXT\": the organisation's directory."));
    for (const QList<OptionText>* group : OptionGroups) {
        for (const OptionText& option : *group) {
            QStringList names{ QLatin1String(option.name) };
            if (option.shortName)
                names.prepend(QLatin1String(option.shortName));
            parser.addOption(QCommandLineOption(names, tr(option.description),
                                                option.valueName ? tr(option.valueName) : QString(),
                                                QLatin1String(option.defaultValue)));
        }
    }
    for (const SettingSwitch& option : SettingSwitches)
        parser.addOption(QCommandLineOption(QLatin1String(option.name), tr(option.description)));
}

CliOptions CliOptions::parse(const QStringList& arguments, const QProcessEnvironment& environment,
                             const QList<QByteArray>& rawArguments)
{
    CliOptions options;
    options.json = requestsJson(arguments);
    options.language = requestedLanguage(arguments);
    options.rejectSecretArguments(arguments);

    QCommandLineParser parser;
    declareOptions(parser);
    options.helpText = parser.helpText();
    if (!options.isValid())
        return options;
    if (!parser.parse(arguments)) {
        options.fail(CliErrorCode::Usage, parser.errorText());
        return options;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        options.command = parser.isSet(QStringLiteral("help")) ? Command::Help : Command::Version;
        return options;
    }
    if (!options.parseCommand(parser))
        return options;
    options.parseConnectionOptions(parser, environment);
    options.parseDirectoryOptions(parser);
    options.parseMemberOptions(parser, rawArguments);
    options.parseMemberFileColumns(parser);
    options.parseOutputOptions(parser);
    for (const SettingSwitch& option : SettingSwitches)
        options.spec.settings.*option.setting = parser.isSet(QLatin1String(option.name));
    return options;
}

bool CliOptions::parseCommand(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        fail(CliErrorCode::Usage, tr("Missing command: use \"create\" or \"directory\"."));
        return false;
    }
    if (positional.first() == QLatin1String("batch"))
        return parseBatchCommand(parser, positional);
    for (const OptionText& option : BatchOptions) {
        if (parser.isSet(QLatin1String(option.name)))
            fail(CliErrorCode::Usage, tr("--%1 applies to the batch command.").arg(QLatin1String(option.name)));
    }
    if (positional.first() == QLatin1String("directory"))
        return parseDirectoryCommand(positional);
    if (positional.first() != QLatin1String("create")) {
        fail(CliErrorCode::Usage,
             tr("Unknown command \"%1\": use \"create\", \"batch\" or \"directory\".").arg(positional.first()));
        return false;
    }
    if (positional.size() > 1) {
        fail(CliErrorCode::Usage,
             tr("Unexpected argument \"%1\" (each member needs its own --member).").arg(positional.at(1)));
        return false;
    }
    command = Command::Create;
    return true;
}

bool CliOptions::parseBatchCommand(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.size() != 2) {
        fail(CliErrorCode::Usage, tr("batch takes one sheet: dingtalk-group-cli batch FILE."));
        return false;
    }
    command = Command::Batch;
    batchFile = positional.at(1);
    journalFile = parser.value(QStringLiteral("journal")).trimmed();
    resultsFile = parser.value(QStringLiteral("results")).trimmed();
    skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    retryUnknown = parser.isSet(QStringLiteral("retry-unknown"));
    allowDuplicates = parser.isSet(QStringLiteral("allow-duplicates"));
    return true;
}

bool CliOptions::parseDirectoryCommand(const QStringList& positional)
{
    const QString action = positional.value(1);
    if (action == QLatin1String("sync") && positional.size() == 2) {
        command = Command::DirectorySync;
        return true;
    }
    if (action == QLatin1String("search") && positional.size() == 3) {
        command = Command::DirectorySearch;
        searchText = positional.at(2).trimmed();
        if (searchText.isEmpty())
            fail(CliErrorCode::Usage, tr("\"directory search\" needs a text to look for."));
        return true;
    }
    if (action == QLatin1String("search"))
        fail(CliErrorCode::Usage, tr("\"directory search\" takes one text; put a text with blanks in quotes."));
    else
        fail(CliErrorCode::Usage,
             tr("Unknown directory command \"%1\": use \"directory sync\" or \"directory search TEXT\".")
                 .arg(positional.mid(1).join(QLatin1Char(' '))));
    return false;
}

void CliOptions::parseConnectionOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment)
{
    const QString lang = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && AppTranslator::normalise(lang).isEmpty())
        fail(CliErrorCode::Usage, tr("Unknown language \"%1\": use zh_CN or en.").arg(lang));
    parseTimeout(parser.value(QStringLiteral("timeout")));
    if (parser.isSet(QStringLiteral("server")))
        parseServer(parser.value(QStringLiteral("server")));
    const QString api = parser.value(QStringLiteral("api"));
    if (api.trimmed().toLower() == QLatin1String("legacy"))
        connection.generation = ApiGeneration::Legacy;
    else if (api.trimmed().toLower() == QLatin1String("v1"))
        connection.generation = ApiGeneration::V1;
    else
        fail(CliErrorCode::Usage, tr("Unknown API \"%1\": use legacy or v1.").arg(api));
    parseCredentials(parser, environment);
}

void CliOptions::parseTimeout(const QString& value)
{
    bool ok = false;
    const int timeout = value.toInt(&ok);
    if (!ok || timeout < 1 || timeout > 3600)
        fail(CliErrorCode::Usage, tr("--timeout takes a number of seconds from 1 to 3600, not \"%1\".").arg(value));
    else
        connection.timeoutSeconds = timeout;
}

void CliOptions::parseServer(const QString& value)
{
    const QUrl server = ServerAddress::parse(value);
    if (server.isEmpty())
        fail(CliErrorCode::Usage, tr("--server needs an http:// or https:// address, not \"%1\".").arg(value));
    else if (!ServerAddress::isAllowed(server))
        fail(CliErrorCode::InsecureServer,
             tr("Plain http is only allowed to this computer (127.0.0.1, ::1, localhost): the token would cross the "
                "network readable by anyone. Use https://%1 instead.")
                 .arg(server.authority()));
    else
        connection.setServer(server);
}

void CliOptions::parseCredentials(const QCommandLineParser& parser, const QProcessEnvironment& environment)
{
    const QString pastedToken = environment.value(QStringLiteral("DINGTALK_ACCESS_TOKEN"));
    if (parser.isSet(QStringLiteral("access-token"))) {
        connection.accessToken = parser.value(QStringLiteral("access-token")).trimmed();
        if (connection.accessToken.isEmpty())
            fail(CliErrorCode::MissingCredentials, tr("--access-token is empty."));
    } else if (parser.isSet(QStringLiteral("app-key"))) {
        connection.appKey = parser.value(QStringLiteral("app-key")).trimmed();
        connection.appSecret = environment.value(QStringLiteral("DINGTALK_APP_SECRET"));
        if (connection.appKey.isEmpty())
            fail(CliErrorCode::MissingCredentials, tr("--app-key is empty."));
        else if (connection.appSecret.isEmpty())
            fail(CliErrorCode::MissingCredentials,
                 tr("--app-key needs the app secret in the environment variable DINGTALK_APP_SECRET."));
    } else if (!pastedToken.trimmed().isEmpty()) {
        connection.accessToken = pastedToken.trimmed();
    } else {
        fail(CliErrorCode::MissingCredentials,
             tr("No credentials: pass --access-token TOKEN (or set DINGTALK_ACCESS_TOKEN), or --app-key KEY with the "
                "secret in the environment variable DINGTALK_APP_SECRET."));
    }
}

void CliOptions::parseDirectoryOptions(const QCommandLineParser& parser)
{
    ownerQuery = parser.value(QStringLiteral("owner-query")).trimmed();
    memberQueries = parser.values(QStringLiteral("member-query"));
    departments = parser.values(QStringLiteral("department"));
    includeSubdepartments = !parser.isSet(QStringLiteral("no-subdepartments"));
    refreshDirectory = parser.isSet(QStringLiteral("refresh-directory"));
    if (parser.isSet(QStringLiteral("owner")) && parser.isSet(QStringLiteral("owner-query")))
        fail(CliErrorCode::Usage, tr("Give --owner or --owner-query, not both."));
    if (parser.values(QStringLiteral("owner-query")).size() > 1)
        fail(CliErrorCode::Usage, tr("--owner-query may be given only once."));
    if (parser.isSet(QStringLiteral("owner-query")) && ownerQuery.isEmpty())
        fail(CliErrorCode::Usage, tr("--owner-query needs a name, job number, userid or mobile number."));
    for (const QString& query : std::as_const(memberQueries)) {
        if (query.trimmed().isEmpty())
            fail(CliErrorCode::Usage, tr("--member-query needs a name, job number, userid or mobile number."));
    }
    for (const QString& department : std::as_const(departments)) {
        if (department.trimmed().isEmpty() || department.trimmed() == QLatin1String("/"))
            fail(CliErrorCode::Usage, tr("--department needs a department name or path."));
    }
    if (!includeSubdepartments && departments.isEmpty())
        fail(CliErrorCode::Usage, tr("--no-subdepartments applies to --department."));
}

void CliOptions::parseMemberOptions(const QCommandLineParser& parser, const QList<QByteArray>& rawArguments)
{
    spec.name = parser.value(QStringLiteral("name"));
    spec.owner = parser.value(QStringLiteral("owner"));
    const QStringList memberIds = parser.values(QStringLiteral("member"));
    for (const QString& id : memberIds)
        spec.members.append(Member::fromUserId(id, MemberSource::CommandLine));
    memberFiles = parser.values(QStringLiteral("members"));
    memberFileNames = rawMemberFileNames(memberFiles, rawArguments);
    mobiles = parser.values(QStringLiteral("mobile"));
    skipUnresolved = parser.isSet(QStringLiteral("skip-unresolved"));
}

void CliOptions::parseMemberFileColumns(const QCommandLineParser& parser)
{
    idColumn = parser.value(QStringLiteral("id-column")).trimmed();
    phoneColumn = parser.value(QStringLiteral("phone-column")).trimmed();
    for (const QString& name :
         { QStringLiteral("id-column"), QStringLiteral("phone-column"), QStringLiteral("filter") }) {
        if (parser.isSet(name) && memberFiles.isEmpty())
            fail(CliErrorCode::Usage, tr("--%1 applies to the files given with --members.").arg(name));
        if (parser.values(name).size() > 1)
            fail(CliErrorCode::Usage, tr("--%1 may be given only once.").arg(name));
    }
    if (parser.isSet(QStringLiteral("id-column")) && idColumn.isEmpty())
        fail(CliErrorCode::Usage, tr("--id-column needs a column title or number."));
    if (parser.isSet(QStringLiteral("phone-column")) && phoneColumn.isEmpty())
        fail(CliErrorCode::Usage, tr("--phone-column needs a column title or number."));
    if (parser.isSet(QStringLiteral("id-column")) && parser.isSet(QStringLiteral("phone-column")))
        fail(CliErrorCode::Usage,
             tr("Give --id-column or --phone-column, not both: when a file has a userid column, its phone numbers are "
                "not used."));
    if (!parser.isSet(QStringLiteral("filter")))
        return;
    const QString filter = parser.value(QStringLiteral("filter"));
    const qsizetype equals = filter.indexOf(QLatin1Char('='));
    filterColumn = filter.left(equals).trimmed();
    filterValue = filter.mid(equals + 1).trimmed();
    if (equals < 0 || filterColumn.isEmpty())
        fail(CliErrorCode::Usage,
             tr("--filter takes COLUMN=VALUE, for example 部门=人力资源部, not \"%1\".").arg(filter));
}

void CliOptions::parseOutputOptions(const QCommandLineParser& parser)
{
    dryRun = parser.isSet(QStringLiteral("dry-run"));
    recordHistory = !parser.isSet(QStringLiteral("no-history"));
    historyFile = parser.value(QStringLiteral("history-file")).trimmed();
    if (parser.values(QStringLiteral("history-file")).size() > 1)
        fail(CliErrorCode::Usage, tr("--history-file may be given only once."));
    if (parser.isSet(QStringLiteral("history-file")) && historyFile.isEmpty())
        fail(CliErrorCode::Usage, tr("--history-file needs a file name."));
    if (parser.isSet(QStringLiteral("history-file")) && !recordHistory)
        fail(CliErrorCode::Usage, tr("Give --history-file or --no-history, not both."));
}
