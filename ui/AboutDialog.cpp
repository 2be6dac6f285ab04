#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace {
// Documentation pages on DingTalk's open platform (links for the reader, not endpoints the app calls). They are
// written from DingTalk's documentation layout and were not checked from here (no internet on the build machines).
const char* const LegacyCreateGroupDoc = "https://open.dingtalk.com/document/orgapp/create-group-session";
const char* const V1CreateGroupDoc = "https://open.dingtalk.com/document/orgapp/create-a-group-session";
const char* const AccessTokenDoc = "https://open.dingtalk.com/document/orgapp/obtain-orgapp-token";

constexpr int IconSize = 64;

QLabel* newLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    return label;
}

QString link(const char* url, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text.toHtmlEscaped());
}
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_iconLabel(newLabel("aboutIconLabel", this))
    , m_nameLabel(newLabel("aboutNameLabel", this))
    , m_descriptionLabel(newLabel("aboutDescriptionLabel", this))
    , m_versionCaptionLabel(newLabel("aboutVersionCaptionLabel", this))
    , m_versionLabel(newLabel("aboutVersionLabel", this))
    , m_licenseCaptionLabel(newLabel("aboutLicenseCaptionLabel", this))
    , m_licenseLabel(newLabel("aboutLicenseLabel", this))
    , m_qtVersionCaptionLabel(newLabel("aboutQtVersionCaptionLabel", this))
    , m_qtVersionLabel(newLabel("aboutQtVersionLabel", this))
    , m_linksLabel(newLabel("aboutLinksLabel", this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    // Qt's own catalogue translates the Close button, and the box re-reads it on LanguageChange.
    m_buttonBox->setObjectName(QStringLiteral("aboutButtonBox"));
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The same PNGs as the window icon, compiled into the widgets library.
    QIcon icon;
    for (const int size : { 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/dingtalk-group-creator-%1.png").arg(size), QSize(size, size));
    m_iconLabel->setPixmap(icon.pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    m_iconLabel->setAlignment(Qt::AlignTop);

    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_nameLabel->setFont(nameFont);
    m_descriptionLabel->setWordWrap(true);

    for (QLabel* value : { m_versionLabel, m_licenseLabel, m_qtVersionLabel })
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linksLabel->setTextFormat(Qt::RichText);
    m_linksLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_linksLabel->setOpenExternalLinks(true);
    m_linksLabel->setWordWrap(true);

    auto* facts = new QFormLayout;
    facts->addRow(m_versionCaptionLabel, m_versionLabel);
    facts->addRow(m_licenseCaptionLabel, m_licenseLabel);
    facts->addRow(m_qtVersionCaptionLabel, m_qtVersionLabel);

    auto* text = new QVBoxLayout;
    text->addWidget(m_nameLabel);
    text->addWidget(m_descriptionLabel);
    text->addLayout(facts);
    text->addWidget(m_linksLabel);
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->addWidget(m_iconLabel);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_buttonBox);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    // The version and Qt's are not translated: they read the same in every language.
    m_versionLabel->setText(QStringLiteral(DTG_VERSION));
    retranslate();
}

AboutDialog::~AboutDialog() = default;

QStringList AboutDialog::documentationLinks()
{
    return { QLatin1String(LegacyCreateGroupDoc), QLatin1String(V1CreateGroupDoc), QLatin1String(AccessTokenDoc) };
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About DingTalk Group Creator"));
    m_nameLabel->setText(tr("DingTalk Group Creator"));
    m_descriptionLabel->setText(
        tr("Creates DingTalk group chats from a simple form: name, owner, members and settings."));
    m_versionCaptionLabel->setText(tr("Version:"));
    m_licenseCaptionLabel->setText(tr("Licence:"));
    m_licenseLabel->setText(tr("MIT License"));
    m_qtVersionCaptionLabel->setText(tr("Qt:"));
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString buildQt = QStringLiteral(QT_VERSION_STR);
    m_qtVersionLabel->setText(runtimeQt == buildQt ? runtimeQt : tr("%1 (built with %2)").arg(runtimeQt, buildQt));
    m_linksLabel->setText(QStringLiteral("<p>%1</p><ul style=\"margin-left: 0; -qt-list-indent: 1;\">"
                                         "<li>%2</li><li>%3</li><li>%4</li></ul>")
                              .arg(tr("DingTalk documentation of the calls this tool makes:").toHtmlEscaped(),
                                   link(LegacyCreateGroupDoc, tr("Create a group (chat/create)")),
                                   link(V1CreateGroupDoc, tr("Create a group (API v1.0)")),
                                   link(AccessTokenDoc, tr("Get an access token"))));
}
