#include "ImportedEvents.h"
#include "TestSupport.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
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

/**
 * `body`, which uses the undeclared entity &foo; on `line`, is refused: on its own as not
 * well-formed, and under an external DTD (never read) as a reference to an entity.
 */
void verifyFooRefused(const QByteArray &body, int line)
{
    const ImportResult bare = importBytes(body, u"entity.xml"_s);
    QVERIFY(!bare.ok());
    QVERIFY2(bare.error->message.startsWith(u"not well-formed XML: "_s), qPrintable(bare.error->toString()));
    QVERIFY2(bare.error->message.contains(u"'foo'"_s), qPrintable(bare.error->toString()));
    QCOMPARE(bare.error->line, line);

    const ImportResult withDtd = importBytes("<!DOCTYPE schedule SYSTEM \"schedule.dtd\">\n" + body, u"entity.xml"_s);
    QVERIFY(!withDtd.ok());
    QCOMPARE(withDtd.error->message, u"entity reference &foo; is not allowed"_s);
    QCOMPARE(withDtd.error->line, line + 1);
}
} // namespace

/** A whole event as the tests pin it. */
class TestScheduleXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fosdem2026()
    {
        LANYARD_REQUIRE_FEED(path, "fosdem-2026_pentabarf.xml");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"fosdem-2026_pentabarf.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.format, u"schedule.xml"_s);
        QCOMPARE(schedule.events.size(), 883);
        QCOMPARE(schedule.days.size(), 2);
        QCOMPARE(schedule.rooms.size(), 30);
        QCOMPARE(schedule.rooms.constFirst(), u"Janson"_s);
        QCOMPARE(schedule.tracks.size(), 70); // the top-level <tracks>, in the feed's order
        QCOMPARE(schedule.tracks.constFirst().name, u"AI Plumbers"_s);
        QCOMPARE(schedule.conference.id, u"fosdem-2026"_s);
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Brussels"_s);
        QCOMPARE(schedule.conference.dayChange, QTime(9, 0));
        QCOMPARE(schedule.conference.start, QDate(2026, 1, 31));
        QCOMPARE(schedule.conference.end, QDate(2026, 2, 1));
        QVERIFY2(schedule.warnings.isEmpty(), qPrintable(schedule.warnings.join(u'\n')));
        QCOMPARE(iso(schedule, schedule.days.constFirst().start), u"2026-01-31T09:00:00+01:00"_s);
        QCOMPARE(iso(schedule, schedule.days.constFirst().end), u"2026-02-01T08:59:00+01:00"_s);

        const Event *welcome = findEvent(schedule, u"Welcome to FOSDEM 2026"_s);
        COMPARE_EVENT(schedule, welcome, "2026-01-31T09:30:00+01:00", "2026-01-31T09:50:00+01:00", "2026-01-31", "Janson", "FOSDEM Staff");
        QCOMPARE(welcome->start.timeSpec(), Qt::UTC); // instants are stored in UTC
        QCOMPARE(welcome->end.timeSpec(), Qt::UTC);
        QCOMPARE(welcome->guid, u"9c3ebb8c-7716-5130-b9fe-ff8544f5636d"_s);
        QCOMPARE(welcome->feedId, u"8376"_s);
        QCOMPARE(welcome->slug, u"SFKNTZ-welcome_to_fosdem_2026"_s);
        QCOMPARE(welcome->track, u"Main Track"_s);
        QCOMPARE(welcome->type, u"maintrack"_s);
        QCOMPARE(QString::fromUtf8(welcome->abstract), u"FOSDEM welcome and opening talk."_s);
        // The feedback URL is both <feedback_url> and a <link>: kept once.
        QCOMPARE(welcome->links.size(), 3);
        QCOMPARE(welcome->links.at(2).title, u"Submit Feedback"_s);

        const Event *mercurial = findEvent(schedule, u"Mercurial, 20 years and counting: how are we still alive and kicking?"_s);
        COMPARE_EVENT(schedule, mercurial, "2026-01-31T12:00:00+01:00", "2026-01-31T12:50:00+01:00", "2026-01-31", "Janson",
                      "Raphaël Gomès, Pierre-Yves David");
        // Escaped HTML became text: links' text kept, paragraphs as blank lines, no markup.
        QVERIFY(QString::fromUtf8(mercurial->abstract)
                    .startsWith(u"Mercurial is a Distributed Version Control System created in 2005.\n\nThe project"_s));
        QVERIFY(QString::fromUtf8(mercurial->abstract).contains(u"such as:\n* How has Mercurial weathered the Git storm?\n"_s));
        QVERIFY(!QString::fromUtf8(mercurial->abstract).contains(u'<'));

        const Event *closing = findEvent(schedule, u"Closing FOSDEM 2026"_s);
        COMPARE_EVENT(schedule, closing, "2026-02-01T17:50:00+01:00", "2026-02-01T18:15:00+01:00", "2026-02-01", "Janson", "");

        const Event *withVideo =
            findEvent(schedule, u"Early Electronic Computing in Belgium: Analysis and Simulation of the IRSIA FNRS Mathematical Machine"_s);
        COMPARE_EVENT(schedule, withVideo, "2026-02-01T15:30:00+01:00", "2026-02-01T15:55:00+01:00", "2026-02-01", "H.1302 (Depage)",
                      "Christophe Ponsard");
        QCOMPARE(withVideo->videos.size(), 1);
        QCOMPARE(withVideo->links.size(), 5);
    }

    void fosdem2026SpeakerBiographies()
    {
        LANYARD_REQUIRE_FEED(path, "fosdem-2026_pentabarf.xml");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"fosdem-2026.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        // Its top-level <persons> lists 927 speakers; 699 of them have a biography.
        QCOMPARE(schedule.personDetails.size(), 699);
        const PersonDetails *graber = findDetails(schedule, u"Stephane Graber"_s);
        QVERIFY(graber);
        // Escaped HTML to plain text: the links' text stays, paragraphs become blank lines.
        QVERIFY2(graber->biography.startsWith(u"Stéphane Graber is the project leader for Linux Containers and mostly "
                                              u"focuses on the Incus container and VM manager."_s),
                 qPrintable(graber->biography));
        QVERIFY2(graber->biography.contains(u"FOSDEM.\n\nIn his spare time"_s), qPrintable(graber->biography));
        QVERIFY(!graber->biography.contains(u'<'));
        QVERIFY(!findDetails(schedule, u"FOSDEM Staff"_s)); // an empty biography says nothing
        // Reading the list changes nothing else: the speakers are still those of the events.
        QCOMPARE(schedule.events.size(), 883);
    }

    void structuredPersonDetails()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/person-details.xml"_s));
        QVERIFY(!bytes.isEmpty());
        const ImportResult result = importBytes(bytes, u"bios.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.constFirst().speakerNames(), (QStringList{u"Ines Vogt"_s, u"Paul Plain"_s}));
        QCOMPARE(schedule.personDetails.size(), 1);
        const PersonDetails &ines = schedule.personDetails.constFirst();
        QCOMPARE(ines.name, u"Ines Vogt"_s);
        QCOMPARE(ines.biography, u"Ines brews tea.\n\nAnd routes packets."_s);
        QCOMPARE(ines.links, (QList<Link>{{u"Home"_s, u"https://ines.example.org/"_s}}));
        QVERIFY2(schedule.warnings.join(u'\n').contains(u"dropped"_s), qPrintable(schedule.warnings.join(u'\n')));
    }

    void fosdem2007Ancient()
    {
        LANYARD_REQUIRE_FEED(path, "fosdem-2007_pentabarf-ancient.xml");
        const QByteArray bytes = TestSupport::readFile(path);
        // No zone, no <date>, no offset anywhere: refused with a message asking for a zone.
        const ImportResult refused = importBytes(bytes, u"fosdem-2007.xml"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error->message.contains(u"time zone"_s), qPrintable(refused.error->toString()));
        QVERIFY(refused.error->toString().startsWith(u"fosdem-2007.xml:"_s));
        QVERIFY(refused.schedule.events.isEmpty());

        const ImportResult result = importBytes(bytes, u"fosdem-2007.xml"_s, u"Europe/Brussels"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 215);
        QCOMPARE(schedule.days.size(), 2);
        QCOMPARE(schedule.rooms.size(), 18);
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Brussels"_s);
        QCOMPARE(schedule.conference.id, u"fosdem-2007"_s);

        const Event *aiglx = findEvent(schedule, u"AIGLX"_s);
        COMPARE_EVENT(schedule, aiglx, "2007-02-25T15:00:00+01:00", "2007-02-25T15:45:00+01:00", "2007-02-25", "Chavanne",
                      "Kristian Høgsberg");
        QCOMPARE(aiglx->feedId, u"0"_s); // an id of 0 is an id
        QCOMPARE(aiglx->videos, QStringList{u"http://video.fosdem.org/2007/FOSDEM2007-AIGLX.ogg"_s});
        QVERIFY(QString::fromUtf8(aiglx->abstract).startsWith(u"In this talk, Kristian will take a look"_s));
        QVERIFY(QString::fromUtf8(aiglx->abstract).contains(u"\n\nAIGLX is a new feature"_s)); // the description follows the abstract

        // The same talk twice: ids differ (the feed's ids 6 and 7).
        const Event *first = findEvent(schedule, u"Introduction to CentOS + Q&A"_s, u"2007-02-25T14:00:00+01:00"_s);
        const Event *second = findEvent(schedule, u"Introduction to CentOS + Q&A"_s, u"2007-02-26T10:00:00+01:00"_s);
        QVERIFY(first && second);
        QVERIFY(first->id != second->id);
        QVERIFY(QString::fromUtf8(first->abstract).contains(u"After a short \"historical\" overview"_s)); // &amp;#34; decoded twice
        // Relative slide links cannot be resolved without a base URL: dropped, each with a warning.
        QVERIFY(!schedule.warnings.isEmpty());
        QVERIFY(schedule.warnings.constFirst().contains(u"../../slides/"_s));
        QVERIFY(QRegularExpression(u"^line \\d+, column \\d+: "_s).match(schedule.warnings.constFirst()).hasMatch());
    }

    void ccc36c3()
    {
        LANYARD_REQUIRE_FEED(path, "36c3-merged_frab.xml");
        const QByteArray bytes = TestSupport::readFile(path);
        const ImportResult result = importBytes(bytes, u"36c3.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 1351);
        QCOMPARE(schedule.days.size(), 4);
        QCOMPARE(schedule.rooms.size(), 92);
        QCOMPARE(schedule.conference.id, u"36c3"_s);
        // No time_zone_name: the fixed offset its dates carry, with a warning saying so.
        QCOMPARE(schedule.conference.timeZoneId, u"UTC+01:00"_s);
        QVERIFY(std::any_of(schedule.warnings.cbegin(), schedule.warnings.cend(),
                            [](const QString &w) { return w.contains(u"names no time zone"_s); }));

        // After midnight: 46 events start on the calendar day after their conference day, and 39
        // run past midnight.
        const QTimeZone zone = schedule.conference.timeZone();
        int nextDate = 0;
        int pastMidnight = 0;
        for (const Event &event : schedule.events) {
            const QDateTime start = event.start.toTimeZone(zone);
            const QDateTime end = event.end.toTimeZone(zone);
            if (start.date() != event.day) {
                QCOMPARE(start.date(), event.day.addDays(1));
                QVERIFY(start.time() < QTime(6, 0));
                ++nextDate;
            }
            if (end.date() > start.date() && end.time() != QTime(0, 0))
                ++pastMidnight;
        }
        QCOMPARE(nextDate, 46);
        QCOMPARE(pastMidnight, 39);

        const Event *opening = findEvent(schedule, u"Opening Ceremony"_s);
        COMPARE_EVENT(schedule, opening, "2019-12-27T11:00:00+01:00", "2019-12-27T11:30:00+01:00", "2019-12-27", "Ada",
                      "bleeptrack, blinry");
        const Event *sim = findEvent(schedule, u"SIM card technology from A-Z"_s);
        COMPARE_EVENT(schedule, sim, "2019-12-27T23:30:00+01:00", "2019-12-28T00:30:00+01:00", "2019-12-27", "Ada", "LaForge");
        const Event *night = findEvent(schedule, u"Therrorrythmus"_s);
        COMPARE_EVENT(schedule, night, "2019-12-28T04:00:00+01:00", "2019-12-28T06:00:00+01:00", "2019-12-27", "Discotheque Nouveauancien",
                      "");
        const Event *lastNight = findEvent(schedule, u"Iron Curtis"_s);
        COMPARE_EVENT(schedule, lastNight, "2019-12-31T00:00:00+01:00", "2019-12-31T02:00:00+01:00", "2019-12-30",
                      "Discotheque Nouveauancien", "");
        // The event's own <room> wins over the enclosing, sort-prefixed <room name="1Komona headnut">.
        QVERIFY(schedule.rooms.contains(u"headnut"_s));
        QVERIFY(!schedule.rooms.contains(u"1Komona headnut"_s));

        // Identity: 13 duplicate ids and 3 duplicate guids, yet every slot has its own stable id.
        QSet<QString> ids;
        QHash<QString, int> guidCount;
        for (const Event &event : schedule.events) {
            ids.insert(event.id);
            ++guidCount[event.guid];
        }
        QCOMPARE(ids.size(), 1351);
        QCOMPARE(std::count_if(guidCount.cbegin(), guidCount.cend(), [](int n) { return n > 1; }), 3);
        const ImportResult again = importBytes(bytes, u"36c3.xml"_s);
        QVERIFY(again.ok());
        QCOMPARE(again.schedule.events.size(), schedule.events.size());
        for (qsizetype i = 0; i < schedule.events.size(); ++i)
            QCOMPARE(again.schedule.events.at(i).id, schedule.events.at(i).id);
        const QList<const Event *> workshop = [&schedule] {
            QList<const Event *> found;
            for (const Event &event : schedule.events) {
                if (event.guid == u"81f5f0c4-3d35-522c-8f1c-c8825b92f00a"_s)
                    found.append(&event);
            }
            return found;
        }();
        QCOMPARE(workshop.size(), 2);
        QVERIFY(workshop.at(0)->id != workshop.at(1)->id);
    }

    void ccc36c3WithoutDates()
    {
        // The after-midnight rule on its own: with every <date> removed, <start> and the day must
        // place all 1351 events exactly where the offsets in <date> put them.
        LANYARD_REQUIRE_FEED(path, "36c3-merged_frab.xml");
        const QByteArray bytes = TestSupport::readFile(path);
        const QByteArray stripped = QString::fromUtf8(bytes).remove(QRegularExpression(u"<date>[^<]*</date>"_s)).toUtf8();
        QVERIFY(!stripped.contains("<date>"));
        const ImportResult original = importBytes(bytes, u"36c3.xml"_s);
        const ImportResult withoutDates = importBytes(stripped, u"36c3.xml"_s, u"UTC+01:00"_s);
        QVERIFY2(withoutDates.ok(), qPrintable(withoutDates.error ? withoutDates.error->toString() : QString()));
        QCOMPARE(withoutDates.schedule.events.size(), original.schedule.events.size());
        for (qsizetype i = 0; i < original.schedule.events.size(); ++i) {
            const Event &a = original.schedule.events.at(i);
            const Event &b = withoutDates.schedule.events.at(i);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.day, a.day);
        }
    }

    void debconf23()
    {
        LANYARD_REQUIRE_FEED(path, "debconf23_wafer-pentabarf.xml");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"debconf23.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 117);
        QCOMPARE(schedule.days.size(), 8);
        QCOMPARE(schedule.rooms.size(), 5);
        QCOMPARE(schedule.conference.timeZoneId, u"Asia/Kolkata"_s);
        // wafer dates each day by the UTC date its window starts on; the days are the local ones.
        QCOMPARE(schedule.days.constFirst().date, QDate(2023, 9, 10));
        QCOMPARE(schedule.days.constLast().date, QDate(2023, 9, 17));
        QCOMPARE(schedule.conference.start, QDate(2023, 9, 10));
        QCOMPARE(std::count_if(schedule.warnings.cbegin(), schedule.warnings.cend(),
                               [](const QString &w) { return w.contains(u"local time; using"_s); }),
                 8);
        // <date> is UTC, <start> local: <date> wins, and shows as 10:30 in Kolkata.
        const Event *opening = findEvent(schedule, u"Opening Ceremony"_s);
        COMPARE_EVENT(schedule, opening, "2023-09-10T10:30:00+05:30", "2023-09-10T10:50:00+05:30", "2023-09-10", "Anamudi",
                      "Sruthi Chandran");
        QCOMPARE(opening->start, QDateTime(QDate(2023, 9, 10), QTime(5, 0), QTimeZone::utc()));
        QCOMPARE(QString::fromUtf8(opening->abstract), u"Welcome to DebConf23"_s);
        const Event *dpl = findEvent(schedule, u"Bits from the DPL"_s);
        COMPARE_EVENT(schedule, dpl, "2023-09-11T15:30:00+05:30", "2023-09-11T16:15:00+05:30", "2023-09-11", "Anamudi", "Jonathan Carter");
        const Event *closing = findEvent(schedule, u"Closing Ceremony"_s);
        COMPARE_EVENT(schedule, closing, "2023-09-17T18:00:00+05:30", "2023-09-17T18:45:00+05:30", "2023-09-17", "Anamudi",
                      "Sruthi Chandran");
    }

    void daylightSavingChange()
    {
        const ImportResult result =
            importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/dst-berlin.xml"_s)), u"dst-berlin.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 5);
        COMPARE_EVENT(schedule, findEvent(schedule, u"Before the change"_s), "2024-10-26T20:00:00+02:00", "2024-10-26T21:00:00+02:00",
                      "2024-10-26", "Hall", "Ada");
        // Two hours of real time from 01:30 CEST end at 02:30 CET.
        COMPARE_EVENT(schedule, findEvent(schedule, u"Across the change"_s), "2024-10-27T01:30:00+02:00", "2024-10-27T02:30:00+01:00",
                      "2024-10-26", "Hall", "");
        // 02:30 happens twice that night: the first one.
        COMPARE_EVENT(schedule, findEvent(schedule, u"In the repeated hour"_s), "2024-10-27T02:30:00+02:00", "2024-10-27T02:50:00+02:00",
                      "2024-10-26", "Hall", "");
        COMPARE_EVENT(schedule, findEvent(schedule, u"After the change"_s), "2024-10-27T03:30:00+01:00", "2024-10-27T04:00:00+01:00",
                      "2024-10-26", "Hall", "");
        COMPARE_EVENT(schedule, findEvent(schedule, u"Sunday morning"_s), "2024-10-27T10:00:00+01:00", "2024-10-27T10:45:00+01:00",
                      "2024-10-27", "Hall", "");
        const Event *across = findEvent(schedule, u"Across the change"_s);
        QCOMPARE(across->durationSeconds(), 2 * 3600);
        QCOMPARE(across->start, QDateTime(QDate(2024, 10, 26), QTime(23, 30), QTimeZone::utc()));
    }

    void negativeOffsetZones()
    {
        const ImportResult stJohns =
            importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/st-johns.xml"_s)), u"st-johns.xml"_s);
        QVERIFY2(stJohns.ok(), qPrintable(stJohns.error ? stJohns.error->toString() : QString()));
        const Schedule &nl = stJohns.schedule;
        COMPARE_EVENT(nl, findEvent(nl, u"Winter morning"_s), "2025-01-15T09:00:00-03:30", "2025-01-15T09:30:00-03:30", "2025-01-15",
                      "Signal Hill", "");
        COMPARE_EVENT(nl, findEvent(nl, u"Winter midnight"_s), "2025-01-15T23:45:00-03:30", "2025-01-16T00:15:00-03:30", "2025-01-15",
                      "Signal Hill", "");
        COMPARE_EVENT(nl, findEvent(nl, u"Winter after midnight"_s), "2025-01-16T01:00:00-03:30", "2025-01-16T02:00:00-03:30", "2025-01-15",
                      "Signal Hill", "");
        COMPARE_EVENT(nl, findEvent(nl, u"Summer morning"_s), "2025-07-15T09:00:00-02:30", "2025-07-15T09:30:00-02:30", "2025-07-15",
                      "Signal Hill", "");
        QCOMPARE(findEvent(nl, u"Winter morning"_s)->start, QDateTime(QDate(2025, 1, 15), QTime(12, 30), QTimeZone::utc()));

        const ImportResult saoPaulo =
            importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/sao-paulo.xml"_s)), u"sao-paulo.xml"_s);
        QVERIFY2(saoPaulo.ok(), qPrintable(saoPaulo.error ? saoPaulo.error->toString() : QString()));
        const Schedule &sp = saoPaulo.schedule;
        COMPARE_EVENT(sp, findEvent(sp, u"Noite de palestras"_s), "2025-03-10T22:30:00-03:00", "2025-03-11T00:30:00-03:00", "2025-03-10",
                      "Auditório", "João Gonçalves");
        QCOMPARE(sp.conference.title, u"São Paulo Conference"_s);
    }

    void feedWithoutTimeZone()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/no-timezone.xml"_s));
        QVERIFY(!bytes.isEmpty());
        const ImportResult refused = importBytes(bytes, u"no-timezone.xml"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error->message.contains(u"give the conference's time zone"_s), qPrintable(refused.error->toString()));
        QCOMPARE(refused.error->line, 5); // where the conference is described
        QVERIFY(refused.schedule.events.isEmpty());

        const ImportResult brussels = importBytes(bytes, u"no-timezone.xml"_s, u"Europe/Brussels"_s);
        QVERIFY2(brussels.ok(), qPrintable(brussels.error ? brussels.error->toString() : QString()));
        QCOMPARE(brussels.schedule.conference.timeZoneId, u"Europe/Brussels"_s);
        COMPARE_EVENT(brussels.schedule, findEvent(brussels.schedule, u"Opening"_s), "2009-02-07T10:00:00+01:00",
                      "2009-02-07T10:45:00+01:00", "2009-02-07", "Janson", "The Organisers");
        // Without guids the feed's ids identify the events.
        QCOMPARE(findEvent(brussels.schedule, u"Closing"_s)->feedId, u"102"_s);

        // A zone the caller names must exist.
        const ImportResult unknown = importBytes(bytes, u"no-timezone.xml"_s, u"Europe/Atlantis"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error->message.contains(u"Europe/Atlantis"_s));
    }

    void optionsZoneOverridesFeed()
    {
        // ImportOptions::timeZone wins over the feed's own zone; instants from <date> offsets stay.
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/sao-paulo.xml"_s));
        const ImportResult result = importBytes(bytes, u"sao-paulo.xml"_s, u"UTC"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.schedule.conference.timeZoneId, u"UTC"_s);
        QCOMPARE(TimeRules::isoWithOffset(result.schedule.events.constFirst().start, result.schedule.conference.timeZone()),
                 u"2025-03-11T01:30:00+00:00"_s);
    }

    void durations()
    {
        const ImportResult result =
            importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/durations.xml"_s)), u"durations.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        const QList<std::pair<QString, qint64>> expected = {
            {u"H:MM"_s, 45 * 60},
            {u"HH:MM"_s, 90 * 60},
            {u"HH:MM:SS"_s, 75 * 60 + 30},
            {u"D:HH:MM"_s, 26 * 3600},
            {u"minutes above 59"_s, 90 * 60},
            {u"H:MM:SS"_s, 90 * 60},
            {u"zero"_s, 0},
            {u"hours above 23"_s, 26 * 3600},
        };
        QCOMPARE(schedule.events.size(), expected.size());
        for (const auto &[title, seconds] : expected) {
            const Event *event = findEvent(schedule, title);
            QVERIFY2(event, qPrintable(title));
            QCOMPARE(iso(schedule, event->start), u"2024-05-04T10:00:00+00:00"_s);
            QCOMPARE(event->durationSeconds(), seconds);
        }
    }

    void hubDialect()
    {
        const ImportResult result = importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/hub-dialect.xml"_s)), u"hub.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.conference.title, u"39th Example Congress"_s);
        QCOMPARE(schedule.conference.id, u"39c3"_s);
        QCOMPARE(schedule.events.size(), 2);
        QCOMPARE(schedule.days.size(), 2); // the second day has no events and is still a day
        QCOMPARE(schedule.rooms, (QStringList{u"Saal Zuse"_s, u"Saal Hopper"_s})); // <rooms> order
        QCOMPARE(schedule.tracks.size(), 2);
        QCOMPARE(schedule.tracks.at(0).name, u"Hardware"_s);
        QCOMPARE(schedule.tracks.at(0).color, u"#ff8800"_s);
        QCOMPARE(schedule.tracks.at(1).color, u"#00aa00"_s);

        const Event *soldering = findEvent(schedule, u"Soldering for Everyone 🧑‍🔧"_s);
        COMPARE_EVENT(schedule, soldering, "2025-12-27T11:00:00+01:00", "2025-12-27T12:00:00+01:00", "2025-12-27", "Saal Hopper",
                      "Zoë „Zo“ Müller, Ω Structured");
        QCOMPARE(soldering->feedId, u"5001"_s);
        QCOMPARE(soldering->persons.at(0).id, u"cccccccc-0000-4000-8000-000000000001"_s);
        QCOMPARE(QString::fromUtf8(soldering->abstract), u"Learn to solder."_s);
        QCOMPARE(soldering->url, u"https://hub.example.org/event/soldering/"_s);
        // Recordings from <recording><url>, <video_download_url> and a video link, each once.
        QCOMPARE(soldering->videos,
                 (QStringList{u"https://media.example.org/v/39c3-5001-soldering"_s,
                              u"https://cdn.media.ccc.de/congress/2025/h264-hd/39c3-5001.mp4"_s,
                              u"https://media.ccc.de/v/39c3-5001-soldering"_s}));
        // Links stay as the feed lists them (the recording link too); the attachment's path is
        // resolved against base_url; the feedback URL joins them.
        QCOMPARE(soldering->links.size(), 4);
        QCOMPARE(soldering->links.at(0), (Link{u"Recording"_s, u"https://media.ccc.de/v/39c3-5001-soldering"_s}));
        QCOMPARE(soldering->links.at(2), (Link{u"Handout"_s, u"https://hub.example.org/media/39c3/handout.pdf"_s}));
        QCOMPARE(soldering->links.at(3), (Link{u"Feedback"_s, u"https://hub.example.org/event/soldering/feedback/"_s}));

        const Event *late = findEvent(schedule, u"Late Night Ethics"_s);
        COMPARE_EVENT(schedule, late, "2025-12-28T00:30:00+01:00", "2025-12-28T01:10:00+01:00", "2025-12-27", "Saal Zuse", "");
        QCOMPARE(QString::fromUtf8(late->abstract), u"الأخلاق في الليل — 夜の倫理"_s);
        QCOMPARE(late->subtitle, QString()); // empty elements are absent
        QVERIFY2(schedule.warnings.isEmpty(), qPrintable(schedule.warnings.join(u'\n')));
    }

    void hostileContent()
    {
        const ImportResult result = importBytes(TestSupport::readFile(TestSupport::fixturePath(u"feeds/hostile.xml"_s)), u"hostile.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 1);
        const Event &event = schedule.events.constFirst();
        // Titles are plain text and stay verbatim (shown as text, never as markup).
        QCOMPARE(event.title, u"<script>alert(\"title\")</script> Safe Title"_s);
        QCOMPARE(event.room, u"Room <b>1</b>"_s);
        // The abstract loses script, style, frame and image with everything inside them.
        QCOMPARE(QString::fromUtf8(event.abstract), u"Hello world\n\nRead the docs & more."_s);
        QVERIFY(!QString::fromUtf8(event.abstract).contains(u"alert"_s));
        QVERIFY(!QString::fromUtf8(event.abstract).contains(u"frame text"_s));
        QVERIFY(event.url.isEmpty());
        QCOMPARE(event.links,
                 (QList<Link>{Link{u"Fine link"_s, u"https://example.org/fine"_s},
                              Link{u"Mail the speaker"_s, u"mailto:speaker@example.org"_s}}));
        QVERIFY(event.videos.isEmpty());
        const int dropped = int(
            std::count_if(schedule.warnings.cbegin(), schedule.warnings.cend(), [](const QString &w) { return w.contains(u"dropped"_s); }));
        QCOMPARE(dropped, 6); // event URL, four links, one recording
        for (const QString &warning : schedule.warnings)
            QVERIFY2(warning.startsWith(u"line "_s), qPrintable(warning));
    }

    void refusesEntityDeclarations()
    {
        const QByteArray billionLaughs =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
            "<schedule><conference><title>&lol2;</title><time_zone_name>UTC</time_zone_name></conference></schedule>\n";
        const ImportResult result = importBytes(billionLaughs, u"lol.xml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"entity"_s), qPrintable(result.error->toString()));
        QVERIFY(result.error->line > 0);
    }

    /** The whole billion laughs, an empty internal subset and one with only a comment: refused before any of it is read. */
    void refusesEveryInternalSubset_data()
    {
        QTest::addColumn<QByteArray>("prolog");
        QByteArray laughs = "<!DOCTYPE schedule [\n <!ENTITY lol \"lol\">\n";
        for (int level = 2; level <= 9; ++level) {
            const QByteArray previous = level == 2 ? QByteArray("lol") : QByteArray("lol" + QByteArray::number(level - 1));
            laughs += " <!ENTITY lol" + QByteArray::number(level) + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">\n";
        }
        laughs += "]>\n";
        QTest::newRow("billion laughs") << laughs;
        QTest::newRow("empty") << QByteArray("<!DOCTYPE schedule [ ]>\n");
        QTest::newRow("comment only") << QByteArray("<!DOCTYPE schedule [\n<!-- nothing -->\n]>\n");
        QTest::newRow("parameter entity") << QByteArray(
            "<!DOCTYPE schedule [\n<!ENTITY % x SYSTEM \"http://example.invalid/x\">\n%x;\n]>\n");
    }
    void refusesEveryInternalSubset()
    {
        QFETCH(QByteArray, prolog);
        const QByteArray bytes = "<?xml version=\"1.0\"?>\n" + prolog
            + "<schedule><conference><title>&lol9;</title><time_zone_name>UTC</time_zone_name></conference></schedule>\n";
        const ImportResult result = importBytes(bytes, u"subset.xml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->message, u"document type declarations with an internal subset (entity declarations) are not accepted"_s);
        QCOMPARE(result.error->line, 2); // at the '[' of the DOCTYPE
    }

    /** An external DTD is never fetched: the feed reads as without it. */
    void externalDtdIsNotRead()
    {
        const QByteArray bytes =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule PUBLIC \"-//x//y\" \"http://example.invalid/schedule.dtd\">\n"
            "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference>\n"
            "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\"><event id=\"1\"><title>E</title><start>10:00</start>"
            "<duration>00:30</duration></event></room></day></schedule>";
        const ImportResult result = importBytes(bytes, u"dtd.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.events.size(), 1);
    }

    /** Without a DTD an unknown entity is a well-formedness error; with an (unread) external one, a refused reference. */
    void undeclaredEntity() { verifyFooRefused("<schedule>\n<conference>\n<title>A &foo; B</title>\n</conference>\n</schedule>\n", 3); }

    /** References in attribute values: the predefined ones and character references are read, any other refused. */
    void entityInAttribute()
    {
        const QByteArray event = "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference>\n"
                                 "<day index=\"1\" date=\"2025-01-01\"><room name=\"R &amp; D &#x41;&#38;&lt;\">\n"
                                 "<event id=\"ID\"><title>E</title><start>10:00</start><duration>00:30</duration>"
                                 "<links><link href=\"https://example.org/?a=1&amp;b=2\">L</link></links></event>\n"
                                 "</room></day></schedule>";
        const ImportResult fine = importBytes(QByteArray(event).replace("ID", "1"), u"attributes.xml"_s);
        QVERIFY2(fine.ok(), qPrintable(fine.error ? fine.error->toString() : QString()));
        QCOMPARE(fine.schedule.events.constFirst().room, u"R & D A&<"_s);
        QCOMPARE(fine.schedule.events.constFirst().links.constFirst().url, u"https://example.org/?a=1&b=2"_s);

        verifyFooRefused(QByteArray(event).replace("ID", "1&foo;"), 3);
    }

    /** <a/> is an element with no text: it ends where it starts, and what follows is read as before. */
    void selfClosingElements()
    {
        const QByteArray bytes = "<schedule><conference><title>C</title><subtitle/><time_zone_name>UTC</time_zone_name></conference>\n"
                                 "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
                                 "<event id=\"1\"><subtitle/><title>After</title><start>10:00</start><duration>00:30</duration><track/>"
                                 "<abstract/><persons><person id=\"2\"/><person id=\"3\">Ann</person></persons><links/></event>\n"
                                 "<event id=\"2\"><title>Second</title><start>11:00</start><duration>00:30</duration></event>\n"
                                 "</room></day></schedule>";
        const ImportResult result = importBytes(bytes, u"empty.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.conference.title, u"C"_s);
        QVERIFY(result.schedule.conference.subtitle.isEmpty());
        QCOMPARE(result.schedule.events.size(), 2);
        const Event &first = result.schedule.events.constFirst();
        QCOMPARE(first.title, u"After"_s);
        QVERIFY(first.subtitle.isEmpty());
        QVERIFY(first.track.isEmpty());
        QVERIFY(first.abstract.isEmpty());
        QCOMPARE(first.persons.size(), 1);
        QCOMPARE(first.persons.constFirst().name, u"Ann"_s);
        QCOMPARE(result.schedule.events.constLast().title, u"Second"_s);
        // The warning points at the '>' of <person id="2"/>, as it does for <person id="2">.
        const QByteArray line3 = bytes.split('\n').at(2);
        const qsizetype column = line3.indexOf("<person id=\"2\"/>") + qsizetype(qstrlen("<person id=\"2\"/>"));
        QCOMPARE(result.schedule.warnings, QStringList{u"line 3, column %1: person without a name skipped"_s.arg(column)});
    }

    /** CDATA is text: HTML in it is read as HTML, entities in it stay as written until TextSanitizer decodes them. */
    void cdataAbstract()
    {
        const QByteArray bytes = "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference>\n"
                                 "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
                                 "<event id=\"1\"><title><![CDATA[A <b>]]> &amp; B</title><start>10:00</start><duration>00:30</duration>"
                                 "<abstract><![CDATA[<p>Hello &amp; <b>bold</b></p>]]> tail &amp; more</abstract></event>\n"
                                 "</room></day></schedule>";
        const ImportResult result = importBytes(bytes, u"cdata.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Event &event = result.schedule.events.constFirst();
        QCOMPARE(event.title, u"A <b> & B"_s);
        QCOMPARE(QString::fromUtf8(event.abstract), u"Hello & bold\n\ntail & more"_s);
    }

    /** UTF-16 with a byte order mark, either way round, and text beyond the BMP. */
    void utf16Feed_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("little endian") << false;
        QTest::newRow("big endian") << true;
    }
    void utf16Feed()
    {
        QFETCH(bool, bigEndian);
        const QString text =
            u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
            u"<schedule><conference><title>Café über 😀</title><time_zone_name>UTC</time_zone_name></conference>\n"
            u"<day index=\"1\" date=\"2025-01-01\"><room name=\"Salle é\">\n"
            u"<event id=\"1\"><title>Été</title><start>10:00</start><duration>00:30</duration><abstract>ça</abstract></event>\n"
            u"</room></day></schedule>\n"_s;
        QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        const ImportResult result = importBytes(bytes, u"utf16.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.conference.title, u"Café über 😀"_s);
        const Event &event = result.schedule.events.constFirst();
        QCOMPARE(event.title, u"Été"_s);
        QCOMPARE(event.room, u"Salle é"_s);
        QCOMPARE(QString::fromUtf8(event.abstract), u"ça"_s);
    }

    /** A feed that declares a single-byte encoding. */
    void latin1Feed()
    {
        const QString text = u"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                             u"<schedule><conference><title>Café über</title><time_zone_name>UTC</time_zone_name></conference>\n"
                             u"<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
                             u"<event id=\"1\"><title>Été</title><start>10:00</start><duration>00:30</duration></event>\n"
                             u"</room></day></schedule>\n"_s;
        const ImportResult result = importBytes(text.toLatin1(), u"latin1.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.conference.title, u"Café über"_s);
        QCOMPARE(result.schedule.events.constFirst().title, u"Été"_s);

        const ImportResult unknown = importBytes(text.toLatin1().replace("ISO-8859-1", "x-unknown"), u"unknown.xml"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error->message, u"not well-formed XML: Encoding x-unknown is unsupported"_s);
    }

    /** A well-formedness error says where: the line and column of the wrong end tag. */
    void errorLineAndColumn()
    {
        const QByteArray bytes = "<schedule>\n  <conference>\n    <title>A</titel>\n  </conference>\n</schedule>\n";
        const ImportResult result = importBytes(bytes, u"broken.xml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.startsWith(u"not well-formed XML: "_s), qPrintable(result.error->toString()));
        QCOMPARE(result.error->line, 3);
        QCOMPARE(result.error->column, 21); // past "</titel", where the parser saw the mismatch
        QCOMPARE(result.error->toString().left(16), u"broken.xml:3:21:"_s);
    }

    /** Namespaces: names are compared without their prefix, as the dialects never use one. */
    void namespacedFeed()
    {
        const QByteArray bytes =
            "<s:schedule xmlns:s=\"urn:s\" xmlns=\"urn:d\"><conference><title>T</title><time_zone_name>UTC</time_zone_name>"
            "</conference>\n<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
            "<event id=\"1\"><s:title>E</s:title><start>10:00</start><duration>00:30</duration></event>\n"
            "</room></day></s:schedule>";
        const ImportResult result = importBytes(bytes, u"ns.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.events.constFirst().title, u"E"_s);
        // A prefixed attribute is another attribute: s:name does not name the room.
        const ImportResult prefixed = importBytes(QByteArray(bytes).replace("<room name=\"R\">", "<room s:name=\"S\">"), u"ns.xml"_s);
        QVERIFY2(prefixed.ok(), qPrintable(prefixed.error ? prefixed.error->toString() : QString()));
        QVERIFY(prefixed.schedule.events.constFirst().room.isEmpty());
        const ImportResult undeclared = importBytes(QByteArray(bytes).replace(" xmlns:s=\"urn:s\"", ""), u"ns.xml"_s);
        QVERIFY(!undeclared.ok());
        QVERIFY2(undeclared.error->message.startsWith(u"not well-formed XML: "_s), qPrintable(undeclared.error->toString()));
    }

    void refusesDeepNesting()
    {
        QByteArray deep = "<schedule><conference><title>x</title><time_zone_name>UTC</time_zone_name></conference><day "
                          "date=\"2025-01-01\"><room name=\"r\"><event><abstract>";
        for (int i = 0; i < 200; ++i)
            deep += "<div>";
        deep += "text";
        for (int i = 0; i < 200; ++i)
            deep += "</div>";
        deep += "</abstract></event></room></day></schedule>";
        const ImportResult result = importBytes(deep, u"deep.xml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"nested deeper"_s), qPrintable(result.error->toString()));
    }

    void refusesHugeText()
    {
        QByteArray huge = "<schedule><conference><title>";
        huge += QByteArray(2 * 1024 * 1024, 'a');
        huge += "</title></conference></schedule>";
        const ImportResult result = importBytes(huge, u"huge.xml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"text of more than"_s), qPrintable(result.error->toString()));

        // In an element that is skipped, the text is checked whole, however the parser splits it.
        const QByteArray skipped = "<schedule><conference><logo>" + QByteArray(1024 * 1024 + 1, 'b') + "</logo></conference></schedule>";
        const ImportResult skippedResult = importBytes(skipped, u"huge.xml"_s);
        QVERIFY(!skippedResult.ok());
        QVERIFY2(skippedResult.error->message.contains(u"text of more than"_s), qPrintable(skippedResult.error->toString()));
        QCOMPARE(skippedResult.error->line, 1);

        // The limits count characters, not bytes: a long text of two-byte characters under the limit is read whole.
        const QString accents(1024 * 1024 - 10, u'é');
        const QByteArray wide = "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference>\n"
                                "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\"><event id=\""
            + accents.toUtf8() + "\"><title>E</title><start>10:00</start><duration>00:30</duration><abstract>" + accents.toUtf8()
            + "</abstract></event></room></day></schedule>";
        const ImportResult wideResult = importBytes(wide, u"wide.xml"_s);
        QVERIFY2(wideResult.ok(), qPrintable(wideResult.error ? wideResult.error->toString() : QString()));
        QCOMPARE(QString::fromUtf8(wideResult.schedule.events.constFirst().abstract), accents);
        QCOMPARE(wideResult.schedule.events.constFirst().feedId, accents);
        // ... and one character over the limit is refused, though its bytes were counted one by one.
        const QByteArray tooWide =
            "<schedule><conference><title>" + QString(1024 * 1024 + 1, u'é').toUtf8() + "</title></conference></schedule>";
        const ImportResult tooWideResult = importBytes(tooWide, u"wide.xml"_s);
        QVERIFY(!tooWideResult.ok());
        QVERIFY2(tooWideResult.error->message.contains(u"text of more than"_s), qPrintable(tooWideResult.error->toString()));

        const QByteArray attribute = "<schedule><conference a=\"" + QByteArray(1024 * 1024 + 1, 'c') + "\"/></schedule>";
        const ImportResult attributeResult = importBytes(attribute, u"attribute.xml"_s);
        QVERIFY(!attributeResult.ok());
        QCOMPARE(attributeResult.error->message, u"attribute a of <conference> has more than 1048576 characters; refusing the document"_s);
    }

    void truncatedDocument()
    {
        LANYARD_REQUIRE_FEED(path, "debconf23_wafer-pentabarf.xml");
        const QByteArray bytes = TestSupport::readFile(path);
        const QByteArray truncated = bytes.left(bytes.size() / 2);
        const qint64 lastLine = truncated.count('\n') + 1;
        const ImportResult result = importBytes(truncated, u"debconf23.xml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"ends too early"_s), qPrintable(result.error->toString()));
        QCOMPARE(result.error->line, lastLine);
        QVERIFY(result.error->column > 0);
        QVERIFY(result.error->toString().startsWith(u"debconf23.xml:%1:"_s.arg(lastLine)));
        QVERIFY(result.schedule.events.isEmpty()); // never half a schedule
    }

    void notWellFormed()
    {
        const QByteArray bytes = "<schedule>\n  <conference>\n    <title>A & B</title>\n  </conference>\n</schedule>\n";
        const ImportResult result = importBytes(bytes, u"broken.xml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->line, 3);
        QVERIFY2(result.error->message.startsWith(u"not well-formed XML"_s), qPrintable(result.error->toString()));
    }

    void eventWithoutTime()
    {
        const QByteArray bytes = "<schedule><conference><time_zone_name>UTC</time_zone_name></conference>\n"
                                 "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
                                 "<event id=\"1\"><title>No time</title><start>soon</start><duration>00:30</duration></event>\n"
                                 "</room></day></schedule>";
        const ImportResult result = importBytes(bytes, u"notime.xml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->line, 3);
        QVERIFY2(result.error->message.contains(u"\"No time\""_s), qPrintable(result.error->toString()));
        QVERIFY(result.error->message.contains(u"soon"_s));
    }

    void eventWithoutTitleIsKeptWithWarning()
    {
        const QByteArray bytes = "<schedule><conference><title>T</title><time_zone_name>UTC</time_zone_name></conference>\n"
                                 "<day index=\"1\" date=\"2025-01-01\"><room name=\"R\">\n"
                                 "<event id=\"77\"><title/><start>10:00</start><duration>00:30</duration></event>\n"
                                 "</room></day></schedule>";
        const ImportResult result = importBytes(bytes, u"untitled.xml"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.schedule.events.size(), 1);
        QCOMPARE(result.schedule.warnings.size(), 1);
        QVERIFY2(result.schedule.warnings.constFirst().startsWith(u"line 3, column "_s), qPrintable(result.schedule.warnings.constFirst()));
        QVERIFY(result.schedule.warnings.constFirst().contains(u"without a title"_s));
    }

    void notASchedule()
    {
        const ImportResult rss = importBytes("<?xml version=\"1.0\"?><rss><channel/></rss>", u"feed.rss"_s);
        QVERIFY(!rss.ok());
        QVERIFY2(rss.error->message.startsWith(u"not a schedule"_s), qPrintable(rss.error->toString()));
        QVERIFY(rss.error->message.contains(u"<rss>"_s));
    }

    /** <recording><optout> and <do_not_record>: false where the feed opts out, true where it does not, unset where silent. */
    void recordingOptOut()
    {
        LANYARD_REQUIRE_FEED(debconfPath, "debconf23_wafer-pentabarf.xml");
        const ImportResult debconf = importBytes(TestSupport::readFile(debconfPath), u"debconf23.xml"_s);
        QVERIFY2(debconf.ok(), qPrintable(debconf.error ? debconf.error->toString() : QString()));
        const auto count = [](const Schedule &schedule, std::optional<bool> value) {
            return std::count_if(schedule.events.cbegin(), schedule.events.cend(), [value](const Event &e) { return e.recorded == value; });
        };
        QCOMPARE(count(debconf.schedule, false), 7);
        QCOMPARE(count(debconf.schedule, true), 110);
        QCOMPARE(count(debconf.schedule, std::nullopt), 0);
        const Event *bof = findEvent(debconf.schedule, u"Debian Treasurer BoF"_s);
        QVERIFY(bof);
        QCOMPARE(bof->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(debconf.schedule, u"Opening Ceremony"_s)->recorded, std::optional<bool>(true));

        LANYARD_REQUIRE_FEED(cccPath, "36c3-merged_frab.xml");
        const ImportResult ccc = importBytes(TestSupport::readFile(cccPath), u"36c3.xml"_s);
        QVERIFY(ccc.ok());
        QCOMPARE(count(ccc.schedule, false), 48);
        QCOMPARE(count(ccc.schedule, true), 684);
        QCOMPARE(count(ccc.schedule, std::nullopt), 619);

        LANYARD_REQUIRE_FEED(fosdemPath, "fosdem-2026_pentabarf.xml");
        const ImportResult fosdem = importBytes(TestSupport::readFile(fosdemPath), u"fosdem.xml"_s);
        QVERIFY(fosdem.ok());
        QCOMPARE(count(fosdem.schedule, std::nullopt), fosdem.schedule.events.size()); // says nothing: nothing promised

        // <do_not_record> (pretalx), an opt-out winning over a "false" elsewhere, and a value that is neither.
        const QByteArray bytes =
            R"(<schedule><conference><title>R</title><acronym>r</acronym><time_zone_name>UTC</time_zone_name></conference>
<day index="1" date="2026-03-01"><room name="A">
<event id="1"><date>2026-03-01T10:00:00+00:00</date><start>10:00</start><duration>00:30</duration><title>Out</title><do_not_record>true</do_not_record></event>
<event id="2"><date>2026-03-01T11:00:00+00:00</date><start>11:00</start><duration>00:30</duration><title>In</title><do_not_record>false</do_not_record></event>
<event id="3"><date>2026-03-01T12:00:00+00:00</date><start>12:00</start><duration>00:30</duration><title>Both</title><do_not_record>false</do_not_record><recording><optout>true</optout></recording></event>
<event id="4"><date>2026-03-01T13:00:00+00:00</date><start>13:00</start><duration>00:30</duration><title>Odd</title><do_not_record>maybe</do_not_record></event>
</room></day></schedule>)";
        const ImportResult fixture = importBytes(bytes, u"recording.xml"_s);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error ? fixture.error->toString() : QString()));
        QCOMPARE(findEvent(fixture.schedule, u"Out"_s)->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(fixture.schedule, u"In"_s)->recorded, std::optional<bool>(true));
        QCOMPARE(findEvent(fixture.schedule, u"Both"_s)->recorded, std::optional<bool>(false));
        QCOMPARE(findEvent(fixture.schedule, u"Odd"_s)->recorded, std::optional<bool>());
        QVERIFY2(fixture.schedule.warnings.join(u'\n').contains(u"do_not_record \"maybe\" is neither true nor false"_s),
                 qPrintable(fixture.schedule.warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestScheduleXmlReader)
#include "tst_schedulexmlreader.moc"
