#include "PresetsMenu.h"

#include "presets/PresetStore.h"

#include <QEvent>

PresetsMenu::PresetsMenu(PresetStore* store, QWidget* parent)
    : QMenu(parent)
    , m_store(store)
    , m_manageAction(new QAction(this))
{
    setObjectName(QStringLiteral("presetsMenu"));
    m_manageAction->setObjectName(QStringLiteral("managePresetsAction"));
    addAction(m_manageAction);
    addSeparator();
    connect(m_manageAction, &QAction::triggered, this, &PresetsMenu::manageRequested);
    // The command line may have saved presets since: read the names each time the menu opens.
    connect(this, &QMenu::aboutToShow, this, &PresetsMenu::rebuild);
    retranslate();
    rebuild();
}

void PresetsMenu::setStore(PresetStore* store)
{
    m_store = store;
    rebuild();
}

void PresetsMenu::rebuild()
{
    qDeleteAll(m_presetActions);
    m_presetActions.clear();
    const QStringList names = m_store ? m_store->names() : QStringList();
    for (const QString& name : names) {
        QString text = name;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto* action = new QAction(text, this);
        action->setObjectName(QStringLiteral("presetAction"));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] {
            if (!m_store)
                return;
            if (const std::optional<Preset> preset = m_store->load(name))
                emit presetChosen(*preset);
        });
        addAction(action);
        m_presetActions.append(action);
    }
}

QAction* PresetsMenu::presetAction(const QString& name) const
{
    for (QAction* action : m_presetActions) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void PresetsMenu::retranslate()
{
    setTitle(tr("Pre&sets"));
    m_manageAction->setText(tr("&Save or Manage Presets…"));
    m_manageAction->setToolTip(tr("Save the form's settings under a name, or rename and delete presets"));
}

void PresetsMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
