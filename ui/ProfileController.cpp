#include "ProfileController.h"

#include "ElidedLabel.h"
#include "ProfilesDialog.h"
#include "UiStyle.h"
#include "connections/KeychainSecretStore.h"
#include "connections/ProfileStore.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QWidget>

namespace {
ProfileController::SecretStoreFactory& factory()
{
    static ProfileController::SecretStoreFactory s_factory;
    return s_factory;
}
} // namespace

void ProfileController::setSecretStoreFactory(SecretStoreFactory secretStoreFactory)
{
    factory() = std::move(secretStoreFactory);
}

ProfileController::ProfileController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_store(new ProfileStore(QString(), this))
    , m_secrets(factory() ? factory()(this) : new KeychainSecretStore(SecretStore::serviceName(), this))
    , m_combo(new QComboBox(window))
    , m_sessionOnlyLabel(new ElidedLabel(window))
    , m_actions(new QActionGroup(this))
{
    m_store->setSecretStore(m_secrets);
    m_combo->setObjectName(QStringLiteral("connectionProfileComboBox"));
    // A long profile name must not widen the window: the drop-down shows the whole names.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(14);
    m_sessionOnlyLabel->setObjectName(QStringLiteral("secretsSessionOnlyLabel"));
    UiStyle::setTone(m_sessionOnlyLabel, UiStyle::Tone::Notice);
    m_sessionOnlyLabel->setWordWrap(false);

    connect(m_combo, &QComboBox::activated, this, [this](int index) { activate(m_combo->itemData(index).toString()); });
    connect(m_actions, &QActionGroup::triggered, this,
            [this](QAction* action) { activate(action->data().toString()); });
    connect(m_store, &ProfileStore::profilesChanged, this, [this] {
        rebuild();
        // The active profile was deleted (the store fell back to the sandbox): follow it.
        if (!m_session && !m_connectedId.isEmpty() && m_store->activeProfileId() != m_connectedId)
            connectActive();
    });
    connect(m_secrets, &SecretStore::persistenceChanged, this, &ProfileController::updateNotice);
    rebuild();
    updateNotice();
}

ProfileController::~ProfileController() = default;

void ProfileController::attachMenu(QMenu* menu, QAction* before)
{
    m_menu = menu;
    m_before = before;
    rebuild();
}

bool ProfileController::hasSavedChoice() const
{
    return QFile::exists(m_store->filePath());
}

void ProfileController::restore()
{
    if (hasSavedChoice())
        QTimer::singleShot(0, this, &ProfileController::connectActive);
}

void ProfileController::activate(const QString& id)
{
    if (!m_enabled || !m_store->setActiveProfileId(id))
        return;
    connectActive();
}

void ProfileController::noteSandboxChosen()
{
    ++m_generation;
    m_session = false;
    m_problem = nullptr;
    m_connectedId = ConnectionProfile::sandboxId();
    m_store->setActiveProfileId(m_connectedId);
    rebuild();
    emit stateChanged();
}

void ProfileController::noteSessionConnection()
{
    ++m_generation;
    m_session = true;
    m_problem = nullptr;
    m_connectedId.clear();
    rebuild();
    emit stateChanged();
}

void ProfileController::connectActive()
{
    const ConnectionProfile profile = m_store->activeProfile();
    const quint64 generation = ++m_generation;
    m_session = false;
    m_connectedId = profile.id;
    rebuild();
    if (profile.isSandbox) {
        m_problem = nullptr;
        emit stateChanged();
        emit sandboxRequested();
        return;
    }
    // Nothing may go to the previous connection while this one's secret is read.
    emit disconnectRequested();
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        m_problem = [profile] {
            return tr("%1 cannot connect: %2").arg(profile.name, profile.validate().value(0));
        };
        emit stateChanged();
        return;
    }
    m_problem = [name = profile.name] {
        return tr("Reading the AppSecret of %1…").arg(name);
    };
    emit stateChanged();
    m_secrets->read(profile.secretKey(), this, [this, profile, generation](const SecretResult& secret) {
        if (generation != m_generation)
            return; // another profile was chosen meanwhile
        if (!secret.ok()) {
            // The status and message only: the lambda must not keep a secret.
            m_problem = [name = profile.name, notFound = secret.status == SecretResult::Status::NotFound,
                         message = secret.message] {
                return notFound
                    ? tr("%1 has no AppSecret stored: enter it under Connection ▸ Manage Connections.").arg(name)
                    : tr("The AppSecret of %1 could not be read: %2").arg(name, message);
            };
            emit stateChanged();
            return;
        }
        auto finish = [this, profile, appSecret = secret.secret](const QString& proxyPassword) {
            m_problem = nullptr;
            emit connectRequested(profile.toConnectionSettings(appSecret, proxyPassword));
            emit stateChanged();
        };
        if (!profile.proxy.needsPassword()) {
            finish(QString());
            return;
        }
        m_secrets->read(profile.proxyPasswordKey(), this, [this, generation, finish](const SecretResult& password) {
            if (generation == m_generation)
                finish(password.ok() ? password.secret : QString());
        });
    });
}

QString ProfileController::activeName() const
{
    return m_session ? QString() : displayName(m_store->activeProfileId());
}

QString ProfileController::displayName(const QString& id) const
{
    if (id == ConnectionProfile::sandboxId())
        return tr("Sandbox (built-in DingTalk emulator)");
    const auto profile = m_store->profile(id);
    return profile ? profile->name : QString();
}

void ProfileController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_combo->setEnabled(enabled);
    m_actions->setEnabled(enabled);
}

ProfilesDialog* ProfileController::openDialog()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_store, m_secrets, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ProfilesDialog::useRequested, this, &ProfileController::activate);
        connect(m_dialog, &ProfilesDialog::profileSaved, this, [this](const QString& id) {
            // New values or a new (or forgotten) secret for the profile in use: connect again with them.
            if (!m_session && id == m_store->activeProfileId())
                connectActive();
        });
        m_dialog->selectProfile(m_store->activeProfileId());
        m_dialog->setProfileInUse(inUseId());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

ProfilesDialog* ProfileController::dialog() const
{
    return m_dialog;
}

void ProfileController::rebuild()
{
    const QList<ConnectionProfile> profiles = m_store->profiles();
    const QString active = inUseId();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const ConnectionProfile& profile : profiles)
            m_combo->addItem(displayName(profile.id), profile.id);
        m_combo->setPlaceholderText(m_session ? tr("One-off connection") : tr("Choose a connection"));
        m_combo->setCurrentIndex(active.isEmpty() ? -1 : m_combo->findData(active));
        m_combo->setToolTip(tr("The connection in use; choose another to switch"));
    }
    for (QAction* action : m_actions->actions()) {
        m_actions->removeAction(action);
        delete action;
    }
    for (const ConnectionProfile& profile : profiles) {
        auto* action = new QAction(displayName(profile.id), m_actions);
        action->setObjectName(QStringLiteral("profileAction"));
        action->setData(profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == active);
        action->setEnabled(m_enabled);
    }
    if (m_menu)
        m_menu->insertActions(m_before, m_actions->actions());
    if (m_dialog)
        m_dialog->setProfileInUse(active);
}

QString ProfileController::inUseId() const
{
    // Nothing is ticked before the user has chosen: the first launch is not connected anywhere; nor is a profile
    // while a one-off connection is used.
    return m_session || m_connectedId.isEmpty() ? QString() : m_store->activeProfileId();
}

void ProfileController::updateNotice()
{
    const bool sessionOnly = !m_secrets->isPersistent();
    m_sessionOnlyLabel->setText(sessionOnly ? m_secrets->sessionOnlyMessage() : QString());
    m_sessionOnlyLabel->setVisible(sessionOnly && !m_sessionOnlyLabel->text().isEmpty());
    emit stateChanged();
}

void ProfileController::retranslate()
{
    rebuild();
    updateNotice();
}
