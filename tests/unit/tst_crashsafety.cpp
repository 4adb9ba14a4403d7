#include "store/SqlHelpers.h"
#include "store/SqliteLibrary.h"

#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

#ifdef LANYARD_SANITIZED_BUILD
constexpr bool kSanitizedBuild = true;
#else
constexpr bool kSanitizedBuild = false;
#endif

/**
 * What a killed process leaves behind. `lanyard import` of a large feed is killed (SIGKILL) while
 * it writes, alternating between two versions of a programme: after every kill the file passes
 * SQLite's integrity check, every bookmark, note, rating and trip is still there as it was, and
 * the conference is either the previous programme, intact, or the new one, complete.
 * `lanyard export --output` is killed the same way: the file it replaces is always a whole
 * export, never half of one.
 *
 * The kills land where the test means them to, on any machine and build: the program is started
 * with LANYARD_TEST_STOP_AT naming a point (app/core/TestStopPoint.h) and kills itself there.
 * - `import-write`: inside the import's transaction, the previous events deleted and half of the
 *   new ones written; the previous programme must be what is left.
 * - `import-commit`: inside the transaction, everything written, just before the commit; the
 *   previous programme again.
 * - `export-write`: half of the export in its temporary file; the previous export must still be
 *   there byte for byte, and where there was none, there is none.
 * Kills at random moments come on top of these, as an extra: where they land is left to chance,
 * so only what every kill must leave is checked, never that one landed inside some window.
 *
 * Sized to the slowest build that runs it: the sanitizer build (LANYARD_SANITIZED_BUILD) uses a
 * smaller programme and fewer random kills, which go through the same code.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

    /** How many events the programme has: a multiple of 200 (a talk per room and day at least). */
    static constexpr int kEvents = kSanitizedBuild ? 200 : 2000;
    static constexpr int kDays = 10;
    static constexpr int kRooms = 20;
    /** Kills at random moments, per import and per export format. */
    static constexpr int kRandomImportKills = kSanitizedBuild ? 2 : 12;
    static constexpr int kRandomExportKills = kSanitizedBuild ? 2 : 6;

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_db;
    QString m_feed[2];
    /** The programme each version leaves: the titles of its events and its conference title. */
    QStringList m_titles[2];
    QString m_userRows;
    QString m_tripRows;
    /** How long a whole import took, to spread the random kills over it. */
    qint64 m_wholeMs = 0;

    /**
     * Version 0 or 1 of a conference programme: the same talks (by guid) with other titles and
     * times, one in twenty only in version 0 and 150 only in version 1.
     */
    QByteArray feed(int version) const
    {
        const char letter = version == 0 ? 'A' : 'B';
        QByteArray xml;
        xml.reserve(4 << 20);
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>";
        xml += letter;
        xml += "</version><conference><acronym>killtest</acronym><title>Kill Test ";
        xml += letter;
        xml += "</title><start>2030-03-01</start><end>2030-03-10</end><days>10</days>"
               "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n";
        const QByteArray abstract = QByteArray("&lt;p&gt;A talk about reliability, transactions and what a "
                                               "killed process leaves behind. ")
                                        .repeated(5)
            + "&lt;/p&gt;";
        const int perRoom = kEvents / (kDays * kRooms);
        int extra = 0;
        for (int day = 0; day < kDays; ++day) {
            const QByteArray date = "2030-03-" + QByteArray::number(day + 1).rightJustified(2, '0');
            xml += "<day index=\"" + QByteArray::number(day + 1) + "\" date=\"" + date + "\">\n";
            for (int room = 0; room < kRooms; ++room) {
                const QByteArray roomName = "Room " + QByteArray::number(room);
                xml += "<room name=\"" + roomName + "\">\n";
                const int count = perRoom + (version == 1 && room < 1 ? 15 : 0);
                for (int slot = 0; slot < count; ++slot) {
                    const bool added = slot >= perRoom;
                    const int number = ((day * kRooms) + room) * perRoom + slot;
                    if (!added && version == 1 && number % 20 == 0)
                        continue;
                    const QByteArray guid =
                        added ? QByteArray("kill-new-" + QByteArray::number(extra++)) : QByteArray("kill-" + QByteArray::number(number));
                    const int minutes = 8 * 60 + slot * 30 + (version == 1 ? 15 : 0);
                    const QByteArray time = QByteArray::number(minutes / 60).rightJustified(2, '0') + ':'
                        + QByteArray::number(minutes % 60).rightJustified(2, '0');
                    xml += "<event guid=\"" + guid + "\" id=\"" + QByteArray::number(number) + "\"><date>" + date + 'T' + time
                        + ":00+01:00</date><start>" + time + "</start><duration>00:25</duration><room>" + roomName + "</room><title>"
                        + letter + ' ' + guid + " talk</title><track>Track " + QByteArray::number(slot % 7) + "</track><abstract>"
                        + abstract + "</abstract><persons><person id=\"" + QByteArray::number(number) + "\">Speaker " + guid
                        + "</person></persons><links><link href=\"https://example.org/" + guid + "\">Slides</link></links></event>\n";
                }
                xml += "</room>\n";
            }
            xml += "</day>\n";
        }
        xml += "</schedule>\n";
        return xml;
    }

    /** The test's own connection to the database, while no lanyard process runs; removed when it goes. */
    class CheckConnection
    {
    public:
        explicit CheckConnection(const QString &path)
        {
            // Writing user_events re-indexes notes: the index's tokenizer must be known here as in lanyard.
            SqliteLibrary::configureBeforeFirstConnection();
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            m_open = db.open();
        }
        ~CheckConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(u"check"_s, false);
                // Back to an empty write-ahead log: the next run starts from the database file alone.
                QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                db.close();
            }
            QSqlDatabase::removeDatabase(u"check"_s);
        }
        CheckConnection(const CheckConnection &) = delete;
        CheckConnection &operator=(const CheckConnection &) = delete;
        bool isOpen() const { return m_open; }
        QSqlDatabase db() const { return QSqlDatabase::database(u"check"_s, false); }

    private:
        bool m_open = false;
    };

    /** Runs lanyard to its end; the milliseconds it took, or -1 when it failed. */
    qint64 runLanyard(const QStringList &arguments) const
    {
        QProcess lanyard;
        QElapsedTimer timer;
        timer.start();
        lanyard.start(m_binary, arguments);
        if (!lanyard.waitForFinished(300000) || lanyard.exitStatus() != QProcess::NormalExit || lanyard.exitCode() != 0) {
            qWarning().noquote() << lanyard.readAllStandardError();
            return -1;
        }
        return timer.elapsed();
    }

    static QString rows(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return u"query failed: "_s + sql;
        QString text;
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + u'|';
            text += u'\n';
        }
        return text;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList programme(const QSqlDatabase &db)
    {
        QStringList titles;
        QSqlQuery query(db);
        query.exec(u"SELECT title FROM conferences WHERE id = 'killtest'"_s);
        titles.append(query.next() ? query.value(0).toString() : u"(no conference)"_s);
        query.exec(u"SELECT title FROM events WHERE conference_id = 'killtest' AND cancelled_at IS NULL ORDER BY title"_s);
        while (query.next())
            titles.append(query.value(0).toString());
        return titles;
    }

    /**
     * Runs lanyard with LANYARD_TEST_STOP_AT=point: whether it stopped there, killed by its own
     * SIGKILL with the marker on stderr (and not, say, finished because the point was never passed).
     */
    bool runStoppedAt(const QString &point, const QStringList &arguments) const
    {
        QProcess lanyard;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANYARD_TEST_STOP_AT"_s, point);
        lanyard.setProcessEnvironment(environment);
        lanyard.start(m_binary, arguments);
        if (!lanyard.waitForFinished(120000)) {
            lanyard.kill();
            lanyard.waitForFinished();
            qWarning().noquote() << arguments << "did not end within two minutes";
            return false;
        }
        const QByteArray err = lanyard.readAllStandardError();
        const QByteArray marker = "stopped at test point " + point.toUtf8();
        if (lanyard.exitStatus() != QProcess::CrashExit || !err.contains(marker)) {
            qWarning().noquote() << arguments << "did not stop at" << point << "- exit code" << lanyard.exitCode()
                                 << QString::fromUtf8(err);
            return false;
        }
        return true;
    }

    /**
     * What every kill must leave: a sound file, the user's data as it was, the bundled programme
     * whole. `titles` is the test conference's programme, for the caller to compare.
     */
    void checkDatabase(QStringList *titles) const
    {
        CheckConnection check(m_db);
        QVERIFY(check.isOpen());
        const QSqlDatabase db = check.db();
        const Sql::IntegrityReport integrity = Sql::checkIntegrity(db, Sql::IntegrityCheck::Full);
        QVERIFY2(integrity.ran, qPrintable(integrity.error.text()));
        QVERIFY2(integrity.problems.isEmpty(), qPrintable(integrity.problems.join(u'\n')));
        QCOMPARE(rows(db, u"SELECT * FROM user_events ORDER BY event_id"_s), m_userRows);
        QCOMPARE(rows(db, u"SELECT * FROM trips ORDER BY id"_s), m_tripRows);
        QCOMPARE(rows(db, u"SELECT count(*) FROM events WHERE conference_id = 'pyconau2013'"_s), u"84|\n"_s);
        *titles = programme(db);
    }

    static QString describe(const QStringList &titles) { return u"%1 events, conference %2"_s.arg(titles.size() - 1).arg(titles.value(0)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("LANYARD_BINARY");
        if (m_binary.isEmpty())
            QSKIP("LANYARD_BINARY is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"lanyard.sqlite"_s);

        for (int version = 0; version < 2; ++version) {
            m_feed[version] = m_dir.filePath(u"programme-%1.xml"_s.arg(version));
            QFile file(m_feed[version]);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(feed(version));
        }

        // Version 1, then version 0: both programmes as a whole import leaves them.
        for (const int version : {1, 0}) {
            QVERIFY(runLanyard({u"--db"_s, m_db, u"import"_s, m_feed[version]}) >= 0);
            CheckConnection check(m_db);
            QVERIFY(check.isOpen());
            m_titles[version] = programme(check.db());
        }
        QCOMPARE(m_titles[0].size(), 1 + kEvents);
        QCOMPARE(m_titles[1].size(), 1 + kEvents - kEvents / 20 + kDays * 15);

        // The user's data, written straight into the tables: bookmarks on talks in both versions
        // and on talks only version 0 has (kept, marked cancelled, while version 1 is in place),
        // notes, ratings, watched marks, one on the bundled programme, and trips.
        CheckConnection check(m_db);
        QVERIFY(check.isOpen());
        const QSqlDatabase db = check.db();
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT id, guid FROM events WHERE conference_id = 'killtest' AND guid IN "
                           "('kill-0', 'kill-1', 'kill-2', 'kill-20', 'kill-3', 'kill-40', 'kill-41') ORDER BY guid"_s));
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        QCOMPARE(ids.size(), 7);
        QVERIFY(query.exec(u"SELECT id FROM events WHERE conference_id = 'pyconau2013' ORDER BY start_utc LIMIT 1"_s) && query.next());
        const QString pyconEvent = query.value(0).toString();
        QVERIFY(query.prepare(u"INSERT INTO user_events (event_id, conference_id, priority, bookmarked_at, note, rating, "
                              "watched_at, seen_at, dismissed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
        const QVariant null;
        const QList<QVariantList> userRows = {
            {ids[0], u"killtest"_s, 1, 1900000000, u"front row"_s, 5, null, null, null, 1900000001},
            {ids[1], u"killtest"_s, 2, 1900000100, u""_s, null, null, 1900000200, null, 1900000200},
            {ids[2], u"killtest"_s, 0, null, u"notes only, with \"quotes\" and ümlauts"_s, null, null, null, null, 1900000300},
            {ids[3], u"killtest"_s, 1, 1900000400, u"only in version A"_s, 3, null, null, null, 1900000400},
            {ids[4], u"killtest"_s, 0, null, u""_s, 2, 1900000500, null, null, 1900000500},
            {ids[5], u"killtest"_s, 2, 1900000600, u"maybe"_s, null, null, null, null, 1900000600},
            {ids[6], u"killtest"_s, 1, 1900000700, u""_s, null, 1900000800, 1900000800, null, 1900000800},
            {pyconEvent, u"pyconau2013"_s, 1, 1372000000, u"the bundled one"_s, 4, null, null, null, 1372000000},
        };
        for (const QVariantList &row : userRows) {
            for (int i = 0; i < row.size(); ++i)
                query.bindValue(i, row[i]);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY2(query.exec(uR"(INSERT INTO trips (id, conference_id, title, place_id, start_utc, end_utc, notes, who,
                created_at, updated_at) VALUES
                ('trip-1', 'killtest', 'Lake walk', 'lake', 1900003600, 1900010800, 'bring water', 'me', 1, 1),
                ('trip-2', 'killtest', 'Museum', '', 1900090000, 1900095000, '', 'Ana, Bo', 2, 2),
                ('trip-3', 'pyconau2013', 'Mount Wellington', 'mt-wellington', 1373162400, 1373173200, '', '', 3, 3))"_s),
                 qPrintable(query.lastError().text()));
        m_userRows = rows(db, u"SELECT * FROM user_events ORDER BY event_id"_s);
        m_tripRows = rows(db, u"SELECT * FROM trips ORDER BY id"_s);
        QCOMPARE(m_userRows.count(u'\n'), 8);
    }

    void importStoppedInsideItsTransactionChangesNothing()
    {
        // Both ways, from version 0 to 1 (talks cancelled, bookmarked ones kept) and back.
        int current = 0; // initTestCase ended with version 0 in place
        for (int direction = 0; direction < 2; ++direction) {
            const int next = 1 - current;
            const QStringList import = {u"--db"_s, m_db, u"import"_s, m_feed[next]};
            QStringList now;
            // The sanitizer build stops at one point each way: the same code, half the runs.
            const QStringList points = kSanitizedBuild ? QStringList{direction == 0 ? u"import-write"_s : u"import-commit"_s}
                                                       : QStringList{u"import-write"_s, u"import-commit"_s};
            for (const QString &point : points) {
                QVERIFY2(runStoppedAt(point, import), qPrintable(point));
                checkDatabase(&now);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(now == m_titles[current],
                         qPrintable(u"stopped at %1: not the previous programme but %2"_s.arg(point, describe(now))));
            }
            // Not stopped: the new programme, complete.
            m_wholeMs = runLanyard(import);
            QVERIFY(m_wholeMs >= 0);
            checkDatabase(&now);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(now == m_titles[next], qPrintable(u"after a whole import: %1"_s.arg(describe(now))));
            current = next;
        }
    }

    void importKilledAtRandomMomentsLosesNothing()
    {
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        random.seed(seed);
        qInfo("random seed %u; a whole import takes %lld ms", seed, m_wholeMs);

        int current = 0; // the previous test function ended with version 0 in place
        int killed = 0;
        int previousKept = 0;
        int newComplete = 0;
        for (int round = 0; round < kRandomImportKills; ++round) {
            const int next = 1 - current;
            QProcess lanyard;
            lanyard.start(m_binary, {u"--db"_s, m_db, u"import"_s, m_feed[next]});
            QVERIFY(lanyard.waitForStarted());
            // Anywhere from start-up to a little after the end of a whole import.
            QThread::usleep(random.bounded(quint32(m_wholeMs * 1100 + 1)));
            const bool wasRunning = lanyard.state() == QProcess::Running;
            if (wasRunning) {
                lanyard.kill(); // SIGKILL
                ++killed;
            }
            QVERIFY(lanyard.waitForFinished(120000));

            QStringList now;
            checkDatabase(&now);
            if (QTest::currentTestFailed())
                return;
            if (now == m_titles[next]) {
                current = next;
                ++newComplete;
            } else {
                QVERIFY2(now == m_titles[current],
                         qPrintable(u"round %1: neither the previous programme nor the new one: %2"_s.arg(round).arg(describe(now))));
                QVERIFY2(wasRunning, "an import that was not killed left the previous programme");
                ++previousKept;
            }
        }
        // Where the kills landed is left to chance: reported, not asserted.
        qInfo("%d random kills: %d times the previous programme was kept, %d times the new one was complete", killed, previousKept,
              newComplete);
    }

    void killedExportsNeverLeaveAHalfFile()
    {
        // Every talk of the programme bookmarked, with a note: an export of a megabyte or more.
        {
            CheckConnection check(m_db);
            QVERIFY(check.isOpen());
            QSqlQuery query(check.db());
            QVERIFY(query.exec(uR"(INSERT OR IGNORE INTO user_events (event_id, conference_id, priority, bookmarked_at, note,
                    updated_at) SELECT id, conference_id, 1, 1900000000, 'note on ' || title, 1900000000 FROM events
                    WHERE conference_id = 'killtest')"_s));
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (const QString &format : {u"json"_s, u"ics"_s}) {
            const QString output = m_dir.filePath(u"agenda."_s + format);
            const auto exportTo = [&](const QString &path) {
                return QStringList{u"--db"_s, m_db, u"export"_s, u"--format"_s, format, u"--output"_s, path};
            };
            // A whole export: what the file must be after every kill (the previous one or the new one).
            auto isWhole = [&format](const QByteArray &bytes) -> qsizetype {
                if (format == u"json"_s) {
                    const QJsonDocument document = QJsonDocument::fromJson(bytes);
                    return document.isObject() ? document.object().value(u"events"_s).toArray().size() : -1;
                }
                if (!bytes.startsWith("BEGIN:VCALENDAR\r\n") || !bytes.endsWith("END:VCALENDAR\r\n"))
                    return -1;
                return bytes.count("BEGIN:VEVENT\r\n");
            };
            const qint64 exportMs = runLanyard(exportTo(output));
            QVERIFY(exportMs >= 0);
            const QByteArray previous = readAll(output);
            const qsizetype entries = isWhole(previous);
            QVERIFY2(entries > kEvents / 2, qPrintable(u"%1 entries in the %2 export"_s.arg(entries).arg(format)));

            // Stopped with half of the new export written: the previous one is there, byte for byte.
            QVERIFY(runStoppedAt(u"export-write"_s, exportTo(output)));
            QVERIFY2(readAll(output) == previous, qPrintable(u"the %1 export changed"_s.arg(format)));
            // And where there was no file, there is none (not half of one).
            const QString fresh = m_dir.filePath(u"fresh."_s + format);
            QVERIFY(runStoppedAt(u"export-write"_s, exportTo(fresh)));
            QVERIFY2(!QFile::exists(fresh), qPrintable(u"%1 bytes in %2"_s.arg(QFileInfo(fresh).size()).arg(fresh)));

            // An extra: kills at random moments, each of which leaves a whole export.
            int killed = 0;
            for (int round = 0; round < kRandomExportKills; ++round) {
                QProcess lanyard;
                lanyard.start(m_binary, exportTo(output));
                QVERIFY(lanyard.waitForStarted());
                QThread::usleep(random.bounded(quint32(exportMs * 1100 + 1)));
                if (lanyard.state() == QProcess::Running) {
                    lanyard.kill();
                    ++killed;
                }
                QVERIFY(lanyard.waitForFinished(120000));
                QCOMPARE(isWhole(readAll(output)), entries);
            }
            // QSaveFile's temporary file has no name on Linux (O_TMPFILE); elsewhere it may stay.
            const QStringList leftovers = QDir(m_dir.path()).entryList({u"agenda."_s + format + u".*"_s}, QDir::Files);
            qInfo("%s: an export takes %lld ms; %d random kills; %lld temporary files left beside it", qPrintable(format), exportMs, killed,
                  qsizetype(leftovers.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
