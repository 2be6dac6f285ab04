#include "PresetStore.h"

#include "config/AppIdentity.h"
#include "files/OwnerOnlyFile.h"
#include "files/SettingsFile.h"
#include "group/SettingFields.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace {
const QString kGroup = QStringLiteral("presets");
}

bool Preset::operator==(const Preset& other) const
{
    if (name != other.name || settings != other.settings || owner != other.owner
        || members.size() != other.members.size())
        return false;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member& a = members.at(i);
        const Member& b = other.members.at(i);
        if (a.userid != b.userid || a.name != b.name || a.mobile != b.mobile)
            return false;
    }
    return true;
}

namespace {
/**
 * Before presets had a file of their own they lived in the application's default QSettings file, outside the
 * configuration folder: copied over once, so nobody's presets are lost (the old file is left as it was).
 */
void copyEarlierPresets(const QString& path)
{
    if (QFileInfo::exists(path))
        return;
    QSettings earlier(AppIdentity::organisationName(), AppIdentity::applicationName());
    if (!earlier.childGroups().contains(QStringLiteral("presets")))
        return;
    SettingsFile::save(path, [&earlier](QSettings& file) { SettingsFile::copy(earlier, file); });
}

QSettings* openDefaultFile()
{
    copyEarlierPresets(PresetStore::defaultFilePath());
    return new QSettings(PresetStore::defaultFilePath(), QSettings::IniFormat);
}
} // namespace

QString PresetStore::defaultFilePath()
{
    return AppIdentity::configFolder() + QStringLiteral("/presets.ini");
}

PresetStore::PresetStore(QSettings* settings)
    : m_ownSettings(settings ? nullptr : openDefaultFile())
    , m_settings(settings ? settings : m_ownSettings.get())
{
}

PresetStore::~PresetStore() = default;

QString PresetStore::keyOf(const QString& name)
{
    // QSettings reads '/' and '\' in a key as nesting: the name is stored percent-encoded as the key, and as itself.
    return kGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

bool PresetStore::checkName(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        m_lastError = tr("A preset needs a name.");
        return false;
    }
    return true;
}

QStringList PresetStore::names() const
{
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->childGroups();
    QStringList result;
    for (const QString& key : keys)
        result.append(m_settings->value(key + QStringLiteral("/name")).toString());
    m_settings->endGroup();
    // Not QCollator: under the C locale (CI, the command line) it ignores case and numeric settings.
    std::sort(result.begin(), result.end(), [](const QString& a, const QString& b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return result;
}

bool PresetStore::contains(const QString& name) const
{
    return m_settings->contains(keyOf(name) + QStringLiteral("/name"));
}

std::optional<Preset> PresetStore::load(const QString& name) const
{
    if (!contains(name))
        return std::nullopt;
    Preset preset;
    m_settings->beginGroup(keyOf(name));
    preset.name = m_settings->value(QStringLiteral("name")).toString();
    QJsonObject settings;
    for (const SettingFields::Field& field : SettingFields::all())
        settings.insert(field.key, m_settings->value(field.key).toInt());
    preset.settings = SettingFields::fromJson(settings);
    preset.owner = m_settings->value(QStringLiteral("owner")).toString();
    // The size is a number in the file: bounded by the entries really there, or "size=2000000000" hangs the window.
    m_settings->beginGroup(QStringLiteral("members"));
    const int present = int(m_settings->childGroups().size());
    m_settings->endGroup();
    const int count = std::min(m_settings->beginReadArray(QStringLiteral("members")), present);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Member member;
        member.userid = m_settings->value(QStringLiteral("userid")).toString();
        member.name = m_settings->value(QStringLiteral("name")).toString();
        member.mobile = m_settings->value(QStringLiteral("mobile")).toString();
        preset.members.append(member);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return preset;
}

bool PresetStore::save(const Preset& preset)
{
    m_lastError.clear();
    if (!checkName(preset.name))
        return false;
    const QString group = keyOf(preset.name);
    // Replaced whole, so a shorter member list leaves no old members behind.
    const bool saved = saveFile([&](QSettings& file) {
        SettingsFile::copy(*m_settings, file, group);
        file.beginGroup(group);
        file.setValue(QStringLiteral("name"), preset.name);
        const QJsonObject settings = SettingFields::toJson(preset.settings);
        for (auto it = settings.begin(); it != settings.end(); ++it)
            file.setValue(it.key(), it.value().toInt());
        file.setValue(QStringLiteral("owner"), preset.owner);
        file.beginWriteArray(QStringLiteral("members"), int(preset.members.size()));
        for (int i = 0; i < preset.members.size(); ++i) {
            const Member& member = preset.members.at(i);
            file.setArrayIndex(i);
            file.setValue(QStringLiteral("userid"), member.userid);
            file.setValue(QStringLiteral("name"), member.name);
            file.setValue(QStringLiteral("mobile"), member.mobile);
        }
        file.endArray();
        file.endGroup();
    });
    if (!saved)
        m_lastError = tr("The preset could not be saved: %1").arg(m_lastError);
    return saved;
}

bool PresetStore::remove(const QString& name)
{
    m_lastError.clear();
    if (!contains(name)) {
        m_lastError = tr("There is no preset named “%1”.").arg(name);
        return false;
    }
    const QString group = keyOf(name);
    if (!saveFile([&](QSettings& file) { SettingsFile::copy(*m_settings, file, group); })) {
        m_lastError = tr("The preset could not be removed: %1").arg(m_lastError);
        return false;
    }
    return true;
}

bool PresetStore::saveFile(const std::function<void(QSettings& file)>& fill)
{
    // Names and phone numbers: the file is the owner's alone. Written whole beside the settings this store reads,
    // which then read the new file (they hold no change of their own to write back).
    const FileSaver::Result result
        = SettingsFile::save(m_settings->fileName(), fill, m_settings->format(), OwnerOnlyFile::Permissions);
    m_settings->sync();
    m_lastError = result.reason;
    return result.saved;
}

bool PresetStore::rename(const QString& from, const QString& to)
{
    m_lastError.clear();
    std::optional<Preset> preset = load(from);
    if (!preset) {
        m_lastError = tr("There is no preset named “%1”.").arg(from);
        return false;
    }
    if (!checkName(to))
        return false;
    if (to == from)
        return true;
    if (contains(to)) {
        m_lastError = tr("A preset named “%1” already exists.").arg(to);
        return false;
    }
    preset->name = to;
    // Saved under the new name first: if that fails, the old one is still there.
    if (!save(*preset))
        return false;
    return remove(from);
}
