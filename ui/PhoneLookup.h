#pragma once

#include "group/GroupSpec.h"

#include <QObject>
#include <QPointer>

class GroupApi;
class MemberListModel;
class MobileResolver;
class ProgressDialog;
class QWidget;

/**
 * Turns the phone numbers in the member list into userids through MobileResolver (paced, cached for the session),
 * with a progress dialog and Cancel. Numbers that cannot be resolved are listed with the reason, and are left out
 * only when the user agrees; otherwise the lookup reports that nothing may be sent.
 */
class PhoneLookup : public QObject
{
    Q_OBJECT

public:
    enum class Purpose
    {
        BeforeCreate, // the group is created next if every number is resolved or the user leaves the rest out
        ListOnly, // the explicit "Look up phone numbers" action
    };

    PhoneLookup(GroupApi* api, MemberListModel* members, Purpose purpose, QWidget* window);
    ~PhoneLookup() override;

    void start();

    /**
     * Counts the phone numbers still to look up towards the 1000-member limit (validate() leaves them out), so that
     * a list that is too big is refused before any lookup is made.
     */
    static void countPendingNumbers(GroupValidation& validation, const QStringList& mobiles);
    /** True when the only thing between the form and Create is looking up phone numbers. */
    static bool onlyLookupsPending(const GroupValidation& validation);

signals:
    /** `proceed`: every number now has a userid (some perhaps left out with the user's consent). */
    void finished(bool proceed);
    void statusMessage(const QString& text);

private:
    void onResolverFinished();
    bool askToLeaveOut(const QStringList& failures);

    GroupApi* m_api;
    MemberListModel* m_members;
    Purpose m_purpose;
    QWidget* m_window;
    MobileResolver* m_resolver = nullptr;
    QPointer<ProgressDialog> m_progress;
};
