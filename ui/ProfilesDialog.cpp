#include "ProfilesDialog.h"
#include "ui_ProfilesDialog.h"

#include "DingTalkEmulator.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "UiStyle.h"
#include "connections/ConnectionTester.h"
#include "connections/ProfileStore.h"
#include "connections/SecretStore.h"
#include "dingtalk/ServerAddress.h"

#include <QListWidgetItem>
#include <QPushButton>

ProfilesDialog::ProfilesDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    UiStyle::setTone(m_ui->problemsLabel, UiStyle::Tone::Error);
    UiStyle::setTone(m_ui->secretStatusLabel, UiStyle::Tone::Secondary);
    UiStyle::setTone(m_ui->sessionOnlyLabel, UiStyle::Tone::Notice);
    m_ui->testProgressBar->setMaximumWidth(120);
    m_ui->profilesListWidget->setMinimumWidth(m_ui->profilesListWidget->fontMetrics().averageCharWidth() * 36);
    fillCombos();

    for (QLineEdit* edit :
         { m_ui->nameLineEdit, m_ui->appKeyLineEdit, m_ui->appSecretLineEdit, m_ui->legacyUrlLineEdit,
           m_ui->v1UrlLineEdit, m_ui->proxyHostLineEdit, m_ui->proxyUserLineEdit, m_ui->proxyPasswordLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::markEdited);
    connect(m_ui->caCertificatePlainTextEdit, &QPlainTextEdit::textChanged, this, &ProfilesDialog::markEdited);
    for (QComboBox* combo : { m_ui->apiGenerationComboBox, m_ui->proxyModeComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfilesDialog::markEdited);
    for (QSpinBox* spin : { m_ui->timeoutSpinBox, m_ui->proxyPortSpinBox })
        connect(spin, &QSpinBox::valueChanged, this, &ProfilesDialog::markEdited);

    connect(m_ui->profilesListWidget, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filling && item)
            selectProfile(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->duplicateProfileButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProfilesDialog::revertProfile);
    connect(m_ui->forgetSecretButton, &QPushButton::clicked, this, &ProfilesDialog::forgetSecret);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &ProfilesDialog::cancelTest);
    connect(m_ui->chooseCaFileButton, &QPushButton::clicked, this, &ProfilesDialog::chooseCaFile);
    connect(m_ui->useProfileButton, &QPushButton::clicked, this, [this] {
        if (!m_isNew && !m_dirty)
            emit useRequested(m_currentId);
    });
    connect(m_tester, &ConnectionTester::finished, this, &ProfilesDialog::showTestResult);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::refreshList);
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ProfilesDialog::updateNotice);

    load(m_store->activeProfile(), false);
    updateNotice();
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::displayName(const ConnectionProfile& profile) const
{
    return profile.isSandbox ? tr("Sandbox (built-in DingTalk emulator)") : profile.name;
}

void ProfilesDialog::fillCombos()
{
    const QSignalBlocker generationBlocker(m_ui->apiGenerationComboBox);
    const QSignalBlocker proxyBlocker(m_ui->proxyModeComboBox);
    QComboBox* generation = m_ui->apiGenerationComboBox;
    const int currentGeneration = qMax(0, generation->currentIndex());
    generation->clear();
    generation->addItem(tr("Legacy API (oapi.dingtalk.com, chat/create)"), int(ApiGeneration::Legacy));
    generation->addItem(tr("Current API (api.dingtalk.com, v1.0)"), int(ApiGeneration::V1));
    generation->setCurrentIndex(currentGeneration);
    QComboBox* proxy = m_ui->proxyModeComboBox;
    const int currentProxy = qMax(0, proxy->currentIndex());
    proxy->clear();
    proxy->addItem(tr("The system's proxy settings"), int(ProxySettings::Mode::System));
    proxy->addItem(tr("No proxy (connect directly)"), int(ProxySettings::Mode::None));
    proxy->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    proxy->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    proxy->setCurrentIndex(currentProxy);
}

std::optional<ConnectionProfile> ProfilesDialog::storedProfile() const
{
    if (m_isNew || !m_store)
        return std::nullopt;
    return m_store->profile(m_currentId);
}

void ProfilesDialog::load(const ConnectionProfile& profile, bool isNew)
{
    cancelTest();
    m_filling = true;
    m_currentId = profile.id;
    m_isNew = isNew;
    m_ui->nameLineEdit->setText(isNew || !profile.isSandbox ? profile.name : displayName(profile));
    m_ui->apiGenerationComboBox->setCurrentIndex(m_ui->apiGenerationComboBox->findData(int(profile.generation)));
    m_ui->appKeyLineEdit->setText(profile.appKey);
    m_ui->appSecretLineEdit->clear();
    m_ui->legacyUrlLineEdit->setText(profile.legacyBaseUrl.toString());
    m_ui->v1UrlLineEdit->setText(profile.v1BaseUrl.toString());
    m_ui->timeoutSpinBox->setValue(profile.timeoutSeconds);
    m_ui->proxyModeComboBox->setCurrentIndex(m_ui->proxyModeComboBox->findData(int(profile.proxy.mode)));
    m_ui->proxyHostLineEdit->setText(profile.proxy.host);
    m_ui->proxyPortSpinBox->setValue(profile.proxy.port);
    m_ui->proxyUserLineEdit->setText(profile.proxy.user);
    m_ui->proxyPasswordLineEdit->clear();
    m_ui->caCertificatePlainTextEdit->setPlainText(profile.caCertificate);
    m_filling = false;
    m_dirty = isNew;
    m_hasResult = false;
    m_saveMessage.clear();
    refreshList();
    refreshSecretState();
    updateState();
}

void ProfilesDialog::refreshList()
{
    if (!m_store)
        return;
    m_filling = true;
    QListWidget* list = m_ui->profilesListWidget;
    list->clear();
    for (const ConnectionProfile& profile : m_store->profiles()) {
        QString text = displayName(profile);
        if (profile.id == m_inUseId)
            text = tr("%1 (in use)").arg(text);
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, profile.id);
        if (!m_isNew && profile.id == m_currentId)
            list->setCurrentItem(item);
    }
    if (m_isNew) {
        auto* item = new QListWidgetItem(tr("New connection (not saved)"), list);
        item->setData(Qt::UserRole, QString());
        list->setCurrentItem(item);
    }
    m_filling = false;
}

void ProfilesDialog::setProfileInUse(const QString& id)
{
    if (id == m_inUseId)
        return;
    m_inUseId = id;
    refreshList();
}

void ProfilesDialog::refreshSecretState()
{
    const quint64 ticket = ++m_readTicket;
    const std::optional<ConnectionProfile> stored = storedProfile();
    if (!stored || stored->isSandbox || stored->appKey.isEmpty() || !m_secrets) {
        m_secretState = SecretState::Missing;
        updateSecretStatus();
        return;
    }
    m_secretState = SecretState::Unknown;
    updateSecretStatus();
    // Only whether one is there: the value itself is dropped at once.
    m_secrets->read(stored->secretKey(), this, [this, ticket](const SecretResult& result) {
        if (ticket != m_readTicket)
            return;
        m_secretState = result.ok() ? SecretState::Stored : SecretState::Missing;
        updateSecretStatus();
        updateState();
    });
}

void ProfilesDialog::selectProfile(const QString& id)
{
    if (!m_store || (!m_isNew && id == m_currentId)) {
        refreshList();
        return;
    }
    if (id.isEmpty() && m_isNew)
        return;
    if (!confirmLeavingEdits()) {
        refreshList(); // back to the profile being edited
        return;
    }
    if (const auto profile = m_store->profile(id))
        load(*profile, false);
}

bool ProfilesDialog::confirmLeavingEdits()
{
    if (!m_dirty)
        return true;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to \"%1\"?").arg(m_ui->nameLineEdit->text()),
        { { QMessageBox::Save, QString() }, { QMessageBox::Discard, QString() }, { QMessageBox::Cancel, QString() } });
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (!problems().isEmpty())
            return false;
        saveProfile();
    }
    return true;
}

ConnectionProfile ProfilesDialog::editedProfile() const
{
    ConnectionProfile profile = storedProfile().value_or(ConnectionProfile());
    profile.generation = ApiGeneration(m_ui->apiGenerationComboBox->currentData().toInt());
    profile.timeoutSeconds = m_ui->timeoutSpinBox->value();
    if (profile.isSandbox)
        return profile; // only those two change; the rest comes from the emulator
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.appKey = m_ui->appKeyLineEdit->text().trimmed();
    profile.legacyBaseUrl = ServerAddress::parse(m_ui->legacyUrlLineEdit->text());
    profile.v1BaseUrl = ServerAddress::parse(m_ui->v1UrlLineEdit->text());
    profile.proxy.mode = ProxySettings::Mode(m_ui->proxyModeComboBox->currentData().toInt());
    const bool ownProxy
        = profile.proxy.mode == ProxySettings::Mode::Http || profile.proxy.mode == ProxySettings::Mode::Socks5;
    profile.proxy.host = ownProxy ? m_ui->proxyHostLineEdit->text().trimmed() : QString();
    profile.proxy.port = ownProxy ? quint16(m_ui->proxyPortSpinBox->value()) : 0;
    profile.proxy.user = ownProxy ? m_ui->proxyUserLineEdit->text().trimmed() : QString();
    profile.caCertificate = m_ui->caCertificatePlainTextEdit->toPlainText().trimmed();
    return profile;
}

QStringList ProfilesDialog::problems() const
{
    const ConnectionProfile profile = editedProfile();
    if (profile.isSandbox)
        return {}; // its address is the emulator's, its name fixed
    QStringList problems = profile.validate();
    const std::optional<ConnectionProfile> stored = storedProfile();
    // The secret is filed under the app key: a new profile or a new key needs it typed.
    const bool needsSecret = !stored || stored->appKey != profile.appKey || m_secretState == SecretState::Missing;
    if (needsSecret && m_ui->appSecretLineEdit->text().trimmed().isEmpty())
        problems.append(tr("Enter the AppSecret from the app's page in the DingTalk developer console."));
    return problems;
}

void ProfilesDialog::markEdited()
{
    if (m_filling)
        return;
    m_dirty = true;
    m_saveMessage.clear();
    updateState();
}

void ProfilesDialog::updateState()
{
    const ConnectionProfile profile = editedProfile();
    const bool sandbox = profile.isSandbox;
    const bool ownProxy
        = profile.proxy.mode == ProxySettings::Mode::Http || profile.proxy.mode == ProxySettings::Mode::Socks5;
    for (QWidget* widget :
         { static_cast<QWidget*>(m_ui->nameLineEdit), static_cast<QWidget*>(m_ui->appKeyLineEdit),
           static_cast<QWidget*>(m_ui->appSecretLineEdit), static_cast<QWidget*>(m_ui->legacyUrlLineEdit),
           static_cast<QWidget*>(m_ui->v1UrlLineEdit), static_cast<QWidget*>(m_ui->proxyModeComboBox),
           static_cast<QWidget*>(m_ui->caCertificatePlainTextEdit), static_cast<QWidget*>(m_ui->chooseCaFileButton) })
        widget->setEnabled(!sandbox && !m_testing);
    for (QWidget* widget :
         { static_cast<QWidget*>(m_ui->proxyHostLineEdit), static_cast<QWidget*>(m_ui->proxyPortSpinBox),
           static_cast<QWidget*>(m_ui->proxyUserLineEdit) })
        widget->setEnabled(!sandbox && ownProxy && !m_testing);
    m_ui->proxyPasswordLineEdit->setEnabled(!sandbox && profile.proxy.needsPassword() && !m_testing);

    const QStringList problems = this->problems();
    // Complaints appear once the user works on the profile, so a freshly opened one does not look broken.
    const bool showProblems = m_dirty && !problems.isEmpty();
    m_ui->problemsLabel->setText(showProblems ? problems.join(QLatin1Char('\n')) : QString());
    m_ui->problemsLabel->setVisible(showProblems);

    const bool sandboxRunning = !sandbox || !profile.legacyBaseUrl.isEmpty();
    m_ui->saveProfileButton->setEnabled(m_dirty && problems.isEmpty() && !m_testing);
    m_ui->revertButton->setEnabled(m_dirty && !m_testing);
    m_ui->testConnectionButton->setEnabled(!m_testing && sandboxRunning && profile.validate().isEmpty());
    m_ui->testConnectionButton->setToolTip(
        sandboxRunning ? tr("Try the values above (saved or not) against DingTalk; nothing is created")
                       : tr("Start the sandbox first (Connection ▸ Use the Sandbox)"));
    m_ui->cancelTestButton->setVisible(m_testing);
    m_ui->testProgressBar->setVisible(m_testing);
    m_ui->removeProfileButton->setEnabled(!m_isNew && !sandbox && !m_testing);
    m_ui->removeProfileButton->setToolTip(sandbox ? tr("The built-in sandbox cannot be deleted") : QString());
    m_ui->duplicateProfileButton->setEnabled(!m_isNew && !m_testing);
    m_ui->addProfileButton->setEnabled(!m_testing);
    m_ui->useProfileButton->setEnabled(!m_isNew && !m_dirty && !m_testing);
    m_ui->forgetSecretButton->setEnabled(!sandbox && m_secretState == SecretState::Stored && !m_testing);
    m_ui->appSecretLineEdit->setPlaceholderText(m_secretState == SecretState::Stored ? tr("Stored; type to replace")
                                                                                     : tr("Required"));

    QString result;
    if (m_testing) {
        result = tr("Testing the connection…");
        UiStyle::setTone(m_ui->testResultLabel, UiStyle::Tone::Secondary);
    } else if (m_hasResult) {
        result = m_result.text();
        UiStyle::setTone(m_ui->testResultLabel, m_result.ok() ? UiStyle::Tone::Notice : UiStyle::Tone::Error);
    } else if (!m_saveMessage.isEmpty()) {
        result = m_saveMessage;
        UiStyle::setTone(m_ui->testResultLabel, UiStyle::Tone::Notice);
    }
    m_ui->testResultLabel->setText(result);
    m_ui->testResultLabel->setVisible(!result.isEmpty());
}

void ProfilesDialog::updateSecretStatus()
{
    QString text;
    const std::optional<ConnectionProfile> stored = storedProfile();
    if (stored && stored->isSandbox) {
        text = tr("The sandbox needs no secret.");
    } else {
        switch (m_secretState) {
        case SecretState::Unknown:
            text = tr("Looking in the keychain…");
            break;
        case SecretState::Stored:
            text = m_secrets && m_secrets->isPersistent() ? tr("The AppSecret is stored in the system keychain.")
                                                          : tr("The AppSecret is kept for this session only.");
            break;
        case SecretState::Missing:
            text = tr("No AppSecret is stored for this connection.");
            break;
        }
    }
    m_ui->secretStatusLabel->setText(text);
    updateState();
}

void ProfilesDialog::updateNotice()
{
    const QString message = m_secrets && !m_secrets->isPersistent() ? m_secrets->sessionOnlyMessage() : QString();
    m_ui->sessionOnlyLabel->setText(message);
    m_ui->sessionOnlyLabel->setVisible(!message.isEmpty());
    updateSecretStatus();
}

void ProfilesDialog::addProfile()
{
    if (!confirmLeavingEdits())
        return;
    ConnectionProfile profile;
    profile.name = tr("New connection");
    load(profile, true);
    m_ui->editorTabWidget->setCurrentWidget(m_ui->generalTab);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_isNew || !m_store || !confirmLeavingEdits())
        return;
    const std::optional<ConnectionProfile> original = m_store->profile(m_currentId);
    const std::optional<ConnectionProfile> copy = m_store->duplicate(m_currentId);
    if (!original || !copy)
        return;
    load(*copy, false);
    if (original->isSandbox || !m_secrets)
        return;
    // The store copies no secret: carry the AppSecret over, so the copy works as the original does.
    const QString copyId = copy->id;
    const QString copyKey = copy->secretKey();
    m_secrets->read(original->secretKey(), this, [this, copyId, copyKey](const SecretResult& secret) {
        if (!secret.ok() || !m_secrets)
            return;
        m_secrets->write(copyKey, secret.secret, this, [this, copyId](const SecretResult&) {
            if (m_currentId == copyId)
                refreshSecretState();
        });
    });
}

void ProfilesDialog::removeProfile()
{
    const std::optional<ConnectionProfile> stored = storedProfile();
    if (!stored || stored->isSandbox)
        return;
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Delete connection"), tr("Delete the connection \"%1\" and forget its secret?").arg(stored->name),
        { { QMessageBox::Yes, tr("Delete") }, { QMessageBox::Cancel, QString() } });
    if (answer != QMessageBox::Yes)
        return;
    m_dirty = false;
    m_store->remove(stored->id);
    load(m_store->activeProfile(), false);
}

void ProfilesDialog::saveProfile()
{
    if (!m_store || !m_dirty || !problems().isEmpty())
        return;
    ConnectionProfile profile = editedProfile();
    const QString secret = m_ui->appSecretLineEdit->text().trimmed();
    const QString proxyPassword = m_ui->proxyPasswordLineEdit->text();
    if (m_isNew)
        profile = m_store->add(profile);
    else
        m_store->update(profile);
    if (!m_store->lastError().isEmpty())
        m_saveMessage = m_store->lastError();
    else
        m_saveMessage = tr("Saved.");
    m_currentId = profile.id;
    m_isNew = false;
    m_dirty = false;
    // The secrets leave the fields: from now on they live in the store alone.
    m_filling = true;
    m_ui->appSecretLineEdit->clear();
    m_ui->proxyPasswordLineEdit->clear();
    m_filling = false;
    refreshList();

    const QString id = profile.id;
    auto written = [this, id](const SecretResult& result) {
        if (!result.ok())
            m_saveMessage = result.message;
        if (--m_pendingWrites == 0) {
            refreshSecretState();
            updateState();
            emit profileSaved(id);
        }
    };
    m_pendingWrites = 1; // released below, so the signal comes after every write
    if (!profile.isSandbox && !secret.isEmpty() && m_secrets) {
        ++m_pendingWrites;
        m_secrets->write(profile.secretKey(), secret, this, written);
    }
    if (profile.proxy.needsPassword() && !proxyPassword.isEmpty() && m_secrets) {
        ++m_pendingWrites;
        m_secrets->write(profile.proxyPasswordKey(), proxyPassword, this, written);
    }
    written(SecretResult());
}

void ProfilesDialog::revertProfile()
{
    m_dirty = false;
    if (const std::optional<ConnectionProfile> stored = storedProfile())
        load(*stored, false);
    else if (m_store)
        load(m_store->activeProfile(), false);
}

void ProfilesDialog::forgetSecret()
{
    const std::optional<ConnectionProfile> stored = storedProfile();
    if (!stored || stored->isSandbox || !m_secrets)
        return;
    const QString id = stored->id;
    m_secrets->remove(stored->secretKey(), this, [this, id](const SecretResult& result) {
        m_saveMessage = result.ok() ? tr("The AppSecret has been forgotten.") : result.message;
        if (m_currentId == id)
            refreshSecretState();
        updateState();
        emit profileSaved(id);
    });
}

void ProfilesDialog::testConnection()
{
    const ConnectionProfile profile = editedProfile();
    if (m_testing || !profile.validate().isEmpty())
        return;
    m_testing = true;
    m_hasResult = false;
    m_saveMessage.clear();
    updateState();
    const quint64 ticket = ++m_testTicket;
    if (profile.isSandbox) {
        startTest(profile, DingTalkEmulator::demoAppSecret(), QString());
        return;
    }
    const std::optional<ConnectionProfile> stored = storedProfile();
    const QString typedSecret = m_ui->appSecretLineEdit->text().trimmed();
    const QString typedProxyPassword = m_ui->proxyPasswordLineEdit->text();
    // An empty field means "the stored one", as long as it is filed under the same key.
    const bool useStoredSecret = typedSecret.isEmpty() && stored && stored->secretKey() == profile.secretKey();
    const bool useStoredPassword = typedProxyPassword.isEmpty() && profile.proxy.needsPassword() && stored
        && stored->proxyPasswordKey() == profile.proxyPasswordKey();
    auto withPassword = [this, ticket, profile, useStoredPassword, typedProxyPassword](const QString& secret) {
        if (!useStoredPassword || !m_secrets) {
            startTest(profile, secret, typedProxyPassword);
            return;
        }
        m_secrets->read(profile.proxyPasswordKey(), this, [this, ticket, profile, secret](const SecretResult& pw) {
            if (ticket == m_testTicket && m_testing)
                startTest(profile, secret, pw.secret);
        });
    };
    if (!useStoredSecret || !m_secrets) {
        withPassword(typedSecret);
        return;
    }
    m_secrets->read(profile.secretKey(), this, [this, ticket, withPassword](const SecretResult& secret) {
        if (ticket == m_testTicket && m_testing)
            withPassword(secret.secret);
    });
}

void ProfilesDialog::startTest(const ConnectionProfile& profile, const QString& secret, const QString& proxyPassword)
{
    m_tester->start(profile.toConnectionSettings(secret, proxyPassword));
}

void ProfilesDialog::cancelTest()
{
    if (!m_testing)
        return;
    ++m_testTicket;
    if (m_tester->isRunning()) {
        m_tester->cancel(); // finished(Cancelled) follows
        return;
    }
    // Still reading the secret: nothing was sent.
    showTestResult(ConnectionTestResult::make(ConnectionTestResult::Outcome::Cancelled));
}

void ProfilesDialog::showTestResult(const ConnectionTestResult& result)
{
    if (!m_testing)
        return;
    m_testing = false;
    m_hasResult = true;
    m_result = result;
    updateState();
    emit testFinished(result);
}

void ProfilesDialog::chooseCaFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Choose the company's CA certificate"),
                                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
                                                     FileDialog::StartIn::QtDefault);
    if (!path.isEmpty())
        m_ui->caCertificatePlainTextEdit->setPlainText(path);
}

void ProfilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool filling = std::exchange(m_filling, true);
        m_ui->retranslateUi(this);
        fillCombos();
        m_filling = filling;
        refreshList();
        updateNotice();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::reject()
{
    // Close, Escape and the title bar's button all end here.
    if (!confirmLeavingEdits())
        return;
    cancelTest();
    QDialog::reject();
}
