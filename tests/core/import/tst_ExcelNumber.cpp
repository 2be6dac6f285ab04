#include "import/ExcelNumber.h"

#include <QTest>

class TestExcelNumber : public QObject
{
    Q_OBJECT

private slots:
    void integers_keepEveryDigit_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("phone as number") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
        QTest::newRow("phone in E-notation") << QStringLiteral("1.3800138E+10") << QStringLiteral("13800138000");
        QTest::newRow("lower-case e, no sign") << QStringLiteral("1.3800138e10") << QStringLiteral("13800138000");
        QTest::newRow("trailing zero fraction") << QStringLiteral("13800138000.0") << QStringLiteral("13800138000");
        QTest::newRow("more digits than a double holds")
            << QStringLiteral("1.23456789012345678E+17") << QStringLiteral("123456789012345678");
        QTest::newRow("zeros appended") << QStringLiteral("5E+3") << QStringLiteral("5000");
        QTest::newRow("leading zeros of a number dropped") << QStringLiteral("007") << QStringLiteral("7");
        QTest::newRow("negative") << QStringLiteral("-1.5E+1") << QStringLiteral("-15");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("negative zero") << QStringLiteral("-0.0") << QStringLiteral("0");
        QTest::newRow("blanks around") << QStringLiteral(" 42 ") << QStringLiteral("42");
        QTest::newRow("negative exponent, still integer") << QStringLiteral("12300E-2") << QStringLiteral("123");
    }

    void integers_keepEveryDigit()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QCOMPARE(ExcelNumber::toText(stored), expected);
    }

    void fractionsAndText_stayAsWritten_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("fraction") << QStringLiteral("1.5");
        QTest::newRow("float noise") << QStringLiteral("0.30000000000000004");
        QTest::newRow("small E-notation") << QStringLiteral("1E-3");
        QTest::newRow("fraction in E-notation") << QStringLiteral("1.23456E+2");
        QTest::newRow("text") << QStringLiteral("abc");
        QTest::newRow("missing exponent digits") << QStringLiteral("1E+");
        QTest::newRow("absurd exponent") << QStringLiteral("1E+999");
        QTest::newRow("empty") << QString();
    }

    void fractionsAndText_stayAsWritten()
    {
        QFETCH(QString, stored);
        QCOMPARE(ExcelNumber::toText(stored), stored.trimmed());
    }
};

QTEST_GUILESS_MAIN(TestExcelNumber)
#include "tst_ExcelNumber.moc"
