#pragma once

#include "Preset.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

/** Named presets in QSettings (group "presets"), shared by the window and the command line. */
class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(PresetStore)

public:
    /** `settings` null: the application's default QSettings. Not owned. */
    explicit PresetStore(QSettings* settings = nullptr);
    ~PresetStore();

    /** Every preset's name, sorted case-insensitively. */
    QStringList names() const;
    bool contains(const QString& name) const;
    std::optional<Preset> load(const QString& name) const;
    /** Saves, replacing a preset of the same name. False (lastError()) for a blank name. */
    bool save(const Preset& preset);
    bool remove(const QString& name);
    /** False (lastError()) when `from` does not exist, `to` is blank or already taken by another preset. */
    bool rename(const QString& from, const QString& to);

    QString lastError() const { return m_lastError; }

private:
    static QString keyOf(const QString& name);
    bool checkName(const QString& name);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings* m_settings;
    QString m_lastError;
};
