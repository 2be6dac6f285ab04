#include "MessageBox.h"

#include <QPushButton>

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
int MessageBox::s_answeredInAdvance = 0;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 const QList<Button>& buttons)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        ++s_answeredInAdvance;
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    for (const Button& button : buttons) {
        QPushButton* added = box.addButton(button.id);
        if (!button.text.isEmpty())
            added->setText(button.text);
    }
    if (!buttons.isEmpty())
        box.setDefaultButton(buttons.first().id);
    box.exec();
    return box.standardButton(box.clickedButton());
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        ++s_answeredInAdvance;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}

int MessageBox::answeredInAdvance()
{
    return s_answeredInAdvance;
}

QString MessageBox::lastText()
{
    return s_lastText;
}
