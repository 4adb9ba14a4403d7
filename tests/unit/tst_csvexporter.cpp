#include "agenda/Agenda.h"
#include "agenda/CsvExporter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** CSV per RFC 4180: quoting, doubled quotes, CRLF, one row per item. */
class TestCsvExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsAreQuotedOnlyWhenTheyNeedIt()
    {
        QCOMPARE(CsvExporter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvExporter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvExporter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvExporter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvExporter::field(u"cr\rhere"_s), u"\"cr\rhere\""_s);
        QCOMPARE(CsvExporter::field(QString()), QString());
    }

    void oneRowPerItemWithCrLf()
    {
        AgendaItem talk;
        talk.id = u"0123456789abcdef"_s;
        talk.conferenceId = u"conf"_s;
        talk.title = u"Commas, \"quotes\""_s;
        talk.start = QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());
        talk.end = talk.start.addSecs(1800);
        talk.day = QDate(2013, 7, 6);
        talk.location = u"Room 1"_s;
        talk.note = u"line one\nline two"_s;
        talk.priority = Priority::Maybe;
        talk.rating = 4;
        Conference conference;
        conference.id = u"conf"_s;
        conference.timeZoneId = u"Australia/Hobart"_s;
        const QByteArray csv = CsvExporter::exportAgenda(Agenda::fromItems({talk}, {conference}));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.endsWith(u"\r\n"_s));
        QVERIFY(text.startsWith(CsvExporter::columns().join(u',') + u"\r\n"_s));
        const QString row = text.mid(text.indexOf(u"\r\n"_s) + 2).chopped(2);
        QCOMPARE(row,
                 u"event,0123456789abcdef,conf,2013-07-06,2013-07-06T10:00:00+10:00,2013-07-06T10:30:00+10:00,"
                 "\"Commas, \"\"quotes\"\"\",,Room 1,,maybe,4,no,\"line one\nline two\",,,,no,,,"_s);
    }

    void aTripHasItsPlaceWhoAndCoordinates()
    {
        AgendaItem talk;
        talk.id = u"0123456789abcdef"_s;
        talk.conferenceId = u"conf"_s;
        talk.title = u"Talk"_s;
        talk.start = QDateTime(QDate(2013, 7, 7), QTime(1, 15), QTimeZone::utc());
        talk.end = talk.start.addSecs(45 * 60);
        talk.day = QDate(2013, 7, 7);
        talk.location = u"Plenary Hall"_s;
        talk.priority = Priority::MustSee;
        AgendaItem trip;
        trip.kind = AgendaItem::Kind::Trip;
        trip.id = u"trip-1a2b3c4d"_s;
        trip.conferenceId = u"conf"_s;
        trip.title = u"Drive up kunanyi"_s;
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(23, 30), QTimeZone::utc());
        trip.end = QDateTime(QDate(2013, 7, 7), QTime(2, 45), QTimeZone::utc());
        trip.day = QDate(2013, 7, 7);
        trip.location = u"kunanyi / Mount Wellington (summit)"_s;
        trip.geo = GeoPoint{-42.896, 147.237306};
        trip.who = u"Ann, Bo"_s;
        trip.note = u"Jacket"_s;
        Conference conference;
        conference.id = u"conf"_s;
        conference.timeZoneId = u"Australia/Hobart"_s;
        const QString text = QString::fromUtf8(CsvExporter::exportAgenda(Agenda::fromItems({talk, trip}, {conference})));
        const QStringList rows = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).endsWith(u",cancelled,who,lat,lon"_s));
        QCOMPARE(rows.at(1),
                 u"trip,trip-1a2b3c4d,conf,2013-07-07,2013-07-07T09:30:00+10:00,2013-07-07T12:45:00+10:00,"
                 "Drive up kunanyi,,kunanyi / Mount Wellington (summit),,,,no,Jacket,,,0123456789abcdef,no,"
                 "\"Ann, Bo\",-42.896000,147.237306"_s);
        QVERIFY(rows.at(2).contains(u",trip-1a2b3c4d,no,,,"_s)); // the talk lists the trip it clashes with
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
