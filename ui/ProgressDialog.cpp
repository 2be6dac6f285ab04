#include "ProgressDialog.h"
#include "ui_ProgressDialog.h"

#include <QPushButton>

namespace {
// The bar works in permille so that byte counts above 2 GB would still fit an int.
constexpr int BarScale = 1000;
} // namespace

ProgressDialog::ProgressDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProgressDialog>())
{
    m_ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(420);
    connect(m_ui->progressCancelButton, &QPushButton::clicked, this, &ProgressDialog::reject);
    setProgress(0, 0);
}

ProgressDialog::~ProgressDialog() = default;

void ProgressDialog::setMessage(const std::function<QString()>& message)
{
    m_message = message;
    showMessage();
}

void ProgressDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_ui->progressBar->setRange(0, 0);
        return;
    }
    m_ui->progressBar->setRange(0, BarScale);
    m_ui->progressBar->setValue(int(qBound(qint64(0), done * BarScale / total, qint64(BarScale))));
    showMessage();
}

void ProgressDialog::setCancelling()
{
    m_cancelling = true;
    m_ui->progressCancelButton->setEnabled(false);
    showMessage();
}

void ProgressDialog::reject()
{
    // The owner closes the dialog once the work has stopped: until then it only asks.
    if (!m_cancelling)
        emit cancelRequested();
}

void ProgressDialog::showMessage()
{
    m_ui->progressMessageLabel->setText(m_cancelling ? tr("Cancelling…") : m_message ? m_message() : QString());
}

void ProgressDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showMessage();
    }
    QDialog::changeEvent(event);
}
