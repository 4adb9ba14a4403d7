#include "TimeRules.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace TimeRules
{

static std::optional<int> parseOffset(QStringView text)
{
    // "+hh:mm", "-hh:mm", "+hhmm", "+hh"
    if (text.isEmpty() || (text.front() != u'+' && text.front() != u'-'))
        return std::nullopt;
    const int sign = text.front() == u'-' ? -1 : 1;
    QString digits = text.mid(1).toString();
    digits.remove(u':');
    if (digits.size() != 2 && digits.size() != 4)
        return std::nullopt;
    bool okHours = false;
    bool okMinutes = true;
    const int hours = digits.left(2).toInt(&okHours);
    const int minutes = digits.size() == 4 ? digits.mid(2).toInt(&okMinutes) : 0;
    if (!okHours || !okMinutes || hours > 18 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

QTimeZone zoneFromId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed == u"UTC"_s || trimmed == u"Z"_s || trimmed == u"GMT"_s)
        return QTimeZone::utc();
    QStringView offsetPart = trimmed;
    if (offsetPart.startsWith(u"UTC"_s) || offsetPart.startsWith(u"GMT"_s))
        offsetPart = offsetPart.mid(3);
    if (const auto offset = parseOffset(offsetPart))
        return QTimeZone(*offset);
    QTimeZone zone(trimmed.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

QString offsetString(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int absolute = std::abs(offsetSeconds);
    return u"%1%2:%3"_s.arg(sign)
        .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
        .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString zoneIdForOffset(int offsetSeconds)
{
    return offsetSeconds == 0 ? u"UTC"_s : u"UTC"_s + offsetString(offsetSeconds);
}

QString isoWithOffset(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + offsetString(local.offsetFromUtc());
}

std::optional<QDateTime> parseInstant(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).isEmpty() ? 0 : match.capturedView(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QStringView zonePart = match.capturedView(7);
    int offset = 0;
    if (zonePart != u"Z") {
        const auto parsed = parseOffset(zonePart);
        if (!parsed)
            return std::nullopt;
        offset = *parsed;
    }
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-offset);
}

QDateTime localToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    if (!zone.isValid())
        return QDateTime(date, time, QTimeZone::utc());
    QDateTime local(date, time, zone);
    if (!local.isValid()) {
        // The wall time does not exist (spring-forward gap): use the instant the gap ends at, as
        // clocks and calendar software do.
        const QDateTime before = QDateTime(date, time, QTimeZone::utc()).addSecs(-zone.offsetFromUtc(
            QDateTime(date, time, QTimeZone::utc()).addDays(-1)));
        return before.toUTC();
    }
    return local.toUTC();
}

std::optional<qint64> parseDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const auto parts = trimmed.split(u':');
    QList<qint64> numbers;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 6)
            return std::nullopt;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
        numbers.append(part.toLongLong());
    }
    switch (numbers.size()) {
    case 1: // plain minutes
        return numbers[0] * 60;
    case 2: // H:MM, HH:MM (minutes above 59 allowed)
        return numbers[0] * 3600 + numbers[1] * 60;
    case 3:
        // "D:HH:MM" is written with a single-digit day count; "HH:MM:SS" with a two-digit hour.
        if (parts[0].size() == 1 && numbers[0] > 0)
            return numbers[0] * 86400 + numbers[1] * 3600 + numbers[2] * 60;
        return numbers[0] * 3600 + numbers[1] * 60 + numbers[2];
    case 4: // D:HH:MM:SS
        return numbers[0] * 86400 + numbers[1] * 3600 + numbers[2] * 60 + numbers[3];
    default:
        return std::nullopt;
    }
}

std::optional<QTime> parseClockTime(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).isEmpty() ? 0 : match.capturedView(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace TimeRules
