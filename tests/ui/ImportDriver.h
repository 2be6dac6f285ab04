#pragma once

// Drives the import of a member file through the window: the file dialog seam, the preview dialog's widgets by
// object name, and the files themselves (written to a temporary folder in the encoding under test).

#include "FileDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QtTest>

class ImportDriver
{
public:
    ImportDriver(MainWindow* window, const QTemporaryDir* dir)
        : m_window(window)
        , m_dir(dir)
    {
    }

    /** The path of a file of this name in the temporary folder. */
    QString filePath(const QString& name) const { return m_dir->filePath(name); }

    /** Writes `bytes` to a file of this name in the temporary folder and returns its path. */
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("Cannot write %s", qPrintable(path));
        return path;
    }

    /** Rows joined as CSV lines (no quoting needed for the test data), in UTF-8 or GB18030. */
    static QByteArray csv(const QList<QStringList>& rows, const char* encoding = "UTF-8")
    {
        QStringList lines;
        for (const QStringList& row : rows)
            lines.append(row.join(QLatin1Char(',')));
        const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
        if (qstrcmp(encoding, "UTF-8") == 0)
            return text.toUtf8();
        QStringEncoder encoder(encoding);
        if (!encoder.isValid())
            qFatal("No encoder for %s", encoding);
        return encoder.encode(text);
    }

    /** Chooses File > Import members… with `path` answered in advance. */
    void importThroughMenu(const QString& path) const
    {
        FileDialog::setNextFileName(path);
        m_window->findChild<QAction*>(QStringLiteral("importMembersAction"))->trigger();
    }

    /** The preview dialog once it is open, or null after `timeoutMs`. */
    ImportDialog* waitForDialog(int timeoutMs = 10000) const
    {
        ImportDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<ImportDialog*>(QStringLiteral("importDialog"));
                return dialog && dialog->isVisible();
            },
            timeoutMs);
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    template <typename T> static T* get(QWidget* dialog, const char* name)
    {
        T* widget = dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("No %s named %s in the dialog", T::staticMetaObject.className(), name);
        return widget;
    }

    static QComboBox* combo(QWidget* dialog, const char* name) { return get<QComboBox>(dialog, name); }

    /** Picks the column (0-based; -1 = none) in one of the column combo boxes. */
    static void chooseColumn(QWidget* dialog, const char* comboName, int column)
    {
        QComboBox* box = combo(dialog, comboName);
        box->setCurrentIndex(box->findData(column));
    }

    /** Waits for the count (it runs on a worker thread), then presses Import. */
    static void clickImport(QWidget* dialog)
    {
        QAbstractButton* ok = get<QDialogButtonBox>(dialog, "importButtonBox")->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());
        QTest::mouseClick(get<QDialogButtonBox>(dialog, "importButtonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private:
    MainWindow* m_window;
    const QTemporaryDir* m_dir;
};
