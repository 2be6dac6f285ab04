#include "members/StringTally.h"

#include <QSet>
#include <QTest>

class TestStringTally : public QObject
{
    Q_OBJECT

private slots:
    void countsRepeatsLikeAwk()
    {
        const QString a = QStringLiteral("user1");
        const QString sameText = QStringLiteral("user1"); // another string with the same characters
        const QString b = QStringLiteral("user2");
        StringTally tally;
        QCOMPARE(tally.add(a), 0);
        QCOMPARE(tally.add(b), 0);
        QCOMPARE(tally.add(sameText), 1);
        QCOMPARE(tally.add(a), 2);
        QCOMPARE(tally.add(a), 3);
        QCOMPARE(tally.add(a), 3); // saturates
        QCOMPARE(tally.add(b), 1);
        QCOMPARE(tally.distinctCount(), 2);
    }

    void viewsOfLargerStrings_areComparedByTheirCharacters()
    {
        const QString line = QStringLiteral("user1,user1x,user1");
        StringTally tally;
        QCOMPARE(tally.add(QStringView(line).sliced(0, 5)), 0);
        QCOMPARE(tally.add(QStringView(line).sliced(6, 6)), 0); // "user1x" starts like "user1"
        QCOMPARE(tally.add(QStringView(line).sliced(13, 5)), 1);
        QCOMPARE(tally.add(QStringView()), 0);
        QCOMPARE(tally.add(QStringView(line).sliced(0, 0)), 1); // empty, at another address
        QCOMPARE(tally.distinctCount(), 3);
    }

    void viewsOfAnyEncoding_areOneStringWhenTheirCharactersAreTheSame()
    {
        // The UTF-8 cells of an imported file meet the UTF-16 ids typed in the window.
        const QString utf16 = QStringLiteral("张三-user1-€😀");
        const QByteArray utf8 = utf16.toUtf8();
        const QByteArray latin1("caf\xE9 au lait, long enough for two words");
        const QString latin1AsUtf16 = QString::fromLatin1(latin1);
        const QByteArray latin1AsUtf8 = latin1AsUtf16.toUtf8();
        StringTally tally;
        QCOMPARE(tally.add(utf16), 0);
        QCOMPARE(tally.add(QUtf8StringView(utf8)), 1);
        QCOMPARE(tally.add(QLatin1StringView(latin1)), 0);
        QCOMPARE(tally.add(latin1AsUtf16), 1);
        QCOMPARE(tally.add(QUtf8StringView(latin1AsUtf8)), 2);
        QCOMPARE(tally.distinctCount(), 2);

        // Every length, across the 8-byte words the hash reads UTF-8 in.
        QString text;
        for (int length = 0; length < 40; ++length) {
            const QByteArray bytes = text.toUtf8();
            QCOMPARE(StringTally::hashOf(text), StringTally::hashOf(QUtf8StringView(bytes)));
            text.append(length % 3 == 0 ? QStringLiteral("员") : QStringLiteral("u"));
        }
        QVERIFY(StringTally::hashOf(QStringLiteral("a")) != StringTally::hashOf(QStringLiteral("b")));
    }

    void growsPastItsExpectedSize_andMatchesAQSet()
    {
        QStringList strings;
        for (int i = 0; i < 50000; ++i)
            strings.append(QStringLiteral("id%1").arg((i * 7919) % 20011));
        StringTally tally; // it has to grow many times
        QSet<QString> reference;
        for (const QString& text : std::as_const(strings)) {
            const bool isNew = !reference.contains(text);
            reference.insert(text);
            QCOMPARE(tally.add(text) == 0, isNew);
        }
        QCOMPARE(tally.distinctCount(), reference.size());
    }
};

QTEST_GUILESS_MAIN(TestStringTally)
#include "tst_StringTally.moc"
