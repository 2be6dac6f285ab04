// Numbers read from DingTalk's replies: whole numbers exactly, anything else refused without a cast out of range.
#include "dingtalk/JsonNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

namespace {
QJsonValue field(const QByteArray& number)
{
    return QJsonDocument::fromJson("{\"n\":" + number + "}").object().value(QStringLiteral("n"));
}
} // namespace

class TestJsonNumber : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumbers_areReadExactly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("errcode") << QByteArray("60011") << qint64(60011);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("written as a real") << QByteArray("40014.0") << qint64(40014);
        QTest::newRow("as a string") << QByteArray("\"33012\"") << qint64(33012);
        // Past 2^53 a double cannot hold every integer: this one is read from the text, not through a double.
        QTest::newRow("past 2^53") << QByteArray("9007199254740993") << qint64(9007199254740993LL);
        QTest::newRow("qint64 minimum") << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::min();
    }

    void wholeNumbers_areReadExactly()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, expected);
        const std::optional<qint64> number = JsonNumber::toInteger(field(json));
        QVERIFY(number.has_value());
        QCOMPARE(*number, expected);
        QCOMPARE(JsonNumber::toText(field(json)),
                 json.startsWith('"') ? QString::fromLatin1(json.mid(1, json.size() - 2)) : QString::number(expected));
    }

    void otherValues_areNoInteger_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("1e300") << QByteArray("1e300") << QStringLiteral("1e+300");
        QTest::newRow("-1e300") << QByteArray("-1e300") << QStringLiteral("-1e+300");
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << QStringLiteral("9223372036854776000");
        QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
        QTest::newRow("text") << QByteArray("\"ok\"") << QStringLiteral("ok");
        QTest::newRow("boolean") << QByteArray("true") << QString();
        QTest::newRow("null") << QByteArray("null") << QString();
        QTest::newRow("object") << QByteArray("{}") << QString();
    }

    void otherValues_areNoInteger()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QVERIFY(!JsonNumber::toInteger(field(json)).has_value());
        QCOMPARE(JsonNumber::toText(field(json)), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonNumber)
#include "tst_JsonNumber.moc"
