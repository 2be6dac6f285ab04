#include "members/MemberTextParser.h"

#include <QTest>

class TestMemberTextParser : public QObject
{
    Q_OBJECT

private slots:
    void pasted_splitsOnEverySeparatorPeopleUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lines") << QStringLiteral("a\nb\r\nc");
        QTest::newRow("commas and semicolons") << QStringLiteral("a,b;c");
        QTest::newRow("tabs and spaces") << QStringLiteral("a\tb  c");
        QTest::newRow("chinese punctuation") << QStringLiteral("a、b，c；");
        QTest::newRow("full-width space") << QStringLiteral("a\u3000b\u3000\u3000c");
        QTest::newRow("no-break spaces") << QStringLiteral("a\u00a0b\u202fc");
        QTest::newRow("mixed with blanks around") << QStringLiteral("  a ,\n\n b ;；、 c\t\n");
    }

    void pasted_splitsOnEverySeparatorPeopleUse()
    {
        QFETCH(QString, text);
        QCOMPARE(MemberTextParser::splitPasted(text),
                 QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    }

    void pasted_emptyText_givesNothing()
    {
        QVERIFY(MemberTextParser::splitPasted(QStringLiteral(" \n\t,，")).isEmpty());
    }

    void lines_keepBlanksInsideAnIdSoValidationCanReportIt()
    {
        QCOMPARE(MemberTextParser::splitLines(QStringLiteral("userid1\r\n\n  user 2  \n\nuserid3")),
                 QStringList({ QStringLiteral("userid1"), QStringLiteral("user 2"), QStringLiteral("userid3") }));
    }
};

QTEST_GUILESS_MAIN(TestMemberTextParser)
#include "tst_MemberTextParser.moc"
