#include "SaveFileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QStringList SaveFileDialog::s_nextFileNames;
int SaveFileDialog::s_answeredInAdvance = 0;

QString SaveFileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                        const QString& filter)
{
    if (!s_nextFileNames.isEmpty()) {
        ++s_answeredInAdvance;
        return s_nextFileNames.takeFirst();
    }
    QString suggested = suggestedName;
    if (QDir::isRelativePath(suggested)) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        suggested = QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(suggested);
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void SaveFileDialog::setNextFileName(const QString& path)
{
    s_nextFileNames.append(path);
}

int SaveFileDialog::answeredInAdvance()
{
    return s_answeredInAdvance;
}
