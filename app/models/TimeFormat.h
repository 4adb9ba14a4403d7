#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

class Clock;

/**
 * The one place times become text. QML's JavaScript Date knows only the machine's zone, so every
 * time shown in the conference's zone (or beside it in the user's own) is formatted here. The
 * zone is the current conference's; AppController keeps it up to date.
 */
class TimeFormat : public QObject, public QmlSingleton<TimeFormat>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Format)
    QML_SINGLETON
    Q_PROPERTY(QString zoneId READ zoneId NOTIFY zoneChanged)
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY zoneChanged)
    Q_PROPERTY(bool userZoneDiffers READ userZoneDiffers NOTIFY zoneChanged)
public:
    // No default argument on purpose: Qt 6.4 constructs a default-constructible QML_SINGLETON
    // itself instead of calling create(), and QML would format with a zone nobody sets.
    explicit TimeFormat(QObject *parent);
    /** For QML when the app made none (a QML test of one page): UTC until a conference is chosen. */
    static TimeFormat *standIn();

    /** The conference's zone; `reference` is an instant of the conference (its offset is the one labelled). */
    void setZone(const QTimeZone &zone, const QString &zoneId, const QDateTime &reference = {});
    const QTimeZone &zone() const { return m_zone; }
    QString zoneId() const { return m_zoneId; }
    /** "Australia/Hobart (UTC+10:00)": the offset during the conference, not today's. */
    QString zoneLabel() const;
    /** True when the machine's zone has another offset than the conference's during the conference. */
    bool userZoneDiffers() const;
    /** The zone the user's own times are shown in (the machine's; tests may set it). */
    void setUserZone(const QTimeZone &zone);
    /** Whether userRange() gives the user's own times at all (the setting "also my time zone"). */
    void setShowUserZone(bool show);
    bool showsUserZone() const { return m_showUserZone; }
    /** The app's clock: which offset "now" has when no conference gives a reference instant. */
    void setClock(const Clock *clock) { m_clock = clock; }

    /** "13:00" in the conference's zone. */
    Q_INVOKABLE QString time(const QDateTime &instant) const;
    /** "13:00–13:30". */
    Q_INVOKABLE QString timeRange(const QDateTime &start, const QDateTime &end) const;
    /** "13:00–13:30" in the zone `zoneId` (another conference's); the current zone when empty or unknown. */
    Q_INVOKABLE QString timeRangeIn(const QDateTime &start, const QDateTime &end, const QString &zoneId) const;
    /** "45 min", "1 h", "1 h 30 min" for a number of minutes (never "159 min"); static for the C++ texts too. */
    Q_INVOKABLE static QString minutes(int minutes);
    /** A feed's language code written out in that language ("en": "English", "de": "Deutsch"); other text as it is. */
    Q_INVOKABLE static QString languageName(const QString &code);
    /** An event's type as a person reads it ("hack-session": "Hack session"); see EventTypeNames. */
    Q_INVOKABLE static QString typeName(const QString &type);
    /** "Sunday 7 July 2013, 13:00–13:30 (UTC+10:00)". */
    Q_INVOKABLE QString longRange(const QDateTime &start, const QDateTime &end) const;
    /** The same range in the user's own zone, or "" when it has the same offset or is not wanted. */
    Q_INVOKABLE QString userRange(const QDateTime &start, const QDateTime &end) const;
    /** "Fri 5 Jul" for "2013-07-05". */
    Q_INVOKABLE QString dayLabel(const QString &isoDate) const;
    /** "Friday 5 July 2013". */
    Q_INVOKABLE QString longDayLabel(const QString &isoDate) const;
    /** "5–7 July 2013" (or across months and years). */
    Q_INVOKABLE QString dateRange(const QString &isoStart, const QString &isoEnd) const;
    /** "Sunday 7 July 2013, 13:10" in the conference's zone. */
    Q_INVOKABLE QString dateTime(const QDateTime &instant) const;
    /** How long from `from` until `to`: "in 12 min", "in 3 h 20 min", "in 4 days"; "now" when not after. */
    Q_INVOKABLE QString until(const QDateTime &from, const QDateTime &to) const;
    /** "45 min", "1 h 30 min". */
    Q_INVOKABLE QString duration(const QDateTime &start, const QDateTime &end) const;
    /** "13:00" for an ISO 8601 instant given as text (list section keys). */
    Q_INVOKABLE QString timeOfIso(const QString &isoInstant) const;
    /** Minutes since local midnight of the instant in the conference's zone. */
    Q_INVOKABLE int minuteOfDay(const QDateTime &instant) const;

    /** Date patterns for QLocale::toString, translated: each language writes dates its own way. */
    static QString longDatePattern();
    static QString shortDatePattern();
    static QString dayMonthYearPattern();

Q_SIGNALS:
    void zoneChanged();

private:
    QTimeZone m_zone;
    QString m_zoneId;
    QDateTime m_reference;
    QTimeZone m_userZone;
    bool m_showUserZone = true;
    const Clock *m_clock = nullptr;

    QDateTime referenceInstant() const;
};
