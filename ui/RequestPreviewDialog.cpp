#include "RequestPreviewDialog.h"
#include "ui_RequestPreviewDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>

RequestPreviewDialog::RequestPreviewDialog(const QList<PlannedCall>& calls, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequestPreviewDialog>())
    , m_calls(calls)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestPlainTextEdit->setFont(fixed);
    m_ui->curlPlainTextEdit->setFont(fixed);
    m_ui->callsListWidget->setMinimumWidth(240);
    m_ui->previewSplitter->setStretchFactor(0, 1);
    m_ui->previewSplitter->setStretchFactor(1, 3);
    for (const PlannedCall& call : m_calls)
        m_ui->callsListWidget->addItem(call.title);
    connect(m_ui->callsListWidget, &QListWidget::currentRowChanged, this, &RequestPreviewDialog::showCall);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->curlPlainTextEdit->toPlainText());
        emit copied(tr("Copied the cURL command to the clipboard."));
    });
    retranslateCodeSetStrings();
    m_ui->callsListWidget->setCurrentRow(m_calls.isEmpty() ? -1 : 0);
}

RequestPreviewDialog::~RequestPreviewDialog() = default;

void RequestPreviewDialog::showCall(int index)
{
    if (index < 0 || index >= m_calls.size()) {
        m_ui->requestPlainTextEdit->clear();
        m_ui->curlPlainTextEdit->clear();
        m_ui->copyCurlButton->setEnabled(false);
        return;
    }
    if (m_ui->callsListWidget->currentRow() != index)
        m_ui->callsListWidget->setCurrentRow(index);
    const PlannedCall& call = m_calls.at(index);
    QString text = QString::fromLatin1(call.method) + QLatin1Char(' ') + call.url.toString() + QLatin1Char('\n');
    for (const auto& header : call.headers)
        text += QString::fromUtf8(header.first) + QStringLiteral(": ") + QString::fromUtf8(header.second)
            + QLatin1Char('\n');
    if (!call.body.isEmpty()) {
        // Indented for reading; the cURL command below carries the bytes exactly as they are sent.
        const QJsonDocument json = QJsonDocument::fromJson(call.body);
        text += QLatin1Char('\n')
            + (json.isNull() ? QString::fromUtf8(call.body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    }
    m_ui->requestPlainTextEdit->setPlainText(text);
    m_ui->curlPlainTextEdit->setPlainText(call.curlCommand());
    m_ui->copyCurlButton->setEnabled(true);
}

void RequestPreviewDialog::retranslateCodeSetStrings()
{
    m_ui->previewIntroLabel->setText(
        tr("Nothing has been sent. These are the %1 calls Create would make, exactly as they would leave this "
           "computer; the access token and the secret are masked as ******.")
            .arg(m_calls.size()));
}

void RequestPreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeSetStrings();
    }
    QDialog::changeEvent(event);
}
