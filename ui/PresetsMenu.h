#pragma once

#include "presets/Preset.h"

#include <QMenu>

class PresetStore;

/**
 * The Presets menu: one action per saved preset (choosing it fills the form), and "Save or Manage Presets…",
 * which the window answers by opening a PresetsDialog.
 */
class PresetsMenu : public QMenu
{
    Q_OBJECT

public:
    /** `store` is not owned and must outlive the menu. */
    explicit PresetsMenu(PresetStore* store, QWidget* parent = nullptr);

    void setStore(PresetStore* store);
    /** Re-reads the preset names. */
    void rebuild();
    /** The action that applies the preset with this name, or null. */
    QAction* presetAction(const QString& name) const;
    QAction* managePresetsAction() const { return m_manageAction; }

signals:
    void presetChosen(const Preset& preset);
    void manageRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PresetStore* m_store;
    QAction* m_manageAction;
    QList<QAction*> m_presetActions;
};
