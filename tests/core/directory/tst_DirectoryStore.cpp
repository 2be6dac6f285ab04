#include "DirectoryFixture.h"
#include "directory/DirectoryStore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

/** A connection of its own to a directory file, as another process would open it; closed and removed at the end. */
class RawConnection
{
public:
    RawConnection(const QString& file, const QString& name)
        : m_name(name)
    {
        m_database = QSqlDatabase::addDatabase("QSQLITE", name);
        m_database.setDatabaseName(file);
        m_database.open();
    }
    ~RawConnection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_database.isOpen(); }
    QSqlDatabase& database() { return m_database; }

private:
    QString m_name;
    QSqlDatabase m_database;
};

/** The local copy in SQLite: round trip, owner-only files, one file per connection, forget, readers during a save. */
class TestDirectoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void missingFile_isNoDirectory();
    void saveThenLoad_givesTheSameDirectory();
    void save_replacesTheWholeCopy();
    void files_areReadableByTheOwnerOnly();
    void eachConnection_hasItsOwnFile();
    void defaultFile_isUnderTheDataLocation();
    void forget_erasesTheFileAndItsCompanions();
    void readerDuringASave_seesTheOldCopyUntilItCommits();
    void fileOfAnotherFormat_isNoDirectory();

private:
    QString path(const QString& name) const { return m_folder.filePath(name); }

    QTemporaryDir m_folder;
    Directory m_demo;
};

void TestDirectoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_folder.isValid());
    m_demo = DirectoryFixture::demoDirectory();
}

void TestDirectoryStore::missingFile_isNoDirectory()
{
    DirectoryStore store(path("missing.sqlite"));
    QVERIFY(!store.exists());
    QVERIFY(store.load().isNull());
    QVERIFY(store.lastError().isEmpty());
    QVERIFY(!store.syncedAt().isValid());
}

void TestDirectoryStore::saveThenLoad_givesTheSameDirectory()
{
    DirectoryStore store(path("roundtrip.sqlite"));
    QVERIFY2(store.save(m_demo), qPrintable(store.lastError()));
    const Directory loaded = store.load();
    QVERIFY(!loaded.isNull());
    QCOMPARE(loaded.people().size(), m_demo.people().size());
    QCOMPARE(loaded.departments().size(), m_demo.departments().size());
    QCOMPARE(loaded.syncedAt(), m_demo.syncedAt().toUTC());
    QCOMPARE(store.syncedAt(), m_demo.syncedAt().toUTC());
    for (int i = 0; i < loaded.people().size(); i += 97) {
        const DirectoryPerson& a = loaded.people().at(i);
        const DirectoryPerson& b = m_demo.people().at(i);
        QCOMPARE(a.userid, b.userid);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.jobNumber, b.jobNumber);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.departmentIds, b.departmentIds);
        QCOMPARE(a.departmentPaths, b.departmentPaths);
        QCOMPARE(a.active, b.active);
        QCOMPARE(a.mobile, b.mobile);
    }
    QCOMPARE(loaded.department(61)->path, QString("市场部/华东区"));
}

void TestDirectoryStore::save_replacesTheWholeCopy()
{
    DirectoryStore store(path("replace.sqlite"));
    QVERIFY(store.save(m_demo));
    QList<DirectoryPerson> few = m_demo.people().mid(0, 3);
    QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(store.save(Directory(m_demo.departments(), few, later)));
    const Directory loaded = store.load();
    QCOMPARE(loaded.people().size(), 3);
    QCOMPARE(loaded.syncedAt(), later);
}

void TestDirectoryStore::files_areReadableByTheOwnerOnly()
{
    const QString file = path("private/directory.sqlite");
    DirectoryStore store(file);
    QVERIFY(store.save(m_demo));
    // A reader keeps the WAL files in place while the test looks at them.
    RawConnection reader(file, "reader-permissions");
    QVERIFY(reader.isOpen());
    QSqlQuery query(reader.database());
    QVERIFY(query.exec("SELECT COUNT(*) FROM people"));
    QVERIFY(store.save(m_demo));
    QVERIFY(QFileInfo::exists(file + "-wal"));
    QVERIFY(QFileInfo::exists(file + "-shm"));
    for (const QString& name : { file, file + "-wal", file + "-shm" }) {
        QCOMPARE(QFileInfo(name).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
    }
    QCOMPARE(QFileInfo(path("private")).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    query.finish();
}

void TestDirectoryStore::eachConnection_hasItsOwnFile()
{
    ConnectionSettings a;
    a.setServer(QUrl("https://oapi.dingtalk.com"));
    a.appKey = "dingA";
    ConnectionSettings b = a;
    b.appKey = "dingB";
    ConnectionSettings token = a;
    token.appKey.clear();
    token.accessToken = "pasted";
    ConnectionSettings otherToken = token;
    otherToken.accessToken = "another";
    ConnectionSettings otherServer = token;
    otherServer.setServer(QUrl("http://127.0.0.1:8080"));
    QVERIFY(DirectoryStore::connectionKey(a) != DirectoryStore::connectionKey(b));
    QVERIFY(DirectoryStore::connectionKey(a) != DirectoryStore::connectionKey(token));
    // With a pasted token and no app key, one file per server, whatever the token.
    QCOMPARE(DirectoryStore::connectionKey(token), DirectoryStore::connectionKey(otherToken));
    QVERIFY(DirectoryStore::connectionKey(token) != DirectoryStore::connectionKey(otherServer));
    // The file name reveals neither the app key nor the server.
    QVERIFY(!DirectoryStore::defaultFilePath(a).contains("dingA"));
    QVERIFY(!DirectoryStore::defaultFilePath(a).contains("dingtalk.com"));
}

void TestDirectoryStore::defaultFile_isUnderTheDataLocation()
{
    ConnectionSettings settings;
    settings.appKey = "dingA";
    const QString file = DirectoryStore::defaultFilePath(settings);
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/directory/"));
    QVERIFY(file.endsWith(".sqlite"));
    QCOMPARE(DirectoryStore::forConnection(settings).filePath(), file);
}

void TestDirectoryStore::forget_erasesTheFileAndItsCompanions()
{
    const QString file = path("forget.sqlite");
    DirectoryStore store(file);
    QVERIFY(store.save(m_demo));
    QVERIFY(store.exists());
    QVERIFY(store.forget());
    for (const QString& name : { file, file + "-wal", file + "-shm" })
        QVERIFY2(!QFileInfo::exists(name), qPrintable(name));
    QVERIFY(store.load().isNull());
    QVERIFY(store.forget()); // nothing to forget is fine
}

void TestDirectoryStore::readerDuringASave_seesTheOldCopyUntilItCommits()
{
    const QString file = path("concurrent.sqlite");
    DirectoryStore writer(file);
    QVERIFY(writer.save(m_demo));
    RawConnection reader(file, "reader-concurrent");
    QVERIFY(reader.isOpen());
    QSqlQuery query(reader.database());
    // An open read transaction, as another process reading the copy would hold.
    QVERIFY(query.exec("BEGIN"));
    QVERIFY(query.exec("SELECT COUNT(*) FROM people"));
    QVERIFY(query.next());
    const int before = query.value(0).toInt();
    query.finish();
    // The save does not wait for the reader (WAL) ...
    QVERIFY2(writer.save(Directory(m_demo.departments(), m_demo.people().mid(0, 5), QDateTime::currentDateTimeUtc())),
             qPrintable(writer.lastError()));
    // ... and the reader still sees the copy it started with.
    QVERIFY(query.exec("SELECT COUNT(*) FROM people"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), before);
    query.finish();
    QVERIFY(query.exec("COMMIT"));
    QVERIFY(query.exec("SELECT COUNT(*) FROM people"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 5);
    // Another store reads the new copy while this connection is open.
    QCOMPARE(DirectoryStore(file).load().people().size(), 5);
    query.finish();
}

void TestDirectoryStore::fileOfAnotherFormat_isNoDirectory()
{
    const QString file = path("format.sqlite");
    DirectoryStore store(file);
    QVERIFY(store.save(m_demo));
    {
        RawConnection raw(file, "format");
        QSqlQuery query(raw.database());
        QVERIFY(query.exec("UPDATE meta SET value = '99' WHERE key = 'format'"));
    }
    QVERIFY(store.load().isNull());
    QVERIFY(!store.syncedAt().isValid());
    // A new save makes it usable again.
    QVERIFY(store.save(m_demo));
    QVERIFY(!store.load().isNull());
}

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "tst_DirectoryStore.moc"
