#include "TimeFormat.h"

#include "EventTypeNames.h"
#include "core/Clock.h"
#include "core/TimeRules.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

TimeFormat::TimeFormat(QObject *parent)
    : QObject(parent)
    , m_zone(QTimeZone::utc())
    , m_zoneId(u"UTC"_s)
    , m_userZone(QTimeZone::systemTimeZone())
{
}

TimeFormat *TimeFormat::standIn()
{
    return new TimeFormat(nullptr);
}

void TimeFormat::setZone(const QTimeZone &zone, const QString &zoneId, const QDateTime &reference)
{
    if (m_zoneId == zoneId && m_zone == zone && m_reference == reference)
        return;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_zoneId = zoneId;
    m_reference = reference;
    Q_EMIT zoneChanged();
}

void TimeFormat::setUserZone(const QTimeZone &zone)
{
    m_userZone = zone;
    Q_EMIT zoneChanged();
}

void TimeFormat::setShowUserZone(bool show)
{
    if (m_showUserZone == show)
        return;
    m_showUserZone = show;
    Q_EMIT zoneChanged();
}

QDateTime TimeFormat::referenceInstant() const
{
    if (m_reference.isValid())
        return m_reference;
    // Without a conference (zone UTC) any instant gives the same offsets; the epoch stands in when
    // no clock was handed over.
    return m_clock ? m_clock->now() : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
}

QString TimeFormat::zoneLabel() const
{
    return u"%1 (UTC%2)"_s.arg(m_zoneId, TimeRules::offsetString(m_zone.offsetFromUtc(referenceInstant())));
}

bool TimeFormat::userZoneDiffers() const
{
    const QDateTime when = referenceInstant();
    return m_userZone.offsetFromUtc(when) != m_zone.offsetFromUtc(when);
}

QString TimeFormat::time(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(m_zone).toString(u"HH:mm"_s);
}

QString TimeFormat::timeRange(const QDateTime &start, const QDateTime &end) const
{
    return time(start) + u"–"_s + time(end);
}

QString TimeFormat::timeRangeIn(const QDateTime &start, const QDateTime &end, const QString &zoneId) const
{
    const QTimeZone zone = zoneId.isEmpty() ? m_zone : TimeRules::zoneFromId(zoneId);
    if (!zone.isValid() || !start.isValid())
        return timeRange(start, end);
    return start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s + end.toTimeZone(zone).toString(u"HH:mm"_s);
}

QString TimeFormat::minutes(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

namespace
{
// The languages talks are given in, named in the user's language: Qt 6.4 names a language only in
// English (languageToString) or in itself (nativeLanguageName), and a German reader should see
// "Englisch", not "English". Others fall back to their English name.
struct LanguageName
{
    QLocale::Language language;
    struct
    {
        const char *source;
        const char *comment;
    } name;
};
constexpr LanguageName kLanguageNames[] = {
    {QLocale::Afrikaans, QT_TRANSLATE_NOOP3("TimeFormat", "Afrikaans", "a language")},
    {QLocale::Arabic, QT_TRANSLATE_NOOP3("TimeFormat", "Arabic", "a language")},
    {QLocale::Basque, QT_TRANSLATE_NOOP3("TimeFormat", "Basque", "a language")},
    {QLocale::Bulgarian, QT_TRANSLATE_NOOP3("TimeFormat", "Bulgarian", "a language")},
    {QLocale::Catalan, QT_TRANSLATE_NOOP3("TimeFormat", "Catalan", "a language")},
    {QLocale::Chinese, QT_TRANSLATE_NOOP3("TimeFormat", "Chinese", "a language")},
    {QLocale::Croatian, QT_TRANSLATE_NOOP3("TimeFormat", "Croatian", "a language")},
    {QLocale::Czech, QT_TRANSLATE_NOOP3("TimeFormat", "Czech", "a language")},
    {QLocale::Danish, QT_TRANSLATE_NOOP3("TimeFormat", "Danish", "a language")},
    {QLocale::Dutch, QT_TRANSLATE_NOOP3("TimeFormat", "Dutch", "a language")},
    {QLocale::English, QT_TRANSLATE_NOOP3("TimeFormat", "English", "a language")},
    {QLocale::Esperanto, QT_TRANSLATE_NOOP3("TimeFormat", "Esperanto", "a language")},
    {QLocale::Estonian, QT_TRANSLATE_NOOP3("TimeFormat", "Estonian", "a language")},
    {QLocale::Finnish, QT_TRANSLATE_NOOP3("TimeFormat", "Finnish", "a language")},
    {QLocale::French, QT_TRANSLATE_NOOP3("TimeFormat", "French", "a language")},
    {QLocale::German, QT_TRANSLATE_NOOP3("TimeFormat", "German", "a language")},
    {QLocale::Greek, QT_TRANSLATE_NOOP3("TimeFormat", "Greek", "a language")},
    {QLocale::Hebrew, QT_TRANSLATE_NOOP3("TimeFormat", "Hebrew", "a language")},
    {QLocale::Hindi, QT_TRANSLATE_NOOP3("TimeFormat", "Hindi", "a language")},
    {QLocale::Hungarian, QT_TRANSLATE_NOOP3("TimeFormat", "Hungarian", "a language")},
    {QLocale::Indonesian, QT_TRANSLATE_NOOP3("TimeFormat", "Indonesian", "a language")},
    {QLocale::Irish, QT_TRANSLATE_NOOP3("TimeFormat", "Irish", "a language")},
    {QLocale::Italian, QT_TRANSLATE_NOOP3("TimeFormat", "Italian", "a language")},
    {QLocale::Japanese, QT_TRANSLATE_NOOP3("TimeFormat", "Japanese", "a language")},
    {QLocale::Korean, QT_TRANSLATE_NOOP3("TimeFormat", "Korean", "a language")},
    {QLocale::Latvian, QT_TRANSLATE_NOOP3("TimeFormat", "Latvian", "a language")},
    {QLocale::Lithuanian, QT_TRANSLATE_NOOP3("TimeFormat", "Lithuanian", "a language")},
    {QLocale::Maori, QT_TRANSLATE_NOOP3("TimeFormat", "Māori", "a language")},
    {QLocale::NorwegianBokmal, QT_TRANSLATE_NOOP3("TimeFormat", "Norwegian", "a language")},
    {QLocale::Polish, QT_TRANSLATE_NOOP3("TimeFormat", "Polish", "a language")},
    {QLocale::Portuguese, QT_TRANSLATE_NOOP3("TimeFormat", "Portuguese", "a language")},
    {QLocale::Romanian, QT_TRANSLATE_NOOP3("TimeFormat", "Romanian", "a language")},
    {QLocale::Russian, QT_TRANSLATE_NOOP3("TimeFormat", "Russian", "a language")},
    {QLocale::Serbian, QT_TRANSLATE_NOOP3("TimeFormat", "Serbian", "a language")},
    {QLocale::Slovak, QT_TRANSLATE_NOOP3("TimeFormat", "Slovak", "a language")},
    {QLocale::Slovenian, QT_TRANSLATE_NOOP3("TimeFormat", "Slovenian", "a language")},
    {QLocale::Spanish, QT_TRANSLATE_NOOP3("TimeFormat", "Spanish", "a language")},
    {QLocale::Swedish, QT_TRANSLATE_NOOP3("TimeFormat", "Swedish", "a language")},
    {QLocale::Turkish, QT_TRANSLATE_NOOP3("TimeFormat", "Turkish", "a language")},
    {QLocale::Ukrainian, QT_TRANSLATE_NOOP3("TimeFormat", "Ukrainian", "a language")},
    {QLocale::Vietnamese, QT_TRANSLATE_NOOP3("TimeFormat", "Vietnamese", "a language")},
    {QLocale::Welsh, QT_TRANSLATE_NOOP3("TimeFormat", "Welsh", "a language")},
};
} // namespace

QString TimeFormat::languageName(const QString &code)
{
    const QString trimmed = code.trimmed();
    // Only what looks like a code ("en", "pt-BR", "de_AT"); feeds that write "English" keep it.
    static const QRegularExpression codePattern(u"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$"_s);
    if (!codePattern.match(trimmed).hasMatch())
        return code;
    const QLocale::Language language = QLocale::codeToLanguage(trimmed.section(QRegularExpression(u"[-_]"_s), 0, 0));
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return code;
    for (const LanguageName &known : kLanguageNames) {
        if (known.language == language)
            return tr(known.name.source, known.name.comment);
    }
    return QLocale::languageToString(language);
}

QString TimeFormat::typeName(const QString &type)
{
    return EventTypeNames::displayName(type);
}

// Date patterns go through tr(): each language orders and punctuates dates its own way
// ("Sunday 7 July 2013", "Sonntag, 7. Juli 2013").
QString TimeFormat::longDatePattern()
{
    return tr("dddd d MMMM yyyy", "date format: weekday, day, month, year");
}

QString TimeFormat::shortDatePattern()
{
    return tr("ddd d MMM", "date format: short weekday, day, short month");
}

QString TimeFormat::dayMonthYearPattern()
{
    return tr("d MMMM yyyy", "date format: day, month, year");
}

QString TimeFormat::longRange(const QDateTime &start, const QDateTime &end) const
{
    if (!start.isValid())
        return {};
    const QDateTime local = start.toTimeZone(m_zone);
    const QLocale locale;
    return u"%1, %2 (UTC%3)"_s.arg(locale.toString(local.date(), longDatePattern()), timeRange(start, end),
                                   TimeRules::offsetString(local.offsetFromUtc()));
}

QString TimeFormat::userRange(const QDateTime &start, const QDateTime &end) const
{
    if (!m_showUserZone || !start.isValid() || m_userZone.offsetFromUtc(start) == m_zone.offsetFromUtc(start))
        return {};
    const QDateTime localStart = start.toTimeZone(m_userZone);
    const QDateTime localEnd = end.toTimeZone(m_userZone);
    const QLocale locale;
    const QString zoneName = QString::fromUtf8(m_userZone.id());
    return tr("%1, %2–%3 in your time zone (%4, UTC%5)")
        .arg(locale.toString(localStart.date(), shortDatePattern()), localStart.toString(u"HH:mm"_s), localEnd.toString(u"HH:mm"_s),
             zoneName, TimeRules::offsetString(localStart.offsetFromUtc()));
}

QString TimeFormat::dayLabel(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, shortDatePattern()) : QString();
}

QString TimeFormat::longDayLabel(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, longDatePattern()) : QString();
}

QString TimeFormat::dateRange(const QString &isoStart, const QString &isoEnd) const
{
    const QDate start = QDate::fromString(isoStart, Qt::ISODate);
    const QDate end = QDate::fromString(isoEnd, Qt::ISODate);
    const QLocale locale;
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return locale.toString(start, dayMonthYearPattern());
    if (start.year() != end.year())
        return locale.toString(start, dayMonthYearPattern()) + u" – "_s + locale.toString(end, dayMonthYearPattern());
    if (start.month() != end.month())
        return locale.toString(start, tr("d MMMM", "date format: day and month")) + u" – "_s + locale.toString(end, dayMonthYearPattern());
    return locale.toString(start, tr("d", "date format: the first day of a range within one month")) + u"–"_s
        + locale.toString(end, dayMonthYearPattern());
}

QString TimeFormat::duration(const QDateTime &start, const QDateTime &end) const
{
    // Shown after a time range that may wrap: the number stays with its unit ("30 min", never
    // "30" at a line's end and "min" on the next), so its spaces do not break.
    return minutes(int(start.secsTo(end) / 60)).replace(u' ', QChar(0x00A0));
}

QString TimeFormat::dateTime(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(m_zone);
    return QLocale().toString(local.date(), longDatePattern()) + u", "_s + local.toString(u"HH:mm"_s);
}

QString TimeFormat::until(const QDateTime &from, const QDateTime &to) const
{
    const qint64 minutes = (from.secsTo(to) + 59) / 60;
    if (!from.isValid() || !to.isValid() || minutes <= 0)
        return tr("now");
    if (minutes < 60)
        return tr("in %n min", "", int(minutes));
    if (minutes < 24 * 60) {
        if (minutes % 60 == 0)
            return tr("in %n h", "", int(minutes / 60));
        return tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    // Calendar days in the conference's zone: "in 1 day" on the evening before, too.
    const qint64 days = to.toTimeZone(m_zone).date().toJulianDay() - from.toTimeZone(m_zone).date().toJulianDay();
    return tr("in %n day(s)", "", int(std::max<qint64>(1, days)));
}

QString TimeFormat::timeOfIso(const QString &isoInstant) const
{
    return time(QDateTime::fromString(isoInstant, Qt::ISODate));
}

int TimeFormat::minuteOfDay(const QDateTime &instant) const
{
    const QTime local = instant.toTimeZone(m_zone).time();
    return local.hour() * 60 + local.minute();
}
