#include "SettingsFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QThread>
#include <QUuid>

namespace {
using Contents = QMap<QString, QVariant>;

Contents contentsOf(QSettings& settings)
{
    Contents contents;
    const QStringList keys = settings.allKeys();
    for (const QString& key : keys)
        contents.insert(key, settings.value(key));
    return contents;
}

// Read back from a file, every value is text (or a list of texts): compared as such.
bool sameValue(const QVariant& written, const QVariant& read)
{
    const auto isList = [](const QVariant& value) {
        const int type = value.metaType().id();
        return type == QMetaType::QStringList || type == QMetaType::QVariantList;
    };
    if (isList(written) || isList(read))
        return written.toStringList() == read.toStringList();
    return written.toString() == read.toString();
}

bool sameContents(const Contents& written, const Contents& read)
{
    if (written.keys() != read.keys())
        return false;
    for (auto it = written.begin(); it != written.end(); ++it) {
        if (!sameValue(it.value(), read.value(it.key())))
            return false;
    }
    return true;
}

QByteArray readAll(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// QSettings takes a file it has read to be unchanged while its size and modification time (in milliseconds) are:
// one replaced within the same millisecond by a file of the same size would still be read as the old one.
void waitForANewModificationTime(const QString& path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    while (modified.isValid() && QDateTime::currentDateTime() <= modified.addMSecs(1))
        QThread::msleep(1);
}
} // namespace

FileSaver::Result SettingsFile::save(const QString& path, const Fill& fill, QSettings::Format format,
                                     QFileDevice::Permissions permissions)
{
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    // Two fresh names: QSettings answers a second object on a name it has written from memory, so the copy is read
    // back under another name (a rename takes no room on the disk).
    const QString stem = path + QStringLiteral(".saving-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString writtenPath = stem + QStringLiteral("-w");
    const QString readPath = stem + QStringLiteral("-r");
    const auto failed = [&](const QString& qtReason) {
        // Judged while the cut-off copy still takes its room: a disk without room for a file the size of the one
        // being replaced (at least a page) is what cuts a copy short.
        FileSaver::Result result;
        result.diskFull = FileSaver::isFull(folder, qMax<qint64>(QFileInfo(path).size(), 4096));
        QFile::remove(writtenPath);
        QFile::remove(readPath);
        result.reason = result.diskFull ? FileSaver::diskFullReason(folder)
            : qtReason.isEmpty()        ? tr("its settings could not be written whole")
                                        : qtReason;
        return result;
    };

    {
        // Private from the first byte: the QSaveFile inside QSettings keeps the permissions of the file it replaces.
        QFile empty(writtenPath);
        if (!empty.open(QIODevice::WriteOnly) || !empty.setPermissions(permissions))
            return failed(empty.errorString());
    }
    Contents written;
    {
        QSettings settings(writtenPath, format);
        fill(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return failed(QString());
        written = contentsOf(settings);
    }
    if (!QFile::rename(writtenPath, readPath))
        return failed(QString());
    {
        QSettings settings(readPath, format);
        if (settings.status() != QSettings::NoError || !sameContents(written, contentsOf(settings)))
            return failed(QString());
    }
    bool readable = false;
    const QByteArray bytes = readAll(readPath, &readable);
    QFile::remove(readPath);
    if (!readable)
        return failed(QString());
    waitForANewModificationTime(path);
    return FileSaver::save(path, bytes, permissions);
}

void SettingsFile::copy(QSettings& from, QSettings& to, const QString& skippedGroup)
{
    const QString skipped = skippedGroup + QLatin1Char('/');
    const QStringList keys = from.allKeys();
    for (const QString& key : keys) {
        if (skippedGroup.isEmpty() || !key.startsWith(skipped))
            to.setValue(key, from.value(key));
    }
}
