#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Storage.h"
#include "store/SqlHelpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

/** The database file: creation, migrations, refusals, one connection per thread. */
class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"new.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::currentSchemaVersion());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        for (const QString &table : {u"conferences"_s, u"days"_s, u"rooms"_s, u"tracks"_s, u"events"_s, u"persons"_s,
                                     u"event_persons"_s, u"event_links"_s, u"user_events"_s, u"trips"_s}) {
            QVERIFY2(query.exec(u"SELECT COUNT(*) FROM "_s + table), qPrintable(table));
        }
    }

    void aPopulatedDatabasePassesSqlitesOwnChecks()
    {
        // Lanyard moves a file aside when these fail, so they must never fail on a sound one.
        QTemporaryDir dir;
        Storage storage(dir.filePath(u"checked.sqlite"_s));
        QString error;
        QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QVERIFY(storage.userData().setPriority(storage.schedule().events(u"pyconau2013"_s).constFirst().id, u"pyconau2013"_s,
                                               Priority::MustSee));
        for (const QString &check : {u"PRAGMA integrity_check"_s, u"PRAGMA quick_check"_s}) {
            QSqlQuery query(storage.database().connection());
            QVERIFY2(query.exec(check), qPrintable(check));
            QStringList problems;
            while (query.next())
                problems.append(query.value(0).toString());
            QCOMPARE(problems, QStringList{u"ok"_s});
        }
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"again.sqlite"_s);
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QSqlQuery insert(database.connection());
            QVERIFY(insert.exec(u"INSERT INTO meta (key, value) VALUES ('probe', 'kept')"_s));
        }
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'probe'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"kept"_s);
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = [&] {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        Database database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Database database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY(!error.isEmpty());
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"threads.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        const QString mainName = database.connection().connectionName();
        QString workerName;
        int workerCount = -1;
        QThread *worker = QThread::create([&] {
            QSqlDatabase db = database.connection();
            workerName = db.connectionName();
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM conferences"_s) && query.next())
                workerCount = query.value(0).toInt();
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(workerCount, 0);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        // Thread-local clean-up runs as the thread exits, just after wait() may return.
        QTRY_VERIFY2(!QSqlDatabase::contains(workerName), "the worker's connection is removed when its thread ends");
    }

    void aTransactionInsideAnotherIsASavepoint()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"nested.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        const QSqlDatabase db = database.connection();
        auto count = [&db] {
            QSqlQuery query(db);
            return query.exec(u"SELECT COUNT(*) FROM meta"_s) && query.next() ? query.value(0).toInt() : -1;
        };
        {
            Sql::Transaction outer(db);
            QVERIFY(outer.isActive());
            QVERIFY(!outer.isNested());
            QVERIFY(Sql::exec(db, u"INSERT INTO meta (key, value) VALUES ('a', '1')"_s, {}, &error));
            {
                Sql::Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(inner.isNested());
                QVERIFY(Sql::exec(db, u"INSERT INTO meta (key, value) VALUES ('b', '2')"_s, {}, &error));
                QVERIFY(inner.commit());
            }
            {
                Sql::Transaction failed(db);
                QVERIFY(Sql::exec(db, u"INSERT INTO meta (key, value) VALUES ('c', '3')"_s, {}, &error));
                // Not committed: only its own change is undone.
            }
            QCOMPARE(count(), 2);
            // Nothing committed yet: the outer transaction decides.
        }
        QCOMPARE(count(), 0);
        {
            Sql::Transaction outer(db);
            {
                Sql::Transaction inner(db);
                QVERIFY(Sql::exec(db, u"INSERT INTO meta (key, value) VALUES ('d', '4')"_s, {}, &error));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 1);
        // And a plain transaction afterwards is a real one again.
        Sql::Transaction plain(db);
        QVERIFY(plain.isActive());
        QVERIFY(!plain.isNested());
    }

    void resolvesThePathFromOptionEnvironmentAndDefault()
    {
        qputenv("LANYARD_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(u"/tmp/given.sqlite"_s), u"/tmp/given.sqlite"_s);
        QCOMPARE(Database::resolvePath({}), u"/tmp/from-env.sqlite"_s);
        qunsetenv("LANYARD_DB");
        QVERIFY(Database::resolvePath({}).endsWith(u"lanyard.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
