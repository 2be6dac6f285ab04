#pragma once

#include <QMessageBox>
#include <optional>

/**
 * Every question the window asks goes through here, so a test can answer it in advance (setNextAnswer) and never
 * blocks on a modal dialog.
 */
class MessageBox
{
public:
    struct Button
    {
        QMessageBox::StandardButton id;
        QString text; // empty: Qt's own text for the standard button
    };

    /** Shows a question with these buttons (the first is the default) and returns the one chosen. */
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                const QList<Button>& buttons);

    /** Shows a warning with an OK button (a file that cannot be imported, say); setNextAnswer skips it too. */
    static void warning(QWidget* parent, const QString& title, const QString& text);

    /** The next question is not shown and returns this answer instead. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearNextAnswer();
    /** How many questions were answered from setNextAnswer (tests check that a question was asked). */
    static int answeredInAdvance();
    /** The text of the last question or warning, shown or answered in advance (tests check what was said). */
    static QString lastText();

private:
    static QMessageBox::ButtonRole roleOf(QMessageBox::StandardButton id);

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_answeredInAdvance;
    static QString s_lastText;
};
