#include "PeopleResolutionDialog.h"

#include "PersonText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

PeopleResolutionDialog::PeopleResolutionDialog(const PeopleResolution& resolution, QWidget* parent)
    : QDialog(parent)
    , m_resolution(resolution)
    , m_intro(new QLabel(this))
    , m_ambiguousTitle(new QLabel(this))
    , m_unknownTitle(new QLabel(this))
    , m_unknown(new QListWidget(this))
{
    setObjectName(QStringLiteral("peopleResolutionDialog"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("peopleResolutionIntro"));
    m_unknown->setObjectName(QStringLiteral("unknownPeopleList"));

    // A file may hold many namesakes: the choices scroll, the buttons stay in view.
    auto* choicesWidget = new QWidget;
    auto* choicesLayout = new QFormLayout(choicesWidget);
    int ambiguous = 0;
    for (const PeopleResolution::Open& open : m_resolution.open()) {
        if (!open.isAmbiguous()) {
            m_unknown->addItem(open.query);
            continue;
        }
        auto* combo = new QComboBox(choicesWidget);
        combo->setObjectName(QStringLiteral("candidateCombo%1").arg(ambiguous++));
        combo->addItem(QString()); // "Leave out", set by retranslate()
        for (const DirectoryPerson& person : open.candidates)
            combo->addItem(PersonText::suggestion(person, true), person.userid);
        choicesLayout->addRow(open.query, combo);
        m_choices.insert(open.index, combo);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ambiguousPeopleArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(choicesWidget);

    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addOthersButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelResolutionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_ambiguousTitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_unknownTitle);
    layout->addWidget(m_unknown, 1);
    layout->addWidget(buttons);
    const bool hasAmbiguous = !m_choices.isEmpty();
    m_ambiguousTitle->setVisible(hasAmbiguous);
    scroll->setVisible(hasAmbiguous);
    m_unknownTitle->setVisible(m_unknown->count() > 0);
    m_unknown->setVisible(m_unknown->count() > 0);
    resize(560, 360);
    retranslate();
}

MemberList PeopleResolutionDialog::members() const
{
    QHash<int, QString> chosen;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        chosen.insert(it.key(), it.value()->currentData().toString());
    return m_resolution.members(chosen);
}

void PeopleResolutionDialog::resolveThenAdd(QWidget* parent, const PeopleResolution& resolution,
                                            const std::function<void(const MemberList&)>& add)
{
    if (resolution.open().isEmpty()) {
        add(resolution.members());
        return;
    }
    auto* dialog = new PeopleResolutionDialog(resolution, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, dialog, [dialog, add] { add(dialog->members()); });
    dialog->open();
}

void PeopleResolutionDialog::retranslate()
{
    setWindowTitle(tr("People to Check"));
    m_intro->setText(tr("Some names or job numbers are not one person of the organisation's directory. Choose who "
                        "is meant; nothing is added until you confirm."));
    m_ambiguousTitle->setText(tr("Several people have these names: choose one, or leave the name out."));
    m_unknownTitle->setText(tr("Nobody in the directory has these names or job numbers; they will be left out:"));
    for (QComboBox* combo : std::as_const(m_choices))
        combo->setItemText(0, tr("Leave out"));
    m_add->setText(m_unknown->count() > 0 ? tr("Add the Others") : tr("Add"));
}

void PeopleResolutionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
