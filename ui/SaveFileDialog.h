#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/**
 * Asks where to save a file. Tests queue the answers in advance (setNextFileName), so an export or a saved QR code
 * never blocks on the native dialog.
 */
class SaveFileDialog
{
public:
    /** The path chosen, or an empty string when the user cancelled. `suggestedName` may include a folder. */
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);

    /** The next question is not shown and returns `path` (empty: as if cancelled). */
    static void setNextFileName(const QString& path);
    /** How many questions were answered from setNextFileName. */
    static int answeredInAdvance();

private:
    static QStringList s_nextFileNames;
    static int s_answeredInAdvance;
};
