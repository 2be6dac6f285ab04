#pragma once

#include "create/CreateResult.h"

#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ResultPanel;
}

/**
 * What came of the last create: the new group's ids (selectable, each with a Copy button), the members DingTalk
 * did not add and why, or the explanation of a failure in the user's language with DingTalk's own errcode and
 * errmsg beside it. Offers one-click fixes where there is one.
 */
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget* parent = nullptr);
    ~ResultPanel() override;

    /** `groupName` and `owner` as they were sent, for the texts and the fixes. */
    void showResult(const CreateResult& result, const QString& groupName);
    /** Back to the empty state (before the first create). */
    void clear();
    bool hasResult() const { return m_result.has_value(); }
    /** The result shown, and the group name it was shown with (for "retry adding the missing members"). */
    const std::optional<CreateResult>& result() const { return m_result; }
    QString groupName() const { return m_groupName; }
    /** While a retry runs, its button is greyed so it cannot be sent twice. */
    void setRetrying(bool retrying);
    /** How many people in the member list are not in the existing group: "Add to This Group" shows for them. */
    void setAddableCount(int count);
    /**
     * A create refused for an unknown id: `callIds` are the ids the create carried (owner first), `namedIds` those
     * of them DingTalk's answer names. The panel names them, or else says which request carried the bad id.
     */
    void setRefusedCall(const QStringList& callIds, const QStringList& namedIds);

signals:
    /** The user asked for the fix of DingTalk's 49006: put the owner into the member list. */
    void addOwnerRequested();
    /** The group exists without some of the people in the member list: the user asked to add them to it. */
    void retryMissingMembersRequested();
    /** The user asked for the group's join link and QR code. */
    void joinLinkRequested();
    /** The user asked to read the group back from DingTalk and compare it with what was asked. */
    void verifyRequested();
    /** Something was copied to the clipboard; `message` says what, for the status bar (a whole sentence). */
    void copied(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    /**
     * The bold title and the fixed-pitch ids, set with the first result: each font is a font-engine load, and the
     * panel shows neither until then (it was a millisecond of start-up).
     */
    void applyResultFonts();
    /** The sentence about the ids of a refused create (setRefusedCall()); empty when there is none. */
    QString refusedCallText() const;
    void copy(const QString& text, const QString& message);

    const std::unique_ptr<Ui::ResultPanel> m_ui;
    std::optional<CreateResult> m_result;
    QString m_groupName;
    bool m_fixApplied = false;
    bool m_resultFontsApplied = false;
    bool m_retrying = false;
    int m_addable = 0;
    QStringList m_refusedCall;
    QStringList m_refusedNamed;
};
