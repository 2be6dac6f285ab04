#pragma once

// Drives the real main window the way a user does, finding every widget by its object name.

#include "MainWindow.h"
#include "MemberListModel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

class WindowDriver
{
public:
    explicit WindowDriver(MainWindow* window)
        : m_window(window)
    {
    }

    /** The widget with this object name; the test aborts loudly when the name is gone (it is part of the UI). */
    template <typename T> T* get(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("No %s named %s in the main window", T::staticMetaObject.className(), name);
        return widget;
    }

    QLineEdit* nameEdit() const { return get<QLineEdit>("groupNameLineEdit"); }
    QComboBox* ownerCombo() const { return get<QComboBox>("ownerComboBox"); }
    QAbstractButton* createButton() const { return get<QAbstractButton>("createButton"); }
    QAbstractButton* cancelButton() const { return get<QAbstractButton>("cancelButton"); }
    QTableView* membersView() const { return get<QTableView>("membersTableView"); }
    MemberListModel* members() const { return m_window->memberModel(); }
    QString text(const char* labelName) const { return get<QLabel>(labelName)->text(); }
    bool visible(const char* name) const { return get<QWidget>(name)->isVisible(); }

    /** Every text `widget` shows on its own: tooltip, title, and a label's or line edit's text. */
    static QString shownText(const QWidget* widget)
    {
        QString text = widget->toolTip() + widget->windowTitle();
        if (auto* label = qobject_cast<const QLabel*>(widget))
            text += label->text();
        if (auto* edit = qobject_cast<const QLineEdit*>(widget))
            text += edit->text();
        return text;
    }

    /** Replaces the name as typing or an input method would (insert() takes any Unicode, keyClicks does not). */
    void setName(const QString& name)
    {
        nameEdit()->selectAll();
        if (name.isEmpty())
            nameEdit()->del();
        else
            nameEdit()->insert(name);
    }

    void setOwner(const QString& owner)
    {
        QLineEdit* edit = ownerCombo()->lineEdit();
        edit->selectAll();
        if (owner.isEmpty())
            edit->del();
        else
            edit->insert(owner);
    }

    /** Puts `text` on the clipboard and presses the Paste button. */
    void paste(const QString& text)
    {
        QGuiApplication::clipboard()->setText(text);
        QTest::mouseClick(get<QAbstractButton>("pasteMembersButton"), Qt::LeftButton);
    }

    /** Types into the add line edit and presses Return. */
    void typeMembers(const QString& text)
    {
        QLineEdit* edit = get<QLineEdit>("memberIdLineEdit");
        edit->setFocus();
        edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void clickCreate() { QTest::mouseClick(createButton(), Qt::LeftButton); }

    /** A valid group: a name, the owner and the members (the owner is added to the list first). */
    void fillIn(const QString& name, const QString& owner, const QStringList& members)
    {
        setName(name);
        setOwner(owner);
        paste((QStringList{ owner } + members).join(QLatin1Char('\n')));
    }

private:
    MainWindow* m_window;
};
