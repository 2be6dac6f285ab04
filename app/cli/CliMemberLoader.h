#pragma once

#include "CliOptions.h"
#include "group/GroupSpec.h"
#include "import/ImportResult.h"
#include "members/Member.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ImportedTable;
class QIODevice;
struct ColumnChoice;

/**
 * Gathers the members of a command line into one list, in order: the --member ids, the --mobile numbers, then the
 * rows of each --members file (read by MemberImporter, the window's importer, with the columns it guesses or the ones
 * --id-column, --phone-column and --filter name). Phone numbers come out as Unresolved members; only --mobile and the
 * phone column of a file without a userid column yield them (MemberImporter::toMembers), a --member value is always a
 * userid. --phone-column without --id-column makes a file a list of numbers. Sends nothing.
 */
class CliMemberLoader
{
    Q_DECLARE_TR_FUNCTIONS(CliMemberLoader)

public:
    explicit CliMemberLoader(const CliOptions& options);

    /**
     * Reads everything; "-" reads `standardInput`. False when a file cannot be used: errorCode() is "members-file"
     * (the file cannot be read: importErrorCode() then names ImportError's code) or "members-column" (a column or
     * filter does not fit the file), errorMessage() says what to do.
     */
    bool load(QIODevice* standardInput);

    const MemberList& members() const { return m_members; }
    /** Lines for the user: what each file held, which column was used, which rows were left out. */
    const QStringList& summaries() const { return m_summaries; }
    /** Rows (that passed the filter) left out because they hold no userid, or no phone number in a file of numbers. */
    int skippedRows() const { return m_skippedRows; }

    /**
     * Set when the members are already known to be more than a group holds: a file with more different userids than
     * that is judged on its cells, without a Member for each row (members() then lacks that file). The validation to
     * report; nothing is to be sent.
     */
    const std::optional<GroupValidation>& tooManyMembers() const { return m_tooManyMembers; }

    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }
    /** ImportError::codeName() of a file the importer refused ("legacy-excel", "empty-file", …), else empty. */
    QString importErrorCode() const { return m_importErrorCode; }

    /**
     * The column `spec` names: a title (case-insensitive), a number (1 is the first) or a spreadsheet letter (A, B,
     * …, AA), in that order of preference. -1 when the table has no such column.
     */
    static int findColumn(const ImportedTable& table, const QString& spec);

private:
    /** `systemName`: the path as the system passed it (CliOptions::memberFileNames). */
    bool loadFile(const QString& path, const QByteArray& systemName, QIODevice* standardInput);
    /** Reads the file `path` names, by its system name where the two differ (a name that is not UTF-8). */
    static ImportResult readNamedFile(const QString& path, const QByteArray& systemName);
    bool chooseColumns(ImportedTable& table, const QString& fileName, ColumnChoice& choice);
    /**
     * Sets tooManyMembers() when the members so far plus the ids of the rows `kept` accepts are more than a group
     * holds. Returns how many of those rows have an id.
     */
    int judgeBigFile(const ImportedTable& table, const std::function<bool(int)>& kept, int idColumn);
    bool fail(CliErrorCode code, const QString& message);

    const CliOptions m_options; // a copy: the loader may outlive the parsed options it was given
    MemberList m_members;
    std::optional<GroupValidation> m_tooManyMembers;
    QStringList m_summaries;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_importErrorCode;
    int m_skippedRows = 0;
};
