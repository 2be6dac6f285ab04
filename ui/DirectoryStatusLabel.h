#pragma once

#include <QDateTime>
#include <QLabel>

class DirectoryController;
class QTimer;

/**
 * The status bar's word on the directory: "Directory: 2000 people · updated 3 hours ago", "Syncing the directory…",
 * "Reading the directory…" (the copy on disk, at a change of connection) or "No directory — Sync to find people by
 * name". The age is said again each minute, so it never goes stale.
 */
class DirectoryStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit DirectoryStatusLabel(DirectoryController* controller, QWidget* parent = nullptr);

    /** How long ago `syncedAt` was, seen at `now`, as the label says it ("updated 3 hours ago"). */
    static QString updatedAgo(const QDateTime& syncedAt, const QDateTime& now);

public slots:
    /** Says it all again (the age moved on, the copy or the language changed). */
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    DirectoryController* m_controller;
    QTimer* m_ageTimer;
};
