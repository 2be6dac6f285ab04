#pragma once

#include "dingtalk/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct CliOptions;
struct CreateResult;
struct GroupValidation;
struct GroupSettings;

/**
 * The command line's part of the history: each create attempt it makes (every run that reached the create step,
 * whatever the outcome) goes into the HistoryStore the window keeps, so the window lists it next to its own. Runs that
 * stop before the create (usage and validation errors, phone numbers that cannot be looked up) and dry runs send no
 * create and are not recorded. The store's lock file lets the window and other command lines write at the same time.
 */
class CliHistory
{
    Q_DECLARE_TR_FUNCTIONS(CliHistory)

public:
    /** Follows --no-history and --history-file of `options`. */
    explicit CliHistory(const CliOptions& options);

    /** False with --no-history: record() then writes nothing. */
    bool isEnabled() const { return m_enabled; }
    QString filePath() const { return m_filePath; }

    /**
     * Appends the entry for a finished create: `validation` is what was sent, `secrets` (the app secret, a pasted
     * token) are masked on top of the token patterns the masker knows. False when the entry could not be written;
     * problem() then says why. A damaged file set aside on the way is reported through problem() and
     * damagedFilePath() even when the entry was written (into a new history).
     */
    bool record(const GroupValidation& validation, const GroupSettings& settings, const CreateResult& result,
                const QStringList& secrets);
    /** Why the last record() failed or what it had to do with a damaged file, in the user's language; else empty. */
    QString problem() const { return m_problem; }
    /** Where a damaged history file was moved, else empty. */
    QString damagedFilePath() const { return m_damagedFilePath; }

    /** The history file the window uses: HistoryStore's file in AppIdentity::dataFolder(). */
    static QString defaultFilePath();
    /**
     * The profile name an entry of the command line carries: the app key, or "access token" for a pasted one. Never
     * the token or the secret.
     */
    static QString profileName(const ConnectionSettings& connection);

private:
    bool m_enabled;
    QString m_filePath;
    ConnectionSettings m_connection;
    QString m_problem;
    QString m_damagedFilePath;
};
