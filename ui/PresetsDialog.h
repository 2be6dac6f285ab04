#pragma once

#include "group/GroupSpec.h"
#include "presets/Preset.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class PresetsDialog;
}

class PresetStore;

/** Saves the form as a named preset (the settings, optionally the owner and members); uses, renames and deletes
 * presets. */
class PresetsDialog : public QDialog
{
    Q_OBJECT

public:
    /** `store` is not owned; `currentForm` reads the main form when a preset is saved. */
    PresetsDialog(PresetStore* store, std::function<GroupSpec()> currentForm, QWidget* parent = nullptr);
    ~PresetsDialog() override;

    /** Selects the preset with this name. */
    void selectPreset(const QString& name);

signals:
    void presetChosen(const Preset& preset);
    /** A preset was saved, renamed or deleted. */
    void presetsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    QString selectedName() const;
    void savePreset();
    void applyPreset();
    void renamePreset();
    void deletePreset();
    void updateState();
    void showStatus(const QString& text, bool error);

    const std::unique_ptr<Ui::PresetsDialog> m_ui;
    PresetStore* m_store;
    std::function<GroupSpec()> m_currentForm;
};
