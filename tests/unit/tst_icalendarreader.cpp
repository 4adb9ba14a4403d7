#include "ImportedEvents.h"
#include "TestSupport.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"
#include "feeds/ICalendarReader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ImportedEvents;

namespace
{
QByteArray calendar(const QList<QByteArray> &lines, const QByteArray &lineEnd = "\r\n")
{
    return lines.join(lineEnd) + lineEnd;
}
} // namespace

class TestICalendarReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lca2020()
    {
        LANYARD_REQUIRE_FEED(path, "lca2020_symposion.ics");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"lca2020.ics"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.format, u"icalendar"_s);
        QCOMPARE(schedule.events.size(), 262);
        QCOMPARE(schedule.days.size(), 6);
        QCOMPARE(schedule.rooms.size(), 7);
        // The escaped commas of one LOCATION are part of one room's name.
        QVERIFY(schedule.rooms.contains(u"Arena, Room 8, Room 5, Room 6, Room 7"_s));
        QCOMPARE(schedule.conference.title, u"linux.conf.au 2020"_s);
        QCOMPARE(schedule.conference.timeZoneId, u"Australia/Brisbane"_s); // X-WR-TIMEZONE
        QCOMPARE(schedule.conference.start, QDate(2020, 1, 12));
        QCOMPARE(schedule.conference.end, QDate(2020, 1, 17));
        QVERIFY2(schedule.warnings.isEmpty(), qPrintable(schedule.warnings.join(u'\n')));
        const int withoutRoom =
            int(std::count_if(schedule.events.cbegin(), schedule.events.cend(), [](const Event &e) { return e.room.isEmpty(); }));
        QCOMPARE(withoutRoom, 17);

        // Speakers only in the DESCRIPTION: taken from its "Speaker:" line, which leaves the abstract.
        const Event *keynote = findEvent(schedule, u"Keynote: Who cares about Democracy?"_s);
        COMPARE_EVENT(schedule, keynote, "2020-01-16T09:10:00+10:00", "2020-01-16T10:10:00+10:00", "2020-01-16", "Arena",
                      "A/Prof Vanessa Teague");
        QCOMPARE(keynote->guid, u"85@lca2020.linux.org.au"_s);
        QCOMPARE(keynote->url, u"http://lca2020.linux.org.au/schedule/presentation/216/"_s);
        QVERIFY(QString::fromUtf8(keynote->abstract)
                    .startsWith(
                        u"I'll begin with analysis of the Swiss e-voting system and its flawed proofs, then explain why the NSW iVote"_s));
        QVERIFY(QString::fromUtf8(keynote->abstract).contains(u"about it?\n\nThis talk includes joint work"_s));
        const Event *opening = findEvent(schedule, u"Conference Opening"_s);
        COMPARE_EVENT(schedule, opening, "2020-01-13T09:00:00+10:00", "2020-01-13T10:10:00+10:00", "2020-01-13", "Arena", "Joel Addison");
        QCOMPARE(QString::fromUtf8(opening->abstract), u"The official launch of linux.conf.au 2020."_s);
        // HTML descriptions become text.
        const Event *breakfast = nullptr;
        for (const Event &event : schedule.events) {
            if (event.guid == u"201@lca2020.linux.org.au"_s)
                breakfast = &event;
        }
        COMPARE_EVENT(schedule, breakfast, "2020-01-14T07:00:00+10:00", "2020-01-14T09:00:00+10:00", "2020-01-14", "Room 5", "");
        QCOMPARE(
            QString::fromUtf8(breakfast->abstract),
            u"Women of Open Technology Breakfast, Presented by ThoughtWorks\n\nOnly for attendees with a ticket.\n\nGold Coast Convention and Exhibition Centre, Room 5"_s);
    }

    void kielux2020()
    {
        LANYARD_REQUIRE_FEED(path, "kielux2020.ics");
        const QByteArray bytes = TestSupport::readFile(path);
        const ImportResult result = importBytes(bytes, u"kielux2020.ics"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), 24);
        QCOMPARE(schedule.days.size(), 2);
        QCOMPARE(schedule.rooms.size(), 4);
        QCOMPARE(schedule.conference.title, u"18. Kieler Open Source und Linux Tage"_s);
        // Only UTC times and no zone name: shown in UTC, with a warning that says so.
        QCOMPARE(schedule.conference.timeZoneId, u"UTC"_s);
        QCOMPARE(schedule.warnings.size(), 1);
        QVERIFY(schedule.warnings.constFirst().contains(u"names no time zone"_s));
        const Event *celium = findEvent(schedule, u"OpenCelium - Der generische OpenSoure API-Hub"_s);
        COMPARE_EVENT(schedule, celium, "2020-09-18T11:00:00+00:00", "2020-09-18T12:00:00+00:00", "2020-09-18", "Ravensberg",
                      "Jakob Semere");
        // ATTENDEE names the speaker; the "von:" line that repeats it leaves the abstract.
        QVERIFY(QString::fromUtf8(celium->abstract)
                    .startsWith(u"Sie möchten wertvolle Daten von einer Applikation zu anderen Applikationen"_s));
        QVERIFY(QString::fromUtf8(celium->abstract).endsWith(u"Schritt für Schritt vorstellen.\nhttps://www.opencelium.io"_s));
        const Event *xen = findEvent(schedule, u"Xen - ist das nicht tot?"_s);
        COMPARE_EVENT(schedule, xen, "2020-09-18T12:00:00+00:00", "2020-09-18T13:00:00+00:00", "2020-09-18", "Ravensberg", "Jürgen Groß");
        QVERIFY(QString::fromUtf8(xen->abstract).startsWith(u"Xen war lange Zeit die Plattform"_s)); // <i> gone

        // Given the conference's zone, the same instants show in Kiel's summer time.
        const ImportResult kiel = importBytes(bytes, u"kielux2020.ics"_s, u"Europe/Berlin"_s);
        QVERIFY(kiel.ok());
        QVERIFY(kiel.schedule.warnings.isEmpty());
        const Event *local = findEvent(kiel.schedule, u"OpenCelium - Der generische OpenSoure API-Hub"_s);
        COMPARE_EVENT(kiel.schedule, local, "2020-09-18T13:00:00+02:00", "2020-09-18T14:00:00+02:00", "2020-09-18", "Ravensberg",
                      "Jakob Semere");
        QCOMPARE(local->start, celium->start);
        QCOMPARE(local->id, celium->id);
    }

    void edgeCases()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/edge-cases.ics"_s));
        QVERIFY(bytes.contains("Gr\xc3\n \xbc")); // the fixture does fold inside a character
        QVERIFY(bytes.contains("\r\r\n"));
        const ImportResult result = importBytes(bytes, u"edge-cases.ics"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.conference.title, u"Edge Case Camp Überall"_s);
        QCOMPARE(schedule.conference.timeZoneId, u"Europe/Berlin"_s);
        QCOMPARE(schedule.events.size(), 3);
        QCOMPARE(schedule.days.size(), 2);

        // A fold that splits "ü" is undone before decoding; escaped comma in LOCATION; a speaker
        // line taken out of the description.
        const Event *greetings = findEvent(schedule, u"Grüße aus Köln"_s);
        COMPARE_EVENT(schedule, greetings, "2025-06-14T10:00:00+02:00", "2025-06-14T11:00:00+02:00", "2025-06-14", "Halle 1, Raum A",
                      "Zoë Müller");
        QCOMPARE(QString::fromUtf8(greetings->abstract), u"Line one, with an escaped comma\nLine, two"_s);
        QCOMPARE(greetings->guid, u"edge-1@lanyard.test"_s);

        // TZID behind a vendor prefix without VTIMEZONE, DURATION, unescaped commas, ATTENDEE
        // speakers, a VALARM whose DESCRIPTION is not the abstract.
        const Event *midnight = findEvent(schedule, u"Midnight Talk, with commas"_s);
        COMPARE_EVENT(schedule, midnight, "2025-06-14T23:30:00+02:00", "2025-06-15T00:45:00+02:00", "2025-06-14", "Tent, the big one",
                      "Ann Example, Bob Example");
        QCOMPARE(QString::fromUtf8(midnight->abstract), u"An HTML description."_s);
        QCOMPARE(midnight->track, u"Night"_s);

        // UTC time; vCalendar quoted-printable with a soft line break and a bare parameter; a
        // URL folded twice.
        const Event *qp = findEvent(schedule, u"Quoted Printable"_s);
        COMPARE_EVENT(schedule, qp, "2025-06-15T10:00:00+02:00", "2025-06-15T11:00:00+02:00", "2025-06-15", "Raum B", "");
        QCOMPARE(QString::fromUtf8(qp->abstract), u"Café au lait"_s);
        QCOMPARE(qp->url, u"https://edge.example.org/a/very/long/path/that/needs/folding/more/than/once/3"_s);

        QVERIFY(!findEvent(schedule, u"Cancelled Session"_s));
        QCOMPARE(schedule.warnings.size(), 1);
        QVERIFY2(schedule.warnings.constFirst().contains(u"cancelled event \"Cancelled Session\" skipped"_s),
                 qPrintable(schedule.warnings.constFirst()));
        QVERIFY(schedule.warnings.constFirst().startsWith(u"line "_s));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("crlf") << QByteArray("\r\n");
        QTest::newRow("lf") << QByteArray("\n");
        QTest::newRow("cr") << QByteArray("\r");
        QTest::newRow("crcrlf") << QByteArray("\r\r\n");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, lineEnd);
        const QByteArray bytes = calendar({"BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:Line Ends", "BEGIN:VEVENT", "UID:le-1",
                                           "DTSTART:20250301T100000Z", "DTEND:20250301T110000Z", "SUMMARY:Folded ", " summary\\, escaped",
                                           "DESCRIPTION:one\\ntwo", "END:VEVENT", "END:VCALENDAR"},
                                          lineEnd);
        const ImportResult result = importBytes(bytes, u"le.ics"_s, u"UTC"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.events.size(), 1);
        QCOMPARE(result.schedule.events.constFirst().title, u"Folded summary, escaped"_s);
        QCOMPARE(QString::fromUtf8(result.schedule.events.constFirst().abstract), u"one\ntwo"_s);
    }

    void floatingTimes()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/floating.ics"_s));
        const ImportResult refused = importBytes(bytes, u"floating.ics"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error->message.contains(u"floating"_s), qPrintable(refused.error->toString()));
        const ImportResult lisbon = importBytes(bytes, u"floating.ics"_s, u"Europe/Lisbon"_s);
        QVERIFY2(lisbon.ok(), qPrintable(lisbon.error ? lisbon.error->toString() : QString()));
        COMPARE_EVENT(lisbon.schedule, findEvent(lisbon.schedule, u"Floating Start"_s), "2025-09-01T09:30:00+01:00",
                      "2025-09-01T10:00:00+01:00", "2025-09-01", "Main", "");
    }

    void windowsAndVtimezone()
    {
        const QByteArray bytes = calendar({"BEGIN:VCALENDAR",
                                           "VERSION:2.0",
                                           "X-WR-CALNAME:Outlook",
                                           "BEGIN:VTIMEZONE",
                                           "TZID:Custom Zone",
                                           "X-LIC-LOCATION:America/New_York",
                                           "BEGIN:STANDARD",
                                           "TZOFFSETTO:-0500",
                                           "END:STANDARD",
                                           "BEGIN:DAYLIGHT",
                                           "TZOFFSETTO:-0400",
                                           "END:DAYLIGHT",
                                           "END:VTIMEZONE",
                                           "BEGIN:VEVENT",
                                           "UID:w-1",
                                           "DTSTART;TZID=W. Europe Standard Time:20250701T090000",
                                           "DTEND;TZID=W. Europe Standard Time:20250701T100000",
                                           "SUMMARY:Windows zone",
                                           "END:VEVENT",
                                           "BEGIN:VEVENT",
                                           "UID:w-2",
                                           "DTSTART;TZID=Custom Zone:20250701T090000",
                                           "DURATION:PT30M",
                                           "SUMMARY:Custom zone",
                                           "END:VEVENT",
                                           "END:VCALENDAR"});
        const ImportResult result = importBytes(bytes, u"outlook.ics"_s, u"Europe/Berlin"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(iso(schedule, findEvent(schedule, u"Windows zone"_s)->start), u"2025-07-01T09:00:00+02:00"_s);
        QCOMPARE(findEvent(schedule, u"Custom zone"_s)->start, QDateTime(QDate(2025, 7, 1), QTime(13, 0), QTimeZone::utc()));
    }

    void unknownZoneFails()
    {
        const QByteArray bytes = calendar({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:u-1", "DTSTART;TZID=Nowhere/Special:20250701T090000",
                                           "DTEND;TZID=Nowhere/Special:20250701T100000", "SUMMARY:Where?", "END:VEVENT", "END:VCALENDAR"});
        const ImportResult result = importBytes(bytes, u"nowhere.ics"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(u"Nowhere/Special"_s), qPrintable(result.error->toString()));
        QCOMPARE(result.error->line, 4);
    }

    void invalidUtf8ReportsByte()
    {
        QByteArray bytes = calendar({"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:bad-1", "DTSTART:20250701T090000Z",
                                     "SUMMARY:Bad \xff byte", "END:VEVENT", "END:VCALENDAR"});
        const qsizetype offset = bytes.indexOf('\xff');
        const ImportResult result = importBytes(bytes, u"bad.ics"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->byteOffset, offset);
        QCOMPARE(result.error->line, 6);
        QCOMPARE(result.error->column, 13);
        QVERIFY2(result.error->message.contains(u"invalid UTF-8 at byte %1"_s.arg(offset)), qPrintable(result.error->toString()));
    }

    void brokenCalendars_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("truncated") << calendar({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:t-1", "DTSTART:20250701T090000Z", "SUMMARY:Cut"})
                                   << u"without END:VEVENT (truncated?)"_s << 5;
        QTest::newRow("no-dtstart") << calendar(
            {"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:n-1", "SUMMARY:Timeless", "END:VEVENT", "END:VCALENDAR"})
                                    << u"event \"Timeless\" has no DTSTART"_s << 3;
        QTest::newRow("bad-dtstart") << calendar({"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:b-1", "DTSTART:next week",
                                                  "SUMMARY:Vague", "END:VEVENT", "END:VCALENDAR"})
                                     << u"DTSTART \"next week\" is not a date-time"_s << 5;
        QTest::newRow("mismatched-end") << calendar({"BEGIN:VCALENDAR", "BEGIN:VEVENT", "END:VTODO", "END:VCALENDAR"})
                                        << u"END:VTODO where END:VEVENT was expected"_s << 3;
    }
    void brokenCalendars()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(int, line);
        const ImportResult result = importBytes(bytes, u"broken.ics"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->toString()));
        QCOMPARE(result.error->line, line);
        QVERIFY(result.schedule.events.isEmpty());
    }

    void unescapeText()
    {
        QCOMPARE(ICalendarReader::unescapeText(u"a\\, b\\; c\\\\ d\\nE\\Nf"), u"a, b; c\\ d\nE\nf"_s);
        QCOMPARE(ICalendarReader::unescapeText(u"plain, unescaped"), u"plain, unescaped"_s);
    }

    void speakerLine()
    {
        QCOMPARE(ICalendarReader::speakerLine(u"Speaker: Joel Addison"), QStringList{u"Joel Addison"_s});
        QCOMPARE(ICalendarReader::speakerLine(u"Speakers: Ann, Bob and Cy"), (QStringList{u"Ann"_s, u"Bob"_s, u"Cy"_s}));
        QCOMPARE(ICalendarReader::speakerLine(u"von: Jürgen Groß"), QStringList{u"Jürgen Groß"_s});
        QVERIFY(ICalendarReader::speakerLine(u"Note: bring a laptop").isEmpty());
        QVERIFY(ICalendarReader::speakerLine(u"<p><a href=\"/x\">Speakers' Dinner</a></p>").isEmpty());
        QVERIFY(ICalendarReader::speakerLine(u"Speaker:").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestICalendarReader)
#include "tst_icalendarreader.moc"
