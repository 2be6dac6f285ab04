#pragma once

#include "connections/ConnectionProfile.h"
#include "connections/ConnectionTestResult.h"

#include <QDialog>
#include <QPointer>
#include <memory>
#include <optional>

namespace Ui {
class ProfilesDialog;
}

class ConnectionTester;
class ProfileStore;
class SecretStore;

/**
 * "Manage connections": create, edit, duplicate and delete connection profiles, checked as the user types, and
 * test the edited values before saving them. The AppSecret and the proxy password go to the secret store on Save
 * and are never shown again: their fields stay empty (meaning "keep the stored one") until the user types a new one.
 */
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    ProfilesDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    /** Shows this profile in the editor (asks first about unsaved changes). */
    void selectProfile(const QString& id);
    /** The profile in the editor; empty while a new one is not yet saved. */
    QString currentProfileId() const { return m_isNew ? QString() : m_currentId; }
    /** The profile as the fields describe it now (unsaved). */
    ConnectionProfile editedProfile() const;
    /** Every problem that stops saving, in the user's words; empty when Save may go ahead. */
    QStringList problems() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isTesting() const { return m_testing; }
    /**
     * The profile the window uses (or is connecting to), marked "(in use)" in the list; empty: none is (a one-off
     * connection, or none chosen yet). The window's controller keeps it current.
     */
    void setProfileInUse(const QString& id);

public slots:
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    /** Stores the edited profile and its typed secrets; profileSaved() follows once the secrets are stored. */
    void saveProfile();
    void revertProfile();
    void forgetSecret();
    void testConnection();
    void cancelTest();
    void reject() override;

signals:
    /** The profile (and any secret typed for it) has been stored, or its secret forgotten. */
    void profileSaved(const QString& id);
    /** "Use This Connection" for a saved profile. */
    void useRequested(const QString& id);
    void testFinished(const ConnectionTestResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class SecretState
    {
        Unknown,
        Stored,
        Missing
    };

    void load(const ConnectionProfile& profile, bool isNew);
    std::optional<ConnectionProfile> storedProfile() const;
    bool confirmLeavingEdits();
    void refreshList();
    void refreshSecretState();
    void fillCombos();
    void markEdited();
    void updateState();
    void updateSecretStatus();
    void updateNotice();
    void chooseCaFile();
    void startTest(const ConnectionProfile& profile, const QString& secret, const QString& proxyPassword);
    void showTestResult(const ConnectionTestResult& result);
    QString displayName(const ConnectionProfile& profile) const;

    const std::unique_ptr<Ui::ProfilesDialog> m_ui;
    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    ConnectionTester* m_tester;
    QString m_currentId;
    QString m_inUseId;
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_testing = false;
    bool m_hasResult = false;
    ConnectionTestResult m_result;
    SecretState m_secretState = SecretState::Unknown;
    quint64 m_readTicket = 0; // secret reads for an earlier selection or test are dropped
    quint64 m_testTicket = 0;
    int m_pendingWrites = 0;
    QString m_saveMessage;
};
