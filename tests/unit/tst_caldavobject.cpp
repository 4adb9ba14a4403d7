#include "agenda/Agenda.h"
#include "sync/CalDavObject.h"
#include "sync/CalDavXml.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

/** An agenda item as a CalDAV object and back: exact user fields, a fingerprint servers cannot disturb. */
class TestCalDavObject : public QObject
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

    static AgendaItem talk()
    {
        AgendaItem item;
        item.id = u"0123456789abcdef"_s;
        item.conferenceId = u"pyconau2013"_s;
        item.title = u"Zoë's talk; on commas, semicolons \\ backslashes"_s;
        item.start = QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());
        item.end = QDateTime(QDate(2013, 7, 6), QTime(0, 45), QTimeZone::utc());
        item.day = QDate(2013, 7, 6);
        item.location = u"Derwent 1"_s;
        item.priority = Priority::MustSee;
        item.note = u"Ask about the 日本語 slides,\nand the second line; really."_s;
        return item;
    }

    static EventUserData userData()
    {
        EventUserData data;
        data.eventId = u"0123456789abcdef"_s;
        data.conferenceId = u"pyconau2013"_s;
        data.priority = Priority::MustSee;
        data.bookmarkedAt = QDateTime::fromMSecsSinceEpoch(1372000000123, QTimeZone::utc());
        data.note = talk().note;
        data.rating = 4;
        data.watchedAt = QDateTime::fromMSecsSinceEpoch(1372000100000, QTimeZone::utc());
        return data;
    }

    static EventFieldTimes times()
    {
        return {QDateTime::fromMSecsSinceEpoch(1372000000123, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(1372000000456, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(1372000000789, QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(1372000100000, QTimeZone::utc()),
                {}};
    }

private Q_SLOTS:
    void eventRoundTrip()
    {
        const AgendaItem item = talk();
        const Agenda agenda = Agenda::fromItems({item}, {conference()});
        const QByteArray object = CalDavObject::write(agenda, item, userData(), times(), nullptr);
        QVERIFY(object.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(!object.contains("METHOD:"), "a calendar object resource has no METHOD");
        QCOMPARE(object.count("BEGIN:VEVENT"), 1);
        QVERIFY(object.contains("UID:0123456789abcdef@lanyard\r\n"));
        QVERIFY(object.contains("DTSTART:20130706T000000Z\r\n"));
        QVERIFY(object.contains("STATUS:CONFIRMED\r\n"));

        const auto entry = CalDavObject::read(object);
        QVERIFY(entry);
        QCOMPARE(entry->kind, CalDavEntry::Kind::Event);
        QCOMPARE(entry->uid, u"0123456789abcdef@lanyard"_s);
        QCOMPARE(entry->summary, item.title);
        const EventUserData expected = userData();
        QCOMPARE(entry->userData.eventId, expected.eventId);
        QCOMPARE(entry->userData.conferenceId, expected.conferenceId);
        QCOMPARE(entry->userData.priority, expected.priority);
        QCOMPARE(entry->userData.bookmarkedAt, expected.bookmarkedAt);
        QCOMPARE(entry->userData.note, expected.note);
        QCOMPARE(entry->userData.rating, expected.rating);
        QCOMPARE(entry->userData.watchedAt, expected.watchedAt);
        QVERIFY(!entry->userData.dismissedAt.isValid());
        QCOMPARE(entry->times.priority, times().priority);
        QCOMPARE(entry->times.note, times().note);
        QCOMPARE(entry->times.rating, times().rating);
        QCOMPARE(entry->times.watched, times().watched);
        QVERIFY(!entry->times.dismissed.isValid());
        // The same data gives the same bytes (DTSTAMP comes from the data, not the clock).
        QCOMPARE(CalDavObject::write(agenda, item, userData(), times(), nullptr), object);
    }

    void cancelledTalk()
    {
        AgendaItem item = talk();
        item.cancelled = true;
        const QByteArray object = CalDavObject::write(Agenda::fromItems({item}, {conference()}), item, userData(), times(), nullptr);
        QVERIFY(object.contains("STATUS:CANCELLED\r\n"));
    }

    void tripRoundTrip()
    {
        Trip trip;
        trip.id = u"trip-00aa11bb"_s;
        trip.conferenceId = u"pyconau2013"_s;
        trip.title = u"Up kunanyi, with a comma"_s;
        trip.placeId = u"kunanyi"_s;
        trip.start = QDateTime(QDate(2013, 7, 6), QTime(21, 0), QTimeZone::utc());
        trip.end = QDateTime(QDate(2013, 7, 6), QTime(22, 30), QTimeZone::utc());
        trip.notes = u"Warm coat;\nthermos"_s;
        trip.who = u"Ann, Bo and me"_s;
        trip.createdAt = QDateTime::fromMSecsSinceEpoch(1372000000000, QTimeZone::utc());
        trip.updatedAt = QDateTime::fromMSecsSinceEpoch(1372000009000, QTimeZone::utc());
        trip.changedAt = QDateTime::fromMSecsSinceEpoch(1372000009999, QTimeZone::utc());
        AgendaItem item;
        item.kind = AgendaItem::Kind::Trip;
        item.id = trip.id;
        item.conferenceId = trip.conferenceId;
        item.title = trip.title;
        item.start = trip.start;
        item.end = trip.end;
        item.location = u"kunanyi / Mount Wellington"_s;
        item.geo = GeoPoint{-42.8956, 147.2367};
        const QByteArray object = CalDavObject::write(Agenda::fromItems({item}, {conference()}), item, {}, {}, &trip);
        QVERIFY(object.contains("GEO:-42.8956"));
        QVERIFY(object.contains("UID:trip-00aa11bb@lanyard\r\n"));
        const auto entry = CalDavObject::read(object);
        QVERIFY(entry);
        QCOMPARE(entry->kind, CalDavEntry::Kind::Trip);
        QCOMPARE(entry->trip, trip);
    }

    void fingerprintIgnoresServerRewrites()
    {
        const AgendaItem item = talk();
        const QByteArray object = CalDavObject::write(Agenda::fromItems({item}, {conference()}), item, userData(), times(), nullptr);
        // A server that unfolds, uses LF, adds its own properties and an alarm, and restamps.
        QByteArray rewritten = object;
        rewritten.replace("\r\n ", "");
        rewritten.replace("\r\n", "\n");
        rewritten.replace("DTSTAMP:", "X-SERVER:1\nDTSTAMP:20260101T000000Z\nX-OLD-DTSTAMP:");
        rewritten.replace("END:VEVENT", "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:x\nEND:VALARM\nEND:VEVENT");
        QCOMPARE(CalDavObject::fingerprint(rewritten), CalDavObject::fingerprint(object));
        // A changed field is a changed fingerprint.
        EventUserData other = userData();
        other.rating = 5;
        QVERIFY(CalDavObject::fingerprint(CalDavObject::write(Agenda::fromItems({item}, {conference()}), item, other, times(), nullptr))
                != CalDavObject::fingerprint(object));
    }

    void foreignEventsAreNotRead()
    {
        const QByteArray phone = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:abc@phone\r\nSUMMARY:Dentist\r\n"
                                 "DTSTART:20130706T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QString error;
        QVERIFY(!CalDavObject::read(phone, &error));
        QVERIFY(!error.isEmpty());
    }

    void multistatus()
    {
        const QByteArray body = R"(<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
 <d:response><d:href>/alice/lanyard/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
  <d:displayname>Lanyard</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getetag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>
 <d:response><d:href>/alice/lanyard/a%40lanyard.ics</d:href><d:propstat><d:prop><d:getetag>"e1"</d:getetag></d:prop>
  <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
 <d:response><d:href>/alice/lanyard/gone.ics</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>
 <d:sync-token>http://radicale.org/ns/sync/abc</d:sync-token>
</d:multistatus>)";
        QString error;
        const auto parsed = CalDavXml::parse(body, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->responses.size(), 3);
        QCOMPARE(parsed->syncToken, u"http://radicale.org/ns/sync/abc"_s);
        const DavResponse &collection = parsed->responses.at(0);
        QVERIFY(collection.property(CalDavXml::key(CalDavXml::dav, u"resourcetype"_s))
                    ->children.contains(CalDavXml::key(CalDavXml::caldav, u"calendar"_s)));
        QCOMPARE(collection.text(CalDavXml::key(CalDavXml::dav, u"displayname"_s)), u"Lanyard"_s);
        QCOMPARE(collection.text(CalDavXml::key(CalDavXml::dav, u"getetag"_s)), QString());
        QCOMPARE(parsed->responses.at(1).text(CalDavXml::key(CalDavXml::dav, u"getetag"_s)), u"\"e1\""_s);
        QCOMPARE(parsed->responses.at(2).status, 404);
        QVERIFY(!CalDavXml::parse("<html>nope</html>", &error));
        QVERIFY(!CalDavXml::parse("<d:multistatus xmlns:d=\"DAV:\"><d:response>", &error));
    }
};

QTEST_GUILESS_MAIN(TestCalDavObject)
#include "tst_caldavobject.moc"
