#pragma once

#include "create/CreateResult.h"
#include "group/GroupSettings.h"
#include "group/GroupSpec.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <optional>

class QWidget;

/**
 * The window's memory of its last create: what was sent, what came of it, and who is in the group now. It decides
 * whether pressing Create again could make a second group (and asks first), and whom an add to the existing group
 * sends: the member list as it stands now, less whoever is already in the group.
 */
class LastCreate
{
    Q_DECLARE_TR_FUNCTIONS(LastCreate)

public:
    /** A create was sent with this form. */
    void noteSent(const GroupValidation& sent, const GroupSettings& settings);
    /** The create sent last ended so. */
    void noteFinished(const CreateResult& result);
    /** An add to the existing group tried `ids`; `failed` are those DingTalk still did not add. */
    void noteAdded(const QStringList& ids, const QList<FailedMember>& failed);
    /** Another connection, another organisation: the group is no longer the window's business. */
    void forget();
    /**
     * A new member list came in (an import): the form is about another group now. Nobody is offered for adding to
     * the old group or marked as in it; creating under the same name again still asks first.
     */
    void closeGroup();

    /** The last create made a group (all or some of the members in it). */
    bool groupExists() const;
    /** The form is the one whose group exists already: pressing Create would make the same group again. */
    bool isUnchanged(const GroupValidation& form, const GroupSettings& settings) const;
    /**
     * Before a create: asks through MessageBox when it could make a second group (the same name again after a
     * success, or anything after an answer that never came). True when the create may go ahead.
     */
    bool confirmCreate(QWidget* parent, const GroupValidation& form, const GroupSettings& settings) const;
    /** The userids of `currentIds` not in the existing group yet, in their order; empty when no group exists. */
    QStringList missingFrom(const QStringList& currentIds) const;
    /** Who is in the existing group now, as far as DingTalk's answers tell; empty when no group exists. */
    const QSet<QString>& inGroup() const { return m_inGroup; }

    /** "Name (2)" for "Name", "Name (3)" for "Name (2)": a similar group's name the user sees is not the old one. */
    static QString similarName(const QString& name);

private:
    GroupValidation m_sent;
    GroupSettings m_settings;
    std::optional<CreateResult::Outcome> m_outcome; // empty: nothing sent yet, or still running
    QSet<QString> m_inGroup;
    bool m_closed = false;
};
