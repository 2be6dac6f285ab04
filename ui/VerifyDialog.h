#pragma once

#include "verify/GroupState.h"

#include <QDialog>
#include <memory>

namespace Ui {
class VerifyDialog;
}

class GroupApi;
class GroupVerifier;

/**
 * The group as DingTalk has it now beside what was asked: name, owner, member count and the six settings, each
 * difference flagged and explained. Reads only; changes nothing.
 */
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * `asked.memberIds` as sent (owner included). A history entry does not keep the whole list: then pass
     * `askedMemberCount` and `missingAsked` (the members known to be missing) and leave `asked.memberIds` empty.
     */
    VerifyDialog(GroupApi* api, const QString& chatid, const GroupState& asked, int askedMemberCount = -1,
                 const QStringList& missingAsked = {}, QWidget* parent = nullptr);
    ~VerifyDialog() override;

    /** Reads the group again. */
    void verify();
    bool isVerifying() const;
    /** The field keys that differ ("name", "owner", "memberCount", a setting's key…), after finished(). */
    QStringList differingFields() const;

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onFinished();
    void render();

    const std::unique_ptr<Ui::VerifyDialog> m_ui;
    GroupVerifier* m_verifier;
    QString m_chatid;
    GroupState m_asked;
    int m_askedMemberCount;
    QStringList m_missingAsked;
    bool m_done = false;
};
