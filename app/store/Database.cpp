#include "Database.h"

#include "Migrations.h"
#include "SqlHelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "lanyard.store")

namespace
{
/** Connection names opened by this thread, removed when the thread ends. */
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names)) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }
};
thread_local ThreadConnections t_connections;
} // namespace

Database::Database(const QString &path)
    : m_path(path)
{
}

Database::~Database() = default;

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

QSqlDatabase Database::openConnection(const QString &name, QString *errorMessage) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (errorMessage)
            *errorMessage = u"cannot open database %1: %2"_s.arg(m_path, db.lastError().text());
        return db;
    }
    t_connections.names.append(name);
    QSqlQuery pragma(db);
    // WAL: readers (the CLI, a second window) never block the writer and a killed write rolls back.
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                     u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA temp_store=MEMORY"_s}) {
        if (!pragma.exec(statement)) {
            if (errorMessage)
                *errorMessage = u"cannot configure database %1: %2"_s.arg(m_path, pragma.lastError().text());
            db.close();
            return db;
        }
    }
    return db;
}

bool Database::open(QString *errorMessage)
{
    const QFileInfo info(m_path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (errorMessage)
            *errorMessage = u"cannot create the folder %1"_s.arg(info.absolutePath());
        return false;
    }
    const QString name = connectionNameForThisThread();
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : openConnection(name, errorMessage);
    if (!db.isOpen())
        return false;
    return Migrations::migrate(db, errorMessage);
}

void Database::closeThisThreadsConnection() const
{
    const QString name = connectionNameForThisThread();
    t_connections.names.removeAll(name);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString error;
    QSqlDatabase db = openConnection(name, &error);
    if (!error.isEmpty())
        qCWarning(lcStore) << error;
    return db;
}
