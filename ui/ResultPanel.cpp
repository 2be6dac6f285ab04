#include "ResultPanel.h"
#include "ui_ResultPanel.h"

#include "MemberListModel.h"
#include "UiStyle.h"
#include "dingtalk/ErrorCatalogue.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyle>

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultPanel>())
{
    m_ui->setupUi(this);
    UiStyle::setTone(m_ui->resultPlaceholderLabel, UiStyle::Tone::Secondary);
    UiStyle::setTone(m_ui->errorCodeLabel, UiStyle::Tone::Secondary);
    QTableWidget* failed = m_ui->failedMembersTableWidget;
    failed->setWordWrap(false); // one line per member; the full reason is in the tooltip
    failed->setTabKeyNavigation(false); // Tab moves on to the buttons below
    failed->setMinimumHeight(90);
    failed->setMaximumHeight(180);
    failed->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->copyOpenConversationIdButton, &QPushButton::clicked, this, [this] {
        copy(m_ui->openConversationIdLineEdit->text(), tr("Copied the openConversationId to the clipboard."));
    });
    connect(m_ui->copyChatIdButton, &QPushButton::clicked, this,
            [this] { copy(m_ui->chatIdLineEdit->text(), tr("Copied the chatid to the clipboard.")); });
    connect(m_ui->addOwnerToMembersButton, &QPushButton::clicked, this, [this] {
        m_fixApplied = true;
        m_ui->addOwnerToMembersButton->hide();
        emit addOwnerRequested();
    });
    connect(m_ui->retryMissingMembersButton, &QPushButton::clicked, this, &ResultPanel::retryMissingMembersRequested);
    connect(m_ui->joinLinkButton, &QPushButton::clicked, this, &ResultPanel::joinLinkRequested);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ResultPanel::verifyRequested);
    clear();
}

ResultPanel::~ResultPanel() = default;

void ResultPanel::showResult(const CreateResult& result, const QString& groupName)
{
    m_result = result;
    m_groupName = groupName;
    m_fixApplied = false;
    m_refusedCall.clear();
    m_refusedNamed.clear();
    render();
}

void ResultPanel::setRetrying(bool retrying)
{
    m_retrying = retrying;
    render();
}

void ResultPanel::setAddableCount(int count)
{
    if (count == m_addable)
        return;
    m_addable = count;
    render();
}

void ResultPanel::setRefusedCall(const QStringList& callIds, const QStringList& namedIds)
{
    m_refusedCall = callIds;
    m_refusedNamed = namedIds;
    render();
}

void ResultPanel::clear()
{
    m_result.reset();
    m_groupName.clear();
    m_refusedCall.clear();
    m_refusedNamed.clear();
    render();
}

void ResultPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

void ResultPanel::copy(const QString& text, const QString& message)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit copied(message);
}

QString ResultPanel::refusedCallText() const
{
    if (m_refusedCall.isEmpty())
        return QString();
    if (!m_refusedNamed.isEmpty())
        return tr("DingTalk named the id it refused: %1. It is marked in the member list: correct or remove it, then "
                  "create the group again.")
            .arg(m_refusedNamed.join(tr(", ")));
    if (m_refusedCall.size() == 1)
        return tr("The refused request carried only the owner %1: DingTalk does not know this id.")
            .arg(m_refusedCall.constFirst());
    // DingTalk did not say which id: the request that carried it is what can be told.
    return tr("DingTalk did not name the id. The refused request was the create itself, which carried the owner %1 "
              "and the first %2 members of the list, %3 to %4: the id it refused is one of these.")
        .arg(m_refusedCall.constFirst())
        .arg(m_refusedCall.size() - 1)
        .arg(m_refusedCall.at(1), m_refusedCall.constLast());
}

void ResultPanel::applyResultFonts()
{
    if (m_resultFontsApplied)
        return;
    m_resultFontsApplied = true;
    QFont titleFont = m_ui->resultTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_ui->resultTitleLabel->setFont(titleFont);
    // The ids are long: a fixed-pitch font makes them easy to compare character by character.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->openConversationIdLineEdit->setFont(fixed);
    m_ui->chatIdLineEdit->setFont(fixed);
}

void ResultPanel::render()
{
    const bool has = m_result.has_value();
    if (has)
        applyResultFonts();
    m_ui->resultPlaceholderLabel->setVisible(!has);
    m_ui->resultIconLabel->setVisible(has);
    m_ui->resultTitleLabel->setVisible(has);
    if (!has) {
        m_ui->groupIdsWidget->hide();
        m_ui->failedMembersLabel->hide();
        m_ui->failedMembersTableWidget->hide();
        m_ui->errorLabel->hide();
        m_ui->errorCodeLabel->hide();
        m_ui->addOwnerToMembersButton->hide();
        m_ui->retryMissingMembersButton->hide();
        m_ui->resultTitleLabel->clear();
        m_ui->errorLabel->clear();
        m_ui->errorCodeLabel->clear();
        m_ui->openConversationIdLineEdit->clear();
        m_ui->chatIdLineEdit->clear();
        return;
    }

    const CreateResult& result = *m_result;
    const bool exists = result.groupExists();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString title;
    switch (result.outcome) {
    case CreateResult::Outcome::Created:
        title = tr("The group \"%1\" was created.").arg(m_groupName);
        break;
    case CreateResult::Outcome::CreatedPartially:
        icon = QStyle::SP_MessageBoxWarning;
        title = tr("The group \"%1\" was created, but %2 members could not be added.")
                    .arg(m_groupName)
                    .arg(result.failedMembers.size());
        break;
    case CreateResult::Outcome::Unknown:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case CreateResult::Outcome::Rejected:
    case CreateResult::Outcome::NotCreated:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->resultIconLabel->setPixmap(style()->standardIcon(icon).pixmap(iconSize, iconSize));

    // The group's ids, whenever the group exists.
    m_ui->groupIdsWidget->setVisible(exists);
    m_ui->openConversationIdLineEdit->setText(exists ? result.openConversationId : QString());
    m_ui->chatIdLineEdit->setText(exists ? result.chatid : QString());
    m_ui->openConversationIdLineEdit->setCursorPosition(0);
    m_ui->chatIdLineEdit->setCursorPosition(0);
    m_ui->conversationTagLabel->setText(result.conversationTag == 2
                                            ? tr("%1 (internal group)").arg(result.conversationTag)
                                            : QString::number(result.conversationTag));
    m_ui->groupMemberCountLabel->setText(QString::number(result.memberCount));

    // Members that are not in the group, and why.
    const bool anyFailed = !result.failedMembers.isEmpty();
    m_ui->failedMembersLabel->setVisible(anyFailed);
    m_ui->failedMembersTableWidget->setVisible(anyFailed);
    m_ui->failedMembersLabel->setText(tr("Not added (%1): add them in DingTalk, or fix the ids and add them later.")
                                          .arg(result.failedMembers.size()));
    m_ui->failedMembersTableWidget->setHorizontalHeaderLabels({ tr("User ID"), tr("Reason") });
    m_ui->failedMembersTableWidget->setRowCount(int(result.failedMembers.size()));
    for (int row = 0; row < result.failedMembers.size(); ++row) {
        const FailedMember& failed = result.failedMembers.at(row);
        const QString id = failed.userid.isEmpty() ? failed.mobile : failed.userid;
        const QString reason = MemberListModel::failureReason(failed);
        auto* reasonItem = new QTableWidgetItem(reason);
        reasonItem->setToolTip(reason);
        m_ui->failedMembersTableWidget->setItem(row, 0, new QTableWidgetItem(id));
        m_ui->failedMembersTableWidget->setItem(row, 1, reasonItem);
    }
    m_ui->failedMembersTableWidget->resizeColumnToContents(0);

    // What went wrong and what to do, in the user's language; DingTalk's own words beside it for IT.
    const bool showError = !result.error.isOk() && result.outcome != CreateResult::Outcome::Created;
    if (showError) {
        const ErrorExplanation explanation = ErrorCatalogue::explain(
            result.error, exists ? ErrorCatalogue::Operation::AddMembers : ErrorCatalogue::Operation::Create);
        if (!exists)
            title = explanation.title;
        // For a partial group the reasons are in the table already: only what to do remains to be said.
        QString text = exists ? QString() : explanation.explanation;
        if (!explanation.nextStep.isEmpty()) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += tr("What to do: %1").arg(explanation.nextStep);
        }
        const QString refused = refusedCallText();
        if (!refused.isEmpty())
            text += QLatin1Char('\n') + refused;
        m_ui->errorLabel->setText(text);
        // Every id the refused create carried, for the user to go through when DingTalk named none.
        m_ui->errorLabel->setToolTip(m_refusedNamed.isEmpty() && m_refusedCall.size() > 1 ? m_refusedCall.join(tr(", "))
                                                                                          : QString());
        if (result.error.isApi())
            m_ui->errorCodeLabel->setText(
                tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(result.error.errcode, result.error.errmsg));
        else
            m_ui->errorCodeLabel->setText(
                result.error.outcomeUnknown
                    ? tr("Details for IT: %1 (the request may have been acted on)").arg(result.error.technicalDetails())
                    : tr("Details for IT: %1").arg(result.error.technicalDetails()));
    }
    m_ui->errorLabel->setVisible(showError);
    m_ui->errorCodeLabel->setVisible(showError);
    m_ui->resultTitleLabel->setText(title);

    const bool offerOwnerFix = result.outcome == CreateResult::Outcome::Rejected && result.error.hasCode(49006);
    m_ui->addOwnerToMembersButton->setVisible(offerOwnerFix && !m_fixApplied);

    // The group exists: whoever in the member list is not in it can be added to it (not the phone numbers without a
    // user). The list as it is now counts, so a corrected id is added instead of the refused one.
    const bool addable = exists && !result.chatid.isEmpty() && m_addable > 0;
    m_ui->retryMissingMembersButton->setVisible(addable);
    m_ui->retryMissingMembersButton->setEnabled(!m_retrying);
    m_ui->retryMissingMembersButton->setText(tr("Add to This Group (%1)").arg(m_addable));
    if (addable && anyFailed)
        m_ui->failedMembersLabel->setText(
            tr("The group exists; these %1 members are not in it yet. Everyone else is already there.")
                .arg(result.failedMembers.size()));
}
