#include "ImportedEvents.h"
#include "TestSupport.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ImportedEvents;

namespace
{
const PersonDetails *findDetails(const Schedule &schedule, const QString &name)
{
    for (const PersonDetails &details : schedule.personDetails) {
        if (details.name == name)
            return &details;
    }
    return nullptr;
}

/** A small schedule.json v1, built as JSON so that each test changes only what it is about. */
QJsonObject minimalSchedule()
{
    QJsonObject event{{u"id"_s, 1},
                      {u"guid"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s},
                      {u"date"_s, u"2025-08-01T10:00:00+02:00"_s},
                      {u"start"_s, u"10:00"_s},
                      {u"duration"_s, u"00:30"_s},
                      {u"room"_s, u"Zelt"_s},
                      {u"title"_s, u"Talk"_s},
                      {u"persons"_s, QJsonArray{}},
                      {u"links"_s, QJsonArray{}}};
    QJsonObject day{{u"index"_s, 1},
                    {u"date"_s, u"2025-08-01"_s},
                    {u"day_start"_s, u"2025-08-01T09:00:00+02:00"_s},
                    {u"day_end"_s, u"2025-08-02T04:00:00+02:00"_s},
                    {u"rooms"_s, QJsonObject{{u"Zelt"_s, QJsonArray{event}}}}};
    QJsonObject conference{
        {u"acronym"_s, u"mini"_s}, {u"title"_s, u"Mini"_s}, {u"time_zone_name"_s, u"Europe/Berlin"_s}, {u"days"_s, QJsonArray{day}}};
    return QJsonObject{{u"schedule"_s, QJsonObject{{u"version"_s, u"1"_s}, {u"conference"_s, conference}}}};
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}
} // namespace

class TestScheduleJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void camp2019()
    {
        LANYARD_REQUIRE_FEED(path, "camp2019_frab-schedule.json");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"camp2019.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.format, u"schedule.json"_s);
        QCOMPARE(schedule.events.size(), 79);
        QCOMPARE(schedule.days.size(), 5);
        QCOMPARE(schedule.rooms, (QStringList{u"Curie"_s, u"Meitner"_s}));
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Berlin"_s);
        QCOMPARE(schedule.conference.id, u"camp2019"_s);
        QCOMPARE(schedule.conference.dayChange, QTime(4, 0)); // where the day windows end
        QCOMPARE(iso(schedule, schedule.days.constFirst().end), u"2019-08-22T04:00:00+02:00"_s);

        const Event *opening = findEvent(schedule, u"Opening Ceremony"_s);
        COMPARE_EVENT(schedule, opening, "2019-08-21T11:00:00+02:00", "2019-08-21T11:30:00+02:00", "2019-08-21", "Curie", "jinxx, smtw");
        QCOMPARE(opening->feedId, u"10386"_s); // a JSON number, not "10386.0"
        QCOMPARE(opening->persons.at(0).id, u"7797"_s);
        QCOMPARE(QString::fromUtf8(opening->abstract), u"A hearty welcome me lasses and lads!"_s);
        const Event *closing = findEvent(schedule, u"Closing ceremony"_s);
        COMPARE_EVENT(schedule, closing, "2019-08-25T18:00:00+02:00", "2019-08-25T18:30:00+02:00", "2019-08-25", "Curie", "jinxx, smtw");

        // Attachments are links too, their paths resolved against the feed's base_url.
        int attachments = 0;
        for (const Event &event : schedule.events) {
            for (const Link &link : event.links) {
                if (link.url.contains(u"/system/event_attachments/"_s)) {
                    QVERIFY2(link.url.startsWith(u"https://fahrplan.events.ccc.de/camp/2019/Fahrplan/system/"_s), qPrintable(link.url));
                    ++attachments;
                }
            }
        }
        QCOMPARE(attachments, 11);
        // YouTube links are recordings (and stay links).
        const Event *robotron = nullptr;
        for (const Event &event : schedule.events) {
            if (event.videos.size() == 4)
                robotron = &event;
        }
        QVERIFY(robotron);
        QVERIFY(robotron->videos.constFirst().startsWith(u"https://www.youtube.com/watch?v=SAVEQbWXwzs"_s));
        // "nymtech.net" has no scheme: repaired to https with a warning naming the JSON path.
        QCOMPARE(schedule.warnings.size(), 1);
        QVERIFY2(schedule.warnings.constFirst().startsWith(u"schedule.conference.days[4].rooms.Curie["_s),
                 qPrintable(schedule.warnings.constFirst()));
    }

    void rc3()
    {
        LANYARD_REQUIRE_FEED(path, "rc3-channels-2020_pretalx-schedule.json");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"rc3.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 48);
        QCOMPARE(schedule.days.size(), 4);
        QCOMPARE(schedule.rooms.size(), 5);
        // No conference.rooms[]: by first day, then name (case-insensitive), the same every time.
        QCOMPARE(schedule.rooms,
                 (QStringList{u"backspace / franconian.net - Bamberg"_s, u"Chaos-West TV - Ennepetal"_s, u"r3s - Monheim/Rhein"_s,
                              u"ChaosTrawler Stubnitz/Gängeviertel Hamburg"_s, u"hacc München / about:future - München"_s}));
        QCOMPARE(schedule.conference.timeZoneId, u"UTC+01:00"_s);
        QCOMPARE(schedule.conference.dayChange, QTime(4, 0));

        const Event *gluon = findEvent(schedule, u"Der faule Admin automatisiert: Gluon auf echter Hardware testen"_s);
        COMPARE_EVENT(schedule, gluon, "2020-12-27T11:30:00+01:00", "2020-12-27T12:10:00+01:00", "2020-12-27", "r3s - Monheim/Rhein",
                      "Chris Fiege, Kasa");
        QCOMPARE(gluon->persons.at(0).id, u"20"_s);
        // Markdown with CRLF: links keep their text, lines and paragraphs stay.
        QVERIFY(
            QString::fromUtf8(gluon->abstract)
                .startsWith(
                    u"Eine wichtige Komponente von Freifunk ist die Verfügbarkeit von Firmware für viele Geräte.\nDiese Firmware basiert bei vielen Communities auf Gluon.\n"_s));
        QVERIFY(
            QString::fromUtf8(gluon->abstract).contains(u"in pytest geschrieben und führen sie mit Labgrid auf echter Hardware aus."_s));
        QVERIFY(!QString::fromUtf8(gluon->abstract).contains(u'\r'));
        QVERIFY(!QString::fromUtf8(gluon->abstract).contains(u"]("_s));

        const Event *porting = findEvent(schedule, u"Porting Linux to your favorite obscure Arm SoC"_s);
        QVERIFY(porting);
        QVERIFY(
            QString::fromUtf8(porting->abstract)
                .endsWith(
                    u"an Arm SoC:\n• Early serial port debugging\n• Devicetree\n• Interrupt controller drivers\n• Timer interrupts\n• etc."_s));
        const Event *waffle = findEvent(schedule, u"State of the Waffle"_s);
        COMPARE_EVENT(schedule, waffle, "2020-12-27T20:00:00+01:00", "2020-12-27T22:00:00+01:00", "2020-12-27", "Chaos-West TV - Ennepetal",
                      "L3D");
    }

    void rc3SpeakerBiographies()
    {
        LANYARD_REQUIRE_FEED(path, "rc3-channels-2020_pretalx-schedule.json");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"rc3.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        // 37 of its 56 speakers have a biography; the empty ones ("" and null) give no details.
        QCOMPARE(schedule.personDetails.size(), 37);
        QVERIFY(!findDetails(schedule, u"Chris Fiege"_s));
        QVERIFY(!findDetails(schedule, u"Kasa"_s));
        const PersonDetails *maurizi = findDetails(schedule, u"Stefania Maurizi"_s);
        QVERIFY(maurizi);
        // As the feed writes it (two spaces after the name).
        QVERIFY2(maurizi->biography.startsWith(u"Stefania Maurizi  is an Italian investigative journalist"_s),
                 qPrintable(maurizi->biography));
        // Markdown: the link's text stays, its syntax goes; CRLF lines become lines.
        const PersonDetails *daniel = findDetails(schedule, u"Daniel Maslowski"_s);
        QVERIFY(daniel);
        QCOMPARE(daniel->biography, u"Find me on the web :)"_s);
        const PersonDetails *kompa = findDetails(schedule, u"Markus Kompa"_s);
        QVERIFY(kompa);
        QVERIFY(!kompa->biography.contains(u'\r'));
        QVERIFY2(kompa->biography.startsWith(u"Markus Kompa is a lawyer who is specialiced in media and political affairs.\nAs a writer"_s),
                 qPrintable(kompa->biography));
        for (const PersonDetails &details : schedule.personDetails) {
            QVERIFY2(!details.biography.contains(u'<'), qPrintable(details.biography));
            QVERIFY(details.links.isEmpty());
            QVERIFY(details.pictureUrl.isEmpty());
        }
    }

    void speakerDetailsFixture()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/speaker-details.json"_s));
        QVERIFY(!bytes.isEmpty());
        const ImportResult result = importBytes(bytes, u"bios.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.personDetails.size(), 2); // Ned says nothing; Ada's second talk repeats her
        const PersonDetails *ada = findDetails(schedule, u"Ada Quill"_s);
        QVERIFY(ada);
        // Markdown and HTML to plain text, the script dropped with its content.
        QCOMPARE(ada->biography, u"Ada maintains a mesh router firmware.\n\nShe gardens on weekends."_s);
        // The avatar's path is resolved against base_url; kept, not fetched.
        QCOMPARE(ada->pictureUrl, u"https://talks.example.org/media/avatars/ada.png"_s);
        // Her page first, then her links: javascript: dropped with a warning, mailto kept.
        QCOMPARE(ada->links,
                 (QList<Link>{{QString(), u"https://talks.example.org/bios2026/speaker/ADAQ7X/"_s},
                              {u"Ada's site"_s, u"https://ada.example.org/"_s},
                              {u"Mail"_s, u"mailto:ada@example.org"_s}}));
        QVERIFY2(schedule.warnings.join(u'\n').contains(u"persons[0].links[1]"_s), qPrintable(schedule.warnings.join(u'\n')));
        const PersonDetails *boris = findDetails(schedule, u"Boris Sterne"_s);
        QVERIFY(boris);
        QCOMPARE(boris->biography, u"Boris runs the city's log archive."_s);
        QVERIFY(!findDetails(schedule, u"Ned Nobio"_s));
    }

    void roomOrderFromConferenceRooms()
    {
        QJsonObject root = minimalSchedule();
        QJsonObject schedule = root.value(u"schedule").toObject();
        QJsonObject conference = schedule.value(u"conference").toObject();
        conference.insert(u"rooms"_s, QJsonArray{QJsonObject{{u"name"_s, u"Zelt"_s}}, QJsonObject{{u"name"_s, u"Aula"_s}}});
        schedule.insert(u"conference"_s, conference);
        root.insert(u"schedule"_s, schedule);
        const ImportResult result = importBytes(toBytes(root), u"mini.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.rooms, (QStringList{u"Zelt"_s, u"Aula"_s}));
    }

    void afterMidnightWithoutDate()
    {
        QJsonObject root = minimalSchedule();
        QJsonObject schedule = root.value(u"schedule").toObject();
        QJsonObject conference = schedule.value(u"conference").toObject();
        QJsonArray days = conference.value(u"days").toArray();
        QJsonObject day = days.at(0).toObject();
        QJsonObject event = day.value(u"rooms").toObject().value(u"Zelt").toArray().at(0).toObject();
        event.remove(u"date"_s);
        event.insert(u"start"_s, u"01:30"_s);
        day.insert(u"rooms"_s, QJsonObject{{u"Zelt"_s, QJsonArray{event}}});
        days.replace(0, day);
        conference.insert(u"days"_s, days);
        schedule.insert(u"conference"_s, conference);
        root.insert(u"schedule"_s, schedule);
        const ImportResult result = importBytes(toBytes(root), u"mini.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Event &only = result.schedule.events.constFirst();
        QCOMPARE(iso(result.schedule, only.start), u"2025-08-02T01:30:00+02:00"_s);
        QCOMPARE(only.day, QDate(2025, 8, 1));
    }

    void wrongShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("[1, 2, 3]") << u"not a schedule"_s;
        QTest::newRow("no-schedule") << QByteArray("{\"conference\": {\"days\": []}}") << u"not a schedule"_s;
        QTest::newRow("days-not-list") << QByteArray("{\"schedule\": {\"conference\": {\"days\": {}}}}")
                                       << u"neither schedule.conference.days"_s;
        QTest::newRow("day-not-object") << QByteArray("{\"schedule\": {\"conference\": {\"time_zone_name\": \"UTC\", \"days\": [42]}}}")
                                        << u"schedule.conference.days[0]: not a schedule.json: a day is not an object"_s;
        QTest::newRow("rooms-list") << QByteArray(
            "{\"schedule\": {\"conference\": {\"days\": [{\"date\": \"2025-01-01\", \"rooms\": []}]}}}")
                                    << u"schedule.conference.days[0].rooms: not a schedule.json"_s;
        QTest::newRow("event-string") << QByteArray(
            "{\"schedule\": {\"conference\": {\"days\": [{\"date\": \"2025-01-01\", \"rooms\": {\"A\": [\"talk\"]}}]}}}")
                                      << u"schedule.conference.days[0].rooms.A[0]: not a schedule.json: an event is not an object"_s;
    }
    void wrongShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const ImportResult result = importBytes(json, u"shape.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->toString()));
        QVERIFY(result.error->toString().startsWith(u"shape.json"_s));
    }

    void syntaxErrorHasByteOffset()
    {
        LANYARD_REQUIRE_FEED(path, "camp2019_frab-schedule.json");
        const QByteArray bytes = TestSupport::readFile(path);
        const QByteArray truncated = bytes.left(5000);
        const ImportResult result = importBytes(truncated, u"camp2019.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.startsWith(u"JSON syntax error"_s), qPrintable(result.error->toString()));
        QVERIFY(result.error->byteOffset > 4000 && result.error->byteOffset <= 5000);
        QVERIFY(result.error->line > 1);
        QVERIFY(result.error->toString().contains(u"(byte %1)"_s.arg(result.error->byteOffset)));
    }

    void eventWithoutParsableTime()
    {
        QJsonObject root = minimalSchedule();
        QByteArray bytes = toBytes(root);
        bytes.replace("\"00:30\"", "\"half an hour\"");
        const ImportResult result = importBytes(bytes, u"mini.json"_s);
        QVERIFY(!result.ok());
        QCOMPARE(
            result.error->message,
            u"schedule.conference.days[0].rooms.Zelt[0]: event \"Talk\": duration \"half an hour\" is not a duration (H:MM, HH:MM, HH:MM:SS or D:HH:MM)"_s);
    }

    /** do_not_record (frab, pretalx) and recording.optout. */
    void recordingOptOut()
    {
        LANYARD_REQUIRE_FEED(rc3Path, "rc3-channels-2020_pretalx-schedule.json");
        const ImportResult rc3 = importBytes(TestSupport::readFile(rc3Path), u"rc3.json"_s);
        QVERIFY2(rc3.ok(), qPrintable(rc3.error ? rc3.error->toString() : QString()));
        const auto count = [](const Schedule &schedule, std::optional<bool> value) {
            return std::count_if(schedule.events.cbegin(), schedule.events.cend(), [value](const Event &e) { return e.recorded == value; });
        };
        QCOMPARE(count(rc3.schedule, false), 3);
        QCOMPARE(count(rc3.schedule, true), 45);
        QCOMPARE(findEvent(rc3.schedule, u"selbstmachradio"_s)->recorded, std::optional<bool>(false));

        LANYARD_REQUIRE_FEED(campPath, "camp2019_frab-schedule.json");
        const ImportResult camp = importBytes(TestSupport::readFile(campPath), u"camp.json"_s);
        QVERIFY(camp.ok());
        QCOMPARE(count(camp.schedule, true), 79);

        QJsonObject schedule = minimalSchedule();
        QCOMPARE(importBytes(toBytes(schedule), u"mini.json"_s).schedule.events.constFirst().recorded, std::optional<bool>());
        QJsonObject root = schedule[u"schedule"_s].toObject();
        QJsonObject conference = root[u"conference"_s].toObject();
        QJsonArray days = conference[u"days"_s].toArray();
        QJsonObject day = days[0].toObject();
        QJsonObject rooms = day[u"rooms"_s].toObject();
        QJsonArray events = rooms[u"Zelt"_s].toArray();
        QJsonObject event = events[0].toObject();
        event[u"recording"_s] = QJsonObject{{u"optout"_s, true}, {u"license"_s, u"CC BY"_s}};
        events[0] = event;
        rooms[u"Zelt"_s] = events;
        day[u"rooms"_s] = rooms;
        days[0] = day;
        conference[u"days"_s] = days;
        root[u"conference"_s] = conference;
        schedule[u"schedule"_s] = root;
        QCOMPARE(importBytes(toBytes(schedule), u"mini.json"_s).schedule.events.constFirst().recorded, std::optional<bool>(false));
    }
};

QTEST_GUILESS_MAIN(TestScheduleJsonReader)
#include "tst_schedulejsonreader.moc"
