#include "agenda/Agenda.h"
#include "agenda/IcsExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** Reads an .ics with Debian's python3-icalendar and prints each VEVENT's fields as JSON. */
const char *kReader = R"PY(
import json, sys
from datetime import timezone
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    def utc(name):
        return ev.decoded(name).astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    cats = ev.get('CATEGORIES')
    out.append({
        'uid': str(ev.get('UID')),
        'start': utc('DTSTART'),
        'end': utc('DTEND'),
        'stamp': utc('DTSTAMP'),
        'summary': str(ev.get('SUMMARY')),
        'location': str(ev.get('LOCATION', '')),
        'description': str(ev.get('DESCRIPTION', '')),
        'url': str(ev.get('URL', '')),
        'categories': [str(c) for c in cats.cats] if cats is not None else [],
        'status': str(ev.get('STATUS', '')),
        'geo': [float(ev.get('GEO').latitude), float(ev.get('GEO').longitude)] if ev.get('GEO') is not None else None,
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME', '')), 'events': out}))
)PY";
} // namespace

/** The iCalendar export: stable UIDs, RFC 5545 escaping and folding, and what a real parser reads. */
class TestIcsExporter : public QObject
{
    Q_OBJECT
private:
    static Conference conference()
    {
        Conference result;
        result.id = u"pyconau2013"_s;
        result.title = u"PyCon Australia 2013"_s;
        result.venue = u"Wrest Point, Hobart"_s;
        result.timeZoneId = u"Australia/Hobart"_s;
        return result;
    }

    static Agenda agenda()
    {
        AgendaItem talk;
        talk.id = u"0123456789abcdef"_s;
        talk.conferenceId = u"pyconau2013"_s;
        talk.title = u"Zoë's talk; on commas, semicolons \\ backslashes"_s;
        // 10:00 in Hobart (AEST, UTC+10) on 6 July 2013 is 00:00 UTC.
        talk.start = QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());
        talk.end = QDateTime(QDate(2013, 7, 6), QTime(0, 45), QTimeZone::utc());
        talk.day = QDate(2013, 7, 6);
        talk.location = u"Derwent 1"_s;
        talk.track = u"Science & Data"_s;
        talk.speakers = {u"Ann Ängström"_s, u"Bo"_s};
        talk.url = u"https://2013.pycon-au.org/schedule/30052"_s;
        talk.videos = {u"https://www.youtube.com/watch?v=abc"_s};
        talk.note = u"Ask about the 日本語 slides,\nand the second line."_s;
        talk.priority = Priority::MustSee;

        AgendaItem other;
        other.id = u"fedcba9876543210"_s;
        other.conferenceId = u"pyconau2013"_s;
        other.title = QString(u"Ünïcödé "_s).repeated(20); // long: must fold
        other.start = QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc()); // 09:30 on the 7th in Hobart
        other.end = QDateTime(QDate(2013, 7, 7), QTime(0, 0), QTimeZone::utc());
        other.day = QDate(2013, 7, 7);
        other.location = u"Plenary Hall"_s;
        other.priority = Priority::Maybe;
        return Agenda::fromItems({talk, other}, {conference()});
    }

    static QByteArray unfold(QByteArray bytes) { return bytes.replace("\r\n ", ""); }

private Q_SLOTS:
    void uidsAreTheSameOnEveryExport()
    {
        const QByteArray first = IcsExporter::exportAgenda(agenda(), {QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()), {}});
        const QByteArray second = IcsExporter::exportAgenda(agenda(), {QDateTime(QDate(2025, 6, 1), QTime(17, 3), QTimeZone::utc()), {}});
        auto uids = [](const QByteArray &ics) {
            QList<QByteArray> result;
            for (const QByteArray &line : unfold(ics).split('\n')) {
                if (line.startsWith("UID:"))
                    result.append(line.trimmed());
            }
            return result;
        };
        QCOMPARE(uids(first), (QList<QByteArray>{"UID:0123456789abcdef@lanyard", "UID:fedcba9876543210@lanyard"}));
        QCOMPARE(uids(first), uids(second));
        QVERIFY(first != second); // only DTSTAMP differs
        QCOMPARE(IcsExporter::eventIdFromUid(u"0123456789abcdef@lanyard"_s), u"0123456789abcdef"_s);
    }

    void textIsEscapedPerTheRfc()
    {
        QCOMPARE(IcsExporter::escapeText(u"a,b;c\\d\ne\r\nf\rg\x01h\ti"_s),
                 u"a\\,b\\;c\\\\d\\ne\\nf\\ng"
                 "h\ti"_s);
    }

    void everyLineEndsInCrLfAndNoneIsLongerThan75Octets()
    {
        const QByteArray ics = IcsExporter::exportAgenda(agenda(), {QDateTime::currentDateTimeUtc(), u"My agenda"_s});
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\r\n"), ics.count('\n')); // no bare LF
        QVERIFY(!ics.contains("\r\r"));
        bool sawContinuation = false;
        for (const QByteArray &line : ics.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 75, content.constData());
            sawContinuation = sawContinuation || content.startsWith(' ');
        }
        QVERIFY(sawContinuation);
    }

    void foldingNeverSplitsAUtf8Character()
    {
        // Every width of prefix, so that a fold point lands on every byte of the 2-, 3- and 4-byte characters.
        const QString sample = u"é日本語😀ß"_s.repeated(30);
        for (int prefix = 0; prefix < 8; ++prefix) {
            const QByteArray line = "DESCRIPTION:" + QByteArray(prefix, 'x') + sample.toUtf8();
            const QByteArray folded = IcsExporter::foldLine(line);
            const QList<QByteArray> physical = folded.chopped(2).split('\n');
            QVERIFY(physical.size() > 1);
            for (QByteArray part : physical) {
                if (part.endsWith('\r'))
                    part.chop(1);
                QVERIFY(part.size() <= 75);
                // Each physical line is valid UTF-8 on its own: nothing was cut inside a character.
                const QString decoded = QString::fromUtf8(part);
                QCOMPARE(decoded.toUtf8(), part);
                QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
            }
            QCOMPARE(unfold(folded), line + "\r\n");
        }
    }

    void anIndependentParserReadsTheExactInstants()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is missing: install python3 and python3-icalendar to read the export back");
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import icalendar"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("Debian's python3-icalendar is missing (apt-get install python3-icalendar): cannot read the export back");

        QTemporaryDir dir;
        const QString path = dir.filePath(u"agenda.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QDateTime stamp(QDate(2024, 3, 1), QTime(8, 15, 30), QTimeZone::utc());
        file.write(IcsExporter::exportAgenda(agenda(), {stamp, u"My agenda – PyCon Australia 2013"_s}));
        file.close();

        QProcess reader;
        reader.start(python, {u"-c"_s, QString::fromUtf8(kReader), path});
        QVERIFY(reader.waitForFinished(30000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
        QCOMPARE(result.value(u"name"_s).toString(), u"My agenda – PyCon Australia 2013"_s);
        const QJsonArray events = result.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);

        const QJsonObject talk = events.at(0).toObject();
        QCOMPARE(talk.value(u"uid"_s).toString(), u"0123456789abcdef@lanyard"_s);
        QCOMPARE(talk.value(u"start"_s).toString(), u"2013-07-06T00:00:00Z"_s);
        QCOMPARE(talk.value(u"end"_s).toString(), u"2013-07-06T00:45:00Z"_s);
        QCOMPARE(talk.value(u"stamp"_s).toString(), u"2024-03-01T08:15:30Z"_s);
        QCOMPARE(talk.value(u"summary"_s).toString(), u"Zoë's talk; on commas, semicolons \\ backslashes"_s);
        QCOMPARE(talk.value(u"location"_s).toString(), u"Derwent 1, Wrest Point, Hobart"_s);
        QCOMPARE(talk.value(u"url"_s).toString(), u"https://2013.pycon-au.org/schedule/30052"_s);
        QCOMPARE(talk.value(u"categories"_s).toArray(), QJsonArray{u"Science & Data"_s});
        QCOMPARE(talk.value(u"status"_s).toString(), u"CONFIRMED"_s);
        const QString description = talk.value(u"description"_s).toString();
        QVERIFY2(description.contains(u"Speakers: Ann Ängström, Bo"_s), qPrintable(description));
        QVERIFY(description.contains(u"Recording: https://www.youtube.com/watch?v=abc"_s));
        QVERIFY(description.contains(u"Ask about the 日本語 slides,\nand the second line."_s));

        const QJsonObject other = events.at(1).toObject();
        QCOMPARE(other.value(u"start"_s).toString(), u"2013-07-06T23:30:00Z"_s);
        QCOMPARE(other.value(u"end"_s).toString(), u"2013-07-07T00:00:00Z"_s);
        QCOMPARE(other.value(u"summary"_s).toString(), QString(u"Ünïcödé "_s).repeated(20));
    }

    void aTripWithItsPlaceAndGeoIsReadBack()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is missing: install python3 and python3-icalendar to read the export back");
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import icalendar"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("Debian's python3-icalendar is missing (apt-get install python3-icalendar): cannot read the export back");

        AgendaItem trip;
        trip.kind = AgendaItem::Kind::Trip;
        trip.id = u"trip-1a2b3c4d"_s;
        trip.conferenceId = u"pyconau2013"_s;
        trip.title = u"Drive up kunanyi / Mount Wellington"_s;
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc()); // 09:30 on Sunday in Hobart
        trip.end = QDateTime(QDate(2013, 7, 7), QTime(2, 45), QTimeZone::utc());
        trip.day = QDate(2013, 7, 7);
        trip.location = u"kunanyi / Mount Wellington (summit)"_s;
        trip.geo = GeoPoint{-42.896, 147.237306};
        trip.who = u"Ann and me"_s;
        trip.note = u"Jacket; it snows"_s;
        AgendaItem lark = trip;
        lark.id = u"trip-00ff00ff"_s;
        lark.title = u"Whisky"_s;
        lark.start = QDateTime(QDate(2013, 7, 7), QTime(8, 0), QTimeZone::utc());
        lark.end = lark.start.addSecs(3600);
        lark.location = u"Lark Distillery"_s;
        lark.geo.reset(); // a place without a location: no GEO, never an invented one
        lark.who.clear();
        lark.note.clear();

        QTemporaryDir dir;
        const QString path = dir.filePath(u"trips.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray ics =
            IcsExporter::exportAgenda(Agenda::fromItems({trip, lark}, {conference()}), {QDateTime::currentDateTimeUtc(), {}});
        file.write(ics);
        file.close();
        QVERIFY(ics.contains("\r\nGEO:-42.896000;147.237306\r\n"));

        QProcess reader;
        reader.start(python, {u"-c"_s, QString::fromUtf8(kReader), path});
        QVERIFY(reader.waitForFinished(30000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const QJsonArray events = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject drive = events.at(0).toObject();
        QCOMPARE(drive.value(u"uid"_s).toString(), u"trip-1a2b3c4d@lanyard"_s);
        QCOMPARE(drive.value(u"start"_s).toString(), u"2013-07-06T23:30:00Z"_s);
        QCOMPARE(drive.value(u"end"_s).toString(), u"2013-07-07T02:45:00Z"_s);
        QCOMPARE(drive.value(u"summary"_s).toString(), u"Drive up kunanyi / Mount Wellington"_s);
        // The place alone: a trip is not in the conference venue.
        QCOMPARE(drive.value(u"location"_s).toString(), u"kunanyi / Mount Wellington (summit)"_s);
        QCOMPARE(drive.value(u"geo"_s).toArray(), (QJsonArray{-42.896, 147.237306}));
        QCOMPARE(drive.value(u"url"_s).toString(),
                 u"https://www.openstreetmap.org/?mlat=-42.896000&mlon=147.237306#map=15/-42.896000/147.237306"_s);
        const QString description = drive.value(u"description"_s).toString();
        QVERIFY2(description.contains(u"Who: Ann and me"_s), qPrintable(description));
        QVERIFY(description.contains(u"Jacket; it snows"_s));
        const QJsonObject whisky = events.at(1).toObject();
        QCOMPARE(whisky.value(u"location"_s).toString(), u"Lark Distillery"_s);
        QVERIFY(whisky.value(u"geo"_s).isNull());
        QCOMPARE(whisky.value(u"url"_s).toString(), QString());
        // A trip's UID is never taken for an event's.
        QCOMPARE(IcsExporter::eventIdFromUid(u"trip-1a2b3c4d@lanyard"_s), QString());
    }

    void aTrackWithACommaStaysOneCategory()
    {
        AgendaItem talk;
        talk.id = u"bbbb000011112222"_s;
        talk.conferenceId = u"pyconau2013"_s;
        talk.title = u"T"_s;
        talk.start = QDateTime(QDate(2013, 7, 6), QTime(1, 0), QTimeZone::utc());
        talk.end = talk.start.addSecs(1800);
        talk.day = QDate(2013, 7, 6);
        talk.track = u"Science, Data"_s;
        const QByteArray ics = IcsExporter::exportAgenda(Agenda::fromItems({talk}, {conference()}), {});
        QVERIFY(ics.contains("CATEGORIES:Science\\, Data\r\n"));
    }

    void cancelledItemsAreExportedAsCancelled()
    {
        AgendaItem gone;
        gone.id = u"aaaa000011112222"_s;
        gone.conferenceId = u"pyconau2013"_s;
        gone.title = u"Gone"_s;
        gone.start = QDateTime(QDate(2013, 7, 6), QTime(1, 0), QTimeZone::utc());
        gone.end = gone.start.addSecs(1800);
        gone.day = QDate(2013, 7, 6);
        gone.cancelled = true;
        gone.priority = Priority::MustSee;
        const QByteArray ics = IcsExporter::exportAgenda(Agenda::fromItems({gone}, {conference()}), {});
        QVERIFY(ics.contains("STATUS:CANCELLED\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
