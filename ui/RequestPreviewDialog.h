#pragma once

#include "create/PlannedCall.h"

#include <QDialog>
#include <memory>

namespace Ui {
class RequestPreviewDialog;
}

/**
 * Every call Create would make, as it would be sent (tokens and secrets masked): method, URL, headers and JSON
 * body, and a cURL command to copy. Showing it sends nothing.
 */
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestPreviewDialog(const QList<PlannedCall>& calls, QWidget* parent = nullptr);
    ~RequestPreviewDialog() override;

    const QList<PlannedCall>& calls() const { return m_calls; }
    /** Shows the call at `index` (tests, and the list). */
    void showCall(int index);

signals:
    void copied(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateCodeSetStrings();

    const std::unique_ptr<Ui::RequestPreviewDialog> m_ui;
    QList<PlannedCall> m_calls;
};
