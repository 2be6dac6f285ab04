#pragma once

#include "connections/ProfileStore.h"
#include "connections/SecretStore.h" // before ProfileStore.h, which needs it complete
#include "dingtalk/ConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ProfilesDialog;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QWidget;

/**
 * The window's side of connection profiles: which one is active, the Connection menu entries and the status-bar
 * combo that switch between them, and the notice when secrets are kept for this session only. Activating a profile
 * reads its AppSecret (and proxy password) from the secret store asynchronously and only then asks the window to
 * connect; the built-in sandbox is asked for through sandboxRequested().
 */
class ProfileController : public QObject
{
    Q_OBJECT

public:
    using SecretStoreFactory = std::function<SecretStore*(QObject* parent)>;
    /** Tests: how every later window makes its secret store (default: the OS keychain). Empty: the default. */
    static void setSecretStoreFactory(SecretStoreFactory factory);

    explicit ProfileController(QWidget* window);
    ~ProfileController() override;

    ProfileStore* store() const { return m_store; }
    SecretStore* secrets() const { return m_secrets; }

    /** Puts one checkable action per profile into `menu`, above `before`. */
    void attachMenu(QMenu* menu, QAction* before);
    /** The combo for the status bar ("connectionProfileComboBox"). */
    QComboBox* comboBox() const { return m_combo; }
    /** The notice shown while secrets are kept for this session only ("secretsSessionOnlyLabel"). */
    QLabel* sessionOnlyLabel() const { return m_sessionOnlyLabel; }

    /** Connects to the remembered profile, if the user ever saved a choice; else stays quiet (first launch). */
    void restore();
    bool hasSavedChoice() const;
    /** Makes `id` active (remembered) and connects to it. */
    void activate(const QString& id);
    /** The sandbox was chosen elsewhere (menu, first-launch question): remember it. */
    void noteSandboxChosen();
    /** A one-off connection from the connect dialog is in use: no profile is, for this session. */
    void noteSessionConnection();

    /** The active profile's name for the status line; empty for a one-off connection. */
    QString activeName() const;
    /** While connecting fails or waits, what the status line says instead; empty otherwise. */
    QString problem() const { return m_problem ? m_problem() : QString(); }
    /** Locks switching (a create is running). */
    void setEnabled(bool enabled);
    /** Opens the non-modal "Manage connections" dialog (or raises it). */
    ProfilesDialog* openDialog();
    /** The dialog while it is open, else null. */
    ProfilesDialog* dialog() const;
    void retranslate();

signals:
    /** The active profile is the sandbox: start it (or use it). */
    void sandboxRequested();
    /** The active profile's secrets are in hand: connect with these settings. */
    void connectRequested(const ConnectionSettings& settings);
    /** Drop the current connection: another profile is being connected (nothing may go to the old one). */
    void disconnectRequested();
    /** problem(), the active profile or the notice changed. */
    void stateChanged();

private:
    void rebuild();
    void updateNotice();
    void connectActive();
    QString displayName(const QString& id) const;
    /** The profile the window is connected (or connecting) to; empty for a one-off connection or none. */
    QString inUseId() const;

    QPointer<QWidget> m_window;
    ProfileStore* m_store;
    SecretStore* m_secrets;
    QComboBox* m_combo;
    QLabel* m_sessionOnlyLabel;
    QActionGroup* m_actions;
    QPointer<QMenu> m_menu;
    QPointer<QAction> m_before;
    QPointer<ProfilesDialog> m_dialog;
    // Made in the current language each time it is read: a switch of language leaves no old sentence behind.
    std::function<QString()> m_problem;
    QString m_connectedId; // the profile last connected (or being connected); empty for a one-off connection
    bool m_session = false;
    bool m_enabled = true;
    quint64 m_generation = 0; // bumps on every activation: late secret reads for an older one are dropped
};
