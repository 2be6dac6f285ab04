#pragma once

#include "import/ColumnChoice.h"
#include "import/ImportResult.h"
#include "members/Member.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportDialog;
}

class BackgroundTask;
class QComboBox;

/**
 * The preview of a member file before anything is added: its first rows, what was recognised (format, encoding),
 * which columns hold the user IDs, phone numbers and names (the importer's guess preselected), whether the first row
 * is a header, and an optional filter on another column (one 部门 out of a whole staff list), with a live count.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const ImportResult& result, const ColumnChoice& guess, const QString& fileName,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    ColumnChoice choice() const;
    /**
     * The members the chosen columns and filter give, as MemberImporter::toMembers returns them. Counted on a worker
     * thread: valid once isCounted() (Import is enabled only then).
     */
    MemberList members() const { return m_members; }
    bool isCounted() const;

    /** Rows shown in the preview table (the count covers every row). */
    static constexpr int PreviewRows = 100;

protected:
    void changeEvent(QEvent* event) override;

private:
    class PreviewModel;

    void fillColumnCombos();
    void fillFilterValues();
    void refreshPreview();
    void updateCount();
    void showCount();
    void retranslateCodeSetStrings();
    static int columnOf(const QComboBox* combo);
    static void selectColumn(QComboBox* combo, int column);

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportResult m_result;
    QString m_fileName;
    PreviewModel* m_preview;
    MemberList m_members;
    bool m_counted = false;
    bool m_loadingValues = false;
    // Last: destroyed first, so a count still running finishes before the table it reads a copy of goes.
    const std::unique_ptr<BackgroundTask> m_counter;
    const std::unique_ptr<BackgroundTask> m_valueReader;
};
