// The members table's model: states kept current as entries change, names from a directory, failed members.

#include "MemberListModel.h"
#include "PersonText.h"

#include <QSignalSpy>
#include <QtTest>

class TestMemberListModel : public QObject
{
    Q_OBJECT

private slots:
    void append_skipsBlanksAndKeepsTheSource();
    void duplicates_areMarkedAfterTheFirst();
    void invalidIds_areMarked();
    void remove_updatesDuplicateStates();
    void edit_replacesTheIdAndRechecks();
    void owner_isNamedInTheStateColumn();
    void names_comeFromTheDirectory();
    void markFailed_showsTheReasonAndClearsOldMarks();
    void changes_areSignalled();
};

void TestMemberListModel::append_skipsBlanksAndKeepsTheSource()
{
    MemberListModel model;
    QCOMPARE(model.append({ QStringLiteral("a"), QString(), QStringLiteral("  "), QStringLiteral(" b ") },
                          MemberSource::Pasted),
             2);
    QCOMPARE(model.userIds(), (QStringList{ "a", "b" }));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(MemberListModel::ColumnCount));
    QCOMPARE(model.members().at(1).source, MemberSource::Pasted);
}

void TestMemberListModel::duplicates_areMarkedAfterTheFirst()
{
    MemberListModel model;
    model.append({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a") }, MemberSource::Typed);
    QCOMPARE(model.members().at(0).state, MemberState::Ok);
    QCOMPARE(model.members().at(2).state, MemberState::Duplicate);
    QVERIFY(model.index(2, MemberListModel::StateColumn).data().toString()
            != model.index(0, MemberListModel::StateColumn).data().toString());
}

void TestMemberListModel::invalidIds_areMarked()
{
    MemberListModel model;
    model.append({ QStringLiteral("a b"), QStringLiteral("ok"), QString::fromUtf8("zero\u200Bwidth") },
                 MemberSource::Imported);
    QCOMPARE(model.members().at(0).state, MemberState::Invalid);
    QCOMPARE(model.members().at(1).state, MemberState::Ok);
    QCOMPARE(model.members().at(2).state, MemberState::Invalid);
}

void TestMemberListModel::remove_updatesDuplicateStates()
{
    MemberListModel model;
    model.append({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c") },
                 MemberSource::Typed);
    model.removeMembers({ 0, 3, 0 });
    QCOMPARE(model.userIds(), (QStringList{ "b", "a" }));
    QCOMPARE(model.members().at(1).state, MemberState::Ok);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMemberListModel::edit_replacesTheIdAndRechecks()
{
    MemberListModel model;
    model.append({ QStringLiteral("a"), QStringLiteral("b") }, MemberSource::Typed);
    const QModelIndex cell = model.index(1, MemberListModel::UserIdColumn);
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, MemberListModel::NameColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(cell, QStringLiteral("a")));
    QCOMPARE(model.members().at(1).state, MemberState::Duplicate);
    QVERIFY(model.setData(cell, QStringLiteral(" x y ")));
    QCOMPARE(model.members().at(1).userid, QStringLiteral("x y"));
    QCOMPARE(model.members().at(1).state, MemberState::Invalid);
    // Emptying a cell removes the entry.
    QVERIFY(model.setData(cell, QString()));
    QCOMPARE(model.rowCount(), 1);
}

void TestMemberListModel::owner_isNamedInTheStateColumn()
{
    MemberListModel model;
    model.append({ QStringLiteral("boss"), QStringLiteral("b") }, MemberSource::Typed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOwner(QStringLiteral(" boss "));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, MemberListModel::StateColumn).data().toString(), MemberListModel::tr("Owner"));
    QCOMPARE(model.index(1, MemberListModel::StateColumn).data().toString(), MemberListModel::tr("Ready"));
}

void TestMemberListModel::names_comeFromTheDirectory()
{
    MemberListModel model;
    model.append({ QStringLiteral("u1"), QStringLiteral("ghost") }, MemberSource::Typed);
    QVERIFY(model.index(0, MemberListModel::NameColumn).data().toString().isEmpty());
    DirectoryPerson person;
    person.userid = QStringLiteral("u1");
    person.name = QString::fromUtf8("张三");
    person.title = QString::fromUtf8("会计");
    person.departmentIds = { 2 };
    const Directory directory({ DirectoryDepartment{ 1, 0, QStringLiteral("Org"), QString(), false },
                                DirectoryDepartment{ 2, 1, QString::fromUtf8("财务部"), QString(), false } },
                              { person }, QDateTime::currentDateTimeUtc());
    model.setDirectory(directory);
    // The name and the department, the title and every department in the tooltip.
    QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(),
             QString::fromUtf8("张三") + PersonText::tr(" · ") + QString::fromUtf8("财务部"));
    QVERIFY(model.index(0, MemberListModel::NameColumn).data(Qt::ToolTipRole).toString().contains(person.title));
    QCOMPARE(model.nameOf(QStringLiteral("u1")), QString::fromUtf8("张三"));
    QVERIFY(model.isInDirectory(QStringLiteral("u1")));
    // Known directory, unknown id: said plainly, so a typo shows before anything is sent.
    QVERIFY(!model.isInDirectory(QStringLiteral("ghost")));
    QCOMPARE(model.index(1, MemberListModel::NameColumn).data().toString(),
             MemberListModel::tr("Not in the directory"));
    QCOMPARE(model.index(1, MemberListModel::StateColumn).data().toString(),
             MemberListModel::tr("Not in the organisation"));
    model.setDirectory(Directory());
    QVERIFY(model.isInDirectory(QStringLiteral("ghost"))); // no directory: nothing to say
}

void TestMemberListModel::markFailed_showsTheReasonAndClearsOldMarks()
{
    MemberListModel model;
    model.append({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, MemberSource::Typed);
    model.markFailed(
        { FailedMember{ QStringLiteral("b"), QString(), QStringLiteral("40031"), QStringLiteral("bad") } });
    QCOMPARE(model.members().at(1).state, MemberState::Missing);
    const QString reason = model.index(1, MemberListModel::StateColumn).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("40031")), qPrintable(reason));
    QCOMPARE(model.index(1, MemberListModel::StateColumn).data(Qt::ToolTipRole).toString(), reason);

    model.markFailed({});
    QCOMPARE(model.members().at(1).state, MemberState::Ok);
}

void TestMemberListModel::changes_areSignalled()
{
    MemberListModel model;
    QSignalSpy changed(&model, &MemberListModel::membersChanged);
    model.append({ QStringLiteral("a") }, MemberSource::Typed);
    model.setData(model.index(0, 0), QStringLiteral("b"));
    model.removeMembers({ 0 });
    QCOMPARE(changed.size(), 3);
    model.setOwner(QStringLiteral("x"));
    model.setDirectory(Directory());
    QCOMPARE(changed.size(), 3); // display-only changes are not edits
}

QTEST_MAIN(TestMemberListModel)
#include "tst_MemberListModel.moc"
