#include "VerifyDialog.h"
#include "ui_VerifyDialog.h"

#include "UiStyle.h"
#include "dingtalk/ApiCall.h"
#include "dingtalk/ErrorCatalogue.h"
#include "group/SettingFields.h"
#include "verify/GroupVerifier.h"

#include <QHeaderView>
#include <QStyle>

VerifyDialog::VerifyDialog(GroupApi* api, const QString& chatid, const GroupState& asked, int askedMemberCount,
                           const QStringList& missingAsked, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VerifyDialog>())
    , m_verifier(new GroupVerifier(api, this))
    , m_chatid(chatid)
    , m_asked(asked)
    , m_askedMemberCount(askedMemberCount)
    , m_missingAsked(missingAsked)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->verifyTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->verifyTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->verifyTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->verifyTableWidget->setMinimumHeight(260);
    connect(m_verifier, &GroupVerifier::finished, this, &VerifyDialog::onFinished);
    connect(m_ui->verifyAgainButton, &QPushButton::clicked, this, &VerifyDialog::verify);
    verify();
}

VerifyDialog::~VerifyDialog() = default;

bool VerifyDialog::isVerifying() const
{
    return m_verifier->isRunning();
}

void VerifyDialog::verify()
{
    if (isVerifying())
        return;
    m_done = false;
    // Without the list of members only their number can be compared: an empty list would report every member
    // as unexpected.
    m_verifier->verify(m_chatid, m_asked);
    render();
}

void VerifyDialog::onFinished()
{
    m_done = true;
    render();
    emit finished();
}

QStringList VerifyDialog::differingFields() const
{
    QStringList fields;
    if (!m_done || !m_verifier->error().isOk())
        return fields;
    const bool listKnown = m_askedMemberCount < 0;
    for (const GroupDifference& difference : m_verifier->differences()) {
        if (!listKnown
            && (difference.field == QLatin1String("memberCount") || difference.field == QLatin1String("missingMembers")
                || difference.field == QLatin1String("unexpectedMembers")))
            continue;
        fields.append(difference.field);
    }
    if (!listKnown) {
        if (m_verifier->actual().memberIds.size() != m_askedMemberCount)
            fields.append(QStringLiteral("memberCount"));
        for (const QString& id : m_missingAsked) {
            if (!m_verifier->actual().memberIds.contains(id)) {
                fields.append(QStringLiteral("missingMembers"));
                break;
            }
        }
    }
    return fields;
}

void VerifyDialog::render()
{
    QTableWidget* table = m_ui->verifyTableWidget;
    table->setHorizontalHeaderLabels({ QString(), tr("Asked for"), tr("In DingTalk now") });
    m_ui->differencesListWidget->clear();
    if (!m_done) {
        m_ui->verifyStatusLabel->setText(tr("Reading the group from DingTalk…"));
        UiStyle::setTone(m_ui->verifyStatusLabel, UiStyle::Tone::Secondary);
        table->setRowCount(0);
        m_ui->verifyAgainButton->setEnabled(false);
        return;
    }
    m_ui->verifyAgainButton->setEnabled(true);
    const ApiError& error = m_verifier->error();
    if (!error.isOk()) {
        const ErrorExplanation explanation = ErrorCatalogue::explain(error, ErrorCatalogue::Operation::ReadGroup);
        QString text = explanation.title + QLatin1Char('\n') + explanation.explanation;
        if (!explanation.nextStep.isEmpty())
            text += QLatin1Char('\n') + tr("What to do: %1").arg(explanation.nextStep);
        if (error.isApi())
            text += QLatin1Char('\n')
                + tr("DingTalk's answer: errcode %1, errmsg \"%2\"").arg(error.errcode, error.errmsg);
        m_ui->verifyStatusLabel->setText(text.trimmed());
        UiStyle::setTone(m_ui->verifyStatusLabel, UiStyle::Tone::Error);
        table->setRowCount(0);
        return;
    }

    const GroupState& actual = m_verifier->actual();
    const QStringList differing = differingFields();
    const int askedCount = m_askedMemberCount < 0 ? int(m_asked.memberIds.size()) : m_askedMemberCount;
    struct Row
    {
        QString key;
        QString label;
        QString asked;
        QString actual;
    };
    const auto onOff = [](bool on) {
        return on ? tr("on") : tr("off");
    };
    QList<Row> rows{
        { QStringLiteral("name"), tr("Group name"), m_asked.name, actual.name },
        { QStringLiteral("owner"), tr("Owner"), m_asked.owner, actual.owner },
        { QStringLiteral("memberCount"), tr("Members (owner included)"), QString::number(askedCount),
          QString::number(actual.memberIds.size()) },
    };
    for (const SettingFields::Field& field : SettingFields::all())
        rows.append({ field.key, SettingFields::label(field), onOff(m_asked.settings.*field.member),
                      onOff(actual.settings.*field.member) });

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const bool differs = differing.contains(row.key);
        auto* label = new QTableWidgetItem(row.label);
        auto* asked = new QTableWidgetItem(row.asked);
        auto* now = new QTableWidgetItem(row.actual);
        label->setData(Qt::UserRole, row.key);
        if (differs) {
            label->setIcon(warning);
            label->setToolTip(tr("Differs from what was asked"));
            QFont bold = table->font();
            bold.setBold(true);
            for (QTableWidgetItem* item : { label, asked, now })
                item->setFont(bold);
        }
        table->setItem(i, 0, label);
        table->setItem(i, 1, asked);
        table->setItem(i, 2, now);
    }

    QStringList descriptions;
    const bool listKnown = m_askedMemberCount < 0;
    for (const GroupDifference& difference : m_verifier->differences()) {
        if (differing.contains(difference.field)
            && (listKnown
                || (difference.field != QLatin1String("memberCount")
                    && difference.field != QLatin1String("missingMembers")
                    && difference.field != QLatin1String("unexpectedMembers"))))
            descriptions.append(difference.description);
    }
    if (!listKnown) {
        if (differing.contains(QStringLiteral("memberCount")))
            descriptions.append(
                tr("The group has %1 members; %2 were asked for.").arg(actual.memberIds.size()).arg(askedCount));
        QStringList stillMissing;
        for (const QString& id : m_missingAsked) {
            if (!actual.memberIds.contains(id))
                stillMissing.append(id);
        }
        if (!stillMissing.isEmpty())
            descriptions.append(tr("Still not in the group (%1): %2")
                                    .arg(stillMissing.size())
                                    .arg(stillMissing.join(QStringLiteral(", "))));
    }
    for (const QString& description : descriptions)
        new QListWidgetItem(warning, description, m_ui->differencesListWidget);
    m_ui->differencesLabel->setVisible(!descriptions.isEmpty());
    m_ui->differencesListWidget->setVisible(!descriptions.isEmpty());
    m_ui->verifyStatusLabel->setText(
        descriptions.isEmpty()
            ? tr("The group in DingTalk is exactly as asked.")
            : tr("The group in DingTalk differs from what was asked in %1 ways.").arg(descriptions.size()));
    UiStyle::setTone(m_ui->verifyStatusLabel, descriptions.isEmpty() ? UiStyle::Tone::Normal : UiStyle::Tone::Error);
}

void VerifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QDialog::changeEvent(event);
}
