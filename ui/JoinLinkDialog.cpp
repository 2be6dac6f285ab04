#include "JoinLinkDialog.h"
#include "ui_JoinLinkDialog.h"

#include "FileDialog.h"
#include "QrImage.h"
#include "UiStyle.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/GroupApi.h"
#include "files/FileSaver.h"
#include "joinlink/JoinLink.h"

#include <QBuffer>
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
    m_error.reset();
    m_unsavedPath.clear();
    if (!m_api) {
        m_error = ApiError();
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
    if (m_link.isEmpty())
        m_error = result.error; // isOk() when DingTalk answered without a link
    else {
        m_code = QrCode::encode(m_link);
    }
    showState();
}

void JoinLinkDialog::showState()
{
    m_ui->joinLinkTitleLabel->setText(
        tr("Anyone who scans this code or opens the link can ask to join \"%1\".").arg(m_groupName));
    QStringList status;
    if (isFetching()) {
        status.append(tr("Asking DingTalk for the link…"));
    } else if (m_error && !m_api) {
        status.append(tr("Not connected: connect to DingTalk (or the sandbox) first."));
    } else if (m_error && m_error->isOk()) {
        status.append(tr("DingTalk answered without a join link."));
    } else if (m_error) {
        const ErrorExplanation explanation = ErrorCatalogue::explain(*m_error, ErrorCatalogue::Operation::JoinLink);
        status << explanation.title << explanation.explanation;
        if (!explanation.nextStep.isEmpty())
            status.append(tr("What to do: %1").arg(explanation.nextStep));
        if (m_error->isApi())
            status.append(tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(m_error->errcode, m_error->errmsg));
        else
            status.append(tr("Details for IT: %1").arg(m_error->summary()));
    }
    if (!m_unsavedPath.isEmpty())
        status.append(FileSaver::cannotWrite(m_unsavedPath, m_unsavedReason));
    status.removeAll(QString());
    const bool problem = m_error.has_value() || !m_unsavedPath.isEmpty();
    m_ui->joinLinkStatusLabel->setText(status.join(QLatin1Char('\n')));
    m_ui->joinLinkStatusLabel->setVisible(!status.isEmpty());
    UiStyle::setTone(m_ui->joinLinkStatusLabel, problem ? UiStyle::Tone::Error : UiStyle::Tone::Secondary);

    m_ui->joinLinkLineEdit->setText(m_link);
    m_ui->joinLinkLineEdit->setCursorPosition(0);
    const bool has = !m_code.isNull();
    // Whole pixels per module, as large as fits the label's minimum: crisp on screen and scannable from it.
    const int moduleSize = has ? qMax(2, 300 / (m_code.size() + 2 * QrImage::QuietZone)) : 0;
    // The code keeps its place while there is none, so the dialog does not jump about.
    if (has)
        m_ui->qrCodeLabel->setPixmap(QPixmap::fromImage(qrImage(moduleSize)));
    else
        m_ui->qrCodeLabel->setText(isFetching() ? QString() : tr("No QR code: DingTalk sent no link."));
    m_ui->qrCodeLabel->setStyleSheet(has ? QStringLiteral("background: white;") : QString());
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
    emit copied(tr("Copied the join link to the clipboard."));
}

void JoinLinkDialog::copyImage()
{
    if (m_code.isNull())
        return;
    QGuiApplication::clipboard()->setImage(qrImage());
    emit copied(tr("Copied the QR code to the clipboard."));
}

void JoinLinkDialog::savePng()
{
    if (m_code.isNull())
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save the QR code"),
                                                     tr("%1 QR code.png").arg(m_groupName), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // Encoded in memory, then written whole by the one checked writer: QImage::save writes through a buffered QFile
    // and leaves a cut-off image behind on a full disk.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    const bool encoded = qrImage().save(&buffer, "PNG");
    const FileSaver::Result saved = encoded ? FileSaver::save(path, png) : FileSaver::Result();
    m_unsavedPath = saved.saved ? QString() : path;
    m_unsavedReason = encoded ? saved.reason : tr("the image could not be made");
    showState();
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
