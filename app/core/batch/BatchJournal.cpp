#include "BatchJournal.h"

#include "dingtalk/SecretMasker.h"
#include "history/HistoryEntry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
const QString Kind = QStringLiteral("dingtalk-group-batch");

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

// The complete lines of a journal file, and how many bytes they take (a line cut short by a crash is left out).
struct Lines
{
    QList<QJsonObject> objects;
    qint64 completeBytes = 0;
    bool damaged = false;
};

Lines readLines(const QByteArray& data)
{
    Lines lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // the last line, never finished: its event did not happen yet
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data.mid(start, end - start), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            lines.damaged = true; // a finished line that is not JSON: not ours to guess about
            return lines;
        }
        lines.objects.append(document.object());
        start = end + 1;
        lines.completeBytes = start;
    }
    return lines;
}

BatchJournal::Header headerOf(const QJsonObject& object)
{
    BatchJournal::Header header;
    header.sheetPath = text(object, "sheet");
    header.sheetDigest = text(object, "sheetDigest");
    header.connection = text(object, "connection");
    header.profile = text(object, "profile");
    header.started = QDateTime::fromString(text(object, "started"), Qt::ISODate);
    header.rowCount = object.value(QStringLiteral("rowCount")).toInt();
    return header;
}

bool isHeader(const QJsonObject& object)
{
    return object.value(QStringLiteral("kind")).toString() == Kind
        && object.value(QStringLiteral("format")).toInt() <= BatchJournal::FormatVersion;
}
} // namespace

BatchJournal::BatchJournal(const QString& path)
    : m_path(path)
{
}

QString BatchJournal::defaultFolder()
{
    return folderIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString BatchJournal::folderIn(const QString& dataFolder)
{
    return dataFolder + QStringLiteral("/batches");
}

QString BatchJournal::fileName(const QByteArray& sheetDigest, const QString& connectionIdentity)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(sheetDigest);
    hash.addData(QByteArrayView("\n"));
    hash.addData(connectionIdentity.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32)) + QStringLiteral(".jsonl");
}

bool BatchJournal::read(const QString& path, Header* header, QList<Row>* rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const Lines lines = readLines(file.readAll());
    if (lines.damaged || lines.objects.isEmpty() || !isHeader(lines.objects.constFirst()))
        return false;
    BatchJournal journal(path);
    for (qsizetype i = 1; i < lines.objects.size(); ++i)
        journal.apply(lines.objects.at(i));
    if (header)
        *header = headerOf(lines.objects.constFirst());
    if (rows)
        *rows = journal.rows();
    return true;
}

CreateResult BatchJournal::resultOf(const Row& row)
{
    CreateResult result;
    switch (row.status) {
    case BatchRowStatus::Created:
        result.outcome = CreateResult::Outcome::Created;
        break;
    case BatchRowStatus::Partial:
        result.outcome = CreateResult::Outcome::CreatedPartially;
        break;
    case BatchRowStatus::Refused:
        result.outcome = CreateResult::Outcome::Rejected;
        break;
    case BatchRowStatus::Unknown:
    case BatchRowStatus::Sending:
        result.outcome = CreateResult::Outcome::Unknown;
        break;
    default:
        result.outcome = CreateResult::Outcome::NotCreated;
        break;
    }
    result.openConversationId = row.openConversationId;
    result.chatid = row.chatid;
    result.memberCount = row.memberCount;
    result.failedMembers = row.failedMembers;
    if (!row.errcode.isEmpty())
        result.error = ApiError::api(row.errcode, row.errmsg, 0);
    return result;
}

bool BatchJournal::open(const Header& header)
{
    m_lastError.clear();
    m_rows.clear();
    m_order.clear();
    m_resumed = false;
    QFile existing(m_path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadWrite)) {
            m_lastError = tr("Cannot read the batch journal %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), existing.errorString());
            return false;
        }
        const QByteArray data = existing.readAll();
        const Lines lines = readLines(data);
        if (lines.damaged || (lines.objects.isEmpty() && lines.completeBytes > 0)
            || (!lines.objects.isEmpty() && !isHeader(lines.objects.constFirst()))) {
            m_lastError = tr("The batch journal %1 is damaged, so it cannot say which groups exist. Check the groups "
                             "in DingTalk, then move the file away to start the batch anew.")
                              .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        // A line cut short by a crash goes, so that the next line starts on a line of its own.
        if (lines.completeBytes < data.size() && !existing.resize(lines.completeBytes)) {
            m_lastError = tr("Cannot repair the batch journal %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), existing.errorString());
            return false;
        }
        existing.close();
        if (!lines.objects.isEmpty()) {
            m_resumed = true;
            m_header = headerOf(lines.objects.constFirst());
            for (qsizetype i = 1; i < lines.objects.size(); ++i)
                apply(lines.objects.at(i));
        }
    }
    m_file = std::make_unique<DurableFile>(m_path);
    if (!m_file->open()) {
        m_lastError
            = tr("Cannot write the batch journal %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        return false;
    }
    if (!m_resumed) {
        m_header = header;
        if (!m_header.started.isValid())
            m_header.started = QDateTime::currentDateTimeUtc();
        const QJsonObject first{ { QStringLiteral("kind"), Kind },
                                 { QStringLiteral("format"), FormatVersion },
                                 { QStringLiteral("sheet"), m_header.sheetPath },
                                 { QStringLiteral("sheetDigest"), m_header.sheetDigest },
                                 { QStringLiteral("connection"), m_header.connection },
                                 { QStringLiteral("profile"), m_header.profile },
                                 { QStringLiteral("started"), m_header.started.toUTC().toString(Qt::ISODate) },
                                 { QStringLiteral("rowCount"), m_header.rowCount } };
        return append(first);
    }
    // A create that was sent and never answered, as far as this journal knows: "unknown" from now on, on disk too.
    for (const int sheetRow : std::as_const(m_order)) {
        const Row& row = m_rows[sheetRow];
        if (row.status != BatchRowStatus::Sending)
            continue;
        if (!append(QJsonObject{ { QStringLiteral("row"), sheetRow },
                                 { QStringLiteral("status"), BatchRowStatusName::of(BatchRowStatus::Unknown) },
                                 { QStringLiteral("errcode"), QStringLiteral("interrupted") },
                                 { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } }))
            return false;
    }
    return true;
}

BatchJournal::Row BatchJournal::row(int sheetRow) const
{
    const auto found = m_rows.constFind(sheetRow);
    if (found != m_rows.cend())
        return *found;
    Row row;
    row.sheetRow = sheetRow;
    return row;
}

QList<BatchJournal::Row> BatchJournal::rows() const
{
    QList<Row> result;
    result.reserve(m_order.size());
    for (const int sheetRow : m_order)
        result.append(m_rows.value(sheetRow));
    return result;
}

bool BatchJournal::markSending(int sheetRow, const QString& name, const QString& owner)
{
    return append(QJsonObject{ { QStringLiteral("row"), sheetRow },
                               { QStringLiteral("status"), BatchRowStatusName::of(BatchRowStatus::Sending) },
                               { QStringLiteral("name"), name },
                               { QStringLiteral("owner"), owner },
                               { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
}

bool BatchJournal::markFinished(int sheetRow, BatchRowStatus status, const CreateResult& result)
{
    const auto mask = [](const QString& value) {
        return SecretMasker::maskText(value);
    };
    QList<FailedMember> failed = result.failedMembers;
    for (FailedMember& member : failed)
        member.errmsg = mask(member.errmsg);
    return append(QJsonObject{ { QStringLiteral("row"), sheetRow },
                               { QStringLiteral("status"), BatchRowStatusName::of(status) },
                               { QStringLiteral("openConversationId"), result.openConversationId },
                               { QStringLiteral("chatid"), result.chatid },
                               { QStringLiteral("memberCount"), result.memberCount },
                               { QStringLiteral("failedMembers"), HistoryEntry::failedMembersToJson(failed) },
                               { QStringLiteral("errcode"), HistoryEntry::errorCode(result.error) },
                               { QStringLiteral("errmsg"), mask(HistoryEntry::errorMessage(result.error)) },
                               { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
}

bool BatchJournal::markNotSent(int sheetRow, BatchStopRule::Reason reason)
{
    return append(QJsonObject{ { QStringLiteral("row"), sheetRow },
                               { QStringLiteral("status"), BatchRowStatusName::of(BatchRowStatus::NotSent) },
                               { QStringLiteral("reason"), BatchStopRule::reasonName(reason) },
                               { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
}

bool BatchJournal::append(const QJsonObject& line)
{
    if (!m_file) {
        m_lastError = tr("The batch journal %1 is not open.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!m_file->append(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n')) {
        m_lastError
            = tr("Cannot write the batch journal %1: %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        return false;
    }
    apply(line);
    return true;
}

void BatchJournal::apply(const QJsonObject& line)
{
    if (!line.contains(QStringLiteral("row")))
        return;
    const int sheetRow = line.value(QStringLiteral("row")).toInt();
    const std::optional<BatchRowStatus> status = BatchRowStatusName::parse(text(line, "status"));
    if (!status)
        return;
    if (!m_rows.contains(sheetRow))
        m_order.append(sheetRow);
    Row& row = m_rows[sheetRow];
    row.sheetRow = sheetRow;
    row.status = *status;
    row.time = QDateTime::fromString(text(line, "time"), Qt::ISODate);
    if (line.contains(QStringLiteral("name")))
        row.name = text(line, "name");
    if (line.contains(QStringLiteral("owner")))
        row.owner = text(line, "owner");
    row.reason = BatchStopRule::reasonFromName(text(line, "reason"));
    if (*status == BatchRowStatus::Sending || *status == BatchRowStatus::NotSent)
        return; // an outcome line says what exists; these say nothing new about it
    row.openConversationId = text(line, "openConversationId");
    row.chatid = text(line, "chatid");
    row.memberCount = line.value(QStringLiteral("memberCount")).toInt();
    row.failedMembers = HistoryEntry::failedMembersFromJson(line.value(QStringLiteral("failedMembers")).toArray());
    row.errcode = text(line, "errcode");
    row.errmsg = text(line, "errmsg");
}
