#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class ImportDialog;
class ImportReader;
class MemberListModel;
class ProgressDialog;
class QAbstractItemView;
class QTimer;
struct ImportReading;

/**
 * Brings members in from a file, chosen through File > Import members… or dropped on the member list: the file is
 * read on a worker thread (progress and Cancel for big files), previewed in an ImportDialog, and only what the user
 * accepts there is added to the list. A file that cannot be read leaves the list as it was and says why.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    /** `dropTarget`'s viewport accepts dropped files; dialogs are window-modal on `window`. */
    ImportController(MemberListModel* members, QAbstractItemView* dropTarget, QWidget* window);
    ~ImportController() override;

    /** Asks for a file (through FileDialog's seam) and imports it. */
    void chooseFile();
    /** Reads `path` and shows the preview; ignored while another import runs. */
    void importFile(const QString& path);
    bool isBusy() const;
    /** Imports are refused while the window is creating a group. */
    void setEnabled(bool enabled);

signals:
    /** A line for the status bar. */
    void statusMessage(const QString& text);
    /** Members were added to the list. */
    void imported(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onRead(const ImportReading& reading);
    void closeProgress();
    static QString droppedFile(const QEvent* event);

    MemberListModel* m_members;
    // The drop target's viewport, which the filter watches; a QPointer, as the view may go first.
    QPointer<QWidget> m_viewport;
    QWidget* m_window;
    ImportReader* m_reader;
    QTimer* m_progressDelay;
    QPointer<ProgressDialog> m_progress;
    QPointer<ImportDialog> m_dialog;
    bool m_enabled = true;
};
