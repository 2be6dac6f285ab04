#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "UiStyle.h"
#include "connections/ConnectionTester.h"
#include "dingtalk/ServerAddress.h"

#include <QPushButton>

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_tester(new ConnectionTester(this))
    , m_connectAnywayButton(new QPushButton(this))
{
    m_ui->setupUi(this);
    m_connectAnywayButton->setObjectName(QStringLiteral("connectAnywayButton"));
    m_ui->buttonBox->addButton(m_connectAnywayButton, QDialogButtonBox::ActionRole);
    connect(m_connectAnywayButton, &QPushButton::clicked, this, [this] {
        if (mayConnectUntested())
            QDialog::accept();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    m_ui->testResultLabel->hide();
    UiStyle::setTone(m_ui->connectionErrorLabel, UiStyle::Tone::Error);
    UiStyle::setTone(m_ui->memoryOnlyLabel, UiStyle::Tone::Secondary);
    m_ui->timeoutSpinBox->setMaximumWidth(m_ui->timeoutSpinBox->sizeHint().width() * 2);
    for (QLineEdit* edit :
         { m_ui->appKeyLineEdit, m_ui->appSecretLineEdit, m_ui->accessTokenLineEdit, m_ui->serverLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_edited = true;
            forgetTest();
        });
    }
    connect(m_ui->appKeyRadioButton, &QRadioButton::toggled, this, &ConnectionDialog::forgetTest);
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, this, &ConnectionDialog::forgetTest);
    fillApiGenerations();
    connect(m_ui->apiGenerationComboBox, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onGenerationChanged);
    updateState();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setSettings(const ConnectionSettings& settings)
{
    m_ui->appKeyLineEdit->setText(settings.appKey);
    m_ui->appSecretLineEdit->setText(settings.appSecret);
    m_ui->accessTokenLineEdit->setText(settings.accessToken);
    const bool v1 = settings.generation == ApiGeneration::V1;
    m_ui->apiGenerationComboBox->setCurrentIndex(m_ui->apiGenerationComboBox->findData(int(settings.generation)));
    m_shownGeneration = settings.generation;
    m_ui->serverLineEdit->setText((v1 ? settings.v1BaseUrl : settings.legacyBaseUrl).toString());
    m_ui->timeoutSpinBox->setValue(settings.timeoutSeconds);
    (settings.usesPastedToken() ? m_ui->accessTokenRadioButton : m_ui->appKeyRadioButton)->setChecked(true);
    updateState();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.generation = generation();
    const QUrl server = ServerAddress::parse(m_ui->serverLineEdit->text());
    // DingTalk's own hosts keep their defaults; any other server (a proxy, the emulator) serves both generations.
    const QUrl defaultServer = settings.generation == ApiGeneration::V1 ? ConnectionSettings::defaultV1BaseUrl()
                                                                        : ConnectionSettings::defaultLegacyBaseUrl();
    if (server != defaultServer)
        settings.setServer(server);
    settings.timeoutSeconds = m_ui->timeoutSpinBox->value();
    if (m_ui->accessTokenRadioButton->isChecked()) {
        settings.accessToken = m_ui->accessTokenLineEdit->text().trimmed();
    } else {
        settings.appKey = m_ui->appKeyLineEdit->text().trimmed();
        settings.appSecret = m_ui->appSecretLineEdit->text().trimmed();
    }
    return settings;
}

bool ConnectionDialog::isTesting() const
{
    return m_tester->isRunning();
}

void ConnectionDialog::accept()
{
    if (!isInputValid()) {
        m_edited = true;
        updateState();
        return;
    }
    if (isTesting())
        return;
    if (m_result && m_result->ok()) {
        QDialog::accept();
        return;
    }
    m_result.reset();
    m_tester->start(settings());
    updateState();
}

void ConnectionDialog::reject()
{
    m_tester->cancel();
    QDialog::reject();
}

void ConnectionDialog::forgetTest()
{
    m_tester->cancel();
    m_result.reset();
    updateState();
}

void ConnectionDialog::onTestFinished(const ConnectionTestResult& result)
{
    // A cancel comes from an edit or from closing: nothing to show then.
    if (result.outcome == ConnectionTestResult::Outcome::Cancelled)
        return;
    m_result = result;
    updateState();
    if (m_result->ok())
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

bool ConnectionDialog::mayConnectUntested() const
{
    // The network, a proxy or a missing permission may be fixed later or elsewhere; refused credentials cannot work.
    return m_result && !m_result->ok() && !m_result->credentialsRefused()
        && m_result->outcome != ConnectionTestResult::Outcome::InsecureUrl;
}

void ConnectionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillApiGenerations();
        updateState();
    }
    QDialog::changeEvent(event);
}

void ConnectionDialog::fillApiGenerations()
{
    QComboBox* combo = m_ui->apiGenerationComboBox;
    const QSignalBlocker blocker(combo);
    const int current = combo->currentIndex() < 0 ? 0 : combo->currentIndex();
    combo->clear();
    combo->addItem(tr("Legacy API (oapi.dingtalk.com, chat/create)"), int(ApiGeneration::Legacy));
    combo->addItem(tr("Current API (api.dingtalk.com, v1.0)"), int(ApiGeneration::V1));
    combo->setCurrentIndex(current);
}

ApiGeneration ConnectionDialog::generation() const
{
    return ApiGeneration(m_ui->apiGenerationComboBox->currentData().toInt());
}

void ConnectionDialog::onGenerationChanged()
{
    // Follow the generation's own host, unless the user typed a server of their own.
    const QUrl shownDefault = m_shownGeneration == ApiGeneration::V1 ? ConnectionSettings::defaultV1BaseUrl()
                                                                     : ConnectionSettings::defaultLegacyBaseUrl();
    m_shownGeneration = generation();
    if (ServerAddress::parse(m_ui->serverLineEdit->text()) == shownDefault)
        m_ui->serverLineEdit->setText((m_shownGeneration == ApiGeneration::V1
                                           ? ConnectionSettings::defaultV1BaseUrl()
                                           : ConnectionSettings::defaultLegacyBaseUrl())
                                          .toString());
    updateState();
}

QString ConnectionDialog::problem() const
{
    if (m_ui->accessTokenRadioButton->isChecked()) {
        if (m_ui->accessTokenLineEdit->text().trimmed().isEmpty())
            return tr("Paste the access token.");
    } else {
        if (m_ui->appKeyLineEdit->text().trimmed().isEmpty())
            return tr("Enter the AppKey.");
        if (m_ui->appSecretLineEdit->text().trimmed().isEmpty())
            return tr("Enter the AppSecret.");
    }
    const QUrl server = ServerAddress::parse(m_ui->serverLineEdit->text());
    if (server.isEmpty())
        return tr("Enter the server address, such as https://oapi.dingtalk.com.");
    if (!ServerAddress::isAllowed(server))
        return tr("The address must start with https:// (plain http is only allowed to this computer).");
    return QString();
}

void ConnectionDialog::updateState()
{
    const bool useToken = m_ui->accessTokenRadioButton->isChecked();
    m_ui->appKeyLineEdit->setEnabled(!useToken);
    m_ui->appSecretLineEdit->setEnabled(!useToken);
    m_ui->accessTokenLineEdit->setEnabled(useToken);
    const QString problem = this->problem();
    // Hints appear once the user has typed, so an empty dialog does not open full of complaints.
    m_ui->connectionErrorLabel->setText(m_edited ? problem : QString());
    m_ui->connectionErrorLabel->setVisible(m_edited && !problem.isEmpty());
    const bool testing = isTesting();
    const bool passed = m_result && m_result->ok();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(passed ? tr("&Use This Connection") : tr("&Connect"));
    ok->setToolTip(passed ? QString() : tr("Tests the connection first; nothing is created or changed in DingTalk"));
    ok->setEnabled(problem.isEmpty() && !testing);
    m_connectAnywayButton->setText(tr("Connect A&nyway"));
    m_connectAnywayButton->setToolTip(
        tr("Use these credentials although the test did not pass: creating groups may fail in the same way"));
    m_connectAnywayButton->setVisible(mayConnectUntested());

    QString text;
    if (testing)
        text = tr("Testing the connection…");
    else if (m_result)
        text = m_result->text();
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setVisible(!text.isEmpty());
    UiStyle::setTone(m_ui->testResultLabel,
                     testing || !m_result ? UiStyle::Tone::Secondary
                         : passed         ? UiStyle::Tone::Notice
                                          : UiStyle::Tone::Error);
}
