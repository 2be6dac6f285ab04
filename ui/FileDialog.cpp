#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

QStringList FileDialog::s_nextFileNames;
QString FileDialog::s_lastDirectory;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter, StartIn startIn)
{
    QString fileName;
    if (takeNextFileName(&fileName))
        return fileName;
    if (startIn == StartIn::QtDefault)
        return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    fileName = QFileDialog::getOpenFileName(parent, caption, openFolder(), filter);
    // The next import most likely comes from the same folder (HR keeps the staff lists together).
    if (!fileName.isEmpty())
        s_lastDirectory = QFileInfo(fileName).absolutePath();
    return fileName;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    QString fileName;
    if (takeNextFileName(&fileName))
        return fileName;
    QString suggested = suggestedName;
    if (QDir::isRelativePath(suggested)) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggested = QDir(QFileInfo(documents).isDir() ? documents : QDir::homePath()).filePath(suggested);
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFolder()
{
    // A folder that does not exist would be offered as the file name ("Documents") instead of being opened.
    for (const QString& folder :
         { s_lastDirectory, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) }) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void FileDialog::setNextFileName(const QString& path)
{
    s_nextFileNames.append(path);
}

void FileDialog::clearNextFileName()
{
    s_nextFileNames.clear();
}

bool FileDialog::takeNextFileName(QString* path)
{
    if (s_nextFileNames.isEmpty())
        return false;
    *path = s_nextFileNames.takeFirst();
    return true;
}
