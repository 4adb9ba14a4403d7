#include "core/TimeRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTimeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoneFromId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("januaryOffset");
        QTest::newRow("iana") << u"Europe/Berlin"_s << true << 3600;
        QTest::newRow("iana-negative-half-hour") << u"America/St_Johns"_s << true << -12600;
        QTest::newRow("utc") << u"UTC"_s << true << 0;
        QTest::newRow("fixed") << u"UTC+01:00"_s << true << 3600;
        QTest::newRow("fixed-negative") << u"UTC-03:30"_s << true << -12600;
        QTest::newRow("bare-offset") << u"+05:30"_s << true << 19800;
        QTest::newRow("padded") << u"  Asia/Kolkata "_s << true << 19800;
        QTest::newRow("unknown") << u"Mars/Olympus_Mons"_s << false << 0;
        // Not a POSIX TZ rule in disguise: Qt would read "Atlantis" as a zone at UTC+00:00.
        QTest::newRow("unknown-single-word") << u"Atlantis"_s << false << 0;
        QTest::newRow("legacy-single-word") << u"CET"_s << true << 3600;
        QTest::newRow("backward-link") << u"Asia/Calcutta"_s << true << 19800;
        QTest::newRow("empty") << QString() << false << 0;
    }
    void zoneFromId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(int, januaryOffset);
        const QTimeZone zone = TimeRules::zoneFromId(id);
        QCOMPARE(zone.isValid(), valid);
        if (valid)
            QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2025, 1, 15), QTime(12, 0), QTimeZone::utc())), januaryOffset);
    }

    void offsetIds()
    {
        QCOMPARE(TimeRules::zoneIdForOffset(3600), u"UTC+01:00"_s);
        QCOMPARE(TimeRules::zoneIdForOffset(-12600), u"UTC-03:30"_s);
        QCOMPARE(TimeRules::zoneIdForOffset(0), u"UTC"_s);
        QCOMPARE(TimeRules::offsetString(19800), u"+05:30"_s);
        QCOMPARE(TimeRules::offsetString(0), u"+00:00"_s);
        // An id Lanyard writes is one it reads back.
        QCOMPARE(TimeRules::zoneFromId(TimeRules::zoneIdForOffset(-9000)).offsetFromUtc(QDateTime::currentDateTimeUtc()), -9000);
    }

    void isoWithOffset()
    {
        const QTimeZone berlin = TimeRules::zoneFromId(u"Europe/Berlin"_s);
        QCOMPARE(TimeRules::isoWithOffset(QDateTime(QDate(2025, 7, 1), QTime(10, 0), QTimeZone::utc()), berlin),
                 u"2025-07-01T12:00:00+02:00"_s);
        QCOMPARE(TimeRules::isoWithOffset(QDateTime(QDate(2025, 1, 1), QTime(10, 0), QTimeZone::utc()), berlin),
                 u"2025-01-01T11:00:00+01:00"_s);
        QCOMPARE(TimeRules::isoWithOffset(QDateTime(QDate(2025, 1, 1), QTime(10, 0), QTimeZone::utc()),
                                          TimeRules::zoneFromId(u"America/St_Johns"_s)),
                 u"2025-01-01T06:30:00-03:30"_s);
        QCOMPARE(TimeRules::isoWithOffset(QDateTime(), berlin), QString());
    }

    void parseDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("local");
        QTest::addColumn<int>("offset"); // -1: none
        QTest::newRow("offset") << u"2019-12-27T11:00:00+01:00"_s << true << u"2019-12-27T11:00:00"_s << 3600;
        QTest::newRow("utc") << u"2023-09-10T05:00:00+00:00"_s << true << u"2023-09-10T05:00:00"_s << 0;
        QTest::newRow("zulu") << u"2023-09-10T05:00:00Z"_s << true << u"2023-09-10T05:00:00"_s << 0;
        QTest::newRow("compact-offset") << u"2020-01-01T10:00:00-0330"_s << true << u"2020-01-01T10:00:00"_s << -12600;
        QTest::newRow("hour-offset") << u"2020-01-01T10:00:00+05"_s << true << u"2020-01-01T10:00:00"_s << 18000;
        QTest::newRow("fraction") << u"2020-01-01T10:00:00.123+01:00"_s << true << u"2020-01-01T10:00:00"_s << 3600;
        QTest::newRow("no-seconds") << u"2020-01-01T10:00+01:00"_s << true << u"2020-01-01T10:00:00"_s << 3600;
        QTest::newRow("space") << u"2020-01-01 10:00:00"_s << true << u"2020-01-01T10:00:00"_s << -1;
        QTest::newRow("local") << u"2020-01-01T10:00:00"_s << true << u"2020-01-01T10:00:00"_s << -1;
        QTest::newRow("basic") << u"20200114T070000"_s << true << u"2020-01-14T07:00:00"_s << -1;
        QTest::newRow("basic-utc") << u"20200114T070000Z"_s << true << u"2020-01-14T07:00:00"_s << 0;
        QTest::newRow("date-only") << u"2020-01-01"_s << false << QString() << -1;
        QTest::newRow("invalid-date") << u"2025-02-30T10:00:00Z"_s << false << QString() << -1;
        QTest::newRow("hour-24") << u"2025-02-03T24:00:00Z"_s << false << QString() << -1;
        QTest::newRow("junk-offset") << u"2025-02-03T10:00:00 CET"_s << false << QString() << -1;
        QTest::newRow("empty") << QString() << false << QString() << -1;
    }
    void parseDateTime()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, local);
        QFETCH(int, offset);
        const auto parsed = TimeRules::parseDateTime(text);
        QCOMPARE(parsed.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(QDateTime(parsed->date, parsed->time, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s), local);
        QCOMPARE(parsed->hasOffset(), offset != -1);
        if (offset != -1)
            QCOMPARE(*parsed->offsetSeconds, offset);
    }

    void parseInstant()
    {
        const auto instant = TimeRules::parseInstant(u"2023-09-10T10:30:00+05:30");
        QVERIFY(instant);
        QCOMPARE(*instant, QDateTime(QDate(2023, 9, 10), QTime(5, 0), QTimeZone::utc()));
        QCOMPARE(instant->timeSpec(), Qt::UTC);
        QVERIFY(!TimeRules::parseInstant(u"2023-09-10T10:30:00")); // a local time is no instant
    }

    void parseDate()
    {
        QCOMPARE(TimeRules::parseDate(u"2019-12-27"), QDate(2019, 12, 27));
        QCOMPARE(TimeRules::parseDate(u"2019-12-27T11:00:00+01:00"), QDate(2019, 12, 27));
        QVERIFY(!TimeRules::parseDate(u"2019-13-01"));
        QVERIFY(!TimeRules::parseDate(u"27.12.2019"));
    }

    void localToUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("iso");
        QTest::newRow("berlin-summer") << u"Europe/Berlin"_s << QDate(2024, 7, 1) << QTime(10, 0) << u"2024-07-01T10:00:00+02:00"_s;
        QTest::newRow("berlin-winter") << u"Europe/Berlin"_s << QDate(2024, 12, 1) << QTime(10, 0) << u"2024-12-01T10:00:00+01:00"_s;
        // Spring forward: 02:30 does not exist on 31 March 2024; it moves forward by the gap.
        QTest::newRow("berlin-gap") << u"Europe/Berlin"_s << QDate(2024, 3, 31) << QTime(2, 30) << u"2024-03-31T03:30:00+02:00"_s;
        QTest::newRow("berlin-before-gap") << u"Europe/Berlin"_s << QDate(2024, 3, 31) << QTime(1, 59) << u"2024-03-31T01:59:00+01:00"_s;
        // Fall back: 02:30 happens twice on 27 October 2024; the first occurrence (still summer time).
        QTest::newRow("berlin-repeated-hour") << u"Europe/Berlin"_s << QDate(2024, 10, 27) << QTime(2, 30)
                                              << u"2024-10-27T02:30:00+02:00"_s;
        QTest::newRow("berlin-after-repeat") << u"Europe/Berlin"_s << QDate(2024, 10, 27) << QTime(3, 0) << u"2024-10-27T03:00:00+01:00"_s;
        // Southern hemisphere: Sydney falls back on 7 April 2024 at 03:00 (AEDT to AEST).
        QTest::newRow("sydney-repeated-hour") << u"Australia/Sydney"_s << QDate(2024, 4, 7) << QTime(2, 30)
                                              << u"2024-04-07T02:30:00+11:00"_s;
        QTest::newRow("st-johns-winter") << u"America/St_Johns"_s << QDate(2025, 1, 15) << QTime(23, 45) << u"2025-01-15T23:45:00-03:30"_s;
        QTest::newRow("st-johns-summer") << u"America/St_Johns"_s << QDate(2025, 7, 15) << QTime(9, 0) << u"2025-07-15T09:00:00-02:30"_s;
        QTest::newRow("fixed") << u"UTC+01:00"_s << QDate(2019, 12, 28) << QTime(2, 0) << u"2019-12-28T02:00:00+01:00"_s;
    }
    void localToUtc()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, iso);
        const QTimeZone timeZone = TimeRules::zoneFromId(zone);
        QVERIFY(timeZone.isValid());
        const QDateTime instant = TimeRules::localToUtc(date, time, timeZone);
        QVERIFY(instant.isValid());
        QCOMPARE(instant.timeSpec(), Qt::UTC);
        QCOMPARE(TimeRules::isoWithOffset(instant, timeZone), iso);
    }

    void localToUtcWithoutZone()
    {
        QCOMPARE(TimeRules::localToUtc(QDate(2024, 1, 1), QTime(9, 0), QTimeZone()),
                 QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(!TimeRules::localToUtc(QDate(), QTime(9, 0), QTimeZone::utc()).isValid());
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: unparsable
        QTest::newRow("H:MM") << u"0:45"_s << qint64(45 * 60);
        QTest::newRow("HH:MM") << u"01:30"_s << qint64(90 * 60);
        QTest::newRow("HH:MM:SS") << u"01:15:30"_s << qint64(75 * 60 + 30);
        QTest::newRow("zero-padded-HH:MM:SS") << u"00:45:00"_s << qint64(45 * 60);
        QTest::newRow("D:HH:MM") << u"1:02:00"_s << qint64(26 * 3600);
        QTest::newRow("H:MM:SS-python") << u"1:30:00"_s << qint64(90 * 60);
        QTest::newRow("minutes-above-59") << u"0:90"_s << qint64(90 * 60);
        QTest::newRow("hours-above-23") << u"26:00"_s << qint64(26 * 3600);
        QTest::newRow("minutes-only") << u"45"_s << qint64(45 * 60);
        QTest::newRow("zero") << u"00:00"_s << qint64(0);
        QTest::newRow("D:HH:MM:SS") << u"1:00:30:00"_s << qint64(86400 + 1800);
        QTest::newRow("padded") << u" 00:20 "_s << qint64(20 * 60);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("letters") << u"1h30"_s << qint64(-1);
        QTest::newRow("trailing-colon") << u"1:"_s << qint64(-1);
        QTest::newRow("leading-colon") << u":30"_s << qint64(-1);
        QTest::newRow("negative") << u"-1:00"_s << qint64(-1);
        QTest::newRow("too-many-parts") << u"1:2:3:4:5"_s << qint64(-1);
        QTest::newRow("decimal") << u"1.5"_s << qint64(-1);
        QTest::newRow("arabic-indic-digits") << u"\u0661:\u0663\u0660"_s << qint64(-1);
    }
    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = TimeRules::parseDuration(text);
        QCOMPARE(parsed.has_value(), seconds >= 0);
        if (parsed)
            QCOMPARE(*parsed, seconds);
    }

    void parseIsoDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("ok");
        QTest::newRow("minutes") << u"PT15M"_s << qint64(900) << true;
        QTest::newRow("hours-minutes") << u"PT1H30M"_s << qint64(5400) << true;
        QTest::newRow("day") << u"P1D"_s << qint64(86400) << true;
        QTest::newRow("day-hours") << u"P1DT2H"_s << qint64(93600) << true;
        QTest::newRow("weeks") << u"P2W"_s << qint64(14 * 86400) << true;
        QTest::newRow("seconds") << u"PT45S"_s << qint64(45) << true;
        QTest::newRow("fraction") << u"PT1.5S"_s << qint64(1) << true;
        QTest::newRow("negative") << u"-PT5M"_s << qint64(-300) << true;
        QTest::newRow("zero") << u"PT0S"_s << qint64(0) << true;
        QTest::newRow("months") << u"P1M"_s << qint64(0) << false;
        QTest::newRow("empty-period") << u"P"_s << qint64(0) << false;
        QTest::newRow("empty-time") << u"PT"_s << qint64(0) << false;
        QTest::newRow("no-P") << u"1H"_s << qint64(0) << false;
        QTest::newRow("hours-before-T") << u"P1H"_s << qint64(0) << false;
        // Gigantic numbers: at most nine digits a unit, each unit once and in order, so no overflow.
        QTest::newRow("largest") << u"P999999999W999999999DT999999999H999999999M999999999S"_s
                                 << qint64(999999999) * (7 * 86400 + 86400 + 3600 + 60 + 1) << true;
        QTest::newRow("ten digits") << u"PT9999999999H"_s << qint64(0) << false;
        QTest::newRow("repeated unit") << u"P999999999W999999999W"_s << qint64(0) << false;
        QTest::newRow("units out of order") << u"PT1M1H"_s << qint64(0) << false;
        QTest::newRow("thousands of units") << u"P"_s + u"999999999W"_s.repeated(20000) << qint64(0) << false;
    }
    void parseIsoDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QFETCH(bool, ok);
        const auto parsed = TimeRules::parseIsoDuration(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, seconds);
    }

    void parseClockTime()
    {
        QCOMPARE(TimeRules::parseClockTime(u"9:05"), QTime(9, 5));
        QCOMPARE(TimeRules::parseClockTime(u"09:05"), QTime(9, 5));
        QCOMPARE(TimeRules::parseClockTime(u" 23:59:30 "), QTime(23, 59, 30));
        QVERIFY(!TimeRules::parseClockTime(u"24:00"));
        QVERIFY(!TimeRules::parseClockTime(u"09:60"));
        QVERIFY(!TimeRules::parseClockTime(u"9"));
        QVERIFY(!TimeRules::parseClockTime(u"9:5"));
        QVERIFY(!TimeRules::parseClockTime(u"123:00"));
        QVERIFY(!TimeRules::parseClockTime(u"2019-12-27T11:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestTimeRules)
#include "tst_timerules.moc"
