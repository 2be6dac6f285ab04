#pragma once

#include "FileSaver.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <functional>

/**
 * Saves a file that QSettings writes (the profiles, presets and preferences), and only whole. QSettings in Qt 6.4
 * does not check its writes: on a full disk it replaced a 60 KB file with the first 24 KB of the new one and
 * status() said NoError. So QSettings writes a copy beside the file, the copy is read back and compared key by key
 * with what was put in, and only a copy that holds all of it replaces the file, through FileSaver (every write
 * checked, the old file kept otherwise, private from the first byte).
 */
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    /** Puts the whole contents of the file into a fresh, empty QSettings. */
    using Fill = std::function<void(QSettings& settings)>;

    /**
     * Replaces `path` with what `fill` writes, in `format`, with `permissions` (narrowed before the first byte).
     * Creates the folder when missing. When the result says not saved, the file that was there is as it was.
     */
    static FileSaver::Result
    save(const QString& path, const Fill& fill, QSettings::Format format = QSettings::IniFormat,
         QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    /** Copies every key of `from` into `to`, but those under `skippedGroup` (a key prefix without '/'; empty: none). */
    static void copy(QSettings& from, QSettings& to, const QString& skippedGroup = QString());
};
