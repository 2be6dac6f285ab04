// The QR matrix of a join link: its structure checked module by module, and decoded back by zbarimg from a plain
// PBM image, as a phone's camera would.
#include "joinlink/QrCode.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** True when the 7x7 finder pattern (dark ring, light ring, dark 3x3 core) has its top left corner at x, y. */
bool hasFinderAt(const QrCode& code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = qMax(qAbs(x - 3), qAbs(y - 3)); // 3 outer, 2 light, 0..1 core
            if (code.module(left + x, top + y) != (ring != 2))
                return false;
        }
    }
    return true;
}

/** Writes the code as a PBM image with a quiet zone of 4 modules, `scale` pixels per module. */
QString writePbm(const QrCode& code, const QString& path, int scale)
{
    const int quiet = 4;
    const int side = (code.size() + 2 * quiet) * scale;
    QByteArray image = "P1\n" + QByteArray::number(side) + ' ' + QByteArray::number(side) + '\n';
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - quiet;
            const int y = py / scale - quiet;
            const bool dark = x >= 0 && y >= 0 && x < code.size() && y < code.size() && code.module(x, y);
            image += dark ? "1 " : "0 ";
        }
        image += '\n';
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(image);
    return path;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void matrix_hasTheStructureOfAQrCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("join link") << QStringLiteral(
            "https://qr.dingtalk.com/action/joingroup?code=v1,k1,0123456789abcdef&_dt_no_comment=1&origin=11");
        QTest::newRow("short") << QStringLiteral("hello");
        QTest::newRow("chinese") << QStringLiteral("项目组的入群链接");
    }

    void matrix_hasTheStructureOfAQrCode()
    {
        QFETCH(QString, text);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QVERIFY(code.version() >= 1 && code.version() <= 40);
        QCOMPARE(code.size(), 21 + 4 * (code.version() - 1));
        const int far = code.size() - 7;
        QVERIFY(hasFinderAt(code, 0, 0));
        QVERIFY(hasFinderAt(code, far, 0));
        QVERIFY(hasFinderAt(code, 0, far));
        QVERIFY(!hasFinderAt(code, far, far)); // three corners only
        // Timing pattern: row 6 alternates between the finders.
        for (int x = 8; x < code.size() - 8; ++x)
            QCOMPARE(code.module(x, 6), x % 2 == 0);
    }

    void longerText_needsAHigherVersion()
    {
        QVERIFY(QrCode::encode(QString(200, QLatin1Char('a'))).version()
                > QrCode::encode(QStringLiteral("a")).version());
        QVERIFY(QrCode::encode(QString(5000, QLatin1Char('a'))).isNull()); // beyond version 40
    }

    void matrix_decodesBackToTheLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("join link, 4 px") << QStringLiteral(
            "https://qr.dingtalk.com/action/joingroup?code=v1,k1,AbC123+/=&_dt_no_comment=1&origin=11")
                                         << 4;
        QTest::newRow("long link, 6 px") << QStringLiteral("https://example.com/") + QString(150, QLatin1Char('x'))
                                         << 6;
    }

    void matrix_decodesBackToTheLink()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (package zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString image = writePbm(QrCode::encode(text), dir.filePath(QStringLiteral("code.pbm")), scale);
        QVERIFY(!image.isEmpty());
        QProcess decoder;
        decoder.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), image });
        QVERIFY(decoder.waitForFinished(30000));
        QCOMPARE(decoder.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(decoder.readAllStandardOutput()).trimmed(), text);
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_QrCode.moc"
