#include "ScheduleBuilder.h"

#include "shell/Storage.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/ScheduleStore.h"
#include "store/SearchIndex.h"
#include "store/SqlHelpers.h"
#include "store/SqliteLibrary.h"
#include "store/UserDataStore.h"
#include "store/VerifiedFileStamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

/** The database file: creation, migrations, refusals, one connection per thread. */
class TestDatabase : public QObject
{
    Q_OBJECT

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    /** As a new process finds the files: no connection open, the write-ahead log checkpointed. */
    static void closeAllConnections()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    /** A new database, opened and closed again as a session ends: stamped as verified. */
    static void createCleanlyClosed(const QString &path)
    {
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
    }

    /** A database made by this build with a row in meta (key 'probe'), then each of `more` run on it, closed as a session ends. */
    static void createWithProbe(const QString &path, const QString &value, const QStringList &more = {})
    {
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"INSERT INTO meta (key, value) VALUES ('probe', '%1')"_s.arg(value)));
        for (const QString &statement : more)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }

    /** A new database in the old one's place: current schema, sound, nothing in it. */
    static void expectFreshDatabase(const Database &database)
    {
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::currentSchemaVersion());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM conferences"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        const Sql::IntegrityReport report = Sql::checkIntegrity(database.connection(), Sql::IntegrityCheck::Full);
        QVERIFY(report.ran);
        QCOMPARE(report.problems, QStringList());
    }

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
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::kNewPageSize);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        for (const QString &table : {u"conferences"_s, u"days"_s, u"rooms"_s, u"tracks"_s, u"events"_s, u"persons"_s, u"event_persons"_s,
                                     u"event_links"_s, u"user_events"_s, u"trips"_s}) {
            QVERIFY2(query.exec(u"SELECT COUNT(*) FROM "_s + table), qPrintable(table));
        }
    }

    void sqliteCountsNoMemory()
    {
        // Configured before the first connection: counting took a global lock on every allocation.
        QTemporaryDir dir;
        Database database(dir.filePath(u"new.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(!SqliteLibrary::countsMemory());
    }

    void theSearchIndexGathersABatchInMemory()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(u"new.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT v FROM event_search_config WHERE k = 'hashsize'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), SearchIndex::kBuildMemoryBytes);
    }

    void version11GathersLessAndForgetsTheFeedDigest()
    {
        // Version 11 gathered 8 MiB and kept each feed's SHA-1, which nothing read; version 12
        // sets what a new database gets, and drops the column (the conference stays).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"eleven.sqlite"_s);
        createWithProbe(path, u"eleven"_s,
                        {u"INSERT INTO event_search (event_search, rank) VALUES ('hashsize', 8388608)"_s,
                         u"ALTER TABLE conferences ADD COLUMN feed_sha1 TEXT NOT NULL DEFAULT ''"_s,
                         u"INSERT INTO conferences (id, title, time_zone, start_date, end_date, feed_sha1, imported_at, changed_at) "
                         "VALUES ('kept', 'Kept', 'UTC', '2013-07-05', '2013-07-07', 'ab12', 0, 0)"_s,
                         u"PRAGMA user_version = 11"_s});
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT v FROM event_search_config WHERE k = 'hashsize'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), SearchIndex::kBuildMemoryBytes);
        QCOMPARE(SearchIndex::kBuildMemoryBytes, 4 * 1024 * 1024);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM pragma_table_info('conferences') WHERE name = 'feed_sha1'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"SELECT title FROM conferences WHERE id = 'kept'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"Kept"_s);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
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

    void version7GainsSpeakerDetailsAndKeepsItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v7.sqlite"_s);
        Schedule programme = ScheduleBuilder(u"oldconf"_s)
                                 .event(u"g-one"_s, u"One"_s, u"2013-07-06 09:00"_s, 60, u"Hall"_s, {u"Ada"_s, u"Bo"_s})
                                 .event(u"g-two"_s, u"Two"_s, u"2013-07-06 11:00"_s, 30, u"Hall"_s, {u"Bo"_s})
                                 .build();
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            ScheduleStore store(database);
            QVERIFY(store.apply(programme, {u"test"_s, {}}).ok());
            UserDataStore user(database);
            QVERIFY(user.load());
            QVERIFY(user.setPriority(programme.events[0].id, u"oldconf"_s, Priority::MustSee));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"INSERT INTO subscriptions (url, conference_id, etag, last_modified, created_at) "
                               "VALUES ('https://old.example.org/schedule.json', 'oldconf', '\"abc\"', "
                               "'Sat, 06 Jul 2013 09:00:00 GMT', 1)"_s));
            // Back to how version 7 left it: persons without details, no person_links.
            for (const QString &statement : {u"DROP TABLE person_links"_s, u"ALTER TABLE persons DROP COLUMN biography"_s,
                                             u"ALTER TABLE persons DROP COLUMN tagline"_s, u"ALTER TABLE persons DROP COLUMN picture_url"_s,
                                             u"PRAGMA user_version = 7"_s})
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        closeAllConnections();

        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(!database.setAside().has_value());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::currentSchemaVersion());
        // Everything kept: the programme, its speakers, the bookmark.
        ScheduleStore store(database);
        QCOMPARE(store.events(u"oldconf"_s).size(), 2);
        QCOMPARE(store.events(u"oldconf"_s).constFirst().speakerNames(), (QStringList{u"Ada"_s, u"Bo"_s}));
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM persons WHERE conference_id = 'oldconf' AND biography = ''"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        UserDataStore user(database);
        QVERIFY(user.load());
        QCOMPARE(user.priority(programme.events[0].id), Priority::MustSee);
        // The subscription forgot its validators, so that the next sync reads the whole feed.
        QVERIFY(query.exec(u"SELECT url, etag, last_modified FROM subscriptions"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"https://old.example.org/schedule.json"_s);
        QCOMPARE(query.value(1).toString(), QString());
        QCOMPARE(query.value(2).toString(), QString());
        QVERIFY(store.speakerDetails(u"oldconf"_s).isEmpty());

        // That read fills the details in, without rewriting an event.
        programme.personDetails = {{u"Ada"_s, u"Ada writes compilers."_s, {}, {}, {{u"Home"_s, u"https://ada.example.org/"_s}}}};
        const ApplyResult result = store.apply(programme, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.eventRowsWritten, 0);
        QCOMPARE(store.speakerDetails(u"oldconf"_s).value(u"Ada"_s), programme.personDetails.constFirst());
        const Sql::IntegrityReport report = Sql::checkIntegrity(database.connection(), Sql::IntegrityCheck::Full);
        QVERIFY(report.ran);
        QCOMPARE(report.problems, QStringList());
    }

    void reopeningChangesNothing()
    {
        // A clean close stamps the file (VerifiedFileStamp): the next start skips the full check.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"again.sqlite"_s);
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QVERIFY(!database.pagesChecked()); // a new file has nothing to check
            QSqlQuery insert(database.connection());
            QVERIFY(insert.exec(u"INSERT INTO meta (key, value) VALUES ('probe', 'kept')"_s));
            // Open, with its write-ahead log beside it: not as a clean close leaves it.
            QVERIFY(!VerifiedFileStamp::matches(path));
        }
        QVERIFY(VerifiedFileStamp::matches(path));
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(!database.pagesChecked());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'probe'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"kept"_s);
    }

    void anOlderFileKeepsItsPageSizeAndItsData()
    {
        // Files made before new databases had 16 KiB pages have SQLite's 4 KiB: opened by this
        // build they stay as they are, rows and all.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"older.sqlite"_s);
        createWithProbe(path, u"kept"_s);
        closeAllConnections();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery convert(raw);
            for (const QString &statement : {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA page_size=4096"_s, u"VACUUM"_s})
                QVERIFY2(convert.exec(statement), qPrintable(statement));
            QVERIFY(convert.exec(u"PRAGMA page_size"_s) && convert.next());
            QCOMPARE(convert.value(0).toInt(), 4096);
        }
        closeAllConnections();
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4096);
        QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'probe'"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"kept"_s);
    }

    void aWriteFromOutsideBringsTheFullCheckBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stamped.sqlite"_s);
        createCleanlyClosed(path);
        QVERIFY(VerifiedFileStamp::matches(path));
        // Written from outside, even with the very same bytes: checked again.
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.isEmpty());
        QTest::qWait(5);
        writeFile(path, bytes);
        QVERIFY(!VerifiedFileStamp::matches(path));
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QVERIFY(database.pagesChecked());
            QVERIFY(!database.setAside().has_value());
        }
        QVERIFY(VerifiedFileStamp::matches(path));
    }

    void aFileLeftWithItsWriteAheadLogIsChecked()
    {
        // What a killed process leaves: a write-ahead log with commits not yet in the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"killed.sqlite"_s);
        createCleanlyClosed(path);
        QVERIFY(VerifiedFileStamp::matches(path));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"another process"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery insert(other);
            QVERIFY(insert.exec(u"INSERT INTO meta (key, value) VALUES ('late', 'written')"_s));
            QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
            QVERIFY(!VerifiedFileStamp::matches(path));

            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QVERIFY(database.pagesChecked());
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'late'"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"written"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"another process"_s);
    }

    // ---- files that cannot be used: moved aside (never written to, never deleted), a new one started ----

    void setsAsideAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        writeFile(path, QByteArray(4096, 'x'));
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(database.setAside().has_value());
        const SetAsideDatabase &setAside = *database.setAside();
        QCOMPARE(setAside.reason, SetAsideDatabase::Reason::NotSqlite);
        QCOMPARE(setAside.path, path);
        QVERIFY2(setAside.keptAs.startsWith(path + u".broken-"_s), qPrintable(setAside.keptAs));
        QCOMPARE(readFile(setAside.keptAs), QByteArray(4096, 'x'));
        QVERIFY2(setAside.message().contains(u"is not an SQLite database"_s), qPrintable(setAside.message()));
        QVERIFY2(setAside.message().contains(setAside.keptAs), qPrintable(setAside.message()));
        expectFreshDatabase(database);
    }

    void setsAsideAShortFile()
    {
        // Fewer bytes than SQLite's header: not a database, whatever they are.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"short.sqlite"_s);
        writeFile(path, "SQLite");
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(database.setAside().has_value());
        QCOMPARE(database.setAside()->reason, SetAsideDatabase::Reason::NotSqlite);
        QCOMPARE(readFile(database.setAside()->keptAs), QByteArray("SQLite"));
        expectFreshDatabase(database);
    }

    void setsAsideANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        createWithProbe(path, u"from the future"_s, {u"PRAGMA user_version = 999"_s});
        closeAllConnections();
        const QByteArray before = readFile(path);
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(database.setAside().has_value());
        const SetAsideDatabase &setAside = *database.setAside();
        QCOMPARE(setAside.reason, SetAsideDatabase::Reason::NewerVersion);
        QVERIFY2(setAside.keptAs.startsWith(path + u".newer-"_s), qPrintable(setAside.keptAs));
        QVERIFY2(setAside.detail.contains(u"schema 999"_s), qPrintable(setAside.detail));
        // Not a byte changed: the check reads through a read-only connection.
        QCOMPARE(readFile(setAside.keptAs), before);
        expectFreshDatabase(database);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM meta WHERE key = 'probe'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void setsAsideAFileThatFailsTheCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s));
            for (int i = 0; i < 2000; ++i) {
                query.bindValue(0, u"key %1"_s.arg(i));
                query.bindValue(1, QString(200, QChar(u'a' + i % 26)));
                QVERIFY(query.exec());
            }
        }
        closeAllConnections();
        // A clean close stamped the file; the damage below comes after it.
        QVERIFY(VerifiedFileStamp::matches(path));
        // Page 1 (the header and the schema) stays; pages further in become garbage.
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 40 * 4096);
        for (qsizetype i = 8 * 4096; i < 40 * 4096; ++i)
            bytes[i] = char((i * 7919) & 0xff);
        writeFile(path, bytes);

        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(database.setAside().has_value());
        QCOMPARE(database.setAside()->reason, SetAsideDatabase::Reason::FailedCheck);
        QCOMPARE(readFile(database.setAside()->keptAs), bytes);
        expectFreshDatabase(database);
    }

    void writeAheadLogFollowsTheFile()
    {
        // Left beside a new database, a stale -wal would be replayed into it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        writeFile(path, "not a database at all, but long enough");
        writeFile(path + u"-wal"_s, "the old log");
        writeFile(path + u"-shm"_s, "the old index");
        Database database(path);
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QVERIFY(database.setAside().has_value());
        const QString keptAs = database.setAside()->keptAs;
        QCOMPARE(readFile(keptAs + u"-wal"_s), QByteArray("the old log"));
        QCOMPARE(readFile(keptAs + u"-shm"_s), QByteArray("the old index"));
        QVERIFY(readFile(path + u"-wal"_s) != QByteArray("the old log"));
        expectFreshDatabase(database);
    }

    void neverReplacesAFileAlreadySetAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        QStringList kept;
        for (int i = 0; i < 3; ++i) {
            writeFile(path, "junk number " + QByteArray::number(i));
            {
                Database database(path);
                QString error;
                QVERIFY2(database.open(&error), qPrintable(error));
                QVERIFY(database.setAside().has_value());
                kept.append(database.setAside()->keptAs);
            }
            closeAllConnections();
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
        QCOMPARE(QSet<QString>(kept.cbegin(), kept.cend()).size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(readFile(kept[i]), "junk number " + QByteArray::number(i));
    }

    void refusesAnotherProgramsDatabaseWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"places.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other program"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE moz_places (url TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO moz_places VALUES ('https://example.org/')"_s));
        }
        QSqlDatabase::removeDatabase(u"other program"_s);
        const QByteArray before = readFile(path);
        Database database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
        QVERIFY(!database.setAside().has_value());
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"places.sqlite"_s});
    }

    void aFolderAtThePathIsAnErrorAndStaysAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"folder.sqlite"_s);
        QVERIFY(QDir().mkdir(path));
        Database database(path);
        QString error;
        QVERIFY(!database.open(&error));
        QVERIFY2(error.contains(u"not a file"_s), qPrintable(error));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"folder.sqlite"_s});
    }

    void soundFileWithoutRowidTablesPassesTheCheck()
    {
        // SQLite 3.40.0 to 3.41.0 report "NULL value in T.C" for every row of a WITHOUT ROWID table
        // whose key columns are not declared first, as Lanyard's rooms table was in files made
        // before it changed: such a file is sound and must not be moved aside. The check sees
        // through that, yet still reports a NULL that is really there.
        QTemporaryDir dir;
        Database database(dir.filePath(u"rooms.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"CREATE TABLE old_rooms (conference_id TEXT NOT NULL, position INTEGER NOT NULL, "
                           "name TEXT NOT NULL, PRIMARY KEY (conference_id, name)) WITHOUT ROWID"_s));
        QVERIFY(query.exec(u"INSERT INTO old_rooms (conference_id, position, name) VALUES ('c', 0, 'A'), ('c', 1, 'B')"_s));
        QVERIFY(query.exec(u"PRAGMA quick_check"_s));
        QStringList raw;
        while (query.next())
            raw.append(query.value(0).toString());
        if (raw != QStringList{u"ok"_s})
            QCOMPARE(raw, QStringList({u"NULL value in old_rooms.position"_s, u"NULL value in old_rooms.position"_s}));
        Sql::IntegrityReport report = Sql::checkIntegrity(database.connection(), Sql::IntegrityCheck::Full);
        QVERIFY(report.ran);
        QCOMPARE(report.problems, QStringList());
        report = Sql::checkIntegrity(database.connection(), Sql::IntegrityCheck::Quick);
        QVERIFY(report.ran);
        QCOMPARE(report.problems, QStringList());

        // A real NULL in a NOT NULL column, put there behind SQLite's back.
        QVERIFY(query.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO notes (text) VALUES (NULL)"_s));
        QVERIFY(query.exec(u"PRAGMA writable_schema = ON"_s));
        QVERIFY(query.exec(u"UPDATE sqlite_master SET sql = 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)' "
                           "WHERE name = 'notes'"_s));
        QVERIFY(query.exec(u"PRAGMA writable_schema = OFF"_s));
        query.finish();
        database.connection().close();
        QSqlDatabase reopened = database.connection();
        QVERIFY(reopened.open());
        report = Sql::checkIntegrity(reopened, Sql::IntegrityCheck::Quick);
        QVERIFY(report.ran);
        QCOMPARE(report.problems, QStringList{u"NULL value in notes.text"_s});
    }

    void commandLineSaysSoAndGoesOn()
    {
        const QString binary = qEnvironmentVariable("LANYARD_BINARY");
        if (binary.isEmpty())
            QSKIP("LANYARD_BINARY is not set (run through ctest)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        writeFile(path, "my shopping list, not a database");
        QProcess lanyard;
        lanyard.start(binary, {u"--db"_s, path, u"conferences"_s});
        QVERIFY(lanyard.waitForFinished(60000));
        const QString err = QString::fromUtf8(lanyard.readAllStandardError());
        const QString out = QString::fromUtf8(lanyard.readAllStandardOutput());
        QCOMPARE(lanyard.exitCode(), 0);
        QVERIFY2(err.startsWith(u"lanyard: "_s + path + u" is not an SQLite database; it was kept as "_s), qPrintable(err));
        QVERIFY2(out.contains(u"pyconau2013"_s), qPrintable(out));
        const QStringList kept = QDir(dir.path()).entryList({u"junk.sqlite.broken-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(dir.filePath(kept.constFirst())), QByteArray("my shopping list, not a database"));
    }

    void windowShowsTheDialogWithoutAWarning()
    {
        // --self-test fails on any QML warning: the dialog must load and open cleanly.
        const QString binary = qEnvironmentVariable("LANYARD_BINARY");
        if (binary.isEmpty())
            QSKIP("LANYARD_BINARY is not set (run through ctest)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        writeFile(path, "junk");
        QProcess lanyard;
        lanyard.start(binary, {u"--self-test"_s, u"--db"_s, path});
        QVERIFY(lanyard.waitForFinished(120000));
        const QString err = QString::fromUtf8(lanyard.readAllStandardError());
        QVERIFY2(lanyard.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(u"it was kept as"_s), qPrintable(err));
        QCOMPARE(QDir(dir.path()).entryList({u"junk.sqlite.broken-*"_s}, QDir::Files).size(), 1);
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
