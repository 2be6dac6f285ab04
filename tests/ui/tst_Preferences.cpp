// The window's remembered choices: each key's default until written, written at once, in an owner-only file.

#include "Preferences.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Preferences::filePath());
    }

    void neverWritten_givesEachDefault()
    {
        QCOMPARE(Preferences::language(), QString());
        QCOMPARE(Preferences::sandboxOffered(), false);
        QCOMPARE(Preferences::value(Preferences::Key::SandboxOffered),
                 Preferences::defaultValue(Preferences::Key::SandboxOffered));
    }

    void written_isReadBack_fromAnOwnerOnlyFile()
    {
        QVERIFY(Preferences::setValue(Preferences::Key::Language, QStringLiteral("zh_CN")));
        Preferences::setSandboxOffered(true);
        QCOMPARE(Preferences::language(), QStringLiteral("zh_CN"));
        QVERIFY(Preferences::sandboxOffered());
        const QFile::Permissions mode = QFile::permissions(Preferences::filePath());
        QVERIFY(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        QFile file(Preferences::filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        for (const Preferences::Key key : { Preferences::Key::Language, Preferences::Key::SandboxOffered })
            QVERIFY(text.contains(Preferences::keyName(key).section(QLatin1Char('/'), 1).toLatin1()));
    }

    void cleanupTestCase() { QFile::remove(Preferences::filePath()); }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_Preferences.moc"
