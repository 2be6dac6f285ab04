#pragma once

#include "BatchRowStatus.h"
#include "BatchStopRule.h"
#include "DurableFile.h"
#include "create/CreateResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

/**
 * The truth about a batch, on disk: one JSON line per event, each on the disk (fsync) before the program goes on.
 * The first line names the sheet and the connection; then a row's "sending" line is written before its create is
 * sent and its outcome line after the answer. A crash at any moment therefore leaves a journal that says the truth:
 * a row whose last line is "sending" may have been created, and is "unknown" from the next start on. A line cut
 * short by a crash can only be the last one, whose event did not happen yet: it is ignored.
 *
 * Kept under the user's data location (batches/), owner-only, named after the sheet's content and the connection,
 * so that running the same sheet on the same connection again finds it and resumes.
 */
class BatchJournal
{
    Q_DECLARE_TR_FUNCTIONS(BatchJournal)

public:
    static constexpr int FormatVersion = 1;

    /** What the journal knows about one row (by the row number the spreadsheet shows). */
    struct Row
    {
        int sheetRow = 0;
        QString name;
        QString owner;
        BatchRowStatus status = BatchRowStatus::Planned;
        QString openConversationId;
        QString chatid;
        int memberCount = 0;
        QList<FailedMember> failedMembers;
        QString errcode;
        QString errmsg;
        BatchStopRule::Reason reason = BatchStopRule::Reason::None; // why a row was not sent
        QDateTime time;
    };

    /** The first line. */
    struct Header
    {
        QString sheetPath; // where the sheet was, for offering to resume it
        QString sheetDigest; // hex SHA-256 of its bytes
        QString connection; // ConnectionSettings::identity()
        QString profile; // the connection's name for people
        QDateTime started;
        int rowCount = 0;
    };

    explicit BatchJournal(const QString& path);

    /** batches/ under the user's data location. */
    static QString defaultFolder();
    /** batches/ in `dataFolder`: the default folder of a program whose data location that is. */
    static QString folderIn(const QString& dataFolder);
    /** The journal's file name for a sheet's content and a connection. */
    static QString fileName(const QByteArray& sheetDigest, const QString& connectionIdentity);

    QString path() const { return m_path; }

    /**
     * Reads the journal if it exists (then resumed() is true, and every row left "sending" is recorded "unknown"),
     * else starts it with `header`. False when it cannot be read or written: then nothing may be sent.
     */
    bool open(const Header& header);
    bool resumed() const { return m_resumed; }
    const Header& header() const { return m_header; }
    /** The row's record; a row the journal has not seen is Planned. */
    Row row(int sheetRow) const;
    /** Every row with a record, in the order first seen. */
    QList<Row> rows() const;

    /** Before the create is sent. False: it must not be sent. */
    bool markSending(int sheetRow, const QString& name, const QString& owner);
    /** After the answer. */
    bool markFinished(int sheetRow, BatchRowStatus status, const CreateResult& result);
    /** A row the batch stopped before. */
    bool markNotSent(int sheetRow, BatchStopRule::Reason reason);

    /** Why the last call failed, in the user's language. */
    QString lastError() const { return m_lastError; }

    /** What an earlier run found for `row`, as the results table shows it (a row left "sending" may exist). */
    static CreateResult resultOf(const Row& row);

    /** Reads only the header and row states of the journal at `path` (for "resume an unfinished batch"). */
    static bool read(const QString& path, Header* header, QList<Row>* rows);

private:
    bool append(const QJsonObject& line);
    void apply(const QJsonObject& line);

    QString m_path;
    std::unique_ptr<DurableFile> m_file;
    Header m_header;
    QHash<int, Row> m_rows;
    QList<int> m_order;
    bool m_resumed = false;
    QString m_lastError;
};
