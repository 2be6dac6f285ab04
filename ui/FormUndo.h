#pragma once

#include "FormDraft.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QPushButton;
class QStatusBar;

/**
 * Undo for the actions that replace the form (Clear, a preset, "create a similar group"): the form as it was is
 * kept, and an Undo button in the status bar brings it back for a while, instead of a question before each action.
 */
class FormUndo : public QObject
{
    Q_OBJECT

public:
    explicit FormUndo(QStatusBar* statusBar);

    /** Keeps `before` and offers Undo beside `message` (what was done). */
    void offer(const FormDraft& before, const QString& message);
    /** The offer ends (a create started, or the form was restored). */
    void withdraw();
    bool isOffered() const { return m_before.has_value(); }
    void retranslate();

signals:
    void undoRequested(const FormDraft& before);

private:
    QStatusBar* m_statusBar;
    QPushButton* m_button;
    QTimer m_expiry;
    std::optional<FormDraft> m_before;
};
