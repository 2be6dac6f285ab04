#pragma once

#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

/**
 * The user's connection profiles and which one is active, kept in an INI file readable by the user alone (0600).
 * The file never holds a secret: AppSecrets and proxy passwords go to the SecretStore.
 *
 * The built-in sandbox profile is always present (id ConnectionProfile::sandboxId()), cannot be deleted, and gets
 * its URLs and app key at run time from the emulator (setSandboxServer()). Every change is saved at once.
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    /** Reads the profiles from `filePath`, or from defaultFilePath() when it is empty. */
    explicit ProfileStore(const QString& filePath = QString(), QObject* parent = nullptr);
    ~ProfileStore() override;

    /** connections.ini in AppIdentity::configFolder(). */
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /** Every profile, the sandbox first, then in the order they were added. */
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString& id) const;
    ConnectionProfile sandboxProfile() const;

    /** Stores a new profile under a new id (any id in `profile` is replaced); returns it as stored. */
    ConnectionProfile add(ConnectionProfile profile);
    /**
     * Replaces the stored profile with the same id. For the sandbox only the API generation and the timeout change.
     * When the app key or proxy user changes, the secrets filed under the old keys are forgotten.
     * False when there is no such profile.
     */
    bool update(const ConnectionProfile& profile);
    /** A copy of the profile under a new id and name ("X (copy)"), never a sandbox; its secrets are not copied. */
    std::optional<ConnectionProfile> duplicate(const QString& id);
    /** Deletes a profile and forgets its secrets. The sandbox cannot be deleted: false. */
    bool remove(const QString& id);

    /** The profile in use, remembered across runs; the sandbox when none was chosen. */
    QString activeProfileId() const { return m_activeId; }
    ConnectionProfile activeProfile() const;
    bool setActiveProfileId(const QString& id);

    /** Points the sandbox profile at the running emulator (not saved: the port changes from run to run). */
    void setSandboxServer(const QUrl& baseUrl, const QString& appKey);

    /** Where remove() and update() forget secrets; none by default. The store is not owned. */
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }

    /** Reads the file again, dropping unsaved state. A broken file gives the defaults and lastError(). */
    void reload();
    /** Writes every profile; false and lastError() when the file cannot be written. */
    bool save();
    /** The last load or save problem, for the user; empty when there was none. */
    QString lastError() const { return m_lastError; }

signals:
    void profilesChanged();
    void activeProfileChanged(const QString& id);

private:
    int indexOf(const QString& id) const;
    void forgetSecret(const QString& key);
    static ConnectionProfile defaultSandbox();

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QString m_activeId;
    QPointer<SecretStore> m_secrets;
    QString m_lastError;
};
