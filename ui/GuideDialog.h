#pragma once

#include <QDialog>

class QTextBrowser;

/**
 * The built-in guide, in the window's language: where to find the AppKey and AppSecret and the permissions the app
 * needs, what a userid is and how to find people, what each switch does, and what "the group may exist" means.
 * Opened from Help and from the first-run question; it does not block the window.
 */
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    /** The guide as shown (HTML), for the tests. */
    QString html() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_text;
};
