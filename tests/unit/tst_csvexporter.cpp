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
        QCOMPARE(row, u"event,0123456789abcdef,conf,2013-07-06,2013-07-06T10:00:00+10:00,2013-07-06T10:30:00+10:00,"
                      "\"Commas, \"\"quotes\"\"\",,Room 1,,maybe,4,no,\"line one\nline two\",,,,no"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
