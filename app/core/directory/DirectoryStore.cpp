#include "DirectoryStore.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr int BusyTimeoutMs = 10000;

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS departments (position INTEGER PRIMARY KEY, id INTEGER NOT NULL, parent_id INTEGER "
    "NOT NULL, name TEXT NOT NULL, skipped INTEGER NOT NULL)",
    // department_ids: the ids joined with ','; mobile: DirectoryPerson::mobileKey().
    "CREATE TABLE IF NOT EXISTS people (position INTEGER PRIMARY KEY, userid TEXT NOT NULL, name TEXT NOT NULL, "
    "job_number TEXT NOT NULL, title TEXT NOT NULL, department_ids TEXT NOT NULL, active INTEGER NOT NULL, mobile "
    "TEXT NOT NULL)",
};

/** One QSQLITE connection for the length of one store call: Qt's connections belong to the thread that made them. */
class Connection
{
public:
    explicit Connection(const QString& filePath)
    {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("dtg-directory-%1").arg(counter.fetchAndAddRelaxed(1));
        m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_database.setDatabaseName(filePath);
        m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    ~Connection()
    {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& database() { return m_database; }

private:
    QString m_name;
    QSqlDatabase m_database;
};

bool run(QSqlDatabase& database, const QString& statement, QString* error)
{
    QSqlQuery query(database);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

QString joinedIds(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<qint64> splitIds(const QString& text)
{
    QList<qint64> ids;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// Qt binds a null QString as SQL NULL; the columns hold text, empty or not.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QStringList companions(const QString& filePath)
{
    return { filePath, filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm"),
             filePath + QStringLiteral("-journal") };
}

} // namespace

DirectoryStore::DirectoryStore(const QString& filePath)
    : m_filePath(filePath)
{
}

DirectoryStore DirectoryStore::forConnection(const ConnectionSettings& connection)
{
    return DirectoryStore(defaultFilePath(connection));
}

QString DirectoryStore::connectionKey(const ConnectionSettings& connection)
{
    // The directory calls go to the legacy host whichever generation the connection speaks.
    QString identity = connection.legacyBaseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                           .toString(QUrl::RemoveUserInfo);
    if (!connection.appKey.isEmpty())
        identity += QLatin1Char('\n') + connection.appKey;
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString DirectoryStore::defaultFilePath(const ConnectionSettings& connection)
{
    return filePathIn(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), connection);
}

QString DirectoryStore::filePathIn(const QString& dataFolder, const ConnectionSettings& connection)
{
    return dataFolder + QStringLiteral("/directory/") + connectionKey(connection) + QStringLiteral(".sqlite");
}

bool DirectoryStore::exists() const
{
    return QFileInfo::exists(m_filePath);
}

Directory DirectoryStore::load()
{
    m_lastError.clear();
    if (!exists())
        return Directory();
    Connection connection(m_filePath);
    QSqlDatabase& database = connection.database();
    if (!database.open()) {
        m_lastError = tr("The directory file \"%1\" cannot be opened: %2").arg(m_filePath, database.lastError().text());
        return Directory();
    }
    // One read transaction: the three tables come from the same copy even while another process saves a new one.
    QString error;
    if (!run(database, QStringLiteral("BEGIN"), &error)) {
        m_lastError = tr("The directory file \"%1\" cannot be read: %2").arg(m_filePath, error);
        return Directory();
    }
    QHash<QString, QString> meta;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        m_lastError = tr("The directory file \"%1\" cannot be read: %2").arg(m_filePath, query.lastError().text());
        return Directory();
    }
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    // A file of another format, or one whose first save never committed, is as good as none: a sync makes it anew.
    if (meta.value(QStringLiteral("format")).toInt() != FormatVersion)
        return Directory();

    QList<DirectoryDepartment> departments;
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name, skipped FROM departments ORDER BY position"))) {
        m_lastError = tr("The directory file \"%1\" cannot be read: %2").arg(m_filePath, query.lastError().text());
        return Directory();
    }
    while (query.next()) {
        DirectoryDepartment department;
        department.id = query.value(0).toLongLong();
        department.parentId = query.value(1).toLongLong();
        department.name = query.value(2).toString();
        department.skipped = query.value(3).toBool();
        departments.append(department);
    }
    QList<DirectoryPerson> people;
    if (!query.exec(QStringLiteral("SELECT userid, name, job_number, title, department_ids, active, mobile FROM people "
                                   "ORDER BY position"))) {
        m_lastError = tr("The directory file \"%1\" cannot be read: %2").arg(m_filePath, query.lastError().text());
        return Directory();
    }
    while (query.next()) {
        DirectoryPerson person;
        person.userid = query.value(0).toString();
        person.name = query.value(1).toString();
        person.jobNumber = query.value(2).toString();
        person.title = query.value(3).toString();
        person.departmentIds = splitIds(query.value(4).toString());
        person.active = query.value(5).toBool();
        person.mobile = query.value(6).toString();
        people.append(std::move(person));
    }
    query.finish();
    run(database, QStringLiteral("COMMIT"), &error);
    const QDateTime syncedAt = QDateTime::fromString(meta.value(QStringLiteral("synced_at")), Qt::ISODateWithMs);
    return Directory(departments, people, syncedAt);
}

QDateTime DirectoryStore::syncedAt()
{
    m_lastError.clear();
    if (!exists())
        return QDateTime();
    Connection connection(m_filePath);
    QSqlDatabase& database = connection.database();
    if (!database.open())
        return QDateTime();
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('format', 'synced_at')")))
        return QDateTime();
    QDateTime syncedAt;
    bool rightFormat = false;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("format"))
            rightFormat = query.value(1).toInt() == FormatVersion;
        else
            syncedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    }
    return rightFormat ? syncedAt : QDateTime();
}

bool DirectoryStore::save(const Directory& directory)
{
    m_lastError.clear();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = tr("The folder \"%1\" cannot be created.").arg(info.absolutePath());
        return false;
    }
    QFile::setPermissions(info.absolutePath(), OwnerOnly | QFileDevice::ExeOwner);
    // Created empty and owner-only before SQLite opens it, so the file is never readable by others, not even for a
    // moment; SQLite creates the -wal and -shm files with the same mode.
    if (!info.exists()) {
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            m_lastError = tr("The directory file \"%1\" cannot be created: %2").arg(m_filePath, file.errorString());
            return false;
        }
        file.close();
    }
    QFile::setPermissions(m_filePath, OwnerOnly);

    Connection connection(m_filePath);
    QSqlDatabase& database = connection.database();
    const auto failed = [this](const QString& why) {
        m_lastError = tr("The directory could not be saved in \"%1\": %2").arg(m_filePath, why);
        return false;
    };
    if (!database.open())
        return failed(database.lastError().text());
    QString error;
    if (!run(database, QStringLiteral("PRAGMA journal_mode=WAL"), &error))
        return failed(error);
    // IMMEDIATE: takes the write lock at once, so two savers queue up instead of one failing halfway.
    if (!run(database, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return failed(error);
    const auto rollBack = [&](const QString& why) {
        QString ignored;
        run(database, QStringLiteral("ROLLBACK"), &ignored);
        return failed(why);
    };
    for (const char* statement : kSchema) {
        if (!run(database, QLatin1String(statement), &error))
            return rollBack(error);
    }
    for (const char* table : { "meta", "departments", "people" }) {
        if (!run(database, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), &error))
            return rollBack(error);
    }

    QSqlQuery insert(database);
    if (!insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)")))
        return rollBack(insert.lastError().text());
    const QList<QPair<QString, QString>> meta{
        { QStringLiteral("format"), QString::number(FormatVersion) },
        { QStringLiteral("synced_at"), directory.syncedAt().toUTC().toString(Qt::ISODateWithMs) },
    };
    for (const auto& [key, value] : meta) {
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec())
            return rollBack(insert.lastError().text());
    }
    if (!insert.prepare(
            QStringLiteral("INSERT INTO departments (position, id, parent_id, name, skipped) VALUES (?, ?, ?, ?, ?)")))
        return rollBack(insert.lastError().text());
    int position = 0;
    for (const DirectoryDepartment& department : directory.departments()) {
        insert.addBindValue(position++);
        insert.addBindValue(department.id);
        insert.addBindValue(department.parentId);
        insert.addBindValue(text(department.name));
        insert.addBindValue(department.skipped ? 1 : 0);
        if (!insert.exec())
            return rollBack(insert.lastError().text());
    }
    if (!insert.prepare(QStringLiteral("INSERT INTO people (position, userid, name, job_number, title, department_ids, "
                                       "active, mobile) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return rollBack(insert.lastError().text());
    position = 0;
    for (const DirectoryPerson& person : directory.people()) {
        insert.addBindValue(position++);
        insert.addBindValue(text(person.userid));
        insert.addBindValue(text(person.name));
        insert.addBindValue(text(person.jobNumber));
        insert.addBindValue(text(person.title));
        insert.addBindValue(joinedIds(person.departmentIds));
        insert.addBindValue(person.active ? 1 : 0);
        insert.addBindValue(text(person.mobile));
        if (!insert.exec())
            return rollBack(insert.lastError().text());
    }
    insert.finish();
    if (!run(database, QStringLiteral("COMMIT"), &error))
        return rollBack(error);
    for (const QString& path : companions(m_filePath)) {
        if (QFileInfo::exists(path))
            QFile::setPermissions(path, OwnerOnly);
    }
    return true;
}

bool DirectoryStore::forget()
{
    m_lastError.clear();
    for (const QString& path : companions(m_filePath)) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            m_lastError = tr("The directory file \"%1\" cannot be deleted.").arg(path);
            return false;
        }
    }
    return true;
}
