#include "feeds/FeedImporter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * Feeds made to hurt, in every format: deep nesting, huge attributes and texts, entity expansion
 * (billion laughs, external entities) and gigantic numbers are refused with a message saying
 * what, quickly, and nothing of them is imported. Each case goes through FeedImporter::import,
 * as every caller does.
 */
class TestHostileFeeds : public QObject
{
    Q_OBJECT

    static QByteArray calendar(const QList<QByteArray> &lines) { return lines.join("\r\n") + "\r\n"; }

    static QByteArray xmlEvent(const QByteArray &duration, const QByteArray &roomAttribute = "Room 1")
    {
        return "<?xml version=\"1.0\"?><schedule><conference><title>T</title><acronym>t</acronym>"
               "<time_zone_name>Europe/Berlin</time_zone_name></conference><day index=\"1\" date=\"2025-06-01\">"
               "<room name=\""
            + roomAttribute
            + "\"><event guid=\"g-1\" id=\"1\"><date>2025-06-01T10:00:00+02:00</date>"
              "<start>10:00</start><duration>"
            + duration + "</duration><title>Talk</title></event></room></day></schedule>";
    }

    // (No raw string literals with quotes in them: moc cannot read those.)
    static QByteArray jsonEvent(const QByteArray &duration, const QByteArray &title = "\"Talk\"", const QByteArray &index = "1")
    {
        return "{\"schedule\": {\"version\": \"1\", \"conference\": {\"title\": \"T\", \"acronym\": \"t\", "
               "\"time_zone_name\": \"Europe/Berlin\", \"days\": [{\"index\": "
            + index
            + ", \"date\": \"2025-06-01\", "
              "\"day_start\": \"2025-06-01T09:00:00+02:00\", \"day_end\": \"2025-06-01T23:00:00+02:00\", "
              "\"rooms\": {\"Room 1\": [{\"guid\": \"g-1\", \"id\": 1, \"date\": \"2025-06-01T10:00:00+02:00\", "
              "\"start\": \"10:00\", \"duration\": "
            + duration + ", \"room\": \"Room 1\", \"title\": " + title + "}]}}]}}}";
    }

    static QByteArray v2Event(const QByteArray &duration)
    {
        return "{\"schedule\": {\"version\": \"v2\", \"conference\": {\"title\": \"T\", \"acronym\": \"t\", "
               "\"time_zone_name\": \"Europe/Berlin\", \"rooms\": [{\"name\": \"Room 1\", \"guid\": \"r-1\"}]}, "
               "\"events\": [{\"guid\": \"g-1\", \"title\": \"Talk\", \"room\": \"r-1\", "
               "\"start\": \"2025-06-01T10:00:00+02:00\", \"duration\": \""
            + duration + "\"}]}}";
    }

private Q_SLOTS:
    void refusedWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        // ---- schedule.xml ----
        QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY lol \"lol\">\n";
        laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
        for (int i = 2; i <= 9; ++i) {
            laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                laughs += "&lol" + QByteArray::number(i - 1) + ";";
            laughs += "\">\n";
        }
        laughs += "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n";
        QTest::newRow("xml billion laughs") << laughs << u"entity"_s;
        QTest::newRow("xml external entity") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            "<schedule><conference><title>&xxe;</title></conference></schedule>")
                                             << u"entity"_s;
        QTest::newRow("xml external DTD, undeclared entity")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE schedule SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                          "<schedule><conference><title>&xxe;</title></conference></schedule>")
            << u"xxe"_s;
        QTest::newRow("xml nested 100000 deep") << "<schedule>" + QByteArray("<a>").repeated(100000) << u"nested deeper"_s;
        QTest::newRow("xml huge attribute") << xmlEvent("00:30", QByteArray(2 << 20, 'A')) << u"attribute name of <room>"_s;
        QTest::newRow("xml huge text") << xmlEvent(QByteArray(2 << 20, '1')) << u"text of more than"_s;
        QTest::newRow("xml gigantic duration") << xmlEvent("999999:00") << u"lasts 41666 days"_s;
        QTest::newRow("xml gigantic number") << xmlEvent("99999999999999999999999999999999") << u"is not a duration"_s;

        // ---- schedule.json ----
        QTest::newRow("json nested 100000 deep") << "{\"schedule\": " + QByteArray("[").repeated(100000) << u"deeply nested"_s;
        QTest::newRow("json huge string") << jsonEvent("\"00:30\"", '"' + QByteArray(2 << 20, 'x') + '"')
                                          << u"text of more than 1048576 characters at schedule.conference.days[0].rooms.Room 1[0].title"_s;
        QTest::newRow("json huge member name") << "{\"schedule\": {\"conference\": {\"days\": [], \"" + QByteArray(2 << 20, 'k')
                + "\": 1}}}" << u"text of more than"_s;
        QTest::newRow("json gigantic duration") << jsonEvent("\"999999:00\"") << u"lasts 41666 days"_s;
        QTest::newRow("json duration 1e308") << jsonEvent("1e308") << u"is not a duration"_s;
        // Beyond a double: Qt's parser refuses the number itself, with its place.
        QTest::newRow("json duration 1e999") << jsonEvent("1e999") << u"JSON syntax error: illegal number"_s;
        QTest::newRow("json duration -1e999") << jsonEvent("-1e999") << u"JSON syntax error: illegal number"_s;

        // ---- schedule v2 ----
        QTest::newRow("v2 gigantic duration") << v2Event("P999999999W") << u"lasts 6999999993 days"_s;
        QTest::newRow("v2 repeated units") << v2Event("P" + QByteArray("999999999W").repeated(20000)) << u"duration"_s;

        // ---- iCalendar ----
        QList<QByteArray> nested = {"BEGIN:VCALENDAR"};
        for (int i = 0; i < 100000; ++i)
            nested.append("BEGIN:X-NEST");
        QTest::newRow("ics nested 100000 deep") << calendar(nested) << u"nested deeper than 16"_s;
        QTest::newRow("ics huge property") << calendar({"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:h-1",
                                                        "DTSTART:20250601T100000Z", "SUMMARY:" + QByteArray(2 << 20, 'x'), "END:VEVENT",
                                                        "END:VCALENDAR"})
                                           << u"property of more than 1048576 bytes"_s;
        QTest::newRow("ics huge folded property") << calendar(
            {"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:h-1", "DTSTART:20250601T100000Z",
             "DESCRIPTION:start" + QByteArray("\r\n folded piece of a long text").repeated(80000), "END:VEVENT", "END:VCALENDAR"})
                                                  << u"property of more than 1048576 bytes"_s;
        QTest::newRow("ics gigantic duration") << calendar({"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:h-1",
                                                            "DTSTART:20250601T100000Z", "DURATION:P999999999W", "SUMMARY:Forever",
                                                            "END:VEVENT", "END:VCALENDAR"})
                                               << u"event \"Forever\" starting 2025-06-01T10:00:00Z lasts 6999999993 days"_s;
        QTest::newRow("ics gigantic end") << calendar({"BEGIN:VCALENDAR", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:h-1",
                                                       "DTSTART:20250601T100000Z", "DTEND:99991231T235959Z", "SUMMARY:Until the end",
                                                       "END:VEVENT", "END:VCALENDAR"})
                                          << u"an event of more than 31 days is refused"_s;
    }

    void refusedWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = FeedImporter::import(bytes, {u"hostile"_s, {}, {}});
        // Refused at once: far below what working through the input would take (a sanitizer build included).
        QVERIFY2(timer.elapsed() < 20000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->toString()));
        QVERIFY2(result.error->toString().startsWith(u"hostile"_s), qPrintable(result.error->toString()));
        QVERIFY(result.schedule.events.isEmpty());
    }

    void giganticNumbersThatDecideNothingAreHarmless()
    {
        // Numbers that do not decide anything (a day's index, an event's id) may be anything.
        const ImportResult json =
            FeedImporter::import(jsonEvent("\"00:30\"", "\"Talk\"", "1e308").replace("\"id\": 1,", "\"id\": 99999999999999999999999999,"),
                                 {u"ok.json"_s, {}, {}});
        QVERIFY2(json.ok(), qPrintable(json.error ? json.error->toString() : QString()));
        QCOMPARE(json.schedule.events.size(), 1);
        const ImportResult xml = FeedImporter::import(
            xmlEvent("00:30").replace("index=\"1\"", "index=\"99999999999999999999999\"").replace("id=\"1\"", "id=\"-1e999\""),
            {u"ok.xml"_s, {}, {}});
        QVERIFY2(xml.ok(), qPrintable(xml.error ? xml.error->toString() : QString()));
        QCOMPARE(xml.schedule.events.size(), 1);
        QCOMPARE(xml.schedule.events.constFirst().durationSeconds(), 1800);
    }

    void longestAllowedEventImports()
    {
        const ImportResult result = FeedImporter::import(xmlEvent("744:00"), {u"month.xml"_s, {}, {}});
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.events.constFirst().durationSeconds(), 31 * 86400);
    }
};

QTEST_GUILESS_MAIN(TestHostileFeeds)
#include "tst_hostilefeeds.moc"
