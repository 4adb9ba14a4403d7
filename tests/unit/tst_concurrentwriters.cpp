#include "shell/Storage.h"
#include "store/OutsideChanges.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/**
 * User data written by several processes at once is never lost. Writers that read their stores
 * once and then write (as a window left open all day does) change the same 40 events at the same
 * time, each its own field: every write of every writer is there afterwards. The same holds for
 * the command line, and for two processes editing different fields of the same trips. An open
 * store notices what other processes wrote and announces exactly those events, trips and
 * programmes, and nothing when nothing changed.
 *
 * The writers are started together and each waits, its stores read, until all are ready: so every
 * writer's copy is stale by the time the others write, on every machine, fast or slow.
 */
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_binary = qEnvironmentVariable("LANYARD_BINARY");
    QString m_writer = qEnvironmentVariable("LANYARD_USERDATA_WRITER");
    QStringList m_eventIds;

    /** Runs the lanyard command line on the test database; its exit code. */
    int lanyard(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.start(m_binary, QStringList{u"--db"_s, m_db} + arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning() << arguments << process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    /** Starts one writer per field on `ids`, lets them all read, then go at once; true when all wrote everything. */
    bool runWriters(const QStringList &fields, int round, const QStringList &ids)
    {
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const QString &field : fields) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(m_writer, QStringList{m_db, field, QString::number(round)} + ids);
            writers.push_back(std::move(process));
        }
        for (auto &writer : writers) {
            if (!writer->waitForStarted(30000))
                return false;
            while (!writer->canReadLine()) {
                if (!writer->waitForReadyRead(120000))
                    return false;
            }
            if (writer->readLine().trimmed() != "ready")
                return false;
        }
        for (auto &writer : writers)
            writer->write("go\n");
        bool allDone = true;
        for (auto &writer : writers) {
            allDone = writer->waitForFinished(180000) && writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0 && allDone;
            const QByteArray said = writer->readAllStandardOutput().trimmed();
            if (said != "done " + QByteArray::number(ids.size())) {
                qWarning() << "a writer said" << said;
                allDone = false;
            }
        }
        return allDone;
    }

    /** A connection of the test's own, to read what the file holds. */
    QSqlDatabase reader()
    {
        const QString name = u"reader"_s;
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_db);
        db.open();
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_binary.isEmpty() || m_writer.isEmpty())
            QSKIP("LANYARD_BINARY and LANYARD_USERDATA_WRITER are set by CTest");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"concurrent.sqlite"_s);
        QCOMPARE(lanyard({u"conferences"_s}), 0);
        QSqlQuery query(reader());
        QVERIFY(query.exec(u"SELECT id FROM events ORDER BY start_utc, id LIMIT 40"_s));
        while (query.next())
            m_eventIds.append(query.value(0).toString());
        QCOMPARE(m_eventIds.size(), 40);
    }

    void cleanupTestCase()
    {
        if (QSqlDatabase::contains(u"reader"_s)) {
            QSqlDatabase::database(u"reader"_s).close();
            QSqlDatabase::removeDatabase(u"reader"_s);
        }
    }

    void everyWriteOfEveryWriterIsKept()
    {
        for (int round = 1; round <= 3; ++round) {
            QVERIFY2(runWriters({u"priority"_s, u"note"_s, u"rating"_s, u"watched"_s}, round, m_eventIds),
                     qPrintable(u"round %1: a writer failed"_s.arg(round)));
            QSqlQuery query(reader());
            int kept[4] = {0, 0, 0, 0};
            for (qsizetype i = 0; i < m_eventIds.size(); ++i) {
                QVERIFY(query.prepare(u"SELECT priority, note, rating, watched_at FROM user_events WHERE event_id = ?"_s));
                query.addBindValue(m_eventIds.at(i));
                QVERIFY(query.exec() && query.next());
                kept[0] += query.value(0).toInt() == (round % 2 ? 1 : 2);
                kept[1] += query.value(1).toString() == u"note %1 of round %2"_s.arg(i).arg(round);
                kept[2] += query.value(2).toInt() == int((i + round) % 5) + 1;
                kept[3] += query.value(3).isNull() == (round % 2 == 0);
            }
            const QString summary = u"round %1 kept %2 bookmarks, %3 notes, %4 ratings, %5 watched marks of 40"_s.arg(round)
                                        .arg(kept[0])
                                        .arg(kept[1])
                                        .arg(kept[2])
                                        .arg(kept[3]);
            qInfo("%s", qPrintable(summary));
            for (int field = 0; field < 4; ++field)
                QVERIFY2(kept[field] == 40, qPrintable(summary));
        }
    }

    void editsOfOtherFieldsOfTheSameTripsAreKept()
    {
        QStringList tripIds;
        for (int i = 0; i < 10; ++i) {
            QByteArray output;
            QCOMPARE(lanyard({u"trips"_s, u"add"_s, u"--title"_s, u"Walk %1"_s.arg(i), u"--from"_s, u"2013-07-0%1T07:00"_s.arg(5 + i % 3),
                              u"--to"_s, u"2013-07-0%1T08:00"_s.arg(5 + i % 3)},
                             &output),
                     0);
        }
        QSqlQuery query(reader());
        QVERIFY(query.exec(u"SELECT id FROM trips ORDER BY id"_s));
        while (query.next())
            tripIds.append(query.value(0).toString());
        QCOMPARE(tripIds.size(), 10);
        QVERIFY(runWriters({u"trip-notes"_s, u"trip-who"_s}, 1, tripIds));
        for (qsizetype i = 0; i < tripIds.size(); ++i) {
            QVERIFY(query.prepare(u"SELECT notes, who, title FROM trips WHERE id = ?"_s));
            query.addBindValue(tripIds.at(i));
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toString(), u"notes %1 of round 1"_s.arg(i));
            QCOMPARE(query.value(1).toString(), u"friends %1 of round 1"_s.arg(i));
            QVERIFY(query.value(2).toString().startsWith(u"Walk "_s));
        }
    }

    void commandLineWritersAtOnceKeepEveryWrite()
    {
        // Three shells, each running one verb over the same ten events, at the same time.
        const QStringList ids = m_eventIds.mid(0, 10);
        const QStringList scripts = {
            u"for id in %1; do \"$0\" --db \"$1\" bookmark add \"$id\" --priority maybe >/dev/null || exit 1; done"_s,
            u"for id in %1; do \"$0\" --db \"$1\" note \"$id\" \"from the command line $id\" >/dev/null || exit 1; done"_s,
            u"for id in %1; do \"$0\" --db \"$1\" rate \"$id\" 2 >/dev/null || exit 1; done"_s,
        };
        std::vector<std::unique_ptr<QProcess>> shells;
        for (const QString &script : scripts) {
            auto shell = std::make_unique<QProcess>();
            shell->setProcessChannelMode(QProcess::ForwardedChannels);
            shell->start(u"/bin/sh"_s, {u"-c"_s, script.arg(ids.join(u' ')), m_binary, m_db});
            shells.push_back(std::move(shell));
        }
        for (auto &shell : shells) {
            QVERIFY(shell->waitForFinished(180000));
            QCOMPARE(shell->exitCode(), 0);
        }
        QSqlQuery query(reader());
        for (const QString &id : ids) {
            QVERIFY(query.prepare(u"SELECT priority, note, rating FROM user_events WHERE event_id = ?"_s));
            query.addBindValue(id);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QCOMPARE(query.value(1).toString(), u"from the command line "_s + id);
            QCOMPARE(query.value(2).toInt(), 2);
        }
    }

    void anOpenStoreSeesWhatOthersWrote()
    {
        cleanupTestCase(); // the test's own reading connection is not Lanyard's: closed first
        Storage storage(m_db);
        QString error;
        QVERIFY2(storage.open(QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        OutsideChanges outside(storage.database(), storage.schedule(), storage.userData(), &storage.trips());
        outside.start(60000, OutsideChanges::Watch::TimerOnly); // looked at by hand below
        QSignalSpy eventChanges(&storage.userData(), &UserDataStore::eventDataChanged);
        QSignalSpy resets(&storage.userData(), &UserDataStore::reset);
        QSignalSpy tripsAdded(&storage.trips(), &TripStore::tripAdded);
        QSignalSpy tripsChanged(&storage.trips(), &TripStore::tripChanged);
        QSignalSpy schedules(&storage.schedule(), &ScheduleStore::scheduleChanged);
        QSignalSpy conferences(&storage.schedule(), &ScheduleStore::conferencesChanged);

        QVERIFY(!outside.check());
        QCOMPARE(eventChanges.count(), 0);

        // Another process changes the notes of five events: exactly those five are announced.
        const QStringList five = m_eventIds.mid(20, 5);
        QVERIFY(runWriters({u"note"_s}, 7, five));
        // The other processes did not take themselves for the last user of the file: the
        // write-ahead log this process reads through is still there.
        QVERIFY(QFileInfo::exists(m_db + u"-wal"_s));
        QVERIFY(outside.check());
        QStringList announced;
        for (const QList<QVariant> &signal : std::as_const(eventChanges))
            announced.append(signal.constFirst().toString());
        announced.sort();
        QStringList expected = five;
        expected.sort();
        QCOMPARE(announced, expected);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(storage.userData().value(five.at(2)).note, u"note 2 of round 7"_s);
        QVERIFY(storage.userData().value(five.at(2)).noteChangedAt.isValid());

        // Nothing more written: nothing announced.
        eventChanges.clear();
        QVERIFY(!outside.check());
        QCOMPARE(eventChanges.count(), 0);

        // This store's own write is announced once, when it is made, and not again.
        QVERIFY(storage.userData().setRating(five.at(0), storage.userData().value(five.at(0)).conferenceId, 5, &error));
        QCOMPARE(eventChanges.count(), 1);
        outside.check();
        QCOMPARE(eventChanges.count(), 1);

        // A trip added and one edited on the command line.
        QCOMPARE(lanyard({u"trips"_s, u"add"_s, u"--title"_s, u"Distillery"_s, u"--from"_s, u"2013-07-07T17:00"_s, u"--to"_s,
                          u"2013-07-07T18:30"_s}),
                 0);
        QVERIFY(outside.check());
        QCOMPARE(tripsAdded.count(), 1);
        const QString tripId = tripsAdded.constFirst().at(1).toString();
        QVERIFY(storage.trips().trip(tripId));
        QCOMPARE(lanyard({u"trips"_s, u"edit"_s, tripId, u"--who"_s, u"Ana, Tom"_s}), 0);
        QVERIFY(outside.check());
        QCOMPARE(tripsChanged.count(), 1);
        QCOMPARE(storage.trips().trip(tripId)->who, u"Ana, Tom"_s);

        // A programme imported from the command line.
        const QString feed = qEnvironmentVariable("LANYARD_TEST_DATA_DIR") + u"/feeds/dst-berlin.xml"_s;
        QCOMPARE(lanyard({u"import"_s, feed}), 0);
        QVERIFY(outside.check());
        QVERIFY(conferences.count() >= 1);
        QCOMPARE(schedules.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
