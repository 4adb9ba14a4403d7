#include "TripFixture.h"

#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "sync/BundledProgramme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;

/** The places, trips and free-slots verbs, and trips in `agenda --json` and `export`, on the bundled programme. */
class TestCliTrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TripFixture>();
        QVERIFY2(m_fixture->opened && m_fixture->loaded, qPrintable(m_fixture->openError));
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*m_fixture->schedule, m_fixture->clock.now(), &error), qPrintable(error));
        QVERIFY(m_fixture->places->load());
        m_out.clear();
        m_err.clear();
        m_context =
            std::make_unique<CliContext>(CliContext{*m_fixture->database, *m_fixture->schedule, *m_fixture->userData, m_fixture->clock,
                                                    m_outStream, m_errStream, nullptr, m_fixture->places.get(), m_fixture->trips.get()});
    }
    void cleanup()
    {
        m_context.reset();
        m_fixture.reset();
    }

    void placesWithDistances()
    {
        QCOMPARE(run(&CliCommands::places, {u"--json"_s}), 0);
        const QJsonArray places = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(places.size(), 12);
        const QJsonObject venue = places.at(0).toObject();
        QCOMPARE(venue.value(u"id"_s).toString(), u"wrest-point"_s);
        QCOMPARE(venue.value(u"venue"_s).toBool(), true);
        QCOMPARE(venue.value(u"distanceKm"_s).toDouble(), 0.0);
        QJsonObject summit;
        for (const QJsonValue &value : places) {
            if (value.toObject().value(u"id"_s).toString() == u"kunanyi-mount-wellington"_s)
                summit = value.toObject();
        }
        QCOMPARE(summit.value(u"lat"_s).toDouble(), -42.896);
        QCOMPARE(summit.value(u"lon"_s).toDouble(), 147.237306);
        QCOMPARE(summit.value(u"distanceKm"_s).toDouble(), 8.234);
        QCOMPARE(summit.value(u"travelMinutes"_s).toInt(), 13);
        const QJsonObject lark = places.at(11).toObject();
        QCOMPARE(lark.value(u"id"_s).toString(), u"lark-distillery-hobart-2013"_s);
        QVERIFY(lark.value(u"lat"_s).isNull());
        QVERIFY(lark.value(u"lon"_s).isNull());
        QVERIFY(lark.value(u"distanceKm"_s).isNull());

        QCOMPARE(run(&CliCommands::places, {u"--speed"_s, u"5"_s}), 0);
        QVERIFY2(m_out.contains(u"kunanyi-mount-wellington     8.2 km ~99 min"_s), qPrintable(m_out));
        QVERIFY(m_out.contains(u"lark-distillery-hobart-2013  no location"_s));
        QCOMPARE(run(&CliCommands::places, {u"--speed"_s, u"fast"_s}), 1);
        QVERIFY(m_err.contains(u"--speed takes km/h"_s));

        // Own places: added with a location, listed as mine, removed.
        QCOMPARE(run(&CliCommands::places, {u"add"_s, u"--name"_s, u"MONA"_s, u"--at"_s, u"-42.8121,147.2612"_s}), 0);
        const QString id = m_out.trimmed();
        QVERIFY(id.startsWith(u"place-"_s));
        QCOMPARE(run(&CliCommands::places, {}), 0);
        QVERIFY(m_out.contains(u"MONA  (mine)"_s));
        QCOMPARE(run(&CliCommands::places, {u"add"_s, u"--name"_s, u"X"_s, u"--at"_s, u"north"_s}), 1);
        QVERIFY(m_err.contains(u"--at takes \"LAT,LON\""_s));
        QCOMPARE(run(&CliCommands::places, {u"remove"_s, id}), 0);
        QCOMPARE(run(&CliCommands::places, {u"remove"_s, u"wrest-point"_s}), 1);
    }

    void addListRemoveTrips()
    {
        // Before the afternoon talks on Sunday: two bookmarks, one in the morning.
        const QString planting = u"aabf815bcc7072a7"_s;
        const QString dontDoThis = u"f1f4bda8c707615f"_s;
        QVERIFY(m_fixture->userData->setPriority(planting, u"pyconau2013"_s, Priority::MustSee));
        QVERIFY(m_fixture->userData->setPriority(dontDoThis, u"pyconau2013"_s, Priority::MustSee));

        QCOMPARE(run(&CliCommands::trips,
                     {u"add"_s, u"--title"_s, u"Drive up kunanyi"_s, u"--from"_s, u"2013-07-07T09:30"_s, u"--to"_s,
                      u"2013-07-07T12:45:00+10:00"_s, u"--place"_s, u"kunanyi-mount-wellington"_s, u"--notes"_s, u"Jacket"_s, u"--who"_s,
                      u"Ann and me"_s}),
                 0);
        const QString id = m_out.trimmed();
        QVERIFY2(id.startsWith(u"trip-"_s) && !id.contains(u'\n'), qPrintable(m_out));
        const Trip stored = *m_fixture->trips->trip(id);
        QCOMPARE(stored.start, QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc())); // conference time, not the machine's
        QCOMPARE(stored.end, QDateTime(QDate(2013, 7, 7), QTime(2, 45), QTimeZone::utc()));

        QCOMPARE(run(&CliCommands::trips, {u"--json"_s}), 0);
        QJsonArray trips = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(trips.size(), 1);
        QJsonObject trip = trips.at(0).toObject();
        QCOMPARE(trip.value(u"kind"_s).toString(), u"trip"_s);
        QCOMPARE(trip.value(u"start"_s).toString(), u"2013-07-07T09:30:00+10:00"_s);
        QCOMPARE(trip.value(u"place"_s).toString(), u"kunanyi-mount-wellington"_s);
        QCOMPARE(trip.value(u"location"_s).toString(), u"kunanyi / Mount Wellington (summit)"_s);
        QCOMPARE(trip.value(u"geo"_s).toObject().value(u"lat"_s).toDouble(), -42.896);
        QCOMPARE(trip.value(u"who"_s).toString(), u"Ann and me"_s);
        QCOMPARE(trip.value(u"note"_s).toString(), u"Jacket"_s);
        QCOMPARE(trip.value(u"distanceKm"_s).toDouble(), 8.234);
        QCOMPARE(trip.value(u"conflicts"_s).toArray(), QJsonArray{planting});

        QCOMPARE(run(&CliCommands::trips, {}), 0);
        QVERIFY2(m_out.contains(u"Sun 2013-07-07 09:30-12:45 +10:00  Drive up kunanyi  [kunanyi / Mount Wellington (summit), 8.2 km]"_s),
                 qPrintable(m_out));
        QVERIFY(m_out.contains(u"conflicts with %1  Planting Open Source Seeds"_s.arg(planting)));

        // The agenda has the trip with kind "trip" and its conflicts, on both sides.
        QCOMPARE(run(&CliCommands::agenda, {u"--json"_s}), 0);
        const QJsonArray agenda = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(agenda.size(), 3);
        QCOMPARE(agenda.at(0).toObject().value(u"kind"_s).toString(), u"trip"_s);
        QCOMPARE(agenda.at(0).toObject().value(u"id"_s).toString(), id);
        QCOMPARE(agenda.at(0).toObject().value(u"conflicts"_s).toArray(), QJsonArray{planting});
        QCOMPARE(agenda.at(1).toObject().value(u"kind"_s).toString(), u"event"_s);
        QCOMPARE(agenda.at(1).toObject().value(u"conflicts"_s).toArray(), QJsonArray{id});
        QCOMPARE(agenda.at(2).toObject().value(u"conflicts"_s).toArray(), QJsonArray{});
        QCOMPARE(agenda.at(2).toObject().value(u"gapBeforeMinutes"_s).toInt(), 15); // 12:45 to 13:00

        // Every export has it.
        QCOMPARE(run(&CliCommands::exportAgenda, {u"--format"_s, u"ics"_s}), 0);
        QVERIFY(m_out.contains(u"UID:%1@lanyard\r\n"_s.arg(id)));
        QVERIFY(m_out.contains(u"GEO:-42.896000;147.237306\r\n"_s));
        QVERIFY(m_out.contains(u"LOCATION:kunanyi / Mount Wellington (summit)\r\n"_s));
        QCOMPARE(run(&CliCommands::exportAgenda, {u"--format"_s, u"csv"_s}), 0);
        QVERIFY(m_out.contains(u"trip,%1,pyconau2013,2013-07-07,2013-07-07T09:30:00+10:00"_s.arg(id)));
        QCOMPARE(run(&CliCommands::exportAgenda, {u"--format"_s, u"md"_s}), 0);
        QVERIFY(m_out.contains(u"- **09:30–12:45** Drive up kunanyi (trip)"_s));
        QCOMPARE(run(&CliCommands::exportAgenda, {u"--format"_s, u"json"_s}), 0);
        const QJsonObject backup = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(backup.value(u"trips"_s).toArray().at(0).toObject().value(u"id"_s).toString(), id);

        // Edit by a prefix, then remove.
        QCOMPARE(run(&CliCommands::trips, {u"edit"_s, id.left(9), u"--to"_s, u"2013-07-07T11:00"_s}), 0);
        QCOMPARE(m_fixture->trips->trip(id)->end, QDateTime(QDate(2013, 7, 7), QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(run(&CliCommands::trips, {u"remove"_s, id}), 0);
        QVERIFY(m_out.contains(u"removed trip %1  Drive up kunanyi"_s.arg(id)));
        QCOMPARE(run(&CliCommands::trips, {}), 0);
        QVERIFY(m_out.contains(u"No trips yet"_s));
    }

    void tripMistakesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << QStringList{u"add"_s, u"--from"_s, u"2013-07-07T09:00"_s, u"--to"_s, u"2013-07-07T10:00"_s}
                                  << u"trips add: --title is required"_s;
        QTest::newRow("backwards") << QStringList{u"add"_s,  u"--title"_s,         u"T"_s, u"--from"_s, u"2013-07-07T10:00"_s,
                                                  u"--to"_s, u"2013-07-07T09:00"_s}
                                   << u"lanyard: trips add: the trip \"T\" ends before it starts: the end must be after the start"_s;
        QTest::newRow("bad time") << QStringList{u"add"_s,  u"--title"_s,         u"T"_s, u"--from"_s, u"tomorrow"_s,
                                                 u"--to"_s, u"2013-07-07T09:00"_s}
                                  << u"lanyard: trips: --from \"tomorrow\" is not a date and time"_s;
        QTest::newRow("unknown place")
            << QStringList{u"add"_s,  u"--title"_s,          u"T"_s,       u"--from"_s,  u"2013-07-07T09:00"_s,
                           u"--to"_s, u"2013-07-07T10:00"_s, u"--place"_s, u"atlantis"_s}
            << u"lanyard: trips add: there is no place \"atlantis\" in conference pyconau2013 (see: lanyard places)"_s;
        QTest::newRow("unknown trip") << QStringList{u"remove"_s, u"trip-ffff"_s}
                                      << u"lanyard: trips remove: no trip with id \"trip-ffff\""_s;
        QTest::newRow("stray option") << QStringList{u"--title"_s, u"T"_s} << u"lanyard: trips: --title is for trips add or trips edit"_s;
    }

    void tripMistakesChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(run(&CliCommands::trips, arguments) != 0);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QVERIFY(m_fixture->trips->trips().isEmpty());
    }

    void freeSlots()
    {
        // No bookmarks on Sunday: the whole day, as the feed gives it (08:00 to 17:50).
        QCOMPARE(run(&CliCommands::freeSlots, {u"--day"_s, u"2013-07-07"_s, u"--json"_s}), 0);
        QJsonArray slots = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(slots.size(), 1);
        QCOMPARE(slots.at(0).toObject().value(u"start"_s).toString(), u"2013-07-07T08:00:00+10:00"_s);
        QCOMPARE(slots.at(0).toObject().value(u"end"_s).toString(), u"2013-07-07T17:50:00+10:00"_s);
        QCOMPARE(slots.at(0).toObject().value(u"minutes"_s).toInt(), 590);

        QVERIFY(m_fixture->userData->setPriority(u"aabf815bcc7072a7"_s, u"pyconau2013"_s, Priority::MustSee)); // 11:15–12:00
        QVERIFY(m_fixture->userData->setPriority(u"f1f4bda8c707615f"_s, u"pyconau2013"_s, Priority::MustSee)); // 13:00–13:30
        QCOMPARE(run(&CliCommands::freeSlots, {u"--day"_s, u"2013-07-07"_s, u"--min"_s, u"60"_s, u"--json"_s}), 0);
        slots = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(slots.size(), 3); // 08:00–11:15, 12:00–13:00 (exactly 60), 13:30–17:50
        QCOMPARE(slots.at(1).toObject().value(u"minutes"_s).toInt(), 60);
        QCOMPARE(run(&CliCommands::freeSlots, {u"--day"_s, u"2013-07-07"_s, u"--min"_s, u"61"_s}), 0);
        QVERIFY2(m_out.contains(u"08:00-11:15 +10:00  195 min free"_s), qPrintable(m_out));
        QVERIFY(!m_out.contains(u"12:00-13:00"_s));

        // All three days without --day.
        QCOMPARE(run(&CliCommands::freeSlots, {u"--json"_s}), 0);
        QSet<QString> days;
        for (const QJsonValue &slot : QJsonDocument::fromJson(m_out.toUtf8()).array())
            days.insert(slot.toObject().value(u"day"_s).toString());
        QCOMPARE(days, (QSet<QString>{u"2013-07-05"_s, u"2013-07-06"_s, u"2013-07-07"_s}));

        QCOMPARE(run(&CliCommands::freeSlots, {u"--day"_s, u"2013-07-09"_s}), 1);
        QVERIFY(m_err.contains(u"2013-07-09 is not a day of pyconau2013 (its days: 2013-07-05, 2013-07-06, 2013-07-07)"_s));
        QCOMPARE(run(&CliCommands::freeSlots, {u"--min"_s, u"0"_s}), 1);
        QVERIFY(m_err.contains(u"--min takes a whole number of minutes"_s));
    }

private:
    int run(int (*verb)(CliContext &, const QStringList &), const QStringList &arguments)
    {
        m_out.clear();
        m_err.clear();
        const int code = verb(*m_context, arguments);
        m_outStream.flush();
        m_errStream.flush();
        return code;
    }

    std::unique_ptr<TripFixture> m_fixture;
    QString m_out;
    QString m_err;
    QTextStream m_outStream{&m_out};
    QTextStream m_errStream{&m_err};
    std::unique_ptr<CliContext> m_context;
};

QTEST_GUILESS_MAIN(TestCliTrips)
#include "tst_clitrips.moc"
