#include "MessageBox.h"

#include <QHash>
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
    QHash<QAbstractButton*, QMessageBox::StandardButton> ids;
    for (const Button& button : buttons) {
        // A button with its own words is added by role, not as a standard button: standard buttons bring the
        // style's icons (a folder on "Open", a red cross on "Cancel"), which say nothing about these words.
        QPushButton* added
            = button.text.isEmpty() ? box.addButton(button.id) : box.addButton(button.text, roleOf(button.id));
        ids.insert(added, button.id);
        if (ids.size() == 1)
            box.setDefaultButton(added);
        if (button.id == QMessageBox::Cancel || button.id == QMessageBox::No)
            box.setEscapeButton(added);
    }
    // Centred on the window it belongs to, also when the question comes before the window manager placed it. A
    // message box takes its final size when it is shown: it is placed after that, before its event loop runs.
    if (parent) {
        box.show();
        box.move(parent->window()->geometry().center() - box.rect().center());
    }
    box.exec();
    return ids.value(box.clickedButton(), QMessageBox::Cancel);
}

QMessageBox::ButtonRole MessageBox::roleOf(QMessageBox::StandardButton id)
{
    switch (id) {
    case QMessageBox::Cancel:
    case QMessageBox::Abort:
        return QMessageBox::RejectRole;
    case QMessageBox::No:
    case QMessageBox::NoToAll:
        return QMessageBox::NoRole;
    case QMessageBox::Yes:
    case QMessageBox::YesToAll:
        return QMessageBox::YesRole;
    case QMessageBox::Ok:
    case QMessageBox::Save:
        return QMessageBox::AcceptRole;
    default:
        return QMessageBox::ActionRole;
    }
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
