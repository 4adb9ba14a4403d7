#include "ScheduleBuilder.h"

#include "agenda/IcsBookmarkImport.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** What another conference app's "export favourites" might write: its own UIDs, zones and quirks. */
const QByteArray kOtherApp = "BEGIN:VCALENDAR\r\n"
                             "VERSION:2.0\r\n"
                             "PRODID:-//Other App//Favourites//EN\r\n"
                             "X-WR-CALNAME:My favourites\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:guid-keynote@otherapp.example\r\n"
                             "DTSTAMP:20130701T000000Z\r\n"
                             "DTSTART:20130705T230000Z\r\n"
                             "DTEND:20130706T000000Z\r\n"
                             "SUMMARY:Keynote (as the other app calls it)\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:7f3a-1\r\n"
                             "DTSTAMP:20130701T000000Z\r\n"
                             "URL:http://2013.pycon-au.org/talk/2/\r\n"
                             "DTSTART;TZID=Australia/Hobart:20130706T100000\r\n"
                             "DTEND;TZID=Australia/Hobart:20130706T103000\r\n"
                             "SUMMARY:A renamed second talk\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:7f3a-2\r\n"
                             "DTSTAMP:20130701T000000Z\r\n"
                             "DTSTART;TZID=Australia/Hobart:20130706T113000\r\n"
                             "DTEND;TZID=Australia/Hobart:20130706T120000\r\n"
                             "SUMMARY:talk   THREE\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:7f3a-3\r\n"
                             "DTSTAMP:20130701T000000Z\r\n"
                             "DTSTART;TZID=Australia/Hobart:20130706T150000\r\n"
                             "DTEND;TZID=Australia/Hobart:20130706T153000\r\n"
                             "SUMMARY:Not in this programme\r\n"
                             "END:VEVENT\r\n"
                             "END:VCALENDAR\r\n";
} // namespace

/** Bookmarks from another app's .ics: matched by UID, URL, or title plus start. */
class TestIcsBookmarkImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_schedule = std::make_unique<ScheduleStore>(*m_database);
        m_userData = std::make_unique<UserDataStore>(*m_database);
        QVERIFY(m_userData->load());
        ScheduleBuilder builder(u"pyconau2013"_s);
        builder.event(u"guid-keynote"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary"_s);
        builder.event(u"guid-2"_s, u"Second talk"_s, u"2013-07-06 10:00"_s, 30, u"Derwent 1"_s);
        builder.last().url = u"https://2013.pycon-au.org/talk/2"_s;
        builder.event(u"guid-3"_s, u"Talk three"_s, u"2013-07-06 11:30"_s, 30, u"Derwent 2"_s);
        builder.event(u"guid-4"_s, u"Not bookmarked"_s, u"2013-07-06 11:30"_s, 30, u"Derwent 1"_s);
        m_programme = builder.build();
        QVERIFY(m_schedule->apply(m_programme, {u"test"_s, {}}).ok());
    }
    void cleanup()
    {
        m_userData.reset();
        m_schedule.reset();
        m_database.reset();
    }

    void matchesByUidUrlAndTitlePlusStart()
    {
        const QDateTime now(QDate(2013, 7, 1), QTime(0, 0), QTimeZone::utc());
        const BookmarkImportReport report = IcsBookmarkImport::import(kOtherApp, u"favourites.ics"_s, *m_schedule, *m_userData, {}, now);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.entries, 4);
        QCOMPARE(report.bookmarked, 3);
        QCOMPARE(report.alreadyBookmarked, 0);
        QCOMPARE(report.unmatched, QStringList{u"Not in this programme (2013-07-06T05:00:00Z)"_s});
        QVERIFY(m_userData->isBookmarked(idOf(u"Keynote"_s))); // UID with the other app's domain
        QVERIFY(m_userData->isBookmarked(idOf(u"Second talk"_s))); // URL (http vs https, trailing slash)
        QVERIFY(m_userData->isBookmarked(idOf(u"Talk three"_s))); // title and start
        QVERIFY(!m_userData->isBookmarked(idOf(u"Not bookmarked"_s)));
        QCOMPARE(m_userData->value(idOf(u"Keynote"_s)).conferenceId, u"pyconau2013"_s);

        // Again: nothing new.
        const BookmarkImportReport again = IcsBookmarkImport::import(kOtherApp, u"favourites.ics"_s, *m_schedule, *m_userData, {}, now);
        QCOMPARE(again.bookmarked, 0);
        QCOMPARE(again.alreadyBookmarked, 3);
    }

    void aBrokenCalendarChangesNothing()
    {
        QByteArray truncated = kOtherApp;
        truncated.truncate(truncated.indexOf("END:VCALENDAR"));
        truncated.chop(20);
        const BookmarkImportReport report =
            IcsBookmarkImport::import(truncated, u"broken.ics"_s, *m_schedule, *m_userData, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(u"broken.ics"_s), qPrintable(report.error));
        QVERIFY(m_userData->all().isEmpty());

        const BookmarkImportReport notIcs =
            IcsBookmarkImport::import("{\"a\": 1}", u"x.json"_s, *m_schedule, *m_userData, {}, QDateTime::currentDateTimeUtc());
        QVERIFY(notIcs.error.contains(u"not an iCalendar file"_s));
    }

    void matcherNormalisesUrlsAndTitles()
    {
        QCOMPARE(IcsBookmarkImport::Matcher::normalizedUrl(u"https://Example.org/a/"_s),
                 IcsBookmarkImport::Matcher::normalizedUrl(u"http://example.org/a#top"_s));
        QCOMPARE(IcsBookmarkImport::Matcher::normalizedUrl(u"not a url"_s), QString());
        QCOMPARE(IcsBookmarkImport::Matcher::normalizedTitle(u"  Talk\tThree "_s), u"talk three"_s);
    }

private:
    QString idOf(const QString &title) const
    {
        for (const Event &event : m_programme.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_schedule;
    std::unique_ptr<UserDataStore> m_userData;
    Schedule m_programme;
};

QTEST_GUILESS_MAIN(TestIcsBookmarkImport)
#include "tst_icsbookmarkimport.moc"
