#include "PersonCompleter.h"

#include "PersonText.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

PersonCompleter::PersonCompleter(QLineEdit* edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_suggestions(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("personCompleter"));
    setModel(m_suggestions);
    setWidget(edit);
    // The directory has already chosen and ordered the people: the popup shows them as they are.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setMaxVisibleItems(10);
    popup()->setObjectName(QStringLiteral("personCompleterPopup"));
    // Only what the user types asks for suggestions, not the userid written in after a choice.
    connect(edit, &QLineEdit::textEdited, this, &PersonCompleter::suggest);
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this, &PersonCompleter::choose);
}

void PersonCompleter::setDirectory(const Directory& directory)
{
    m_directory = directory;
    m_suggestions->clear();
    popup()->hide();
}

void PersonCompleter::suggest(const QString& text)
{
    const QString query = text.trimmed();
    const QList<const DirectoryPerson*> people = m_directory.isNull() || query.isEmpty()
        ? QList<const DirectoryPerson*>()
        : m_directory.search(query, MaxSuggestions);
    m_suggestions->clear();
    if (people.isEmpty()) {
        popup()->hide();
        return;
    }
    for (const DirectoryPerson* person : people) {
        const bool namesake = m_directory.peopleNamed(person->name).size() > 1;
        auto* item = new QStandardItem(PersonText::suggestion(*person, namesake));
        item->setData(person->userid, UserIdRole);
        item->setToolTip(PersonText::details(*person));
        m_suggestions->appendRow(item);
    }
    complete();
}

void PersonCompleter::choose(const QModelIndex& index)
{
    const QString userid = index.data(UserIdRole).toString();
    if (userid.isEmpty())
        return;
    m_edit->setText(userid);
    emit personChosen(userid);
}

QString PersonCompleter::describe(const QString& text) const
{
    if (m_directory.isNull())
        return QString();
    const QString value = text.trimmed();
    if (const DirectoryPerson* person = m_directory.person(value))
        return PersonText::nameAndDepartment(*person);
    const int namesakes = int(m_directory.peopleNamed(value).size());
    if (namesakes == 1)
        return tr("A name, not a userid: choose the person from the list.");
    if (namesakes > 1)
        return tr("%n people have this name: choose one from the list.", nullptr, namesakes);
    return QString();
}
