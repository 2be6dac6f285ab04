// The executable as scripts and the start-up benchmark run it.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestGuiProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsTheVersion();
    void help_listsTheOptions();
    void unknownLanguage_failsWithAMessage();
    void reportShown_printsOnceAndQuits_withTheSandbox();

private:
    QProcessEnvironment environment() const;
    QTemporaryDir m_home;
};

void TestGuiProcess::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(DTG_GUI_PATH)));
}

QProcessEnvironment TestGuiProcess::environment() const
{
    // A fresh home: no remembered language, no real settings touched.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestGuiProcess::version_printsTheVersion()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(DTG_GUI_PATH), { QStringLiteral("--version") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(DTG_VERSION));
}

void TestGuiProcess::help_listsTheOptions()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // --help needs no display at all
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DTG_GUI_PATH), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char* option : { "--sandbox", "--lang", "--version", "--help" })
        QVERIFY2(out.contains(option), option);
}

void TestGuiProcess::unknownLanguage_failsWithAMessage()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(DTG_GUI_PATH), { QStringLiteral("--lang"), QStringLiteral("klingon") });
    QVERIFY(process.waitForFinished(30000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardError().contains("klingon"));
}

void TestGuiProcess::reportShown_printsOnceAndQuits_withTheSandbox()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DTG_REPORT_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("DTG_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DTG_GUI_PATH),
                  { QStringLiteral("--sandbox"), QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("^shown (\\d+)\\n$"));
    const QRegularExpressionMatch match = line.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(1).toLongLong() >= 0);
}

QTEST_GUILESS_MAIN(TestGuiProcess)
#include "tst_GuiProcess.moc"
