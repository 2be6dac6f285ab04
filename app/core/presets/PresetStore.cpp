#include "PresetStore.h"

#include "files/OwnerOnlyFile.h"
#include "group/SettingFields.h"

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

PresetStore::PresetStore(QSettings* settings)
    : m_ownSettings(settings ? nullptr : new QSettings)
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
    // Replaced whole, so a shorter member list leaves no old members behind.
    m_settings->remove(keyOf(preset.name));
    m_settings->beginGroup(keyOf(preset.name));
    m_settings->setValue(QStringLiteral("name"), preset.name);
    const QJsonObject settings = SettingFields::toJson(preset.settings);
    for (auto it = settings.begin(); it != settings.end(); ++it)
        m_settings->setValue(it.key(), it.value().toInt());
    m_settings->setValue(QStringLiteral("owner"), preset.owner);
    m_settings->beginWriteArray(QStringLiteral("members"), int(preset.members.size()));
    for (int i = 0; i < preset.members.size(); ++i) {
        const Member& member = preset.members.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("userid"), member.userid);
        m_settings->setValue(QStringLiteral("name"), member.name);
        m_settings->setValue(QStringLiteral("mobile"), member.mobile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
    // Names and phone numbers: the file is the owner's alone.
    if (m_settings->status() != QSettings::NoError || !OwnerOnlyFile::restrict(m_settings->fileName())) {
        m_lastError = tr("The preset could not be saved.");
        return false;
    }
    return true;
}

bool PresetStore::remove(const QString& name)
{
    m_lastError.clear();
    if (!contains(name)) {
        m_lastError = tr("There is no preset named “%1”.").arg(name);
        return false;
    }
    m_settings->remove(keyOf(name));
    m_settings->sync();
    OwnerOnlyFile::restrict(m_settings->fileName());
    return true;
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
