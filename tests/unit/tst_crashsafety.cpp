#include "store/SqlHelpers.h"

#include <QDir>
#include <QDebug>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

/**
 * What a killed process leaves behind. `lanyard import` of a large feed is killed (SIGKILL) at
 * random points, many times, alternating between two versions of a programme: after every kill
 * the file passes SQLite's integrity check, every bookmark, note, rating and trip is still there
 * as it was, and the conference is either the previous programme, intact, or the new one,
 * complete. `lanyard export --output` is killed the same way: the file it replaces is always a
 * whole export, never half of one.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

    /** How many events the programme has: sized so that an import takes a second or two here. */
    int m_events = 3000;
    static constexpr int kDays = 10;
    static constexpr int kRooms = 20;

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_db;
    QString m_feed[2];
    /** The programme each version leaves: the titles of its events and its conference title. */
    QStringList m_titles[2];
    QString m_userRows;
    QString m_tripRows;
    /** How long a whole import takes, and how long from its first database write to its end. */
    qint64 m_wholeMs = 0;
    qint64 m_writingMs = 0;

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
                                               "killed process leaves behind. ").repeated(5)
            + "&lt;/p&gt;";
        const int perRoom = m_events / (kDays * kRooms);
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
                    const QByteArray guid = added ? QByteArray("kill-new-" + QByteArray::number(extra++))
                                                  : QByteArray("kill-" + QByteArray::number(number));
                    const int minutes = 8 * 60 + slot * 30 + (version == 1 ? 15 : 0);
                    const QByteArray time = QByteArray::number(minutes / 60).rightJustified(2, '0') + ':'
                        + QByteArray::number(minutes % 60).rightJustified(2, '0');
                    xml += "<event guid=\"" + guid + "\" id=\"" + QByteArray::number(number) + "\"><date>" + date
                        + 'T' + time + ":00+01:00</date><start>" + time + "</start><duration>00:25</duration><room>"
                        + roomName + "</room><title>" + letter + ' ' + guid + " talk</title><track>Track "
                        + QByteArray::number(slot % 7) + "</track><abstract>" + abstract
                        + "</abstract><persons><person id=\"" + QByteArray::number(number)
                        + "\">Speaker " + guid + "</person></persons><links><link href=\"https://example.org/"
                        + guid + "\">Slides</link></links></event>\n";
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
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            m_open = db.open();
        }
        ~CheckConnection()
        {
            {
                QSqlDatabase db = QSqlDatabase::database(u"check"_s, false);
                // Back to an empty write-ahead log, so that the next import's first write shows.
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

    /**
     * Whether the process has a temporary file open in the test's folder: QSaveFile's file, which
     * on Linux has no name until it is complete (O_TMPFILE), so it is found among the open files.
     */
    bool writesTemporaryFile(qint64 pid) const
    {
        const QFileInfoList open = QDir(u"/proc/%1/fd"_s.arg(pid)).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &descriptor : open) {
            const QString target = descriptor.symLinkTarget();
            if (target.startsWith(m_dir.path() + u'/') && !target.startsWith(m_db) && !target.contains(u"programme-"_s))
                return true;
        }
        return false;
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

    bool runImport(int version, qint64 *wholeMs, qint64 *writingMs) const
    {
        QProcess lanyard;
        QElapsedTimer timer;
        timer.start();
        lanyard.start(m_binary, {u"--db"_s, m_db, u"import"_s, m_feed[version]});
        qint64 firstWrite = -1;
        while (!lanyard.waitForFinished(1)) {
            if (firstWrite < 0 && QFileInfo(m_db + u"-wal"_s).size() > 0)
                firstWrite = timer.elapsed();
            if (timer.elapsed() > 180000)
                return false;
        }
        *wholeMs = timer.elapsed();
        *writingMs = firstWrite < 0 ? *wholeMs / 4 : *wholeMs - firstWrite;
        if (lanyard.exitStatus() != QProcess::NormalExit || lanyard.exitCode() != 0)
            qWarning().noquote() << lanyard.readAllStandardError();
        return lanyard.exitStatus() == QProcess::NormalExit && lanyard.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("LANYARD_BINARY");
        if (m_binary.isEmpty())
            QSKIP("LANYARD_BINARY is not set (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"lanyard.sqlite"_s);

        // The programme is sized so that an import takes a second or two on this machine and
        // build (a sanitizer build is ten times slower): long enough to be killed at any point,
        // short enough for many rounds. Measured on a 400-event programme.
        m_events = 400;
        const QString probeDb = m_dir.filePath(u"probe.sqlite"_s);
        const QString probeFeed = m_dir.filePath(u"probe.xml"_s);
        {
            QFile file(probeFeed);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(feed(0));
        }
        QVERIFY(runLanyard({u"--db"_s, probeDb, u"conferences"_s}) >= 0);
        const qint64 probeImport = runLanyard({u"--db"_s, probeDb, u"import"_s, probeFeed});
        const qint64 probeStart = runLanyard({u"--db"_s, probeDb, u"conferences"_s});
        QVERIFY(probeImport >= 0 && probeStart >= 0);
        const double perEventMs = std::max(0.01, double(probeImport - probeStart) / 400.0);
        m_events = std::clamp(int(1500.0 / perEventMs) / 200 * 200, 400, 3000);
        qInfo("%d events: an import of 400 took %lld ms, starting up %lld ms", m_events, probeImport, probeStart);

        for (int version = 0; version < 2; ++version) {
            m_feed[version] = m_dir.filePath(u"programme-%1.xml"_s.arg(version));
            QFile file(m_feed[version]);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(feed(version));
        }

        // Version 1, then version 0: both programmes as a whole import leaves them.
        qint64 whole = 0;
        qint64 writing = 0;
        for (const int version : {1, 0}) {
            QVERIFY(runImport(version, &whole, &writing));
            CheckConnection check(m_db);
            QVERIFY(check.isOpen());
            m_titles[version] = programme(check.db());
        }
        QCOMPARE(m_titles[0].size(), 1 + m_events);
        QCOMPARE(m_titles[1].size(), 1 + m_events - m_events / 20 + kDays * 15);

        // The user's data, written straight into the tables: bookmarks on talks in both versions
        // and on talks only version 0 has (kept, marked cancelled, while version 1 is in place),
        // notes, ratings, watched marks, one on the bundled programme, and trips.
        CheckConnection check(m_db);
        QVERIFY(check.isOpen());
        const QSqlDatabase db = check.db();
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT id, guid FROM events WHERE conference_id = 'killtest' AND guid IN "
                           "('kill-0', 'kill-1', 'kill-2', 'kill-20', 'kill-40', 'kill-41', 'kill-399') ORDER BY guid"_s));
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        QCOMPARE(ids.size(), 7);
        QVERIFY(query.exec(u"SELECT id FROM events WHERE conference_id = 'pyconau2013' ORDER BY start_utc LIMIT 1"_s)
                && query.next());
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

    void measureAnImport()
    {
        // How long an import takes here: the kills are spread over it.
        QVERIFY(runImport(1, &m_wholeMs, &m_writingMs));
        QVERIFY(runImport(0, &m_wholeMs, &m_writingMs));
    }

    void killedImportsLoseNothing()
    {
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        random.seed(seed);
        qInfo("random seed %u; an import takes %lld ms, %lld of them writing", seed, m_wholeMs, m_writingMs);

        int current = 0; // initTestCase ended with version 0 in place
        int kills = 0;
        int killedWhileWriting = 0;
        int previousKept = 0;
        int newComplete = 0;
        QElapsedTimer budget;
        budget.start();
        // At least 15 kills, then on while the time allows (45 s), at most 60.
        for (int round = 0; round < 60 && (round < 15 || budget.elapsed() < 45000); ++round) {
            const int next = 1 - current;
            QProcess lanyard;
            QElapsedTimer timer;
            lanyard.start(m_binary, {u"--db"_s, m_db, u"import"_s, m_feed[next]});
            QVERIFY(lanyard.waitForStarted());
            timer.start();
            // Two rounds in three wait for the first write and kill while the transaction runs;
            // the others kill anywhere from start-up to the end.
            const bool whileWriting = round % 3 != 0;
            bool sawWrite = false;
            if (whileWriting) {
                while (lanyard.state() == QProcess::Running && QFileInfo(m_db + u"-wal"_s).size() == 0
                       && timer.elapsed() < 10 * m_wholeMs + 10000)
                    QThread::usleep(200);
                sawWrite = lanyard.state() == QProcess::Running;
                QThread::usleep(random.bounded(quint32(m_writingMs * 1200 + 1)));
            } else {
                QThread::usleep(random.bounded(quint32(m_wholeMs * 1100 + 1)));
            }
            const bool killed = lanyard.state() == QProcess::Running;
            if (killed) {
                lanyard.kill(); // SIGKILL
                ++kills;
                if (sawWrite)
                    ++killedWhileWriting;
            }
            QVERIFY(lanyard.waitForFinished(180000));

            QStringList now;
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
                now = programme(db);
            }
            if (now == m_titles[next]) {
                current = next;
                ++newComplete;
            } else {
                QVERIFY2(now == m_titles[current],
                         qPrintable(u"round %1: neither the previous programme nor the new one: %2 events, conference %3"_s
                                        .arg(round)
                                        .arg(now.size() - 1)
                                        .arg(now.value(0))));
                QVERIFY2(killed, "an import that was not killed left the previous programme");
                ++previousKept;
            }
        }
        qInfo("%d kills (%d while writing) in %lld ms: %d times the previous programme was kept, %d times the new one was complete",
              kills, killedWhileWriting, budget.elapsed(), previousKept, newComplete);
        // The kills did land on both sides of the commit.
        QVERIFY(previousKept > 0);
        QVERIFY(killedWhileWriting > 0);
    }

    void killedExportsNeverLeaveAHalfFile()
    {
        // Every talk of the programme bookmarked, with a note: an export of a few megabytes.
        {
            CheckConnection check(m_db);
            QVERIFY(check.isOpen());
            QSqlQuery query(check.db());
            QVERIFY(query.exec(uR"(INSERT OR IGNORE INTO user_events (event_id, conference_id, priority, bookmarked_at, note,
                    updated_at) SELECT id, conference_id, 1, 1900000000, 'note on ' || title, 1900000000 FROM events
                    WHERE conference_id = 'killtest')"_s));
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        QElapsedTimer budget;
        for (const QString &format : {u"json"_s, u"ics"_s}) {
            budget.start();
            const QString output = m_dir.filePath(u"agenda."_s + format);
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
            QElapsedTimer timer;
            timer.start();
            QProcess first;
            first.start(m_binary, {u"--db"_s, m_db, u"export"_s, u"--format"_s, format, u"--output"_s, output});
            QVERIFY(first.waitForFinished(120000));
            QCOMPARE(first.exitCode(), 0);
            const qint64 exportMs = timer.elapsed();
            const qsizetype entries = isWhole(readAll(output));
            QVERIFY2(entries > m_events / 2, qPrintable(u"%1 entries in the %2 export"_s.arg(entries).arg(format)));

            int kills = 0;
            int killedWhileWriting = 0;
            // At least 10 kills per format, then on for 10 s, at most 40.
            for (int round = 0; round < 40 && (round < 10 || budget.elapsed() < 10000); ++round) {
                QProcess lanyard;
                lanyard.start(m_binary, {u"--db"_s, m_db, u"export"_s, u"--format"_s, format, u"--output"_s, output});
                QVERIFY(lanyard.waitForStarted());
                timer.restart();
                bool sawTemporary = false;
                if (round % 2 == 0) {
                    // Wait for the temporary file beside the output, then kill while it is written.
                    while (lanyard.state() == QProcess::Running && !sawTemporary && timer.elapsed() < 10 * exportMs + 10000) {
                        sawTemporary = writesTemporaryFile(lanyard.processId());
                        QThread::usleep(100);
                    }
                    QThread::usleep(random.bounded(1000u));
                } else {
                    QThread::usleep(random.bounded(quint32(exportMs * 1100 + 1)));
                }
                if (lanyard.state() == QProcess::Running) {
                    lanyard.kill();
                    ++kills;
                    if (sawTemporary)
                        ++killedWhileWriting;
                }
                QVERIFY(lanyard.waitForFinished(120000));
                QCOMPARE(isWhole(readAll(output)), entries);
            }
            const QStringList leftovers = QDir(m_dir.path()).entryList({u"agenda."_s + format + u".*"_s}, QDir::Files);
            qInfo("%s: %d kills, %d of them while the temporary file was written; %lld temporary files left beside it",
                  qPrintable(format), kills, killedWhileWriting, qsizetype(leftovers.size()));
            QVERIFY(killedWhileWriting > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
