// Importing members from files into the window: the preview dialog (columns, header, filter, count), UTF-8 and
// GB18030 text, workbooks, drag and drop, and broken files that must leave the list as it was.

#include "WindowFixture.h"
#include "XlsxFixture.h"

#include "import/ImportError.h"

#include <QCheckBox>
#include <QMimeData>
#include <QTableView>

class TestImport : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void utf8CsvWithHeader_departmentFilter_addsExactlyThoseMembersWithNames();
    void gb18030Csv_isDecodedAndNamesShown();
    void xlsxWorkbook_addsMembersThroughTheButton();
    void dropFileOnTheList_opensThePreviewAndAdds();
    void headerCheckBox_turnsTheFirstRowIntoAMember();
    void cancelPreview_leavesTheListUnchanged();
    void brokenFile_showsTheImportersMessageAndLeavesTheListUnchanged_data();
    void brokenFile_showsTheImportersMessageAndLeavesTheListUnchanged();

private:
    /** userid,姓名,手机号,部门 for the first `count` active employees; every third one in 销售部. */
    QList<QStringList> staffRows(int count) const;
    QList<EmulatedEmployee> activeEmployees(int count) const;
};

void TestImport::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestImport::init()
{
    QVERIFY(openWindow());
}

void TestImport::cleanup()
{
    // Also drops a file name a failed test left unused.
    closeWindow();
}

QList<EmulatedEmployee> TestImport::activeEmployees(int count) const
{
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& employee : m_emulator.employees()) {
        if (result.size() == count)
            break;
        if (employee.active && employee.userid != m_emulator.demoOwnerId())
            result.append(employee);
    }
    return result;
}

QList<QStringList> TestImport::staffRows(int count) const
{
    QList<QStringList> rows{ { QStringLiteral("userid"), QStringLiteral("姓名"), QStringLiteral("手机号"),
                               QStringLiteral("部门") } };
    const QList<EmulatedEmployee> employees = activeEmployees(count);
    for (int i = 0; i < employees.size(); ++i) {
        const EmulatedEmployee& e = employees.at(i);
        rows.append({ e.userid, e.name, e.mobile, i % 3 == 0 ? QStringLiteral("销售部") : QStringLiteral("研发部") });
    }
    return rows;
}

void TestImport::utf8CsvWithHeader_departmentFilter_addsExactlyThoseMembersWithNames()
{
    const QList<QStringList> rows = staffRows(9);
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("staff.csv"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);

    // The guess is preselected: ids in userid, phones in 手机号, names in 姓名; the header is recognised.
    QCOMPARE(ImportDriver::combo(dialog, "idColumnComboBox")->currentData().toInt(), 0);
    QCOMPARE(ImportDriver::combo(dialog, "nameColumnComboBox")->currentData().toInt(), 1);
    QCOMPARE(ImportDriver::combo(dialog, "phoneColumnComboBox")->currentData().toInt(), 2);
    QVERIFY(ImportDriver::get<QCheckBox>(dialog, "headerCheckBox")->isChecked());
    auto* preview = ImportDriver::get<QTableView>(dialog, "importPreviewTableView");
    QCOMPARE(preview->model()->rowCount(), 9);
    QCOMPARE(preview->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("部门"));
    QVERIFY(ImportDriver::get<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("UTF-8")));
    QTRY_VERIFY(ImportDriver::get<QLabel>(dialog, "importCountLabel")->text().startsWith(QStringLiteral("9 ")));

    // Only 销售部: rows 1, 4 and 7.
    ImportDriver::chooseColumn(dialog, "filterColumnComboBox", 3);
    QComboBox* values = ImportDriver::combo(dialog, "filterValueComboBox");
    QTRY_COMPARE(values->count(), 2);
    values->setCurrentIndex(values->findText(QStringLiteral("销售部")));
    QTRY_VERIFY(ImportDriver::get<QLabel>(dialog, "importCountLabel")->text().startsWith(QStringLiteral("3 ")));
    ImportDriver::clickImport(dialog);

    QTRY_COMPARE(m_driver->members()->rowCount(), 3);
    QTRY_VERIFY(!m_window->findChild<ImportDialog*>());
    for (int i = 0; i < 3; ++i) {
        const QStringList& row = rows.at(1 + i * 3);
        const Member& member = m_driver->members()->members().at(i);
        QCOMPARE(member.userid, row.at(0));
        QCOMPARE(member.name, row.at(1));
        QCOMPARE(member.source, MemberSource::Imported);
        QCOMPARE(member.state, MemberState::Ok);
        QCOMPARE(m_driver->members()->index(i, MemberListModel::NameColumn).data().toString(), row.at(1));
    }
}

void TestImport::gb18030Csv_isDecodedAndNamesShown()
{
    const QList<QStringList> rows = staffRows(4);
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("员工.csv"), ImportDriver::csv(rows, "GB18030")));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    QVERIFY(ImportDriver::get<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("GB18030")));
    ImportDriver::clickImport(dialog);
    QTRY_COMPARE(m_driver->members()->rowCount(), 4);
    QCOMPARE(m_driver->members()->members().at(0).name, rows.at(1).at(1));
    QCOMPARE(m_driver->members()->members().at(3).userid, rows.at(4).at(0));
}

void TestImport::xlsxWorkbook_addsMembersThroughTheButton()
{
    const QList<EmulatedEmployee> employees = activeEmployees(2);
    // Shared strings: 0 姓名, 1 UserID, then the names and ids.
    const QStringList strings{ QStringLiteral("<t>姓名</t>"),
                               QStringLiteral("<t>UserID</t>"),
                               QStringLiteral("<t>%1</t>").arg(employees.at(0).name),
                               QStringLiteral("<t>%1</t>").arg(employees.at(0).userid),
                               QStringLiteral("<t>%1</t>").arg(employees.at(1).name),
                               QStringLiteral("<t>%1</t>").arg(employees.at(1).userid) };
    const QString sheet
        = QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>"
                         "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v></c></row>");
    FileDialog::setNextFileName(
        m_import->writeFile(QStringLiteral("members.xlsx"), XlsxFixture::workbook(sheet, strings)));
    QTest::mouseClick(m_driver->get<QAbstractButton>("importMembersButton"), Qt::LeftButton);
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    QVERIFY(ImportDriver::get<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("Sheet1")));
    QCOMPARE(ImportDriver::combo(dialog, "idColumnComboBox")->currentData().toInt(), 1);
    QCOMPARE(ImportDriver::combo(dialog, "nameColumnComboBox")->currentData().toInt(), 0);
    ImportDriver::clickImport(dialog);
    QTRY_COMPARE(m_driver->members()->userIds(), QStringList({ employees.at(0).userid, employees.at(1).userid }));
    QCOMPARE(m_driver->members()->members().at(1).name, employees.at(1).name);
}

void TestImport::dropFileOnTheList_opensThePreviewAndAdds()
{
    const QString path = m_import->writeFile(QStringLiteral("dropped.csv"), ImportDriver::csv(staffRows(2)));
    QWidget* viewport = m_driver->membersView()->viewport();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint centre = viewport->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());

    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    ImportDriver::clickImport(dialog);
    QTRY_COMPARE(m_driver->members()->rowCount(), 2);
}

void TestImport::headerCheckBox_turnsTheFirstRowIntoAMember()
{
    // A plain list of ids: no header is guessed; ticking the box makes the first line a title instead.
    const QList<EmulatedEmployee> employees = activeEmployees(3);
    QList<QStringList> rows;
    for (const EmulatedEmployee& e : employees)
        rows.append({ e.userid });
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("ids.txt"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    auto* header = ImportDriver::get<QCheckBox>(dialog, "headerCheckBox");
    auto* count = ImportDriver::get<QLabel>(dialog, "importCountLabel");
    QVERIFY(!header->isChecked());
    QTRY_VERIFY(count->text().startsWith(QStringLiteral("3 ")));
    header->click();
    QTRY_VERIFY(count->text().startsWith(QStringLiteral("2 ")));
    QCOMPARE(ImportDriver::combo(dialog, "idColumnComboBox")->currentData().toInt(), 0);
    ImportDriver::clickImport(dialog);
    QTRY_COMPARE(m_driver->members()->userIds(), QStringList({ employees.at(1).userid, employees.at(2).userid }));
}

void TestImport::cancelPreview_leavesTheListUnchanged()
{
    m_driver->typeMembers(QStringLiteral("kept1"));
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("staff.csv"), ImportDriver::csv(staffRows(5))));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    QTest::mouseClick(ImportDriver::get<QDialogButtonBox>(dialog, "importButtonBox")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ImportDialog*>());
    QCOMPARE(m_driver->members()->userIds(), QStringList{ QStringLiteral("kept1") });
}

void TestImport::brokenFile_showsTheImportersMessageAndLeavesTheListUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");

    const QByteArray workbook = XlsxFixture::workbook(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    QTest::newRow("truncated xlsx") << "members.xlsx" << workbook.left(workbook.size() / 2)
                                    << int(ImportError::BrokenWorkbook);
    QTest::newRow("not a zip") << "members.xlsx" << QByteArray("PK\x01\x02garbage\x00\x01\x02", 14)
                               << int(ImportError::NotAWorkbook);
    QTest::newRow("binary") << "members.csv"
                            << QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00"
                                          "abc",
                                          12)
                            << int(ImportError::BinaryData);
    QTest::newRow("empty") << "members.csv" << QByteArray() << int(ImportError::EmptyFile);
    const QByteArray ole2("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
    QTest::newRow("legacy xls") << "members.xls" << ole2 + QByteArray(504, '\0') << int(ImportError::LegacyExcel);
    QTest::newRow("wps et") << "members.et" << ole2 + QByteArray(504, '\0') << int(ImportError::WpsSpreadsheet);
}

void TestImport::brokenFile_showsTheImportersMessageAndLeavesTheListUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);

    m_driver->typeMembers(QStringLiteral("kept1 kept2"));
    const QStringList before = m_driver->members()->userIds();
    const int warned = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_import->importThroughMenu(m_import->writeFile(fileName, bytes));

    QTRY_COMPARE(MessageBox::answeredInAdvance(), warned + 1);
    const QString expected = ImportError(ImportError::Code(code), fileName).message();
    // The importer's own sentence is shown (its subject may be the path rather than the bare name).
    QVERIFY2(MessageBox::lastText().contains(expected.left(20)), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->findChild<ImportDialog*>());
    QCOMPARE(m_driver->members()->userIds(), before);
}

QTEST_MAIN(TestImport)
#include "tst_Import.moc"
