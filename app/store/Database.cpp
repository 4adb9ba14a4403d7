#include "Database.h"

#include "Migrations.h"
#include "SqlHelpers.h"
#include "SqliteLibrary.h"
#include "VerifiedFileStamp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "lanyard.store")

namespace
{
/** Files this process checked (or found as a clean close left them), on any thread. */
QMutex s_verifiedMutex;
QSet<QString> s_verified;

void rememberVerified(const QString &path)
{
    const QMutexLocker lock(&s_verifiedMutex);
    s_verified.insert(QFileInfo(path).absoluteFilePath());
}

bool verifiedInThisProcess(const QString &path)
{
    const QMutexLocker lock(&s_verifiedMutex);
    return s_verified.contains(QFileInfo(path).absoluteFilePath());
}

/**
 * Closes and forgets a connection. The last connection to a file, in every process, takes the
 * write-ahead log with it: a file this process has checked is then stamped as it was left, so
 * that the next start can skip the full check (VerifiedFileStamp).
 */
void closeNamedConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    QString path;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        path = db.databaseName();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!path.isEmpty() && verifiedInThisProcess(path))
        VerifiedFileStamp::recordIfClosed(path);
}

/** Connection names opened by this thread, removed when the thread ends. */
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            closeNamedConnection(name);
    }
};
thread_local ThreadConnections t_connections;

/** How many Database objects of this thread are on each path (they share its connection). */
thread_local QHash<QString, int> t_objectsOnPath;
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
{
    ++t_objectsOnPath[m_path];
}

Database::~Database()
{
    // The last object on the file closes this thread's connection, here rather than at the
    // thread's end, when Qt may already have dropped it: a clean close is what stamps the file.
    if (--t_objectsOnPath[m_path] > 0)
        return;
    t_objectsOnPath.remove(m_path);
    closeThisThreadsConnection();
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/lanyard"_s;
    return QDir(dir).filePath(u"lanyard.sqlite"_s);
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("LANYARD_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

QString Database::connectionNameForThisThread() const
{
    return u"lanyard:%1:%2"_s.arg(m_path).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

namespace
{
/** SQLite's result codes (the primary part) that say the file's content is not a usable database. */
bool isContentError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    constexpr int sqliteCorrupt = 11;
    constexpr int sqliteNotADatabase = 26;
    return ok && (code == sqliteCorrupt || code == sqliteNotADatabase);
}

/** The 16 bytes every SQLite 3 database file starts with. */
constexpr char kSqliteHeader[] = "SQLite format 3";

/** Paths this process has opened through SQLite, on any thread (never forgotten). */
QMutex s_openedMutex;
QSet<QString> s_opened;

bool openedInThisProcess(const QString &path)
{
    const QMutexLocker lock(&s_openedMutex);
    return s_opened.contains(QFileInfo(path).absoluteFilePath());
}

void rememberOpened(const QString &path)
{
    const QMutexLocker lock(&s_openedMutex);
    s_opened.insert(QFileInfo(path).absoluteFilePath());
}

/** SQLite's SQLITE_NOTADB: the file does not start as an SQLite database does. */
bool isNotADatabase(const QSqlError &error)
{
    bool ok = false;
    constexpr int sqliteNotADatabase = 26;
    return (error.nativeErrorCode().toInt(&ok) & 0xff) == sqliteNotADatabase && ok;
}
} // namespace

QString SetAsideDatabase::message() const
{
    return u"%1 %2; it was kept as %3 and Lanyard started a new database in its place"_s.arg(path, detail, keptAs);
}

QSqlDatabase Database::openConnection(const QString &name, QString *errorMessage) const
{
    SqliteLibrary::configureBeforeFirstConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    // Another process may hold the write lock for the length of an import: a write waits for it
    // rather than failing and dropping a change.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=60000"_s);
    if (!db.open()) {
        if (errorMessage)
            *errorMessage = u"cannot open database %1: %2"_s.arg(m_path, db.lastError().text());
        return db;
    }
    t_connections.names.append(name);
    rememberOpened(m_path);
    return db;
}

bool Database::configure(const QSqlDatabase &db, QString *errorMessage) const
{
    QSqlQuery pragma(db);
    // The page size is set before anything is written, so it applies to a new database only (an
    // existing file keeps its own). WAL: readers (the CLI, a second window) never block the writer
    // and a killed write rolls back.
    for (const QString &statement : {u"PRAGMA page_size=%1"_s.arg(kNewPageSize), u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                     u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA temp_store=MEMORY"_s}) {
        if (!pragma.exec(statement)) {
            if (errorMessage)
                *errorMessage = u"cannot configure database %1: %2"_s.arg(m_path, pragma.lastError().text());
            return false;
        }
    }
    return true;
}

void Database::closeConnection(const QString &name) const
{
    closeNamedConnection(name);
}

std::optional<SetAsideDatabase> Database::inspectHeader(QString *errorMessage) const
{
    const QFileInfo info(m_path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return std::nullopt; // a new database
    if (!info.isFile()) {
        *errorMessage = u"cannot use %1 as the database: it is not a file"_s.arg(m_path);
        return std::nullopt;
    }
    // Once this process has had the file open through SQLite (on any thread), it is never read
    // through a handle of Lanyard's own again: closing such a handle drops every POSIX lock this
    // process holds on the file, SQLite's included. Another process would then take itself for
    // the last user, checkpoint and delete the write-ahead log under the open connection, which
    // reads an old snapshot from then on (a window that never sees other writers) and may find
    // the file "malformed". SQLite's own read-only connection tells then (inspectContent).
    if (openedInThisProcess(m_path))
        return std::nullopt;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = u"cannot read the database %1: %2"_s.arg(m_path, file.errorString());
        return std::nullopt;
    }
    if (file.read(sizeof kSqliteHeader) == QByteArrayView(kSqliteHeader, sizeof kSqliteHeader))
        return std::nullopt;
    SetAsideDatabase found;
    found.reason = SetAsideDatabase::Reason::NotSqlite;
    found.detail = u"is not an SQLite database"_s;
    return found;
}

std::optional<SetAsideDatabase> Database::inspectContent(const QSqlDatabase &db, bool checkPages, QString *errorMessage) const
{
    SetAsideDatabase found;
    // quick_check reads every page but skips the index cross-checks. A file as a clean close
    // left it (VerifiedFileStamp) was checked then; it is only asked for its schema version,
    // which needs page 1 and so still tells a file that is not SQLite at all.
    Sql::IntegrityReport check;
    if (checkPages)
        check = Sql::checkIntegrity(db, Sql::IntegrityCheck::Quick);
    else
        check.ran = true;
    if (!check.ran) {
        if (isNotADatabase(check.error)) {
            found.reason = SetAsideDatabase::Reason::NotSqlite;
            found.detail = u"is not an SQLite database"_s;
            return found;
        }
        if (isContentError(check.error)) {
            found.reason = SetAsideDatabase::Reason::FailedCheck;
            found.detail = u"is damaged (%1)"_s.arg(check.error.databaseText());
            return found;
        }
        *errorMessage = u"cannot check the database %1: %2"_s.arg(m_path, check.error.text());
        return std::nullopt;
    }
    if (!check.problems.isEmpty()) {
        found.reason = SetAsideDatabase::Reason::FailedCheck;
        found.detail = u"failed SQLite's integrity check (%1)"_s.arg(check.problems.mid(0, 3).join(u"; "_s).left(300));
        return found;
    }

    const int version = Migrations::versionOf(db, errorMessage);
    if (version < 0)
        return std::nullopt;
    if (version > Migrations::latestVersion()) {
        found.reason = SetAsideDatabase::Reason::NewerVersion;
        found.detail =
            u"was written by a newer Lanyard (schema %1; this version knows up to %2)"_s.arg(version).arg(Migrations::latestVersion());
        return found;
    }
    if (version == 0) {
        // Tables but no schema version: another program's database, given by mistake with --db.
        // Moving it aside would break that program, and migrating would write into it: refuse.
        QSqlQuery query(db);
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
            *errorMessage = Sql::describeError(query, u"cannot read the database %1"_s.arg(m_path));
            return std::nullopt;
        }
        if (query.value(0).toInt() > 0)
            *errorMessage = u"%1 is an SQLite database of another program, not Lanyard's; it was left as it is "
                            "(choose another file with --db)"_s.arg(m_path);
    }
    return std::nullopt;
}

bool Database::moveAside(SetAsideDatabase &found, QString *errorMessage) const
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = m_path + (found.reason == SetAsideDatabase::Reason::NewerVersion ? u".newer-"_s : u".broken-"_s) + stamp;
    QString target = base;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = base + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target)) {
        *errorMessage = u"%1 %2, and it could not be moved aside to %3 (nothing was changed)"_s.arg(m_path, found.detail, target);
        return false;
    }
    // The write-ahead log and its index belong to that file: left here, SQLite would apply them
    // to the new database.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix)) {
            *errorMessage = u"%1 was moved aside to %2, but its %3 file could not follow it; remove or move %4 "
                            "before starting Lanyard again"_s.arg(m_path, target, suffix, m_path + suffix);
            return false;
        }
    }
    found.path = m_path;
    found.keptAs = target;
    return true;
}

bool Database::open(QString *errorMessage)
{
    QString error;
    const bool opened = openAndMigrate(&error);
    if (!opened && errorMessage)
        *errorMessage = error;
    return opened;
}

bool Database::openAndMigrate(QString *errorMessage)
{
    m_setAside.reset();
    m_pagesChecked = false;
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        *errorMessage = u"cannot create the folder %1"_s.arg(info.absolutePath());
        return false;
    }
    // The file is checked through a read-only connection, so that the check itself writes
    // nothing: a file that is not SQLite at all, is damaged or is newer is moved aside. Not when
    // this thread already has the file open (an earlier Database object on the same path): it was
    // checked then.
    const QString name = connectionNameForThisThread();
    const bool alreadyOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    std::optional<SetAsideDatabase> found = alreadyOpen ? std::nullopt : inspectHeader(errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    if (!found && !alreadyOpen && QFileInfo::exists(m_path)) {
        const QString checkName = name + u":check"_s;
        {
            SqliteLibrary::configureBeforeFirstConnection();
            QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, checkName);
            check.setDatabaseName(m_path);
            check.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
            m_pagesChecked = !VerifiedFileStamp::matches(m_path);
            if (check.open())
                found = inspectContent(check, m_pagesChecked, errorMessage);
            else if (isNotADatabase(check.lastError()))
                found = SetAsideDatabase{SetAsideDatabase::Reason::NotSqlite, {}, {}, u"is not an SQLite database"_s};
            else if (isContentError(check.lastError()))
                found = SetAsideDatabase{
                    SetAsideDatabase::Reason::FailedCheck, {}, {}, u"cannot be opened (%1)"_s.arg(check.lastError().databaseText())};
            else
                *errorMessage = u"cannot open database %1: %2"_s.arg(m_path, check.lastError().text());
        }
        closeConnection(checkName);
        if (!errorMessage->isEmpty())
            return false;
    }
    if (found) {
        // A connection an earlier Database object left open on this thread must not stay on the file.
        closeConnection(name);
        if (!moveAside(*found, errorMessage))
            return false;
        VerifiedFileStamp::forget(m_path);
        m_setAside = found;
    }
    // Sound, or new: a clean close may stamp it (a file found wanting was moved aside above).
    rememberVerified(m_path);
    const QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : openConnection(name, errorMessage);
    if (!db.isOpen() || !configure(db, errorMessage))
        return false;
    return Migrations::migrate(db, errorMessage);
}

void Database::closeThisThreadsConnection() const
{
    const QString name = connectionNameForThisThread();
    t_connections.names.removeAll(name);
    closeNamedConnection(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString error;
    QSqlDatabase db = openConnection(name, &error);
    if (db.isOpen())
        configure(db, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << error;
    return db;
}
