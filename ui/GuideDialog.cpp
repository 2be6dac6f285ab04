#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString section(const QString& title, const QStringList& paragraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const QString& paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    return html;
}
} // namespace

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    m_text->setObjectName(QStringLiteral("guideTextBrowser"));
    m_text->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 560);
    retranslate();
}

QString GuideDialog::html() const
{
    return m_text->toHtml();
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Guide"));
    QString html;
    html += section(
        tr("Connecting: the AppKey and AppSecret"),
        { tr("The app talks to DingTalk as an internal app of your organisation. An administrator creates it in the "
             "DingTalk developer console (open-dev.dingtalk.com): App development, then the app, then Credentials "
             "and basic information, where the AppKey and AppSecret are shown."),
          tr("The app needs these permissions, granted in the console under Permission management: "
             "qyapi_chat_manage to create groups and add members; qyapi_chat_read to verify a group; "
             "qyapi_chat_base_read for the join link and QR code; qyapi_get_member_by_mobile to look up phone "
             "numbers. The people you add must be within the app's contacts scope."),
          tr("Connection ▸ Manage Connections… saves a connection (the AppSecret goes to the system keychain) and "
             "tests it. Try everything first in the sandbox: nothing you do there reaches DingTalk.") });
    html += section(tr("Members: what a userid is"),
                    { tr("A userid is the id DingTalk gives each person in the organisation, for example manager4220. "
                         "It is not the name and not the phone number. An administrator sees it in the DingTalk "
                         "admin console under Contacts, on each person's page (员工 UserID), and can export the whole "
                         "list as a spreadsheet."),
                      tr("Type or paste userids, import a spreadsheet or CSV file (the import finds the userid, name "
                         "and phone columns), or add phone numbers: they are looked up in DingTalk before the group "
                         "is created. The owner must be one of the members and is added when missing.") });
    html += section(
        tr("The switches"),
        { tr("New members can read the last 100 messages: people who join later see the 100 most recent messages."),
          tr("The group can be found by search: anyone in the organisation can find the group by its name."),
          tr("Joining needs approval: the owner or an admin approves each person who asks to join."),
          tr("Only the owner may @all: only the owner can notify everyone at once."),
          tr("Only the owner may manage the group: only the owner renames it, changes its settings and adds or "
             "removes people."),
          tr("All members muted: only the owner and admins can write; for announcement groups.") });
    html += section(tr("\"The group may exist\""),
                    { tr("When the connection breaks or times out after the create was sent, nobody knows whether "
                         "DingTalk made the group. The app never sends it again by itself: open DingTalk and look "
                         "for the group in its owner's chat list (or ask the owner) before you press Create again, "
                         "or a second group may be made."),
                      tr("After a success, Create becomes \"Create Another Group\" and asks before it sends the same "
                         "name again. To add people to the group that exists, put them in the list and press \"Add "
                         "to This Group\".") });
    m_text->setHtml(html);
}
