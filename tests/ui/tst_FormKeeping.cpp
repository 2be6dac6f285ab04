// Nothing typed is lost: Clear, a preset and "create a similar group" can be undone, the form is autosaved and comes
// back at the next start (not once its group exists), and a preset brings its members back with their names.

#include "AfterCreateDriver.h"

#include "HistoryDialog.h"
#include "PresetsMenu.h"
#include "i18n/AppTranslator.h"
#include "presets/PresetStore.h"

#include <QCheckBox>
#include <QStatusBar>
#include <QTableView>

class TestFormKeeping : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clear_120Members_canBeUndone();
    void clear_undo_inChinese();
    void preset_keepsTheNames_andCanBeUndone();
    void createSimilar_overAFormWithWork_canBeUndone();
    void draft_comesBackAtTheNextStart();
    void draft_ofACreatedGroup_doesNotComeBack();

private:
    QAbstractButton* undoButton() const { return m_driver->get<QAbstractButton>("undoButton"); }
    QString draftPath() const { return m_dir->filePath(QStringLiteral("draft.json")); }
    /** 120 people with their names, as an import of the staff list leaves them. */
    MemberList staffList() const;

protected:
    void prepareWindow(MainWindow& window) override
    {
        AfterCreateFixture::prepareWindow(window);
        window.setDraftFilePath(draftPath());
    }
};

void TestFormKeeping::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestFormKeeping::init()
{
    auto* translator = new AppTranslator;
    translator->setLanguage(QStringLiteral("en"));
    QVERIFY(openWindow(translator));
}

void TestFormKeeping::cleanup()
{
    closeWindow();
}

MemberList TestFormKeeping::staffList() const
{
    MemberList members;
    const QStringList ids = employeeIds(120);
    for (int i = 0; i < ids.size(); ++i) {
        Member member = Member::fromUserId(ids.at(i), MemberSource::Imported);
        member.name = QStringLiteral("员工 %1").arg(i + 1);
        members.append(member);
    }
    return members;
}

void TestFormKeeping::clear_120Members_canBeUndone()
{
    m_driver->setName(QStringLiteral("Staff"));
    m_driver->setOwner(m_owner);
    m_driver->members()->appendMembers(staffList());
    QVERIFY(!undoButton()->isVisible());
    QTest::mouseClick(m_driver->get<QAbstractButton>("clearMembersButton"), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 0);
    QVERIFY(undoButton()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("120")));

    QTest::mouseClick(undoButton(), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 120);
    QCOMPARE(m_driver->members()->members().at(7).name, QStringLiteral("员工 8"));
    QVERIFY(!undoButton()->isVisible());
}

void TestFormKeeping::clear_undo_inChinese()
{
    switchLanguage(QStringLiteral("zh_CN"));
    m_driver->members()->appendMembers(staffList().mid(0, 3));
    QTest::mouseClick(m_driver->get<QAbstractButton>("clearMembersButton"), Qt::LeftButton);
    QCOMPARE(undoButton()->text(), QStringLiteral("撤销(&U)"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("已从成员列表中移除")));
}

void TestFormKeeping::preset_keepsTheNames_andCanBeUndone()
{
    Preset preset;
    preset.name = QStringLiteral("HR team");
    preset.owner = m_owner;
    preset.settings.searchable = true;
    preset.members = staffList().mid(0, 5);
    QVERIFY(m_window->afterCreate()->presetStore()->save(preset));
    m_window->afterCreate()->presetsMenu()->rebuild();

    m_driver->setName(QStringLiteral("Work in progress"));
    m_driver->members()->appendMembers(staffList().mid(50, 70));
    m_window->afterCreate()->presetsMenu()->presetAction(QStringLiteral("HR team"))->trigger();
    QCOMPARE(int(m_driver->members()->members().size()), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_driver->members()->members().at(i).name, preset.members.at(i).name);
    QCOMPARE(m_driver->members()->data(m_driver->members()->index(2, MemberListModel::NameColumn)).toString(),
             QStringLiteral("员工 3"));
    QVERIFY(m_driver->get<QCheckBox>("searchableCheckBox")->isChecked());

    QTest::mouseClick(undoButton(), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 70);
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Work in progress"));
    QVERIFY(!m_driver->get<QCheckBox>("searchableCheckBox")->isChecked());
}

void TestFormKeeping::createSimilar_overAFormWithWork_canBeUndone()
{
    QCOMPARE(create(QStringLiteral("Earlier"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    // The created form itself is in the history: replacing it loses nothing, so no Undo is needed for it.
    m_driver->setName(QStringLiteral("Next"));
    m_driver->members()->clear();
    m_driver->members()->appendMembers(staffList());
    createSimilarFromNewestEntry();
    QCOMPARE(int(m_driver->members()->members().size()), 3);
    QVERIFY(undoButton()->isVisible());
    QTest::mouseClick(undoButton(), Qt::LeftButton);
    QCOMPARE(int(m_driver->members()->members().size()), 120);
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Next"));
}

void TestFormKeeping::draft_comesBackAtTheNextStart()
{
    m_driver->setName(QStringLiteral("Unfinished"));
    m_driver->setOwner(m_owner);
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(true);
    m_driver->members()->appendMembers(staffList());
    Member phone;
    phone.mobile = QStringLiteral("13800138000");
    phone.state = MemberState::Unresolved;
    m_driver->members()->appendMembers({ phone });
    // Autosaved a moment after the last change, without a quit.
    QTRY_VERIFY(QFile::exists(draftPath()));
    QVERIFY(m_window->close());
    m_import.reset();
    m_driver.reset();
    m_window.reset();

    // The next start, with the same files.
    m_window = std::make_unique<MainWindow>();
    prepareWindow(*m_window);
    m_window->useEmulator(&m_emulator);
    m_driver = std::make_unique<WindowDriver>(m_window.get());
    QVERIFY(m_window->restoreDraft());
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Unfinished"));
    QCOMPARE(m_driver->ownerCombo()->currentText(), m_owner);
    QVERIFY(m_driver->get<QCheckBox>("allMutedCheckBox")->isChecked());
    QCOMPARE(int(m_driver->members()->members().size()), 121);
    QCOMPARE(m_driver->members()->members().at(119).name, QStringLiteral("员工 120"));
    QCOMPARE(m_driver->members()->members().at(120).state, MemberState::Unresolved);
    QCOMPARE(m_driver->members()->unresolvedMobiles(), QStringList{ QStringLiteral("13800138000") });
}

void TestFormKeeping::draft_ofACreatedGroup_doesNotComeBack()
{
    QCOMPARE(create(QStringLiteral("Done"), employeeIds(2)).outcome, CreateResult::Outcome::Created);
    QVERIFY(m_window->close());
    QVERIFY(!QFile::exists(draftPath()));
    MainWindow next;
    next.setDraftFilePath(draftPath());
    QVERIFY(!next.restoreDraft());
}

QTEST_MAIN(TestFormKeeping)
#include "tst_FormKeeping.moc"
