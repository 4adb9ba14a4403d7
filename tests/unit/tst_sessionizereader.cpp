#include "ImportedEvents.h"
#include "TestSupport.h"
#include "core/EventIdentity.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

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

QString errorText(const ImportResult &result)
{
    return result.error ? result.error->toString() : QString();
}
} // namespace

/** Sessionize's API views: All, Sessions and GridSmart, read into one programme. */
class TestSessionizeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realAllView()
    {
        LANYARD_REQUIRE_FEED(path, "global-azure-austria-2024_sessionize-all.json");
        const QByteArray bytes = TestSupport::readFile(path);
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::Sessionize);
        const ImportResult result = importBytes(bytes, u"https://sessionize.com/api/v2/abcd1234/view/All"_s, u"Europe/Vienna"_s);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.format, u"sessionize"_s);
        QCOMPARE(schedule.conference.id, u"abcd1234"_s);
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Vienna"_s);
        QCOMPARE(schedule.events.size(), 15);
        QCOMPARE(schedule.days.size(), 1);
        QCOMPARE(schedule.conference.start, QDate(2024, 4, 20));
        QCOMPARE(schedule.rooms,
                 (QStringList{u"Aula"_s, u"Breakout Room 1 (146)"_s, u"Breakout Room 2 (147)"_s, u"Breakout Room 3 (E59-1)"_s}));
        QVERIFY2(schedule.warnings.isEmpty(), qPrintable(schedule.warnings.join(u'\n')));

        const Event *keynote = findEvent(schedule, u"Keynote: Pioneering the Future of Java with Intelligent Apps"_s);
        QVERIFY(keynote);
        QCOMPARE(iso(schedule, keynote->start), u"2024-04-20T09:00:00+02:00"_s);
        QCOMPARE(iso(schedule, keynote->end), u"2024-04-20T09:45:00+02:00"_s);
        QCOMPARE(keynote->room, u"Aula"_s);
        QCOMPARE(keynote->speakerNames(), (QStringList{u"Ed Burns"_s, u"Sandra Ahlgrimm"_s}));
        QCOMPARE(keynote->feedId, u"658419"_s);
        QVERIFY(!QString::fromUtf8(keynote->abstract).contains(u'\r'));
        QVERIFY(QString::fromUtf8(keynote->abstract).startsWith(u"Disruptive changes"_s));
        // The "YouTube Video" question's answer is a link and a video; the short title is not a link.
        QCOMPARE(keynote->links.size(), 1);
        QCOMPARE(keynote->links.constFirst().title, u"YouTube Video"_s);
        QCOMPARE(keynote->links.constFirst().url, u"https://youtube.com/live/mIguuYMFbh0"_s);
        QCOMPARE(keynote->videos, QStringList{u"https://youtube.com/live/mIguuYMFbh0"_s});
        QCOMPARE(keynote->recorded, std::optional<bool>());
        QVERIFY(!keynote->serviceSession);

        // Ids come from the session id: the same after the file is edited and read again.
        QCOMPARE(keynote->id, EventIdentity::idFor(u"abcd1234"_s, u"id:658419"_s));
        QByteArray edited = bytes;
        edited.replace("Keynote: Pioneering", "Keynote (moved): Pioneering");
        edited.replace("\"2024-04-20T09:00:00\"", "\"2024-04-20T09:15:00\"");
        const ImportResult again = importBytes(edited, u"https://sessionize.com/api/v2/abcd1234/view/All"_s, u"Europe/Vienna"_s);
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QVERIFY(std::any_of(again.schedule.events.cbegin(), again.schedule.events.cend(),
                            [keynote](const Event &e) { return e.id == keynote->id && e.title.startsWith(u"Keynote (moved)"_s); }));
    }

    void realAllViewSpeakerDetails()
    {
        LANYARD_REQUIRE_FEED(path, "global-azure-austria-2024_sessionize-all.json");
        const ImportResult result =
            importBytes(TestSupport::readFile(path), u"https://sessionize.com/api/v2/abcd1234/view/All"_s, u"Europe/Vienna"_s);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Schedule &schedule = result.schedule;
        // Every one of its 16 speakers has a bio, a tagline and a picture; none lists links.
        QCOMPARE(schedule.personDetails.size(), 16);
        const PersonDetails *ed = findDetails(schedule, u"Ed Burns"_s);
        QVERIFY(ed);
        QCOMPARE(ed->tagline, u"Principal Architect on the Java Tooling and Experiences team at Microsoft"_s);
        QVERIFY2(ed->biography.startsWith(u"Ed Burns is currently Principal Architect"_s), qPrintable(ed->biography));
        QCOMPARE(ed->pictureUrl, u"https://sessionize.com/image/a468-400o400o1-nb1Up93c7w6tM3bwitP5d1.jpg"_s);
        QVERIFY(ed->links.isEmpty());
        // CRLF paragraphs become plain paragraphs.
        const PersonDetails *rainer = findDetails(schedule, u"Rainer Stropek"_s);
        QVERIFY(rainer);
        QCOMPARE(rainer->tagline, u"software architects"_s);
        QVERIFY(!rainer->biography.contains(u'\r'));
        QVERIFY2(rainer->biography.contains(u"“time cockpit”. Previously"_s), qPrintable(rainer->biography));
        QVERIFY2(rainer->biography.contains(u"Microsoft technology stack.\n\nRainer is recognized"_s), qPrintable(rainer->biography));
        // The events still name their speakers as before.
        for (const Event &event : schedule.events) {
            for (const Person &person : event.persons)
                QVERIFY2(findDetails(schedule, person.name), qPrintable(person.name));
        }
    }

    void speakerLinksAreChecked()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/sessionize-speakers.json"_s));
        QVERIFY(!bytes.isEmpty());
        const ImportResult result = importBytes(bytes, u"https://sessionize.com/api/v2/river25/view/All"_s, u"Europe/Vienna"_s);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Schedule &schedule = result.schedule;
        const PersonDetails *mira = findDetails(schedule, u"Mira Okafor"_s);
        QVERIFY(mira);
        QCOMPARE(mira->tagline, u"Principal Engineer at Riverlog"_s);
        QCOMPARE(mira->biography, u"Mira builds observability tools.\nShe has spoken at 12 meetups."_s);
        QCOMPARE(mira->pictureUrl, u"https://sessionize.com/image/aaaa-400o400o1-mira.jpg"_s);
        // javascript: is dropped; a bare host name gets https://; a link without a title takes its type.
        QCOMPARE(mira->links,
                 (QList<Link>{{u"X (Twitter)"_s, u"https://twitter.com/mira_example"_s},
                              {u"LinkedIn"_s, u"https://www.linkedin.com/in/mira-example"_s},
                              {u"Company"_s, u"https://riverlog.example.com"_s}}));
        const QString warnings = schedule.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"speakers[0].links[2]"_s), qPrintable(warnings));
        // A data: picture is not kept, and a speaker with nothing else to say has no details.
        QVERIFY2(warnings.contains(u"speakers[1].profilePicture"_s), qPrintable(warnings));
        QVERIFY(!findDetails(schedule, u"Tom Plain"_s));
        QCOMPARE(schedule.events.constFirst().speakerNames(), (QStringList{u"Mira Okafor"_s, u"Tom Plain"_s}));
    }

    void needsATimeZone()
    {
        LANYARD_REQUIRE_FEED(path, "global-azure-austria-2024_sessionize-all.json");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"sessionize.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"--timezone"_s), qPrintable(errorText(result)));
        QVERIFY(result.schedule.events.isEmpty());
        // Nor any zone that is not one.
        const ImportResult unknown = importBytes(TestSupport::readFile(path), u"sessionize.json"_s, u"Mars/Olympus"_s);
        QVERIFY(!unknown.ok());
    }

    void sessionsView()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/sessionize-sessions.json"_s));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::Sessionize);
        const ImportResult result = importBytes(bytes, u"devdays.json"_s, u"Europe/Vienna"_s);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.conference.id, u"devdays"_s);
        QCOMPARE(schedule.events.size(), 2); // the keynote once, though in two groups; the unscheduled idea left out
        QVERIFY2(schedule.warnings.join(u'\n').contains(u"1 sessions without a time yet (startsAt is null) left out"_s),
                 qPrintable(schedule.warnings.join(u'\n')));

        const Event *keynote = findEvent(schedule, u"Opening Keynote"_s);
        QVERIFY(keynote);
        // 01:30 before and 03:15 after the spring change: 45 minutes.
        QCOMPARE(iso(schedule, keynote->start), u"2025-03-30T01:30:00+01:00"_s);
        QCOMPARE(iso(schedule, keynote->end), u"2025-03-30T03:15:00+02:00"_s);
        QCOMPARE(keynote->durationSeconds(), 45 * 60);
        QCOMPARE(keynote->room, u"Main Hall"_s);
        QCOMPARE(keynote->track, u"Cloud"_s);
        QCOMPARE(keynote->type, u"Keynote"_s);
        QCOMPARE(keynote->language, u"English"_s);
        QVERIFY(keynote->plenum);
        QCOMPARE(keynote->speakerNames(), (QStringList{u"Renée Ørsted"_s, u"Kim Example"_s}));
        QCOMPARE(QString::fromUtf8(keynote->abstract), u"Welcome to the\nconference."_s);
        QStringList urls;
        for (const Link &link : keynote->links)
            urls.append(link.url);
        QCOMPARE(urls, (QStringList{u"https://slides.example.org/keynote.pdf"_s, u"https://www.youtube.com/watch?v=live00001"_s}));
        QCOMPARE(keynote->videos, QStringList{u"https://www.youtube.com/watch?v=live00001"_s});

        const Event *lunch = findEvent(schedule, u"Lunch"_s);
        QVERIFY(lunch);
        QVERIFY(lunch->serviceSession);
        QCOMPARE(lunch->type, u"Service"_s);
        QCOMPARE(lunch->videos, QStringList{u"https://vimeo.com/123456789"_s});
    }

    void gridSmartView()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/sessionize-gridsmart.json"_s));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::Sessionize);
        const ImportResult result = importBytes(bytes, u"https://sessionize.com/api/v2/grid42/view/GridSmart"_s, u"Europe/Berlin"_s);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 3); // the plenum keynote under both rooms is one session
        QCOMPARE(schedule.rooms, (QStringList{u"Saal A"_s, u"Saal B"_s}));
        const Event *early = findEvent(schedule, u"Frühe Runde"_s);
        QVERIFY(early);
        // 02:30 in the repeated hour is its first occurrence; 03:30 is after the change: two hours.
        QCOMPARE(iso(schedule, early->start), u"2025-10-26T02:30:00+02:00"_s);
        QCOMPARE(early->durationSeconds(), 2 * 3600);
        QCOMPARE(early->track, u"Security"_s);
        const Event *workshop = findEvent(schedule, u"Workshop"_s);
        QVERIFY(workshop);
        QCOMPARE(workshop->room, u"Saal B"_s); // from the room it sits in
        QCOMPARE(QString::fromUtf8(workshop->abstract), u"Bring a laptop."_s);
        QVERIFY(findEvent(schedule, u"Keynote für alle"_s)->plenum);
    }

    void nothingScheduled()
    {
        const QByteArray bytes = R"([{"groupId": 1, "groupName": "All", "sessions": [
            {"id": "1", "title": "A", "startsAt": null, "endsAt": null, "speakers": [], "categories": []},
            {"id": "2", "title": "B", "startsAt": null, "endsAt": null, "speakers": [], "categories": []}]}])";
        const ImportResult result = importBytes(bytes, u"cfp.json"_s, u"Europe/Vienna"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"none of its 2 sessions has a time"_s), qPrintable(errorText(result)));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("start not a time") << QByteArray(
            R"({"sessions": [{"id": "7", "title": "T", "startsAt": "soon", "endsAt": "2025-01-01T10:00:00"}], "speakers": [], "rooms": []})")
                                          << u"sessions[0].startsAt: session \"T\": \"soon\" is not a date-time"_s;
        QTest::newRow("end before start") << QByteArray(
            R"({"sessions": [{"id": "7", "title": "T", "startsAt": "2025-01-01T10:00:00", "endsAt": "2025-01-01T09:00:00"}], "speakers": [], "rooms": []})")
                                          << u"sessions[0]: session \"T\" ends before it starts"_s;
        QTest::newRow("session not an object") << QByteArray(R"({"sessions": [42], "speakers": [], "rooms": []})")
                                               << u"sessions[0]: a session is not an object"_s;
        QTest::newRow("group without sessions list")
            << QByteArray(R"([{"groupId": 1, "groupName": "A", "sessions": []}, {"groupId": 2, "groupName": "B", "sessions": 3}])")
            << u"[1].sessions: a session group without a list of sessions"_s;
        QTest::newRow("grid room not an object")
            << QByteArray(R"([{"date": "2025-01-01T00:00:00", "rooms": ["x"]}])") << u"[0].rooms[0]: a room is not an object"_s;
        QTest::newRow("session without id") << QByteArray(
            R"({"sessions": [{"title": "T", "startsAt": "2025-01-01T10:00:00", "endsAt": "2025-01-01T11:00:00"}], "rooms": []})")
                                            << u"sessions[0].id: session \"T\" has no id"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::Sessionize);
        const ImportResult result = importBytes(bytes, u"bad.json"_s, u"Europe/Vienna"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->message, message);
        QVERIFY(result.error->toString().startsWith(u"bad.json: "_s));
        QVERIFY(result.schedule.events.isEmpty());
    }

    void otherJsonIsNotSessionize()
    {
        QCOMPARE(FeedImporter::detect(R"([])"), FeedImporter::Format::Unknown);
        QCOMPARE(FeedImporter::detect(R"([{"speakers": []}])"), FeedImporter::Format::Unknown);
        QCOMPARE(FeedImporter::detect(R"({"sessions": []})"), FeedImporter::Format::Unknown);
        const ImportResult result = importBytes(R"([1, 2])", u"array.json"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"not a Sessionize view"_s), qPrintable(errorText(result)));
    }
};

QTEST_GUILESS_MAIN(TestSessionizeReader)
#include "tst_sessionizereader.moc"
