#include "FileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastDirectory;

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_nextFileName) {
        const QString fileName = *s_nextFileName;
        s_nextFileName.reset();
        return fileName;
    }
    if (s_lastDirectory.isEmpty())
        s_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getOpenFileName(parent, caption, s_lastDirectory, filter);
    // The next import most likely comes from the same folder (HR keeps the staff lists together).
    if (!fileName.isEmpty())
        s_lastDirectory = QFileInfo(fileName).absolutePath();
    return fileName;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

void FileDialog::clearNextFileName()
{
    s_nextFileName.reset();
}
