#include "OwnerOnlyFile.h"

#include "FileSaver.h"

#include <QDir>
#include <QFileInfo>

bool OwnerOnlyFile::write(const QString& path, const QByteArray& data, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The one writer: every write checked, the old file kept when the disk fills up, 0600 before the first byte and
    // on the saved file.
    const FileSaver::Result result = FileSaver::save(path, data, Permissions);
    if (!result.saved && error)
        *error = result.reason;
    return result.saved;
}

bool OwnerOnlyFile::restrict(const QString& path)
{
    return !QFileInfo::exists(path) || QFile::setPermissions(path, Permissions);
}
