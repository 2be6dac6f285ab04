#include "JoinLinkDialog.h"
#include "ui_JoinLinkDialog.h"

#include "QrImage.h"
#include "SaveFileDialog.h"
#include "UiStyle.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "history/JoinLink.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

std::function<bool(QPrinter&)> JoinLinkDialog::s_printDialogOverride;

JoinLinkDialog::JoinLinkDialog(GroupApi* api, const QString& chatid, const QString& groupName,
                               const QStringList& members, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JoinLinkDialog>())
    , m_api(api)
    , m_chatid(chatid)
    , m_groupName(groupName)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    QFont title = m_ui->joinLinkTitleLabel->font();
    title.setBold(true);
    m_ui->joinLinkTitleLabel->setFont(title);
    m_ui->sharerComboBox->addItems(members);
    m_ui->sharerComboBox->setCurrentIndex(members.isEmpty() ? -1 : 0);
    m_ui->qrCodeLabel->setStyleSheet(QStringLiteral("background: white;"));

    connect(m_ui->getLinkButton, &QPushButton::clicked, this, &JoinLinkDialog::fetchLink);
    connect(m_ui->sharerComboBox->lineEdit(), &QLineEdit::returnPressed, this, &JoinLinkDialog::fetchLink);
    connect(m_ui->sharerComboBox, &QComboBox::activated, this, &JoinLinkDialog::fetchLink);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &JoinLinkDialog::copyLink);
    connect(m_ui->copyImageButton, &QPushButton::clicked, this, &JoinLinkDialog::copyImage);
    connect(m_ui->savePngButton, &QPushButton::clicked, this, &JoinLinkDialog::savePng);
    connect(m_ui->printButton, &QPushButton::clicked, this, &JoinLinkDialog::print);
    fetchLink();
}

JoinLinkDialog::~JoinLinkDialog()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
}

void JoinLinkDialog::setPrintDialogOverride(std::function<bool(QPrinter&)> override)
{
    s_printDialogOverride = std::move(override);
}

void JoinLinkDialog::fetchLink()
{
    const QString sharer = m_ui->sharerComboBox->currentText().trimmed();
    if (isFetching() || sharer.isEmpty())
        return;
    m_link.clear();
    m_code = QrCode();
    m_errorTitle.clear();
    m_errorText.clear();
    if (!m_api) {
        m_errorTitle = tr("Not connected");
        m_errorText = tr("Connect to DingTalk (or the sandbox) first.");
        showState();
        return;
    }
    m_call = m_api->joinLink(m_chatid, sharer);
    connect(m_call, &ApiCall::finished, this, &JoinLinkDialog::onLinkFinished);
    showState();
}

void JoinLinkDialog::onLinkFinished()
{
    ApiCall* call = m_call.data();
    if (!call)
        return;
    const ApiResult result = call->result();
    call->deleteLater();
    m_call.clear();
    m_link = JoinLink::url(result);
    if (m_link.isEmpty()) {
        const ApiError error = result.ok() ? ApiError() : result.error;
        const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::ReadGroup);
        m_errorTitle = explanation.title.isEmpty() ? tr("DingTalk sent no join link") : explanation.title;
        QStringList text{ explanation.explanation };
        if (!explanation.nextStep.isEmpty())
            text.append(tr("What to do: %1").arg(explanation.nextStep));
        if (result.error.isApi())
            text.append(
                tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(result.error.errcode, result.error.errmsg));
        m_errorText = text.join(QLatin1Char('\n')).trimmed();
    } else {
        m_code = QrCode::encode(m_link);
    }
    showState();
}

void JoinLinkDialog::showState()
{
    m_ui->joinLinkTitleLabel->setText(
        tr("Anyone who scans this code or opens the link can ask to join \"%1\".").arg(m_groupName));
    QString status;
    if (isFetching())
        status = tr("Asking DingTalk for the link…");
    else if (!m_errorTitle.isEmpty())
        status = m_errorTitle + QLatin1Char('\n') + m_errorText;
    m_ui->joinLinkStatusLabel->setText(status.trimmed());
    m_ui->joinLinkStatusLabel->setVisible(!status.isEmpty());
    UiStyle::setTone(m_ui->joinLinkStatusLabel,
                     m_errorTitle.isEmpty() ? UiStyle::Tone::Secondary : UiStyle::Tone::Error);

    m_ui->joinLinkLineEdit->setText(m_link);
    m_ui->joinLinkLineEdit->setCursorPosition(0);
    const bool has = !m_code.isNull();
    // Whole pixels per module, as large as fits the label's minimum: crisp on screen and scannable from it.
    const int moduleSize = has ? qMax(2, 300 / (m_code.size() + 2 * QrImage::QuietZone)) : 0;
    m_ui->qrCodeLabel->setPixmap(has ? QPixmap::fromImage(qrImage(moduleSize)) : QPixmap());
    m_ui->qrCodeLabel->setVisible(has);
    m_ui->joinLinkLineEdit->setVisible(has);
    for (QPushButton* button : { m_ui->copyLinkButton, m_ui->copyImageButton, m_ui->savePngButton, m_ui->printButton })
        button->setEnabled(has);
    m_ui->getLinkButton->setEnabled(!isFetching());
}

QImage JoinLinkDialog::qrImage(int moduleSize) const
{
    return QrImage::render(m_code, moduleSize);
}

void JoinLinkDialog::paintPage(QPainter& painter, const QRectF& page) const
{
    painter.save();
    painter.fillRect(page, Qt::white);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPointSizeF(16);
    font.setBold(true);
    painter.setFont(font);
    const qreal lineHeight = painter.fontMetrics().height();
    const QRectF titleRect(page.left(), page.top(), page.width(), lineHeight * 2.5);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_groupName);
    font.setBold(false);
    font.setPointSizeF(9);
    painter.setFont(font);
    const qreal linkHeight = painter.fontMetrics().height() * 3;
    const qreal codeSide = qMin(page.width(), page.height() - titleRect.height() - linkHeight) * 0.8;
    const QRectF codeRect(page.center().x() - codeSide / 2, titleRect.bottom(), codeSide, codeSide);
    QrImage::paint(painter, m_code, codeRect);
    painter.drawText(QRectF(page.left(), codeRect.bottom(), page.width(), linkHeight),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, m_link);
    painter.restore();
}

void JoinLinkDialog::printTo(QPagedPaintDevice* device) const
{
    QPainter painter(device);
    const QRectF page(QPointF(0, 0), QSizeF(painter.viewport().size()));
    paintPage(painter, page);
}

void JoinLinkDialog::copyLink()
{
    if (m_link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_link);
    emit copied(tr("join link"));
}

void JoinLinkDialog::copyImage()
{
    if (m_code.isNull())
        return;
    QGuiApplication::clipboard()->setImage(qrImage());
    emit copied(tr("QR code"));
}

void JoinLinkDialog::savePng()
{
    if (m_code.isNull())
        return;
    const QString path = SaveFileDialog::getSaveFileName(
        this, tr("Save the QR code"), tr("%1 QR code.png").arg(m_groupName), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!qrImage().save(path, "PNG")) {
        m_errorTitle = tr("The image could not be saved");
        m_errorText = QDir::toNativeSeparators(path);
        showState();
    }
}

void JoinLinkDialog::print()
{
    if (m_code.isNull())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("%1 QR code").arg(m_groupName));
    bool accepted = false;
    if (s_printDialogOverride) {
        accepted = s_printDialogOverride(printer);
    } else {
        QPrintDialog dialog(&printer, this);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    if (accepted)
        printTo(&printer);
}

void JoinLinkDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showState();
    }
    QDialog::changeEvent(event);
}
