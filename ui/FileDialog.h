#pragma once

#include <QString>
#include <optional>

class QWidget;

/**
 * Every file the window asks the user to choose goes through here, so a test can name the file in advance
 * (setNextFileName) and never blocks on a native file dialog.
 */
class FileDialog
{
public:
    /** Shows an open-file dialog; returns the chosen path, or an empty string when the user cancelled. */
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter);

    /** The next getOpenFileName() is not shown and returns this path instead (empty: as if cancelled). */
    static void setNextFileName(const QString& fileName);
    static void clearNextFileName();

private:
    static std::optional<QString> s_nextFileName;
    static QString s_lastDirectory;
};
