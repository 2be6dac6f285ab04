#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

/**
 * Saves a whole file atomically (QSaveFile), and only whole: the result of every write is checked, and a write that
 * fails or stops short (a nearly full disk took 4096 of 4667 bytes) cancels the save, so the file that was there is
 * left as it was and no half-written one replaces it. When the disk is full, the reason says so. (QSaveFile alone
 * does not do this in Qt 6.4: a write cut short is no error to it, and neither is a failed flush of its buffer.)
 *
 * The QSettings files (profiles, presets, preferences) end here too, through SettingsFile: QSettings alone checks
 * its writes no better than QSaveFile does.
 */
class FileSaver
{
    Q_DECLARE_TR_FUNCTIONS(FileSaver)

public:
    struct Result
    {
        bool saved = false;
        /** The disk (or the user's quota on it) has no room for the file. */
        bool diskFull = false;
        /** Why it was not saved, in the user's language, to follow "Cannot write <file>: ". Empty when saved. */
        QString reason;
    };

    /** Writes `bytes` to `path`, replacing the file there only once every byte is written. `permissions`, when
     * given, are set on the temporary file before anything is written into it, and on the saved file. */
    static Result save(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions = {});

    /** "Cannot write <path>: <reason>", for a file named by nothing else than its path. */
    static QString cannotWrite(const QString& path, const QString& reason);

    /** True when the disk holding `folder` has less than `bytes` free (at least one) for this user. */
    static bool isFull(const QString& folder, qint64 bytes = 1);
    /** The reason for a full disk, as Result::reason says it. */
    static QString diskFullReason(const QString& folder);
};
