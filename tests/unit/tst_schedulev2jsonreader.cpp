#include "ImportedEvents.h"
#include "TestSupport.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ImportedEvents;

class TestScheduleV2JsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/schedule-v2.json"_s));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::ScheduleV2Json);
        const ImportResult result = importBytes(bytes, u"v2.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.format, u"schedule-v2.json"_s);
        QCOMPARE(schedule.conference.id, u"divoc-v2-2026"_s);
        QCOMPARE(schedule.conference.title, u"Synthetic Schedule V2 Conference"_s);
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Berlin"_s);
        QCOMPARE(schedule.conference.start, QDate(2026, 3, 28));
        QCOMPARE(schedule.conference.end, QDate(2026, 3, 29));
        QCOMPARE(schedule.rooms, (QStringList{u"Stage One"_s, u"Workshop Tent"_s}));
        QCOMPARE(schedule.tracks.size(), 2);
        QCOMPARE(schedule.tracks.at(0).color, u"#aa0000"_s);
        QCOMPARE(schedule.days.size(), 2);
        // The cancelled event is left out, and says so.
        QCOMPARE(schedule.events.size(), 3);
        QVERIFY(!findEvent(schedule, u"Cancelled Talk"_s));
        QVERIFY(std::any_of(schedule.warnings.cbegin(), schedule.warnings.cend(),
                            [](const QString &w) { return w.startsWith(u"schedule.events[3]: "_s) && w.contains(u"CANCELED"_s); }));

        const Event *talk = findEvent(schedule, u"Sicherheit für alle"_s);
        QVERIFY(talk);
        QCOMPARE(iso(schedule, talk->start), u"2026-03-28T20:00:00+01:00"_s);
        QCOMPARE(iso(schedule, talk->end), u"2026-03-28T21:00:00+01:00"_s);
        QCOMPARE(talk->day, QDate(2026, 3, 28));
        QCOMPARE(talk->room, u"Workshop Tent"_s); // resolved by guid
        QCOMPARE(talk->track, u"Security"_s); // resolved by slug
        QCOMPARE(talk->feedId, u"V2TALK"_s);
        QCOMPARE(QString::fromUtf8(talk->abstract), u"Sicherheit für alle."_s); // the event's language, Markdown reduced
        QCOMPARE(talk->speakerNames(), (QStringList{u"Renée Ørsted"_s, u"Kim Moderator"_s}));
        QCOMPARE(talk->persons.at(0).id, u"44444444-4444-4444-8444-444444444401"_s);
        QCOMPARE(talk->links.size(), 2); // the javascript: link is dropped
        QCOMPARE(talk->videos, QStringList{u"https://media.ccc.de/v/v2-talk"_s});

        // A duration instead of an end, across the switch to summer time (02:00 becomes 03:00):
        // 45 minutes from 01:30 CET end at 03:15 CEST. Still the first conference day.
        const Event *concert = findEvent(schedule, u"Night Concert"_s);
        QVERIFY(concert);
        QCOMPARE(iso(schedule, concert->start), u"2026-03-29T01:30:00+01:00"_s);
        QCOMPARE(iso(schedule, concert->end), u"2026-03-29T03:15:00+02:00"_s);
        QCOMPARE(concert->durationSeconds(), 45 * 60);
        QCOMPARE(concert->day, QDate(2026, 3, 28));
        QCOMPARE(concert->room, u"Stage One"_s);
        QCOMPARE(concert->track, u"Art"_s);
        QCOMPARE(QString::fromUtf8(concert->abstract), u"Music across the clock change."_s);

        const Event *lunch = findEvent(schedule, u"Lunch"_s);
        QVERIFY(lunch);
        QCOMPARE(lunch->type, u"BREAK"_s);
        QCOMPARE(lunch->day, QDate(2026, 3, 29));
        QCOMPARE(iso(schedule, lunch->start), u"2026-03-29T12:00:00+02:00"_s);
    }

    void personDetails()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/schedule-v2-persons.json"_s));
        QVERIFY(!bytes.isEmpty());
        const ImportResult result = importBytes(bytes, u"v2-persons.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 1);
        QCOMPARE(schedule.personDetails.size(), 2);
        // From the list beside the events: the biography in the conference's language, Markdown reduced.
        const PersonDetails &lale = schedule.personDetails.at(0);
        QCOMPARE(lale.name, u"Lale Demir"_s);
        QCOMPARE(lale.biography, u"Lale studies radio astronomy."_s);
        QCOMPARE(lale.links,
                 (QList<Link>{{QString(), u"https://v2persons.example.org/people/lale"_s},
                              {u"Homepage"_s, u"https://lale.example.net/"_s},
                              {u"Fediverse"_s, u"https://social.example.net/@lale"_s}}));
        // From a participant entry itself.
        const PersonDetails &oskar = schedule.personDetails.at(1);
        QCOMPARE(oskar.name, u"Oskar Wendt"_s);
        QCOMPARE(oskar.biography, u"Oskar hosts the night sky podcast."_s);
        QVERIFY(oskar.links.isEmpty());
    }

    void localTimesNeedAZone()
    {
        const QByteArray local = R"({"schedule": {"version": "1", "conference": {"acronym": "lt", "title": "Local Times"},
            "events": [{"guid": "55555555-5555-4555-8555-555555555555", "title": "Floating",
                        "start": "2026-05-01T10:00:00", "end": "2026-05-01T11:00:00"}]}})";
        const ImportResult refused = importBytes(local, u"local.json"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error->message.contains(u"time zone"_s), qPrintable(refused.error->toString()));
        const ImportResult placed = importBytes(local, u"local.json"_s, u"America/Sao_Paulo"_s);
        QVERIFY2(placed.ok(), qPrintable(placed.error ? placed.error->toString() : QString()));
        QCOMPARE(iso(placed.schedule, placed.schedule.events.constFirst().start), u"2026-05-01T10:00:00-03:00"_s);
        QCOMPARE(placed.schedule.events.constFirst().day, QDate(2026, 5, 1));
    }

    void brokenEvents()
    {
        const QByteArray noStart = R"({"schedule": {"version": "1", "conference": {"title": "X", "time_zone_name": "UTC"},
            "events": [{"guid": "1", "title": "Fine", "start": "2026-05-01T10:00:00Z", "end": "2026-05-01T11:00:00Z"},
                       {"guid": "2", "title": "Broken", "start": "tomorrow", "end": "2026-05-01T11:00:00Z"}]}})";
        const ImportResult result = importBytes(noStart, u"broken.json"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->message, u"schedule.events[1]: event \"Broken\": start \"tomorrow\" is not a date-time"_s);
        QVERIFY(result.schedule.events.isEmpty());

        const QByteArray notObject = R"({"schedule": {"version": "1", "conference": {"title": "X"}, "events": ["nope"]}})";
        const ImportResult shape = importBytes(notObject, u"shape.json"_s);
        QVERIFY(!shape.ok());
        QVERIFY2(shape.error->message.startsWith(u"schedule.events[0]: not a schedule v2"_s), qPrintable(shape.error->toString()));
    }

    /** do_not_record, a recording object with optout, and the draft's recording values. */
    void recordingOptOut()
    {
        const QByteArray bytes = R"({"schedule": {"version": "1", "conference": {"title": "R", "acronym": "r", "time_zone_name": "UTC"},
            "events": [
              {"guid": "1", "title": "Out", "start": "2026-05-01T10:00:00Z", "end": "2026-05-01T11:00:00Z", "do_not_record": true},
              {"guid": "2", "title": "In", "start": "2026-05-01T11:00:00Z", "end": "2026-05-01T12:00:00Z", "do_not_record": false},
              {"guid": "3", "title": "Optout", "start": "2026-05-01T12:00:00Z", "end": "2026-05-01T13:00:00Z", "recording": {"optout": true}},
              {"guid": "4", "title": "Forbidden", "start": "2026-05-01T13:00:00Z", "end": "2026-05-01T14:00:00Z", "recording": "RECORDING_FORBIDDEN"},
              {"guid": "5", "title": "Default", "start": "2026-05-01T14:00:00Z", "end": "2026-05-01T15:00:00Z", "recording": "RECORD_BY_DEFAULT"},
              {"guid": "6", "title": "Silent", "start": "2026-05-01T15:00:00Z", "end": "2026-05-01T16:00:00Z", "do_not_record": null}]}})";
        const ImportResult result = importBytes(bytes, u"recording.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(findEvent(result.schedule, u"Out"_s)->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(result.schedule, u"In"_s)->recorded, std::optional<bool>(true));
        QCOMPARE(findEvent(result.schedule, u"Optout"_s)->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(result.schedule, u"Forbidden"_s)->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(result.schedule, u"Default"_s)->recorded, std::optional<bool>(true));
        QCOMPARE(findEvent(result.schedule, u"Silent"_s)->recorded, std::optional<bool>());
    }
};

QTEST_GUILESS_MAIN(TestScheduleV2JsonReader)
#include "tst_schedulev2jsonreader.moc"
