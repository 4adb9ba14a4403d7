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
        const QString md = QString::fromUtf8(MarkdownExporter::exportAgenda(Agenda::fromItems({later, clash, keynote}, {conference}), u"My agenda"_s));

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
