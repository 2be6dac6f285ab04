#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool OwnerOnlyFile::write(const QString& path, const QByteArray& data, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(Permissions)
        && file.write(data) == data.size() && file.commit();
    if (!written) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // commit() renames the temporary file, whose permissions were set: narrowed again for a file system that copies.
    return restrict(path);
}

bool OwnerOnlyFile::restrict(const QString& path)
{
    return !QFileInfo::exists(path) || QFile::setPermissions(path, Permissions);
}
