#pragma once

#include "Preset.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

/**
 * Named presets in QSettings (group "presets"), in presets.ini in the configuration folder, shared by the window
 * and the command line.
 */
class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(PresetStore)

public:
    /**
     * `settings` null: defaultFilePath(), where presets kept by an earlier version in the application's default
     * QSettings file are copied the first time. Not owned.
     */
    explicit PresetStore(QSettings* settings = nullptr);

    /** presets.ini in AppIdentity::configFolder(). */
    static QString defaultFilePath();
    ~PresetStore();

    /** Every preset's name, sorted case-insensitively. */
    QStringList names() const;
    bool contains(const QString& name) const;
    std::optional<Preset> load(const QString& name) const;
    /** Saves, replacing a preset of the same name. False (lastError()) for a blank name, or when the file could not
     * be saved whole (a full disk): the file is then as it was. */
    bool save(const Preset& preset);
    bool remove(const QString& name);
    /** False (lastError()) when `from` does not exist, `to` is blank or already taken by another preset. */
    bool rename(const QString& from, const QString& to);

    QString lastError() const { return m_lastError; }

private:
    static QString keyOf(const QString& name);
    bool checkName(const QString& name);
    /** Replaces the whole file with what `fill` writes (SettingsFile); false with the reason in m_lastError. */
    bool saveFile(const std::function<void(QSettings& file)>& fill);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    QString m_lastError;
};
