#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "BackgroundTask.h"
#include "UiStyle.h"
#include "import/MemberImporter.h"

#include <QAbstractTableModel>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <utility>

namespace {
// A column of unique values (a staff number) would make a drop-down nobody can use: beyond this many values the
// filter value is typed instead (the combo box completes it).
constexpr int MaxFilterChoices = 1000;
} // namespace

/** The first rows of the table, read-only: a copy of the cells, without an item object and its signals per cell. */
class ImportDialog::PreviewModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(const ImportedTable& table)
    {
        beginResetModel();
        m_headers = table.headers();
        m_columnCount = table.columnCount();
        m_rows.clear();
        const int rows = qMin(table.rowCount(), ImportDialog::PreviewRows);
        m_rows.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            QStringList cells;
            cells.reserve(m_columnCount);
            for (int column = 0; column < m_columnCount; ++column)
                cells.append(table.cell(row, column));
            m_rows.append(cells);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
            return QVariant();
        return m_rows.at(index.row()).at(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.value(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_columnCount = 0;
};

ImportDialog::ImportDialog(const ImportResult& result, const ColumnChoice& guess, const QString& fileName,
                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_result(result)
    , m_fileName(fileName)
    , m_preview(new PreviewModel(this))
    , m_counter(std::make_unique<BackgroundTask>(BackgroundTask::Waiting::LatestWins))
    , m_valueReader(std::make_unique<BackgroundTask>(BackgroundTask::Waiting::LatestWins))
{
    m_ui->setupUi(this);
    UiStyle::setTone(m_ui->importFormatLabel, UiStyle::Tone::Secondary);
    QFont countFont = m_ui->importCountLabel->font();
    countFont.setBold(true);
    m_ui->importCountLabel->setFont(countFont);
    m_ui->importPreviewTableView->setModel(m_preview);
    m_ui->importPreviewTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->importPreviewTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->filterValueComboBox->setInsertPolicy(QComboBox::NoInsert);

    m_ui->headerCheckBox->setChecked(m_result.table.hasHeader());
    fillColumnCombos();
    selectColumn(m_ui->idColumnComboBox, guess.idColumn);
    selectColumn(m_ui->phoneColumnComboBox, guess.phoneColumn);
    selectColumn(m_ui->nameColumnComboBox, guess.nameColumn);
    selectColumn(m_ui->jobNumberColumnComboBox, guess.jobNumberColumn);
    selectColumn(m_ui->filterColumnComboBox, guess.filterColumn);
    fillFilterValues();
    refreshPreview();

    connect(m_ui->headerCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        m_result.table.setHasHeader(checked);
        fillColumnCombos(); // the titles change, the chosen columns stay
        fillFilterValues();
        refreshPreview();
    });
    for (QComboBox* combo :
         { m_ui->idColumnComboBox, m_ui->phoneColumnComboBox, m_ui->nameColumnComboBox, m_ui->jobNumberColumnComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateCount);
    connect(m_ui->filterColumnComboBox, &QComboBox::currentIndexChanged, this, &ImportDialog::fillFilterValues);
    connect(m_ui->filterValueComboBox, &QComboBox::currentTextChanged, this, &ImportDialog::updateCount);

    retranslateCodeSetStrings();
    resize(760, 560);
}

ImportDialog::~ImportDialog()
{
    // Freeing a whole company's rows takes longer than a frame: the last references go on a worker.
    BackgroundTask::release(std::exchange(m_result.table, ImportedTable()));
    BackgroundTask::release(std::exchange(m_members, MemberList()));
}

ColumnChoice ImportDialog::choice() const
{
    ColumnChoice choice;
    choice.idColumn = columnOf(m_ui->idColumnComboBox);
    choice.phoneColumn = columnOf(m_ui->phoneColumnComboBox);
    choice.nameColumn = columnOf(m_ui->nameColumnComboBox);
    choice.jobNumberColumn = columnOf(m_ui->jobNumberColumnComboBox);
    choice.filterColumn = columnOf(m_ui->filterColumnComboBox);
    if (choice.filterColumn >= 0)
        choice.filterValue = m_ui->filterValueComboBox->currentText().trimmed();
    return choice;
}

bool ImportDialog::isCounted() const
{
    return m_counted && !m_loadingValues;
}

int ImportDialog::columnOf(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? -1 : combo->currentData().toInt();
}

void ImportDialog::selectColumn(QComboBox* combo, int column)
{
    const int index = combo->findData(column);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void ImportDialog::fillColumnCombos()
{
    const QStringList headers = m_result.table.headers();
    const std::pair<QComboBox*, QString> combos[] = {
        { m_ui->idColumnComboBox, tr("(none)") },          { m_ui->phoneColumnComboBox, tr("(none)") },
        { m_ui->nameColumnComboBox, tr("(none)") },        { m_ui->jobNumberColumnComboBox, tr("(none)") },
        { m_ui->filterColumnComboBox, tr("(every row)") },
    };
    for (const auto& [combo, none] : combos) {
        const int column = columnOf(combo);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(none, -1);
        for (int i = 0; i < headers.size(); ++i) {
            const QString letters = ImportedTable::columnLetters(i);
            const QString& title = headers.at(i);
            // Without a header the title already is "Column A": the letter would only repeat it.
            combo->addItem(title.endsWith(letters) ? title : tr("%1 (column %2)").arg(title, letters), i);
        }
        selectColumn(combo, column);
    }
}

void ImportDialog::fillFilterValues()
{
    QComboBox* values = m_ui->filterValueComboBox;
    const int column = columnOf(m_ui->filterColumnComboBox);
    const QString current = values->currentText();
    {
        const QSignalBlocker blocker(values);
        values->clear();
    }
    values->setEnabled(false);
    m_ui->filterValueLabel->setEnabled(column >= 0);
    if (column < 0) {
        m_loadingValues = false;
        updateCount();
        return;
    }
    // A whole company's list takes a while to scan: on the worker, then the count for the value chosen.
    m_loadingValues = true;
    updateCount();
    const ImportedTable table = m_result.table;
    m_valueReader->run<QStringList>(
        [table, column] { return MemberImporter::distinctValues(table, column).mid(0, MaxFilterChoices); },
        [this, current](const QStringList& distinct) {
            QComboBox* values = m_ui->filterValueComboBox;
            {
                const QSignalBlocker blocker(values);
                values->addItems(distinct);
                const int index = values->findText(current);
                values->setCurrentIndex(index >= 0 ? index : 0);
            }
            values->setEnabled(true);
            m_loadingValues = false;
            updateCount();
        });
}

void ImportDialog::refreshPreview()
{
    m_preview->setTable(m_result.table);
    m_ui->importPreviewTableView->resizeColumnsToContents();
}

void ImportDialog::updateCount()
{
    m_counted = false;
    showCount();
    if (m_loadingValues)
        return; // counted once the filter's values are known
    const ImportedTable table = m_result.table;
    const ColumnChoice chosen = choice();
    m_counter->run<MemberList>([table, chosen] { return MemberImporter::toMembers(table, chosen); },
                               [this](const MemberList& members) {
                                   BackgroundTask::release(std::exchange(m_members, members));
                                   m_counted = true;
                                   showCount();
                               });
}

void ImportDialog::showCount()
{
    QPushButton* ok = m_ui->importButtonBox->button(QDialogButtonBox::Ok);
    if (!isCounted()) {
        m_ui->importCountLabel->setText(tr("Counting the members…"));
        ok->setEnabled(false);
        return;
    }
    const MemberList& members = m_members;
    int byPhone = 0;
    for (const Member& member : members) {
        if (member.state == MemberState::Unresolved)
            ++byPhone;
    }
    QString text;
    if (members.isEmpty()) {
        text = choice().idColumn < 0 && choice().phoneColumn < 0
            ? tr("Nothing to import: choose the column with the user IDs or the phone numbers.")
            : tr("No row gives a member: check the columns and the filter.");
    } else if (byPhone > 0) {
        text = tr("%1 members will be imported; %2 of them by phone number (looked up in DingTalk before the group "
                  "is created).")
                   .arg(members.size())
                   .arg(byPhone);
    } else {
        text = tr("%1 members will be imported.").arg(members.size());
    }
    m_ui->importCountLabel->setText(text);
    ok->setEnabled(!members.isEmpty());
}

void ImportDialog::retranslateCodeSetStrings()
{
    setWindowTitle(tr("Import Members from %1").arg(QFileInfo(m_fileName).fileName()));
    m_ui->importButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    QString format;
    switch (m_result.format) {
    case ImportFormat::Xlsx:
        format = tr("Excel workbook, sheet \"%1\"").arg(m_result.sheetName);
        break;
    case ImportFormat::Delimited:
        format = tr("Text separated by %1, %2")
                     .arg(m_result.delimiter == QLatin1Char('\t')      ? tr("tabs")
                              : m_result.delimiter == QLatin1Char(';') ? tr("semicolons")
                                                                       : tr("commas"),
                          m_result.encoding);
        break;
    case ImportFormat::PlainList:
        format = tr("A plain list, one entry per line, %1").arg(m_result.encoding);
        break;
    case ImportFormat::Unknown:
        break;
    }
    const int rows = m_result.table.rowCount();
    m_ui->importFormatLabel->setText(
        rows > PreviewRows ? tr("%1 · %2 rows (the first %3 are shown)").arg(format).arg(rows).arg(PreviewRows)
                           : tr("%1 · %2 rows").arg(format).arg(rows));
    fillColumnCombos();
    showCount();
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCodeSetStrings();
    }
    QDialog::changeEvent(event);
}
