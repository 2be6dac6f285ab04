#pragma once

#include <QString>
#include <QStringList>

class QWidget;

/**
 * Every file the window asks the user to choose, to open or to save, goes through here, so a test can name the files
 * in advance (setNextFileName) and never blocks on a native file dialog.
 */
class FileDialog
{
public:
    /** Where an open-file dialog starts. */
    enum class StartIn
    {
        /** The folder of the last file chosen this way (at first Documents): HR keeps the staff lists together. */
        LastFolder,
        /** Where Qt's own dialog starts; the choice is not remembered. */
        QtDefault,
    };

    /** Shows an open-file dialog; returns the chosen path, or an empty string when the user cancelled. */
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& filter,
                                   StartIn startIn = StartIn::LastFolder);
    /**
     * Shows a save-file dialog; returns the chosen path, or an empty string when the user cancelled.
     * `suggestedName` may include a folder; without one it is suggested in Documents.
     */
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter);

    /**
     * Tests: the next question, to open or to save, is not shown and returns `path` instead (empty: as if
     * cancelled). Several calls queue answers for the questions that follow, in order.
     */
    static void setNextFileName(const QString& path);
    /** Where the next open-file dialog starts (StartIn::LastFolder): always a folder that exists. */
    static QString openFolder();
    /** Drops the answers queued by setNextFileName that no question used. */
    static void clearNextFileName();

private:
    /** Takes the next queued answer into `path`; false when none is queued. */
    static bool takeNextFileName(QString* path);

    static QStringList s_nextFileNames;
    static QString s_lastDirectory;
};
