#pragma once

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ProgressDialog;
}

/**
 * A small window-modal dialog for work that runs in the background: a message, a progress bar and Cancel.
 * It never runs a nested event loop (open(), not exec()), so the work keeps being served while it shows.
 * Closing it with Esc or the title bar asks to cancel, just like the Cancel button.
 */
class ProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgressDialog(QWidget* parent = nullptr);
    ~ProgressDialog() override;

    /** The text above the bar; asked again whenever the language changes, so it is always current. */
    void setMessage(const std::function<QString()>& message);
    /** `total` 0: the work cannot be counted, the bar just shows that it runs. */
    void setProgress(qint64 done, qint64 total);
    /** After Cancel: the message says so and Cancel is greyed until the work stops. */
    void setCancelling();

signals:
    void cancelRequested();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMessage();

    const std::unique_ptr<Ui::ProgressDialog> m_ui;
    std::function<QString()> m_message;
    bool m_cancelling = false;
};
