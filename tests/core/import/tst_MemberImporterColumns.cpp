#include "import/ColumnGuesser.h"
#include "import/MemberImporter.h"

#include <QTest>

namespace {

ImportedTable tableOf(const QString& csv)
{
    const ImportResult result = MemberImporter::readData(csv.toUtf8());
    return result.table;
}

const QString StaffList = QStringLiteral("姓名,用户ID,手机号,部门\n"
                                         "张三,zhangsan,13800138000,研发部\n"
                                         "李四,,13900139000,研发部\n"
                                         "王五,wangwu,13700137000,市场部\n"
                                         "赵六,,,研发部\n"
                                         "钱七,qianqi,,  研发部 \n");

} // namespace

class TestMemberImporterColumns : public QObject
{
    Q_OBJECT

private slots:
    void everyHeaderAlias_isRecognised_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("role");
        const int id = int(ColumnGuesser::Role::UserId);
        const int phone = int(ColumnGuesser::Role::Phone);
        const int name = int(ColumnGuesser::Role::Name);
        for (const char16_t* title :
             { u"userid", u"UserID", u"USERID", u"用户ID", u"用户id", u"员工ID", u"user id", u"User_Id", u" userid " })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData()) << QString::fromUtf16(title) << id;
        for (const char16_t* title : { u"mobile", u"Mobile", u"手机", u"手机号", u"手机号码", u"电话", u"phone",
                                       u"PHONE", u"手机号：", u"*手机号" })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData()) << QString::fromUtf16(title) << phone;
        for (const char16_t* title : { u"name", u"Name", u"姓名", u" 姓名 " })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData()) << QString::fromUtf16(title) << name;
        // DingTalk keeps the job number apart from the userid: 工号 is a job number, never a userid.
        for (const char16_t* title : { u"工号", u"员工工号", u"员工编号", u"job number", u"Job_Number" })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData())
                << QString::fromUtf16(title) << int(ColumnGuesser::Role::JobNumber);
        for (const char16_t* title : { u"名字", u"员工姓名" })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData()) << QString::fromUtf16(title) << name;
        // 钉钉ID is neither a userid nor a job number.
        for (const char16_t* title : { u"部门", u"department", u"备注", u"", u"钉钉ID" })
            QTest::newRow(QString::fromUtf16(title).toUtf8().constData())
                << QString::fromUtf16(title) << int(ColumnGuesser::Role::None);
    }

    void everyHeaderAlias_isRecognised()
    {
        QFETCH(QString, title);
        QFETCH(int, role);
        QCOMPARE(int(ColumnGuesser::roleOfTitle(title)), role);

        // And in a table, wherever the column is.
        const ImportedTable table = tableOf(QStringLiteral("备注,%1\nx,12345\n").arg(title));
        const ColumnChoice choice = MemberImporter::guessColumns(table);
        if (role == int(ColumnGuesser::Role::UserId))
            QCOMPARE(choice.idColumn, 1);
        else if (role == int(ColumnGuesser::Role::Phone))
            QCOMPARE(choice.phoneColumn, 1);
        else if (role == int(ColumnGuesser::Role::Name))
            QCOMPARE(choice.nameColumn, 1);
    }

    void header_decidesTheColumns()
    {
        const ColumnChoice choice = MemberImporter::guessColumns(tableOf(StaffList));
        QCOMPARE(choice.nameColumn, 0);
        QCOMPARE(choice.idColumn, 1);
        QCOMPARE(choice.phoneColumn, 2);
        QCOMPARE(choice.filterColumn, -1);
    }

    void cells_decideWhereTheHeaderSaysNothing()
    {
        ColumnChoice choice = MemberImporter::guessColumns(
            tableOf(QStringLiteral("张三,13800138000,研发部\n李四,139 0013 9000,市场部\n")));
        QCOMPARE(choice.phoneColumn, 1);
        QCOMPARE(choice.idColumn, -1);
        QCOMPARE(choice.nameColumn, 0);

        choice = MemberImporter::guessColumns(tableOf(QStringLiteral("Person,Account\nAlice,u001\nBob,u002\n")));
        QCOMPARE(choice.idColumn, 1);
        QCOMPARE(choice.phoneColumn, -1);

        // A one-column list: ids, unless they are all mobiles.
        choice = MemberImporter::guessColumns(tableOf(QStringLiteral("zhangsan\nlisi\n")));
        QCOMPARE(choice.idColumn, 0);
        choice = MemberImporter::guessColumns(tableOf(QStringLiteral("13800138000\n+86 139-0013-9000\n")));
        QCOMPARE(choice.phoneColumn, 0);
        QCOMPARE(choice.idColumn, -1);
    }

    void userIdColumn_winsOverPhone_andNoNumberIsUsed()
    {
        const ImportedTable table = tableOf(StaffList);
        const MemberList members = MemberImporter::toMembers(table, MemberImporter::guessColumns(table));
        QCOMPARE(members.size(), 3); // 李四 has only a phone number, 赵六 neither: no lookup is made for them
        QCOMPARE(members.at(0).userid, QStringLiteral("zhangsan"));
        QCOMPARE(members.at(0).mobile, QString());
        QCOMPARE(members.at(0).name, QStringLiteral("张三"));
        QCOMPARE(members.at(0).state, MemberState::Ok);
        QCOMPARE(members.at(0).source, MemberSource::Imported);
        for (const Member& member : members) {
            QVERIFY(member.mobile.isEmpty());
            QCOMPARE(member.state, MemberState::Ok);
        }
        QCOMPARE(members.at(1).userid, QStringLiteral("wangwu"));
        QCOMPARE(members.at(2).userid, QStringLiteral("qianqi"));
    }

    void phoneOnly_givesUnresolvedMembers()
    {
        const ImportedTable table = tableOf(QStringLiteral("姓名,手机号码\n张三,13800138000\n李四,13900139000\n"));
        const MemberList members = MemberImporter::toMembers(table, MemberImporter::guessColumns(table));
        QCOMPARE(members.size(), 2);
        for (const Member& member : members) {
            QVERIFY(member.userid.isEmpty());
            QCOMPARE(member.state, MemberState::Unresolved);
        }
        QCOMPARE(members.at(1).mobile, QStringLiteral("13900139000"));
    }

    void rowFilter_keepsOneDepartment()
    {
        const ImportedTable table = tableOf(StaffList);
        ColumnChoice choice = MemberImporter::guessColumns(table);
        choice.filterColumn = 3;
        choice.filterValue = QStringLiteral("研发部");
        MemberList members = MemberImporter::toMembers(table, choice);
        QCOMPARE(members.size(), 2); // 李四 is in 研发部 too, but has no userid
        QCOMPARE(members.at(0).name, QStringLiteral("张三"));
        QCOMPARE(members.at(1).name, QStringLiteral("钱七")); // its cell was " 研发部 ", trimmed

        choice.filterValue = QStringLiteral("市场部");
        members = MemberImporter::toMembers(table, choice);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().userid, QStringLiteral("wangwu"));

        choice.filterValue = QStringLiteral("财务部");
        QVERIFY(MemberImporter::toMembers(table, choice).isEmpty());
    }

    void distinctValues_feedTheFilterDropDown()
    {
        const ImportedTable table = tableOf(StaffList);
        QCOMPARE(MemberImporter::distinctValues(table, 3),
                 QStringList({ QStringLiteral("研发部"), QStringLiteral("市场部") }));
        QCOMPARE(MemberImporter::distinctValues(table, 1).size(), 3); // empty cells are not a value
        QVERIFY(MemberImporter::distinctValues(table, 9).isEmpty());
    }

    void noColumns_giveNoMembers()
    {
        const ImportedTable table = tableOf(StaffList);
        QVERIFY(MemberImporter::toMembers(table, ColumnChoice()).isEmpty());
        QVERIFY(MemberImporter::toMembers(ImportedTable(), MemberImporter::guessColumns(ImportedTable())).isEmpty());
    }

    void idAndMobileShapes()
    {
        QVERIFY(ColumnGuesser::looksLikeId(u"manager4220"));
        QVERIFY(ColumnGuesser::looksLikeId(u"012345678901234567"));
        QVERIFY(!ColumnGuesser::looksLikeId(u"zhangsan"));
        QVERIFY(!ColumnGuesser::looksLikeId(u"手机号1"));
        QVERIFY(ColumnGuesser::looksLikeMobile(u"13800138000"));
        QVERIFY(ColumnGuesser::looksLikeMobile(u"+86 138-0013-8000"));
        QVERIFY(ColumnGuesser::looksLikeMobile(u"8613800138000"));
        QVERIFY(ColumnGuesser::looksLikeMobile(u"+1 415 555 0100"));
        QVERIFY(!ColumnGuesser::looksLikeMobile(u"12800138000"));
        QVERIFY(!ColumnGuesser::looksLikeMobile(u"1380013800"));
        QVERIFY(!ColumnGuesser::looksLikeMobile(u"u13800138000"));
    }
};

QTEST_GUILESS_MAIN(TestMemberImporterColumns)
#include "tst_MemberImporterColumns.moc"
