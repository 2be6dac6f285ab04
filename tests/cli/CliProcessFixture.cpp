#include "CliProcessFixture.h"

void CliProcessFixture::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(DTG_CLI_PATH)));
    QVERIFY(m_emulator.start());
    m_people = EmulatorFixture::activeEmployeesExceptOwner(m_emulator);
    for (const EmulatedEmployee& person : std::as_const(m_people))
        m_members.append(person.userid);
    QVERIFY(m_members.size() >= 1000);
    QVERIFY(m_dir.isValid());
}

void CliProcessFixture::init()
{
    m_emulator.reset();
    m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(++m_testNumber));
}

void CliProcessFixture::cleanupTestCase()
{
    // Whatever path each test took, nothing it printed may hold the app's secret or a token the emulator issued.
    QVERIFY(holdsNoSecret(m_allOutput));
}
