#include "agenda/Agenda.h"
#include "agenda/MarkdownExporter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The printed agenda: a heading per day, conflicts, free time, room changes, notes and links. */
class TestMarkdownExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReadableDay()
    {
        auto item = [](const QString &id, const QString &title, int hour, int minute, int minutes, const QString &room) {
            AgendaItem result;
            result.id = id;
            result.conferenceId = u"conf"_s;
            result.title = title;
            // Hobart is UTC+10 in July.
            result.start = QDateTime(QDate(2013, 7, 6), QTime(hour - 10, minute), QTimeZone::utc());
            result.end = result.start.addSecs(minutes * 60);
            result.day = QDate(2013, 7, 6);
            result.location = room;
            result.priority = Priority::MustSee;
            return result;
        };
        AgendaItem keynote = item(u"k"_s, u"Keynote"_s, 10, 0, 60, u"Plenary"_s);
        keynote.url = u"https://example.org/k"_s;
        keynote.note = u"Great start\n- not a list item"_s;
        keynote.videos = {u"https://youtu.be/x"_s};
        AgendaItem clash = item(u"c"_s, u"Clash *star*"_s, 10, 30, 30, u"Room B"_s);
        clash.priority = Priority::Maybe;
        const AgendaItem later = item(u"l"_s, u"Later"_s, 12, 0, 30, u"Plenary"_s);
        Conference conference;
        conference.id = u"conf"_s;
        conference.title = u"Conf"_s;
        conference.timeZoneId = u"Australia/Hobart"_s;
        const QString md =
            QString::fromUtf8(MarkdownExporter::exportAgenda(Agenda::fromItems({later, clash, keynote}, {conference}), u"My agenda"_s));

        QVERIFY2(md.startsWith(u"# My agenda\n"_s), qPrintable(md));
        QVERIFY(md.contains(u"## Saturday 6 July 2013\n"_s));
        QVERIFY(md.contains(u"Times in Australia/Hobart (UTC+10:00)."_s));
        QVERIFY(md.contains(u"- **10:00–11:00** [Keynote](<https://example.org/k>) (must see)\n"_s));
        QVERIFY(md.contains(u"  - **Conflicts with:** Clash \\*star\\* (10:30–11:00)\n"_s));
        QVERIFY(md.contains(u"- **10:30–11:00** Clash \\*star\\* (maybe)\n"_s));
        QVERIFY(md.contains(u"  - Where: Room B\n"_s)); // overlaps the keynote: a conflict, not a walk
        QVERIFY(md.contains(u"  - Where: Plenary (room change from Room B)\n"_s));
        QVERIFY(md.contains(u"- *1 h free*\n"_s));
        QVERIFY(md.contains(u"  - Recording: <https://youtu.be/x>\n"_s));
        QVERIFY(md.contains(u"  - Note: Great start\\\n    \\- not a list item\n"_s));
        // Items in time order.
        QVERIFY(md.indexOf(u"Keynote"_s) < md.indexOf(u"Later"_s));
    }

    void aTripWithItsPlaceMapAndConflicts()
    {
        AgendaItem talk;
        talk.id = u"t"_s;
        talk.conferenceId = u"conf"_s;
        talk.title = u"Planting Open Source Seeds"_s;
        talk.start = QDateTime(QDate(2013, 7, 7), QTime(1, 15), QTimeZone::utc());
        talk.end = talk.start.addSecs(45 * 60);
        talk.day = QDate(2013, 7, 7);
        talk.location = u"Plenary Hall"_s;
        talk.priority = Priority::MustSee;
        AgendaItem trip;
        trip.kind = AgendaItem::Kind::Trip;
        trip.id = u"trip-1"_s;
        trip.conferenceId = u"conf"_s;
        trip.title = u"Drive up kunanyi"_s;
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc());
        trip.end = QDateTime(QDate(2013, 7, 7), QTime(2, 45), QTimeZone::utc());
        trip.day = QDate(2013, 7, 7);
        trip.location = u"kunanyi / Mount Wellington (summit)"_s;
        trip.geo = GeoPoint{-42.896, 147.237306};
        trip.who = u"Ann and me"_s;
        Conference conference;
        conference.id = u"conf"_s;
        conference.timeZoneId = u"Australia/Hobart"_s;
        const QString md = QString::fromUtf8(MarkdownExporter::exportAgenda(Agenda::fromItems({talk, trip}, {conference}), u"My agenda"_s));
        QVERIFY2(md.contains(u"## Sunday 7 July 2013\n"_s), qPrintable(md));
        QVERIFY(md.contains(u"- **09:30–12:45** Drive up kunanyi (trip)\n"_s));
        QVERIFY(md.contains(u"  - Where: kunanyi / Mount Wellington (summit)\n"_s));
        QVERIFY(md.contains(u"  - Who: Ann and me\n"_s));
        QVERIFY(md.contains(u"  - Map: <https://www.openstreetmap.org/?mlat=-42.896000&mlon=147.237306#map=15/-42.896000/147.237306>\n"_s));
        QVERIFY(md.contains(u"  - **Conflicts with:** Planting Open Source Seeds (11:15–12:00)\n"_s));
        QVERIFY(md.contains(u"  - **Conflicts with:** Drive up kunanyi (09:30–12:45)\n"_s));
        QVERIFY(md.indexOf(u"Drive up kunanyi (trip)"_s) < md.indexOf(u"- **11:15–12:00** Planting"_s));
    }

    void escapingKeepsTextLiteral()
    {
        QCOMPARE(MarkdownExporter::escape(u"a_b [c] <d>"_s), u"a\\_b \\[c\\] \\<d\\>"_s);
        QCOMPARE(MarkdownExporter::escape(u"# not a heading"_s), u"\\# not a heading"_s);
        QCOMPARE(MarkdownExporter::escape(u"1. not a list"_s), u"1\\. not a list"_s);
        QCOMPARE(MarkdownExporter::escape(u"well-known"_s), u"well-known"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
