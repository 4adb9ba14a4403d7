#include "TestSupport.h"
#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
ImportResult importBytes(const QByteArray &bytes, const QString &name, const QString &timeZone = {})
{
    ImportOptions options;
    options.sourceName = name;
    options.timeZone = timeZone;
    return FeedImporter::import(bytes, options);
}
} // namespace

class TestFeedImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFromContent_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<FeedImporter::Format>("format");
        QTest::newRow("fosdem") << u"fosdem-2026_pentabarf.xml"_s << FeedImporter::Format::ScheduleXml;
        QTest::newRow("36c3-no-declaration") << u"36c3-merged_frab.xml"_s << FeedImporter::Format::ScheduleXml;
        QTest::newRow("camp") << u"camp2019_frab-schedule.json"_s << FeedImporter::Format::ScheduleJson;
        QTest::newRow("rc3") << u"rc3-channels-2020_pretalx-schedule.json"_s << FeedImporter::Format::ScheduleJson;
        QTest::newRow("lca") << u"lca2020_symposion.ics"_s << FeedImporter::Format::ICalendar;
        QTest::newRow("kielux") << u"kielux2020.ics"_s << FeedImporter::Format::ICalendar;
    }
    void detectsFromContent()
    {
        QFETCH(QString, fileName);
        QFETCH(FeedImporter::Format, format);
        const QString path = TestSupport::feedPath(fileName);
        if (path.isEmpty() || !QFile::exists(path))
            QSKIP("real-world feeds not found: ../shared/feeds is missing (set LANYARD_FEEDS_DIR to run this test)");
        const QByteArray bytes = TestSupport::readFile(path);
        QCOMPARE(FeedImporter::detect(bytes), format);
        // The name says nothing: the content decides.
        const ImportResult result = importBytes(bytes, u"download.bin"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.format, FeedImporter::formatName(format));
    }

    void detectsSmallInputs()
    {
        using Format = FeedImporter::Format;
        QCOMPARE(FeedImporter::detect("\xEF\xBB\xBF  \n<schedule/>"), Format::ScheduleXml);
        QCOMPARE(FeedImporter::detect("begin:vcalendar\r\nend:vcalendar\r\n"), Format::ICalendar);
        QCOMPARE(FeedImporter::detect(R"({"schedule": {"conference": {"days": []}}})"), Format::ScheduleJson);
        QCOMPARE(FeedImporter::detect(R"({"schedule": {"conference": {"days": []}, "events": []}})"), Format::ScheduleV2Json);
        QCOMPARE(FeedImporter::detect(R"({"hello": "world"})"), Format::Unknown);
        QCOMPARE(FeedImporter::detect("<html><body>Sign in</body></html>"), Format::Unknown);
        QCOMPARE(FeedImporter::detect("<rss version=\"2.0\"/>"), Format::Unknown);
        QCOMPARE(FeedImporter::detect("Just some text"), Format::Unknown);
        QCOMPARE(FeedImporter::detect(""), Format::Unknown);
        QCOMPARE(FeedImporter::formatName(Format::ScheduleV2Json), u"schedule-v2.json"_s);
        QCOMPARE(FeedImporter::formatName(Format::Unknown), u"unknown"_s);
    }

    void everyRealFeedImports_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("rooms");
        QTest::newRow("fosdem-2026") << u"fosdem-2026_pentabarf.xml"_s << QString() << 883 << 2 << 30;
        QTest::newRow("fosdem-2007") << u"fosdem-2007_pentabarf-ancient.xml"_s << u"Europe/Brussels"_s << 215 << 2 << 18;
        QTest::newRow("36c3") << u"36c3-merged_frab.xml"_s << QString() << 1351 << 4 << 92;
        QTest::newRow("debconf23") << u"debconf23_wafer-pentabarf.xml"_s << QString() << 117 << 8 << 5;
        QTest::newRow("camp2019") << u"camp2019_frab-schedule.json"_s << QString() << 79 << 5 << 2;
        QTest::newRow("rc3") << u"rc3-channels-2020_pretalx-schedule.json"_s << QString() << 48 << 4 << 5;
        QTest::newRow("lca2020") << u"lca2020_symposion.ics"_s << QString() << 262 << 6 << 7;
        QTest::newRow("kielux2020") << u"kielux2020.ics"_s << QString() << 24 << 2 << 4;
    }
    void everyRealFeedImports()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, timeZone);
        QFETCH(int, events);
        QFETCH(int, days);
        QFETCH(int, rooms);
        const QString path = TestSupport::feedPath(fileName);
        if (path.isEmpty() || !QFile::exists(path))
            QSKIP("real-world feeds not found: ../shared/feeds is missing (set LANYARD_FEEDS_DIR to run this test)");
        const ImportResult result = importBytes(TestSupport::readFile(path), fileName, timeZone);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        const Schedule &schedule = result.schedule;
        QCOMPARE(schedule.events.size(), events);
        QCOMPARE(schedule.days.size(), days);
        QCOMPARE(schedule.rooms.size(), rooms);
        QVERIFY(!schedule.conference.id.isEmpty());
        QVERIFY(schedule.conference.timeZone().isValid());
        // What every importer promises: UTC instants, an end not before the start, a day, a
        // unique stable id per slot, plain text without markup, http(s) recordings only.
        static const QRegularExpression markup(
            u"</?(p|br|div|li|ul|ol|b|i|em|strong|a|img|script|h[1-6])[\\s/>]|&(amp|lt|gt|quot|nbsp|#\\d+);"_s,
            QRegularExpression::CaseInsensitiveOption);
        QSet<QString> ids;
        for (const Event &event : schedule.events) {
            QVERIFY(event.start.isValid());
            QCOMPARE(event.start.timeSpec(), Qt::UTC);
            QVERIFY(event.end >= event.start);
            QVERIFY(event.day.isValid());
            QVERIFY(std::abs(event.day.daysTo(event.start.toTimeZone(schedule.conference.timeZone()).date())) <= 1);
            QCOMPARE(event.conferenceId, schedule.conference.id);
            QCOMPARE(event.id.size(), 16);
            ids.insert(event.id);
            QVERIFY2(!markup.match(QString::fromUtf8(event.abstract)).hasMatch(), qPrintable(event.title));
            for (const QString &video : event.videos)
                QVERIFY(video.startsWith(u"http://"_s) || video.startsWith(u"https://"_s));
            for (const Link &link : event.links)
                QVERIFY(link.url.startsWith(u"http://"_s, Qt::CaseInsensitive) || link.url.startsWith(u"https://"_s, Qt::CaseInsensitive)
                        || link.url.startsWith(u"mailto:"_s, Qt::CaseInsensitive));
        }
        QCOMPARE(ids.size(), schedule.events.size());
        for (const QString &warning : schedule.warnings)
            QVERIFY2(!warning.isEmpty(), "a warning without text");
    }

    void bundledProgrammeImports()
    {
        const QString path = qEnvironmentVariable("LANYARD_SOURCE_DIR") + u"/data/pyconau2013/schedule.xml"_s;
        if (!QFile::exists(path))
            QSKIP("the bundled programme is not in this checkout");
        const ImportResult result = importBytes(TestSupport::readFile(path), u"pyconau2013/schedule.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.events.size(), 84);
        QCOMPARE(result.schedule.days.size(), 3);
        QCOMPARE(result.schedule.conference.timeZoneId, u"Australia/Hobart"_s);
        QVERIFY2(result.schedule.warnings.isEmpty(), qPrintable(result.schedule.warnings.join(u'\n')));
    }

    void htmlLoginPage()
    {
        const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"feeds/login.html"_s));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(FeedImporter::detect(bytes), FeedImporter::Format::Unknown);
        const ImportResult result = importBytes(bytes, u"https://pretalx.example.org/schedule.xml"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->message, u"not a schedule: this is an HTML web page (a login or error page?), not a schedule"_s);
        QCOMPARE(
            result.error->toString(),
            u"https://pretalx.example.org/schedule.xml: not a schedule: this is an HTML web page (a login or error page?), not a schedule"_s);
    }

    void notASchedule_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"the content is empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << u"the content is empty"_s;
        QTest::newRow("text") << QByteArray("404 Not Found") << u"not XML, JSON or iCalendar"_s;
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << u"not XML, JSON or iCalendar"_s;
        QTest::newRow("json-without-schedule") << QByteArray(R"({"error": "unauthorized"})") << u"JSON without a \"schedule\" object"_s;
        QTest::newRow("xhtml") << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
                               << u"HTML web page"_s;
    }
    void notASchedule()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportResult result = importBytes(bytes, u"input"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error->message.startsWith(u"not a schedule: "_s), qPrintable(result.error->toString()));
        QVERIFY2(result.error->message.contains(reason), qPrintable(result.error->toString()));
        QVERIFY(result.schedule.events.isEmpty());
    }

    void invalidUtf8ReportsByteOffset_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("xml") << u"feeds/st-johns.xml"_s << QByteArray("Winter morning");
        QTest::newRow("json") << u"feeds/schedule-v2.json"_s << QByteArray("Night Concert");
    }
    void invalidUtf8ReportsByteOffset()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, marker);
        QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(fixture));
        const qsizetype at = bytes.indexOf(marker);
        QVERIFY(at > 0);
        // A lone continuation byte, then a truncated two-byte sequence further on.
        bytes[at + 3] = '\x80';
        bytes[at + 8] = '\xC3';
        const qint64 line = bytes.left(at).count('\n') + 1;
        const qint64 column = at + 3 - (bytes.lastIndexOf('\n', at) + 1) + 1;
        const ImportResult result = importBytes(bytes, u"broken"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->byteOffset, at + 3);
        QCOMPARE(result.error->line, line);
        QCOMPARE(result.error->column, column);
        QCOMPARE(result.error->message, u"invalid UTF-8 at byte %1 (line %2, column %3)"_s.arg(at + 3).arg(line).arg(column));
        QCOMPARE(result.error->toString(), u"broken:%1:%2 (byte %3): "_s.arg(line).arg(column).arg(at + 3) + result.error->message);
    }

    void overlongAndSurrogateUtf8()
    {
        // Overlong "/" and an encoded surrogate are not UTF-8 either.
        for (const QByteArray &bad : {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF4\x90\x80\x80")}) {
            const QByteArray bytes = "{\"schedule\": {\"conference\": {\"title\": \"" + bad + "\", \"days\": []}}}";
            const ImportResult result = importBytes(bytes, u"bad.json"_s);
            QVERIFY(!result.ok());
            QCOMPARE(result.error->byteOffset, bytes.indexOf(bad));
        }
        // Valid four-byte characters pass.
        const QByteArray fine =
            "{\"schedule\": {\"conference\": {\"title\": \"\xF0\x9F\x98\x80\", \"time_zone_name\": \"UTC\", \"days\": []}}}";
        const ImportResult ok = importBytes(fine, u"fine.json"_s);
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->toString() : QString()));
        QCOMPARE(ok.schedule.conference.title, u"😀"_s);
    }

    void latin1XmlIsDecoded()
    {
        QByteArray bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<schedule><conference><title>Caf\xE9</title>"
                           "<time_zone_name>Europe/Paris</time_zone_name></conference></schedule>";
        const ImportResult result = importBytes(bytes, u"latin1.xml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.schedule.conference.title, u"Café"_s);
        QCOMPARE(result.schedule.warnings, QStringList{u"the schedule has no events"_s});
    }

    void errorFormats()
    {
        ImportError error;
        error.source = u"schedule.xml"_s;
        error.line = 12;
        error.column = 5;
        error.message = u"boom"_s;
        QCOMPARE(error.toString(), u"schedule.xml:12:5: boom"_s);
        error.line = 0;
        error.column = 0;
        error.byteOffset = 4096;
        QCOMPARE(error.toString(), u"schedule.xml (byte 4096): boom"_s);
        error.byteOffset = -1;
        QCOMPARE(error.toString(), u"schedule.xml: boom"_s);
        error.source.clear();
        QCOMPARE(error.toString(), u"feed: boom"_s);
    }

    void identityIsStableAcrossImports()
    {
        LANYARD_REQUIRE_FEED(path, "fosdem-2026_pentabarf.xml");
        const QByteArray bytes = TestSupport::readFile(path);
        const ImportResult first = importBytes(bytes, u"a"_s);
        const ImportResult second = importBytes(bytes, u"b"_s, u"Europe/Brussels"_s);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.schedule.events.size(), second.schedule.events.size());
        for (qsizetype i = 0; i < first.schedule.events.size(); ++i) {
            QCOMPARE(second.schedule.events.at(i).id, first.schedule.events.at(i).id);
            QCOMPARE(second.schedule.events.at(i), first.schedule.events.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedImporter)
#include "tst_feedimporter.moc"
