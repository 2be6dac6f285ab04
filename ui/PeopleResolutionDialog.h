#pragma once

#include "PeopleResolution.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * Every value of one import (or one paste) the directory could not turn into one person, in one dialog: each name
 * two people or more share with a choice of its candidates (name · department · title · userid) or "Leave out", and
 * the values nobody has, listed. Adding leaves the unknown values out, so the button says so ("Add the Others");
 * Cancel adds nothing.
 */
class PeopleResolutionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleResolutionDialog(const PeopleResolution& resolution, QWidget* parent = nullptr);

    /** The members to add, with the candidates chosen (PeopleResolution::members()). */
    MemberList members() const;

    /**
     * Hands `resolution`'s members to `add` at once when nothing is left open, else after the user has decided in a
     * window-modal PeopleResolutionDialog on `parent` (Cancel: `add` is not called).
     */
    static void resolveThenAdd(QWidget* parent, const PeopleResolution& resolution,
                               const std::function<void(const MemberList&)>& add);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const PeopleResolution m_resolution;
    QLabel* m_intro;
    QLabel* m_ambiguousTitle;
    QLabel* m_unknownTitle;
    QListWidget* m_unknown;
    QPushButton* m_add;
    QPushButton* m_cancel;
    QHash<int, QComboBox*> m_choices; // an ambiguous value's index → its candidates
};
