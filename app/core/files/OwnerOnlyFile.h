#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

/**
 * Every file the app keeps under the home folder holds personal data (names, phone numbers, group ids), so each one
 * is readable and writable by its owner only (0600). Files written whole go through write() (FileSaver underneath);
 * files that QSettings writes are saved by SettingsFile with these permissions.
 */
class OwnerOnlyFile
{
public:
    static constexpr QFileDevice::Permissions Permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    /**
     * Replaces `path` with `data` atomically, private from the first byte (the temporary file is narrowed before
     * anything is written), and only whole (FileSaver). Creates the folder when missing. False with `error` set to
     * the reason ("the disk is full …") when it fails.
     */
    static bool write(const QString& path, const QByteArray& data, QString* error = nullptr);
    /** Narrows an existing file to its owner; true when the file is missing (nothing to narrow) or narrowed. */
    static bool restrict(const QString& path);
};
