#include "FileSaver.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

FileSaver::Result FileSaver::save(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions)
{
    Result result;
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    const auto fail = [&](const QString& qtReason) {
        // Qt reports "No space left on device" only when not one byte went in: a write cut short has no reason of
        // its own, and a disk without room for the whole file is what cuts it short.
        result.diskFull = file.error() == QFileDevice::ResourceError || isFull(folder, bytes.size());
        if (result.diskFull)
            result.reason = diskFullReason(folder);
        else
            result.reason = qtReason.isEmpty() ? tr("only part of it could be written") : qtReason;
        return result;
    };
    // Unbuffered: a buffered QSaveFile (Qt 6.4) takes a small file whole into memory, then fails to flush it at
    // commit() on a full disk and still commits the empty file in place of the old one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (permissions)
        file.setPermissions(permissions);
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        // Judged while the cut-off temporary file still takes its room; then the save is cancelled, and commit()
        // removes the temporary file at once, leaving the old file as it was.
        fail(written < 0 ? file.errorString() : QString());
        file.cancelWriting();
        file.commit();
        return result;
    }
    if (!file.commit())
        return fail(file.errorString());
    if (permissions)
        QFile::setPermissions(path, permissions);
    result.saved = true;
    return result;
}

QString FileSaver::cannotWrite(const QString& path, const QString& reason)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool FileSaver::isFull(const QString& folder, qint64 bytes)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < qMax<qint64>(bytes, 1);
}

QString FileSaver::diskFullReason(const QString& folder)
{
    return tr("the disk is full (no room is left in %1). Free some space there and try again.")
        .arg(QDir::toNativeSeparators(folder));
}
