#include "PresetsDialog.h"
#include "ui_PresetsDialog.h"

#include "MessageBox.h"
#include "UiStyle.h"
#include "group/SettingFields.h"
#include "presets/PresetStore.h"

PresetsDialog::PresetsDialog(PresetStore* store, std::function<GroupSpec()> currentForm, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PresetsDialog>())
    , m_store(store)
    , m_currentForm(std::move(currentForm))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->presetsStatusLabel->hide();
    connect(m_ui->presetsListWidget, &QListWidget::currentRowChanged, this, [this] {
        const QString name = selectedName();
        if (!name.isEmpty())
            m_ui->presetNameLineEdit->setText(name);
        updateState();
    });
    connect(m_ui->presetsListWidget, &QListWidget::itemDoubleClicked, this, &PresetsDialog::applyPreset);
    connect(m_ui->presetNameLineEdit, &QLineEdit::textChanged, this, &PresetsDialog::updateState);
    connect(m_ui->presetNameLineEdit, &QLineEdit::returnPressed, this, &PresetsDialog::savePreset);
    connect(m_ui->savePresetButton, &QPushButton::clicked, this, &PresetsDialog::savePreset);
    connect(m_ui->applyPresetButton, &QPushButton::clicked, this, &PresetsDialog::applyPreset);
    connect(m_ui->renamePresetButton, &QPushButton::clicked, this, &PresetsDialog::renamePreset);
    connect(m_ui->deletePresetButton, &QPushButton::clicked, this, &PresetsDialog::deletePreset);
    reload();
}

PresetsDialog::~PresetsDialog() = default;

void PresetsDialog::reload()
{
    const QString selected = selectedName();
    const QSignalBlocker blocker(m_ui->presetsListWidget);
    m_ui->presetsListWidget->clear();
    for (const QString& name : m_store->names()) {
        auto* item = new QListWidgetItem(name, m_ui->presetsListWidget);
        if (const std::optional<Preset> preset = m_store->load(name)) {
            QStringList on;
            for (const SettingFields::Field& field : SettingFields::all()) {
                if (preset->settings.*field.member)
                    on.append(SettingFields::label(field));
            }
            QString tip = on.isEmpty() ? tr("Every setting off") : on.join(QLatin1Char('\n'));
            if (!preset->owner.isEmpty())
                tip += QLatin1Char('\n') + tr("Owner: %1").arg(preset->owner);
            if (!preset->members.isEmpty())
                tip += QLatin1Char('\n') + tr("Members: %1").arg(preset->members.size());
            item->setToolTip(tip);
        }
    }
    selectPreset(selected);
    updateState();
}

void PresetsDialog::selectPreset(const QString& name)
{
    const QList<QListWidgetItem*> items = m_ui->presetsListWidget->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->presetsListWidget->setCurrentItem(items.first());
}

QString PresetsDialog::selectedName() const
{
    const QListWidgetItem* item = m_ui->presetsListWidget->currentItem();
    return item ? item->text() : QString();
}

void PresetsDialog::updateState()
{
    const QString selected = selectedName();
    const QString typed = m_ui->presetNameLineEdit->text().trimmed();
    m_ui->applyPresetButton->setEnabled(!selected.isEmpty());
    m_ui->deletePresetButton->setEnabled(!selected.isEmpty());
    m_ui->renamePresetButton->setEnabled(!selected.isEmpty() && !typed.isEmpty() && typed != selected);
    m_ui->savePresetButton->setEnabled(!typed.isEmpty());
}

void PresetsDialog::showStatus(const QString& text, bool error)
{
    m_ui->presetsStatusLabel->setText(text);
    m_ui->presetsStatusLabel->setVisible(!text.isEmpty());
    UiStyle::setTone(m_ui->presetsStatusLabel, error ? UiStyle::Tone::Error : UiStyle::Tone::Secondary);
}

void PresetsDialog::savePreset()
{
    const QString name = m_ui->presetNameLineEdit->text().trimmed();
    if (name.isEmpty())
        return;
    if (m_store->contains(name)) {
        const QMessageBox::StandardButton answer = MessageBox::question(
            this, tr("Replace preset"), tr("A preset named \"%1\" exists. Replace it?").arg(name),
            { { QMessageBox::Cancel, QString() }, { QMessageBox::Yes, tr("Replace") } });
        if (answer != QMessageBox::Yes)
            return;
    }
    const GroupSpec form = m_currentForm();
    Preset preset;
    preset.name = name;
    preset.settings = form.settings;
    if (m_ui->includeOwnerCheckBox->isChecked())
        preset.owner = form.owner.trimmed();
    if (m_ui->includeMembersCheckBox->isChecked())
        preset.members = form.members;
    if (!m_store->save(preset)) {
        showStatus(m_store->lastError(), true);
        return;
    }
    reload();
    selectPreset(name);
    showStatus(tr("Saved \"%1\".").arg(name), false);
    emit presetsChanged();
}

void PresetsDialog::applyPreset()
{
    const std::optional<Preset> preset = m_store->load(selectedName());
    if (preset)
        emit presetChosen(*preset);
}

void PresetsDialog::renamePreset()
{
    const QString from = selectedName();
    const QString to = m_ui->presetNameLineEdit->text().trimmed();
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    if (!m_store->rename(from, to)) {
        showStatus(m_store->lastError(), true);
        return;
    }
    reload();
    selectPreset(to);
    showStatus(tr("Renamed \"%1\" to \"%2\".").arg(from, to), false);
    emit presetsChanged();
}

void PresetsDialog::deletePreset()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QMessageBox::StandardButton answer
        = MessageBox::question(this, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(name),
                               { { QMessageBox::Cancel, QString() }, { QMessageBox::Yes, tr("Delete") } });
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(name);
    reload();
    showStatus(tr("Deleted \"%1\".").arg(name), false);
    emit presetsChanged();
}

void PresetsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}
