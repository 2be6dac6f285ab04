#include "LastCreate.h"

#include "MessageBox.h"

#include <QRegularExpression>

void LastCreate::noteSent(const GroupValidation& sent, const GroupSettings& settings)
{
    m_sent = sent;
    m_settings = settings;
    m_outcome.reset();
    m_inGroup.clear();
    m_closed = false;
}

void LastCreate::noteFinished(const CreateResult& result)
{
    m_outcome = result.outcome;
    m_inGroup.clear();
    if (!result.groupExists())
        return;
    m_inGroup = QSet<QString>(m_sent.memberIds.cbegin(), m_sent.memberIds.cend());
    for (const FailedMember& failed : result.failedMembers)
        m_inGroup.remove(failed.userid);
}

void LastCreate::noteAdded(const QStringList& ids, const QList<FailedMember>& failed)
{
    QSet<QString> refused;
    for (const FailedMember& member : failed)
        refused.insert(member.userid);
    for (const QString& id : ids) {
        if (!refused.contains(id) && !m_closed)
            m_inGroup.insert(id);
    }
}

void LastCreate::forget()
{
    *this = LastCreate();
}

void LastCreate::closeGroup()
{
    m_closed = true;
    m_inGroup.clear();
}

bool LastCreate::groupExists() const
{
    return m_outcome == CreateResult::Outcome::Created || m_outcome == CreateResult::Outcome::CreatedPartially;
}

bool LastCreate::isUnchanged(const GroupValidation& form, const GroupSettings& settings) const
{
    if (!groupExists() || form.name != m_sent.name || form.owner != m_sent.owner || settings != m_settings)
        return false;
    // The same people in another order are the same group.
    return QSet<QString>(form.memberIds.cbegin(), form.memberIds.cend())
        == QSet<QString>(m_sent.memberIds.cbegin(), m_sent.memberIds.cend());
}

bool LastCreate::confirmCreate(QWidget* parent, const GroupValidation& form, const GroupSettings& settings) const
{
    if (m_outcome == CreateResult::Outcome::Unknown) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            parent, tr("The Group May Already Exist"),
            tr("The last create of \"%1\" reached DingTalk, but no answer came back: the group may exist already. "
               "Creating now may make a second group.\n\nTo check, open DingTalk and look for the group \"%1\" in "
               "the chat list of its owner %2, or ask the owner.\n\nCreate the group anyway?")
                .arg(m_sent.name, m_sent.owner),
            { { QMessageBox::Cancel, tr("Do Not Create") }, { QMessageBox::Yes, tr("Create Anyway") } });
        return answer == QMessageBox::Yes;
    }
    // A second group with the same name is what an accident looks like: a changed name, or a yes, is needed.
    if (groupExists() && form.name == m_sent.name) {
        const QString text = isUnchanged(form, settings)
            ? tr("The group \"%1\" was just created with these members. Creating again makes a second group with "
                 "the same name and members.")
                  .arg(form.name)
            : m_closed
            ? tr("The group \"%1\" was just created. Creating again makes a second group with the same name.")
                  .arg(form.name)
            : tr("The group \"%1\" was just created. Creating again makes a second group with the same name. To "
                 "put the people now in the list into the existing group, use \"Add to This Group\" below the "
                 "result.")
                  .arg(form.name);
        const QMessageBox::StandardButton answer = MessageBox::question(
            parent, tr("Create a Second Group?"), text + QStringLiteral("\n\n") + tr("Create a second group?"),
            { { QMessageBox::Cancel, tr("Do Not Create") }, { QMessageBox::Yes, tr("Create a Second Group") } });
        return answer == QMessageBox::Yes;
    }
    return true;
}

QStringList LastCreate::missingFrom(const QStringList& currentIds) const
{
    QStringList missing;
    if (!groupExists() || m_closed)
        return missing;
    for (const QString& id : currentIds) {
        if (!m_inGroup.contains(id))
            missing.append(id);
    }
    return missing;
}

QString LastCreate::similarName(const QString& name)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    const QRegularExpressionMatch match = numbered.match(name);
    if (match.hasMatch())
        return QStringLiteral("%1 (%2)").arg(match.captured(1)).arg(match.captured(2).toInt() + 1);
    return name + QStringLiteral(" (2)");
}
