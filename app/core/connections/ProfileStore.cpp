#include "ProfileStore.h"

#include "SecretStore.h"
#include "config/AppIdentity.h"
#include "files/OwnerOnlyFile.h"
#include "files/SettingsFile.h"

#include <QSet>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {
constexpr int kFormatVersion = 1;
const QString kProfiles = QStringLiteral("profiles");

QString generationName(ApiGeneration generation)
{
    return generation == ApiGeneration::V1 ? QStringLiteral("v1.0") : QStringLiteral("oapi");
}

ApiGeneration generationFromName(const QString& name)
{
    return name == QLatin1String("v1.0") ? ApiGeneration::V1 : ApiGeneration::Legacy;
}
} // namespace

ProfileStore::ProfileStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    reload();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    return AppIdentity::configFolder() + QStringLiteral("/connections.ini");
}

ConnectionProfile ProfileStore::defaultSandbox()
{
    ConnectionProfile sandbox;
    sandbox.id = ConnectionProfile::sandboxId();
    sandbox.name = tr("Sandbox (built-in DingTalk emulator)");
    sandbox.isSandbox = true;
    sandbox.legacyBaseUrl = QUrl();
    sandbox.v1BaseUrl = QUrl();
    sandbox.timeoutSeconds = 10;
    return sandbox;
}

void ProfileStore::reload()
{
    m_lastError.clear();
    ConnectionProfile sandbox = defaultSandbox();
    if (const auto old = profile(ConnectionProfile::sandboxId())) {
        // Run-time fields survive a reload.
        sandbox.legacyBaseUrl = old->legacyBaseUrl;
        sandbox.v1BaseUrl = old->v1BaseUrl;
        sandbox.appKey = old->appKey;
    }
    m_profiles.clear();

    QSettings settings(m_filePath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        m_lastError = tr("The connection settings in %1 could not be read; the defaults are used.").arg(m_filePath);
    QSet<QString> seen;
    // The size is a number in the file: bounded by the entries really there, or "size=2000000000" hangs the window.
    settings.beginGroup(kProfiles);
    const int present = int(settings.childGroups().size());
    settings.endGroup();
    const int count = std::min(settings.beginReadArray(kProfiles), present);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString id = settings.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        const auto generation = generationFromName(settings.value(QStringLiteral("generation")).toString());
        const int timeout = settings.value(QStringLiteral("timeoutSeconds"), 30).toInt();
        if (id == ConnectionProfile::sandboxId()) {
            sandbox.generation = generation;
            sandbox.timeoutSeconds = timeout;
            continue;
        }
        ConnectionProfile profile;
        profile.id = id;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.generation = generation;
        profile.appKey = settings.value(QStringLiteral("appKey")).toString();
        profile.legacyBaseUrl = QUrl(settings.value(QStringLiteral("legacyBaseUrl"), profile.legacyBaseUrl).toString());
        profile.v1BaseUrl = QUrl(settings.value(QStringLiteral("v1BaseUrl"), profile.v1BaseUrl).toString());
        profile.timeoutSeconds = timeout;
        profile.proxy.mode = ProxySettings::modeFromName(settings.value(QStringLiteral("proxyMode")).toString());
        profile.proxy.host = settings.value(QStringLiteral("proxyHost")).toString();
        profile.proxy.port = quint16(settings.value(QStringLiteral("proxyPort"), 0).toUInt());
        profile.proxy.user = settings.value(QStringLiteral("proxyUser")).toString();
        profile.caCertificate = settings.value(QStringLiteral("caCertificate")).toString();
        m_profiles.append(profile);
    }
    settings.endArray();
    m_profiles.prepend(sandbox);

    m_activeId = settings.value(QStringLiteral("activeProfile")).toString();
    if (indexOf(m_activeId) < 0)
        m_activeId = ConnectionProfile::sandboxId();
}

bool ProfileStore::save()
{
    const FileSaver::Result saved = SettingsFile::save(
        m_filePath,
        [this](QSettings& settings) {
            settings.setValue(QStringLiteral("formatVersion"), kFormatVersion);
            settings.setValue(QStringLiteral("activeProfile"), m_activeId);
            settings.beginWriteArray(kProfiles, int(m_profiles.size()));
            for (int i = 0; i < m_profiles.size(); ++i) {
                const ConnectionProfile& profile = m_profiles.at(i);
                settings.setArrayIndex(i);
                settings.setValue(QStringLiteral("id"), profile.id);
                settings.setValue(QStringLiteral("generation"), generationName(profile.generation));
                settings.setValue(QStringLiteral("timeoutSeconds"), profile.timeoutSeconds);
                if (profile.isSandbox)
                    continue; // its name, key and URLs come from the emulator
                settings.setValue(QStringLiteral("name"), profile.name);
                settings.setValue(QStringLiteral("appKey"), profile.appKey);
                settings.setValue(QStringLiteral("legacyBaseUrl"), profile.legacyBaseUrl.toString());
                settings.setValue(QStringLiteral("v1BaseUrl"), profile.v1BaseUrl.toString());
                settings.setValue(QStringLiteral("proxyMode"), ProxySettings::modeName(profile.proxy.mode));
                settings.setValue(QStringLiteral("proxyHost"), profile.proxy.host);
                settings.setValue(QStringLiteral("proxyPort"), profile.proxy.port);
                settings.setValue(QStringLiteral("proxyUser"), profile.proxy.user);
                settings.setValue(QStringLiteral("caCertificate"), profile.caCertificate);
            }
            settings.endArray();
        },
        QSettings::IniFormat, OwnerOnlyFile::Permissions);
    if (!saved.saved) {
        m_lastError = tr("The connection settings could not be saved to %1: %2").arg(m_filePath, saved.reason);
        return false;
    }
    m_lastError.clear();
    return true;
}

int ProfileStore::indexOf(const QString& id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

ConnectionProfile ProfileStore::sandboxProfile() const
{
    return *profile(ConnectionProfile::sandboxId());
}

ConnectionProfile ProfileStore::activeProfile() const
{
    return profile(m_activeId).value_or(sandboxProfile());
}

ConnectionProfile ProfileStore::add(ConnectionProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.isSandbox = false;
    m_profiles.append(profile);
    save();
    emit profilesChanged();
    return profile;
}

bool ProfileStore::update(const ConnectionProfile& changed)
{
    const int index = indexOf(changed.id);
    if (index < 0)
        return false;
    ConnectionProfile& stored = m_profiles[index];
    if (stored.isSandbox) {
        stored.generation = changed.generation;
        stored.timeoutSeconds = changed.timeoutSeconds;
    } else {
        // Secrets are filed under the app key and proxy user: a changed one leaves an orphan behind.
        if (changed.appKey != stored.appKey)
            forgetSecret(stored.secretKey());
        if (changed.proxy.user != stored.proxy.user || !changed.proxy.needsPassword())
            forgetSecret(stored.proxyPasswordKey());
        stored = changed;
        stored.isSandbox = false;
    }
    save();
    emit profilesChanged();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::duplicate(const QString& id)
{
    const std::optional<ConnectionProfile> original = profile(id);
    if (!original)
        return std::nullopt;
    ConnectionProfile copy = *original;
    copy.name = tr("%1 (copy)").arg(original->name);
    if (original->isSandbox) {
        // A copy of the sandbox is a fresh connection to DingTalk itself.
        copy.appKey.clear();
        copy.legacyBaseUrl = ConnectionSettings::defaultLegacyBaseUrl();
        copy.v1BaseUrl = ConnectionSettings::defaultV1BaseUrl();
    }
    return add(copy);
}

bool ProfileStore::remove(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0 || m_profiles.at(index).isSandbox)
        return false;
    const ConnectionProfile removed = m_profiles.takeAt(index);
    forgetSecret(removed.secretKey());
    forgetSecret(removed.proxyPasswordKey());
    const bool wasActive = m_activeId == id;
    if (wasActive)
        m_activeId = ConnectionProfile::sandboxId();
    save();
    emit profilesChanged();
    if (wasActive)
        emit activeProfileChanged(m_activeId);
    return true;
}

bool ProfileStore::setActiveProfileId(const QString& id)
{
    if (indexOf(id) < 0)
        return false;
    if (id == m_activeId)
        return true;
    m_activeId = id;
    save();
    emit activeProfileChanged(id);
    return true;
}

void ProfileStore::setSandboxServer(const QUrl& baseUrl, const QString& appKey)
{
    ConnectionProfile& sandbox = m_profiles[indexOf(ConnectionProfile::sandboxId())];
    sandbox.legacyBaseUrl = baseUrl;
    sandbox.v1BaseUrl = baseUrl;
    sandbox.appKey = appKey;
    emit profilesChanged();
}

void ProfileStore::forgetSecret(const QString& key)
{
    if (m_secrets)
        m_secrets->remove(key, nullptr, nullptr);
}
