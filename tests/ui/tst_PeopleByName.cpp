// People by name and job number in the window (issue 14, points 4 and 7): an imported 姓名 or 工号 column is
// resolved through the synced directory into userids; a name several people share offers its candidates in the
// People to Check dialog, an unknown one is left out only when the user presses "Add the Others" (Cancel adds
// nothing); typed values are read by the one rule; without a directory a name column is explained and nothing added.

#include "WindowFixture.h"

#include "DirectoryFixture.h"
#include "EmulatorFixture.h"
#include "PeopleResolutionDialog.h"
#include "connections/ProfileStore.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

class TestPeopleByName : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nameColumn_addsTheirUserids_data();
    void nameColumn_addsTheirUserids();
    void jobNumberColumn_addsTheirUserids();
    void sharedName_offersTheCandidates_andTheOneChosenIsAdded_data();
    void sharedName_offersTheCandidates_andTheOneChosenIsAdded();
    void sharedName_leftOut_addsTheOthersOnly();
    void unknownName_isLeftOutOnlyAfterAddTheOthers_data();
    void unknownName_isLeftOutOnlyAfterAddTheOthers();
    void typedNameAndJobNumber_areReadByTheOneRule();
    void typedSharedName_asksWhoIsMeant();
    void withoutDirectory_nameColumnIsExplained_andNothingAdded_data();
    void withoutDirectory_nameColumnIsExplained_andNothingAdded();

private:
    void setLanguage(const QString& language);
    /** Writes a CSV of `rows` and imports it with the columns the importer guessed. */
    void importCsv(const QList<QStringList>& rows);
    PeopleResolutionDialog* resolutionDialog() const;
    QList<EmulatedEmployee> unique(int count) const
    {
        return DirectoryFixture::uniquelyNamed(m_emulator.employees(), count, m_owner);
    }
    /** A name two active people or more share, with their userids. */
    QString sharedName(QStringList* userids) const;
    QStringList listed() const { return m_driver->members()->userIds(); }

    AppTranslator* m_translator = nullptr;
};

void TestPeopleByName::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestPeopleByName::init()
{
    // A connection chosen in an earlier test would be connected again by the next window, away from the emulator.
    QFile::remove(ProfileStore::defaultFilePath());
    m_translator = new AppTranslator;
    m_translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(m_translator));
    QTRY_VERIFY(!m_window->directoryController()->isBusy());
}

void TestPeopleByName::cleanup()
{
    closeWindow();
}

void TestPeopleByName::setLanguage(const QString& language)
{
    switchLanguage(language);
    QCOMPARE(m_translator->language(), language);
}

void TestPeopleByName::importCsv(const QList<QStringList>& rows)
{
    m_import->importThroughMenu(m_import->writeFile(QStringLiteral("people.csv"), ImportDriver::csv(rows)));
    ImportDialog* dialog = m_import->waitForDialog();
    QVERIFY(dialog);
    ImportDriver::clickImport(dialog);
    QTRY_VERIFY(!m_window->findChild<ImportDialog*>(QStringLiteral("importDialog")));
}

PeopleResolutionDialog* TestPeopleByName::resolutionDialog() const
{
    PeopleResolutionDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<PeopleResolutionDialog*>(QStringLiteral("peopleResolutionDialog"));
            return dialog && dialog->isVisible();
        },
        5000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString TestPeopleByName::sharedName(QStringList* userids) const
{
    QHash<QString, QStringList> byName;
    QStringList order;
    for (const EmulatedEmployee& employee : m_emulator.employees()) {
        if (!employee.active)
            continue;
        if (!byName.contains(employee.name))
            order.append(employee.name);
        byName[employee.name].append(employee.userid);
    }
    for (const QString& name : std::as_const(order)) {
        if (byName.value(name).size() >= 2) {
            *userids = byName.value(name);
            return name;
        }
    }
    return QString();
}

void TestPeopleByName::nameColumn_addsTheirUserids_data()
{
    addLanguages();
}

void TestPeopleByName::nameColumn_addsTheirUserids()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    const QList<EmulatedEmployee> people = unique(3);
    QCOMPARE(people.size(), 3);
    QList<QStringList> rows{ { QStringLiteral("姓名"), QStringLiteral("备注") } };
    QStringList expected;
    for (const EmulatedEmployee& person : people) {
        rows.append({ person.name, QStringLiteral("x") });
        expected.append(person.userid);
    }
    importCsv(rows);
    QTRY_COMPARE(listed(), expected);
    QVERIFY(!m_window->findChild<PeopleResolutionDialog*>()); // nothing to ask
    for (const Member& member : m_driver->members()->members()) {
        QCOMPARE(member.state, MemberState::Ok);
        QCOMPARE(member.source, MemberSource::Imported);
    }
    // Shown by the name the directory gives them.
    QVERIFY(m_driver->members()->index(0, MemberListModel::NameColumn).data().toString().contains(people.first().name));
}

void TestPeopleByName::jobNumberColumn_addsTheirUserids()
{
    QVERIFY(syncDirectory());
    const QList<EmulatedEmployee> people = unique(2);
    QCOMPARE(people.size(), 2);
    // 工号 decides even where the name beside it is wrong: a job-number column is read as job numbers only.
    importCsv({ { QStringLiteral("工号"), QStringLiteral("姓名") },
                { people.at(0).jobNumber, QStringLiteral("某某") },
                { people.at(1).jobNumber, people.at(1).name } });
    QTRY_COMPARE(listed(), (QStringList{ people.at(0).userid, people.at(1).userid }));
}

void TestPeopleByName::sharedName_offersTheCandidates_andTheOneChosenIsAdded_data()
{
    addLanguages();
}

void TestPeopleByName::sharedName_offersTheCandidates_andTheOneChosenIsAdded()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    QStringList namesakes;
    const QString name = sharedName(&namesakes);
    QVERIFY(!name.isEmpty());
    const EmulatedEmployee other = unique(1).value(0);
    importCsv({ { QStringLiteral("姓名") }, { other.name }, { name } });

    PeopleResolutionDialog* dialog = resolutionDialog();
    QVERIFY(dialog);
    QVERIFY(listed().isEmpty()); // nothing is added before the user has chosen
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("candidateCombo0"));
    QVERIFY(combo);
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("candidateCombo1")));
    QVERIFY(!dialog->findChild<QListWidget*>(QStringLiteral("unknownPeopleList"))->isVisibleTo(dialog));
    // "Leave out" first, then every namesake, each told apart by department, title and userid.
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(0),
             language == QLatin1String("en") ? QStringLiteral("Leave out") : QStringLiteral("不添加"));
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i) {
        offered.append(combo->itemData(i).toString());
        QVERIFY(combo->itemText(i).startsWith(name));
        QVERIFY(combo->itemText(i).endsWith(combo->itemData(i).toString()));
    }
    std::sort(offered.begin(), offered.end());
    std::sort(namesakes.begin(), namesakes.end());
    QCOMPARE(offered, namesakes);
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addOthersButton"));
    QCOMPARE(add->text(), language == QLatin1String("en") ? QStringLiteral("Add") : QStringLiteral("添加"));

    combo->setCurrentIndex(2); // the second namesake
    const QString chosen = combo->currentData().toString();
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(listed(), (QStringList{ other.userid, chosen }));
}

void TestPeopleByName::sharedName_leftOut_addsTheOthersOnly()
{
    QVERIFY(syncDirectory());
    QStringList namesakes;
    const QString name = sharedName(&namesakes);
    const EmulatedEmployee other = unique(1).value(0);
    importCsv({ { QStringLiteral("姓名") }, { name }, { other.name } });
    PeopleResolutionDialog* dialog = resolutionDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addOthersButton")), Qt::LeftButton);
    QTRY_COMPARE(listed(), QStringList{ other.userid });
}

void TestPeopleByName::unknownName_isLeftOutOnlyAfterAddTheOthers_data()
{
    addLanguages();
}

void TestPeopleByName::unknownName_isLeftOutOnlyAfterAddTheOthers()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(syncDirectory());
    const EmulatedEmployee known = unique(1).value(0);
    const QString nobody = QStringLiteral("查无此人");
    const QList<QStringList> rows{ { QStringLiteral("姓名") }, { nobody }, { known.name } };

    // Cancel: nothing is added, the known person neither.
    importCsv(rows);
    PeopleResolutionDialog* dialog = resolutionDialog();
    QVERIFY(dialog);
    auto* unknown = dialog->findChild<QListWidget*>(QStringLiteral("unknownPeopleList"));
    QCOMPARE(unknown->count(), 1);
    QCOMPARE(unknown->item(0)->text(), nobody);
    QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("candidateCombo0")));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addOthersButton"));
    QCOMPARE(add->text(),
             language == QLatin1String("en") ? QStringLiteral("Add the Others") : QStringLiteral("添加其余的人"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelResolutionButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PeopleResolutionDialog*>());
    QVERIFY(listed().isEmpty());

    // Add the Others: the unknown name is left out, the known person added.
    importCsv(rows);
    dialog = resolutionDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addOthersButton")), Qt::LeftButton);
    QTRY_COMPARE(listed(), QStringList{ known.userid });
}

void TestPeopleByName::typedNameAndJobNumber_areReadByTheOneRule()
{
    QVERIFY(syncDirectory());
    const QList<EmulatedEmployee> people = unique(2);
    QCOMPARE(people.size(), 2);
    m_driver->typeMembers(people.at(0).name + QStringLiteral(", ") + people.at(1).jobNumber
                          + QStringLiteral(", userid1"));
    QTRY_COMPARE(listed(), (QStringList{ people.at(0).userid, people.at(1).userid, QStringLiteral("userid1") }));
    QCOMPARE(m_driver->members()->members().constFirst().source, MemberSource::Typed);

    // An id the directory does not know stays as typed: it is flagged before Create, not dropped.
    m_driver->paste(QStringLiteral("nobody-such-9"));
    QTRY_COMPARE(listed().constLast(), QStringLiteral("nobody-such-9"));
    QVERIFY(!m_window->findChild<PeopleResolutionDialog*>());
}

void TestPeopleByName::typedSharedName_asksWhoIsMeant()
{
    QVERIFY(syncDirectory());
    QStringList namesakes;
    const QString name = sharedName(&namesakes);
    m_driver->paste(name + QStringLiteral("\nuserid1"));
    PeopleResolutionDialog* dialog = resolutionDialog();
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("candidateCombo0"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1 + namesakes.size());
    combo->setCurrentIndex(1);
    const QString chosen = combo->currentData().toString();
    QVERIFY(namesakes.contains(chosen));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addOthersButton")), Qt::LeftButton);
    QTRY_COMPARE(listed(), (QStringList{ chosen, QStringLiteral("userid1") }));
    QCOMPARE(m_driver->members()->members().constFirst().source, MemberSource::Pasted);
}

void TestPeopleByName::withoutDirectory_nameColumnIsExplained_andNothingAdded_data()
{
    addLanguages();
}

void TestPeopleByName::withoutDirectory_nameColumnIsExplained_andNothingAdded()
{
    QFETCH(QString, language);
    setLanguage(language);
    QVERIFY(!m_window->directoryController()->hasDirectory());
    const EmulatedEmployee person = unique(1).value(0);
    const int answered = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    importCsv({ { QStringLiteral("姓名"), QStringLiteral("部门") }, { person.name, QStringLiteral("x") } });
    QTRY_COMPARE(MessageBox::answeredInAdvance(), answered + 1);
    QVERIFY2(MessageBox::lastText().contains(language == QLatin1String("en") ? QStringLiteral("Sync the directory")
                                                                             : QStringLiteral("同步通讯录")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(listed().isEmpty());
    QVERIFY(!m_window->findChild<PeopleResolutionDialog*>());

    // A userid column needs no directory.
    importCsv({ { QStringLiteral("userid"), QStringLiteral("姓名") }, { person.userid, person.name } });
    QTRY_COMPARE(listed(), QStringList{ person.userid });
}

QTEST_MAIN(TestPeopleByName)
#include "tst_PeopleByName.moc"
