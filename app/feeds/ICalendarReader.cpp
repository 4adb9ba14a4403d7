#include "ICalendarReader.h"

#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** One logical line: unfolded bytes, the physical line it starts on, where its pieces came from. */
struct RawLine
{
    QByteArray bytes;
    qint64 line = 0;
    /** (offset in bytes, offset in the input) for each folded piece. */
    QList<std::pair<qsizetype, qsizetype>> pieces;

    qsizetype inputOffset(qsizetype offset) const
    {
        auto piece = pieces.constFirst();
        for (const auto &candidate : pieces) {
            if (candidate.first <= offset)
                piece = candidate;
        }
        return piece.second + (offset - piece.first);
    }
};

/** Splits the input into logical lines, unfolding as bytes (a fold may split a UTF-8 character). */
QList<RawLine> unfold(const QByteArray &bytes)
{
    QList<RawLine> lines;
    const qsizetype size = bytes.size();
    const char *data = bytes.constData();
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qint64 physicalLine = 1;
    while (pos < size) {
        RawLine raw;
        raw.line = physicalLine;
        raw.pieces.append({0, pos});
        while (true) {
            qsizetype end = pos;
            while (end < size && data[end] != '\r' && data[end] != '\n')
                ++end;
            raw.bytes.append(data + pos, end - pos);
            if (end >= size) {
                pos = size;
                break;
            }
            // CR LF, LF, CR, and CR CR LF (seen in the wild) each end one line.
            qsizetype next = end;
            while (next < size && data[next] == '\r')
                ++next;
            if (next < size && data[next] == '\n' && (next - end <= 2))
                ++next;
            else if (next - end > 1)
                next = end + 1; // several CRs without LF: one line end each
            ++physicalLine;
            if (next < size && (data[next] == ' ' || data[next] == '\t')) {
                pos = next + 1;
                raw.pieces.append({raw.bytes.size(), pos});
                continue;
            }
            pos = next;
            break;
        }
        if (!raw.bytes.trimmed().isEmpty())
            lines.append(std::move(raw));
    }
    return lines;
}

QByteArray decodeQuotedPrintable(QByteArrayView input)
{
    const auto hex = [](char h) -> int {
        if (h >= '0' && h <= '9')
            return h - '0';
        if (h >= 'A' && h <= 'F')
            return h - 'A' + 10;
        if (h >= 'a' && h <= 'f')
            return h - 'a' + 10;
        return -1;
    };
    QByteArray out;
    out.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '=' && i + 2 < input.size()) {
            const int high = hex(input[i + 1]);
            const int low = hex(input[i + 2]);
            if (high >= 0 && low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i + 1 == input.size())
            continue; // a soft line break at the very end
        out.append(c);
    }
    return out;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
}

QStringList splitUnescaped(QStringView value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u'\\' && i + 1 < value.size()) {
            current.append(c);
            current.append(value[i + 1]);
            ++i;
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}
} // namespace

ICalendarReader::ICalendarReader(ImportContext &context)
    : m_context(context)
{
}

QString ICalendarReader::Property::parameter(QStringView parameterName) const
{
    for (const Parameter &parameter : parameters) {
        if (parameter.name.compare(parameterName, Qt::CaseInsensitive) == 0)
            return parameter.value;
    }
    return {};
}

QString ICalendarReader::unescapeText(QStringView value)
{
    if (!value.contains(u'\\'))
        return value.toString();
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != u'\\' || i + 1 >= value.size()) {
            out.append(c);
            continue;
        }
        const QChar next = value[++i];
        if (next == u'n' || next == u'N')
            out.append(u'\n');
        else
            out.append(next); // \\ \, \; and, leniently, any other escaped character
    }
    return out;
}

QStringList ICalendarReader::speakerLine(QStringView line)
{
    static const QStringList labels = {u"speakers"_s,     u"speaker"_s,  u"speaker(s)"_s, u"presenters"_s, u"presenter"_s,
                                       u"presented by"_s, u"by"_s,       u"von"_s,        u"referent"_s,   u"referentin"_s,
                                       u"referenten"_s,   u"sprecher"_s, u"vortragende"_s};
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return {};
    const QStringView label = line.left(colon).trimmed();
    const QStringView rest = line.mid(colon + 1).trimmed();
    if (rest.isEmpty() || rest.size() > 300 || rest.contains(u'<') || rest.contains(u"://"))
        return {};
    if (std::none_of(labels.cbegin(), labels.cend(),
                     [label](const QString &known) { return label.compare(known, Qt::CaseInsensitive) == 0; }))
        return {};
    QString names = rest.toString();
    for (const QString &separator : {u" and "_s, u" und "_s, u" & "_s, u";"_s})
        names.replace(separator, u","_s);
    QStringList result;
    for (const QString &name : names.split(u',')) {
        const QString trimmed = TextSanitizer::singleLine(name);
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

std::optional<ImportError> ICalendarReader::read(const QByteArray &bytes)
{
    if (auto error = parseLines(bytes))
        return error;
    return buildEvents();
}

std::optional<ImportError> ICalendarReader::parseLines(const QByteArray &bytes)
{
    const QList<RawLine> lines = unfold(bytes);
    QStringList stack;
    bool sawCalendar = false;
    PendingEvent *currentEvent = nullptr;
    QString currentTimeZone;
    QString currentTimeZonePart;

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const RawLine &raw = lines[index];
        FeedLocation where;
        where.line = raw.line;
        QByteArray lineBytes = raw.bytes;
        if (lineBytes.size() > maxLineLength)
            return m_context.error(where, u"a property of more than %1 bytes (unfolded); refusing the calendar"_s.arg(maxLineLength));

        // Name and parameters (ASCII structure), then the value.
        qsizetype pos = 0;
        while (pos < lineBytes.size() && isNameChar(lineBytes[pos]))
            ++pos;
        if (pos == 0 || pos >= lineBytes.size() || (lineBytes[pos] != ':' && lineBytes[pos] != ';')) {
            if (stack.isEmpty() && !sawCalendar)
                return m_context.error(where, u"not a calendar: expected BEGIN:VCALENDAR"_s);
            m_context.warn(where, u"line that is not a calendar property skipped"_s);
            continue;
        }
        Property property;
        property.where = where;
        QByteArray name = lineBytes.left(pos).toUpper();
        if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
            name = name.mid(dot + 1); // a vCard-style group prefix
        property.name = QString::fromLatin1(name);
        bool quotedPrintable = false;
        QByteArray charset;
        while (pos < lineBytes.size() && lineBytes[pos] == ';') {
            ++pos;
            const qsizetype nameStart = pos;
            while (pos < lineBytes.size() && lineBytes[pos] != '=' && lineBytes[pos] != ';' && lineBytes[pos] != ':')
                ++pos;
            Parameter parameter;
            const QByteArray parameterName = lineBytes.mid(nameStart, pos - nameStart).trimmed();
            QByteArray parameterValue;
            if (pos < lineBytes.size() && lineBytes[pos] == '=') {
                ++pos;
                parameter.name = QString::fromLatin1(parameterName).toUpper();
                while (pos < lineBytes.size()) {
                    if (lineBytes[pos] == '"') {
                        const qsizetype close = lineBytes.indexOf('"', pos + 1);
                        const qsizetype end = close < 0 ? lineBytes.size() : close;
                        parameterValue.append(lineBytes.mid(pos + 1, end - pos - 1));
                        pos = close < 0 ? lineBytes.size() : close + 1;
                    } else {
                        const qsizetype start = pos;
                        while (pos < lineBytes.size() && lineBytes[pos] != ';' && lineBytes[pos] != ':' && lineBytes[pos] != ',')
                            ++pos;
                        parameterValue.append(lineBytes.mid(start, pos - start));
                    }
                    if (pos < lineBytes.size() && lineBytes[pos] == ',') {
                        parameterValue.append(',');
                        ++pos;
                        continue;
                    }
                    break;
                }
            } else {
                // vCalendar 1.0: a bare parameter value ("DESCRIPTION;QUOTED-PRINTABLE:...").
                parameterValue = parameterName;
            }
            const qsizetype invalid = firstInvalidUtf8(parameterValue);
            if (invalid >= 0) {
                const FeedLocation at = locationOfByte(bytes, raw.inputOffset(nameStart + invalid));
                return m_context.error(at,
                                       u"invalid UTF-8 at byte %1 (line %2, column %3)"_s.arg(at.byteOffset).arg(at.line).arg(at.column));
            }
            parameter.value = QString::fromUtf8(parameterValue);
            const QString upperValue = parameter.value.toUpper();
            if ((parameter.name == u"ENCODING"_s || parameter.name.isEmpty()) && (upperValue == u"QUOTED-PRINTABLE"_s))
                quotedPrintable = true;
            if (parameter.name == u"CHARSET"_s)
                charset = parameterValue.trimmed().toLower();
            property.parameters.append(parameter);
        }
        if (pos >= lineBytes.size() || lineBytes[pos] != ':') {
            m_context.warn(where, u"property %1 without a value skipped"_s.arg(property.name));
            continue;
        }
        const qsizetype valueStart = pos + 1;
        QByteArray value = lineBytes.mid(valueStart);
        if (quotedPrintable) {
            // Soft line breaks: a quoted-printable value ending in '=' goes on on the next line.
            while (value.endsWith('=') && index + 1 < lines.size()) {
                value.chop(1);
                value.append(lines[++index].bytes);
                if (value.size() > maxLineLength)
                    return m_context.error(where,
                                           u"a property of more than %1 bytes (unfolded); refusing the calendar"_s.arg(maxLineLength));
            }
            value = decodeQuotedPrintable(value);
        }
        if (charset.isEmpty() || charset == "utf-8" || charset == "utf8") {
            const qsizetype invalid = firstInvalidUtf8(value);
            if (invalid >= 0) {
                const FeedLocation at = quotedPrintable ? locationOfByte(bytes, raw.inputOffset(valueStart))
                                                        : locationOfByte(bytes, raw.inputOffset(valueStart + invalid));
                return m_context.error(at,
                                       u"invalid UTF-8 at byte %1 (line %2, column %3)"_s.arg(at.byteOffset).arg(at.line).arg(at.column));
            }
            property.value = QString::fromUtf8(value);
        } else if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "us-ascii") {
            property.value = QString::fromLatin1(value);
        } else {
            QStringDecoder decoder(charset.constData());
            if (!decoder.isValid()) {
                return m_context.error(where, u"unknown character set \"%1\""_s.arg(QString::fromLatin1(charset)));
            }
            property.value = decoder.decode(value);
        }

        // Components.
        if (property.name == u"BEGIN"_s) {
            const QString component = property.value.trimmed().toUpper();
            if (stack.isEmpty() && component != u"VCALENDAR"_s)
                return m_context.error(where, u"not a calendar: BEGIN:%1 outside BEGIN:VCALENDAR"_s.arg(component));
            if (stack.size() >= maxNesting)
                return m_context.error(where, u"components nested deeper than %1 levels"_s.arg(maxNesting));
            if (component == u"VCALENDAR"_s) {
                if (!stack.isEmpty())
                    return m_context.error(where, u"BEGIN:VCALENDAR inside %1"_s.arg(stack.last()));
                if (!sawCalendar)
                    m_calendarWhere = where;
                sawCalendar = true;
            } else if (component == u"VEVENT"_s) {
                if (currentEvent)
                    return m_context.error(where, u"BEGIN:VEVENT inside another VEVENT"_s);
                if (stack.last() == u"VCALENDAR"_s) {
                    m_events.append(PendingEvent{{}, where});
                    currentEvent = &m_events.last();
                }
            } else if (component == u"VTIMEZONE"_s) {
                currentTimeZone.clear();
            } else if ((component == u"STANDARD"_s || component == u"DAYLIGHT"_s) && stack.last() == u"VTIMEZONE"_s) {
                currentTimeZonePart = component;
            }
            stack.append(component);
            continue;
        }
        if (property.name == u"END"_s) {
            const QString component = property.value.trimmed().toUpper();
            if (stack.isEmpty() || stack.last() != component)
                return m_context.error(where,
                                       stack.isEmpty() ? u"END:%1 without BEGIN"_s.arg(component)
                                                       : u"END:%1 where END:%2 was expected"_s.arg(component, stack.last()));
            stack.removeLast();
            if (component == u"VEVENT"_s)
                currentEvent = nullptr;
            else if (component == u"STANDARD"_s || component == u"DAYLIGHT"_s)
                currentTimeZonePart.clear();
            continue;
        }
        if (stack.isEmpty()) {
            m_context.warn(where, u"property %1 outside the calendar skipped"_s.arg(property.name));
            continue;
        }
        const QString &component = stack.last();
        if (component == u"VEVENT"_s && currentEvent) {
            currentEvent->properties.append(std::move(property));
        } else if (component == u"VCALENDAR"_s) {
            if (property.name == u"X-WR-CALNAME"_s || (property.name == u"NAME"_s && m_calendarName.isEmpty()))
                m_calendarName = TextSanitizer::singleLine(unescapeText(property.value));
            else if (property.name == u"X-WR-CALDESC"_s || property.name == u"DESCRIPTION"_s)
                m_calendarDescription = TextSanitizer::singleLine(unescapeText(property.value));
            else if (property.name == u"X-WR-TIMEZONE"_s)
                m_calendarZone = property.value.trimmed();
            else if (property.name == u"TZ"_s) // vCalendar 1.0: the calendar's UTC offset
                m_vcalendarOffset = TimeRules::parseOffset(property.value.trimmed());
        } else if (component == u"VTIMEZONE"_s) {
            if (property.name == u"TZID"_s)
                currentTimeZone = property.value.trimmed();
            else if (property.name == u"X-LIC-LOCATION"_s && !currentTimeZone.isEmpty())
                m_timeZoneBlocks[currentTimeZone].location = property.value.trimmed();
        } else if ((component == u"STANDARD"_s || component == u"DAYLIGHT"_s) && !currentTimeZone.isEmpty()) {
            TimeZoneBlock &block = m_timeZoneBlocks[currentTimeZone];
            if (component == u"DAYLIGHT"_s)
                block.hasDaylight = true;
            else if (property.name == u"TZOFFSETTO"_s)
                block.standardOffset = TimeRules::parseOffset(property.value.trimmed());
        }
        // Anything else (VALARM, VTODO, VJOURNAL, unknown components) is not part of the programme.
    }
    if (!sawCalendar)
        return m_context.error({}, u"not a calendar: no BEGIN:VCALENDAR"_s);
    if (!stack.isEmpty()) {
        FeedLocation where;
        where.line = lines.isEmpty() ? 1 : lines.constLast().line;
        return m_context.error(where, u"the calendar ends inside %1 without END:%1 (truncated?)"_s.arg(stack.last()));
    }
    return std::nullopt;
}

std::optional<ICalendarReader::CalendarTime> ICalendarReader::parseTime(const Property &property) const
{
    CalendarTime result;
    QString tzid = property.parameter(u"TZID").trimmed();
    result.tzid = tzid;
    const QString value = property.value.trimmed();
    const QString valueType = property.parameter(u"VALUE").toUpper();
    // A date: "20200114" (VALUE=DATE) or "2020-01-14".
    if (value.size() == 8 && valueType != u"DATE-TIME"_s) {
        const QDate date = QDate::fromString(value, u"yyyyMMdd"_s);
        if (date.isValid()) {
            result.date = date;
            return result;
        }
    }
    if (const auto dateOnly = TimeRules::parseDate(value); dateOnly && value.size() == 10) {
        result.date = *dateOnly;
        return result;
    }
    const auto parsed = TimeRules::parseDateTime(value);
    if (!parsed)
        return std::nullopt;
    result.date = parsed->date;
    result.time = parsed->time;
    if (parsed->hasOffset()) {
        if (*parsed->offsetSeconds == 0) {
            result.utc = true;
            result.tzid.clear();
        } else {
            // Not RFC 5545, but seen: an explicit offset. Read it as the instant it names.
            const QDateTime instant = parsed->instant();
            result.date = instant.date();
            result.time = instant.time();
            result.utc = true;
            result.tzid.clear();
        }
    }
    return result;
}

QTimeZone ICalendarReader::zoneFor(const QString &tzid)
{
    const auto cached = m_tzidZones.constFind(tzid);
    if (cached != m_tzidZones.constEnd())
        return *cached;
    QTimeZone zone = m_context.zone(tzid);
    // "/mozilla.org/20050126_1/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin":
    // an IANA name behind a vendor prefix.
    for (qsizetype slash = tzid.indexOf(u'/'); !zone.isValid() && slash >= 0; slash = tzid.indexOf(u'/', slash + 1))
        zone = m_context.zone(tzid.mid(slash + 1));
    const auto block = m_timeZoneBlocks.constFind(tzid);
    if (!zone.isValid() && block != m_timeZoneBlocks.constEnd() && !block->location.isEmpty())
        zone = m_context.zone(block->location);
    if (!zone.isValid()) {
        // Outlook writes Windows zone names ("W. Europe Standard Time").
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
        if (!iana.isEmpty())
            zone = m_context.zone(QString::fromUtf8(iana));
    }
    if (!zone.isValid() && block != m_timeZoneBlocks.constEnd() && !block->hasDaylight && block->standardOffset)
        zone = m_context.zone(TimeRules::zoneIdForOffset(*block->standardOffset));
    m_tzidZones.insert(tzid, zone);
    return zone;
}

QDateTime ICalendarReader::toInstant(const CalendarTime &time, const FeedLocation &where, std::optional<ImportError> &error)
{
    const QTime wallTime = time.time.isValid() ? time.time : QTime(0, 0);
    if (time.utc)
        return QDateTime(time.date, wallTime, Qt::UTC);
    if (!time.tzid.isEmpty()) {
        QTimeZone zone = zoneFor(time.tzid);
        if (!zone.isValid()) {
            if (!m_context.options().timeZone.trimmed().isEmpty()) {
                zone = m_context.conferenceZone();
                m_context.warn(
                    where,
                    u"time zone \"%1\" is not known; read as %2 as given"_s.arg(time.tzid, m_context.schedule().conference.timeZoneId));
                m_tzidZones.insert(time.tzid, zone);
            } else {
                error = m_context.error(
                    where,
                    u"time zone \"%1\" is neither an IANA zone nor described by a VTIMEZONE this importer can read; give the conference's time zone"_s
                        .arg(time.tzid));
                return {};
            }
        }
        return TimeRules::localToUtc(time.date, wallTime, zone);
    }
    // Floating: local time wherever the conference is.
    return TimeRules::localToUtc(time.date, wallTime, m_context.conferenceZone());
}

std::optional<ImportError> ICalendarReader::buildEvents()
{
    Schedule &schedule = m_context.schedule();
    Conference &conference = schedule.conference;
    conference.title = m_calendarName.isEmpty() ? m_calendarDescription : m_calendarName;
    if (!m_calendarName.isEmpty() && m_calendarDescription != m_calendarName)
        conference.subtitle = m_calendarDescription;

    // The conference's zone: X-WR-TIMEZONE, else the one TZID all events use, else the vCalendar
    // TZ offset, else (UTC times only) UTC; floating times without any of these cannot be placed.
    QString feedZone = m_calendarZone;
    bool floating = false;
    QStringList tzids;
    QList<FeedLocation> tzidFirstUse;
    for (const PendingEvent &pending : std::as_const(m_events)) {
        for (const Property &property : pending.properties) {
            if (property.name != u"DTSTART"_s && property.name != u"DTEND"_s)
                continue;
            const auto time = parseTime(property);
            if (!time)
                continue;
            if (time->utc) {
                m_context.noteOffset(0);
            } else if (!time->tzid.isEmpty()) {
                if (!tzids.contains(time->tzid)) {
                    tzids.append(time->tzid);
                    tzidFirstUse.append(property.where);
                }
            } else if (time->time.isValid()) {
                floating = true;
            }
        }
    }
    if (m_context.options().timeZone.trimmed().isEmpty()) {
        for (qsizetype i = 0; i < tzids.size(); ++i) {
            if (!zoneFor(tzids[i]).isValid())
                return m_context.error(
                    tzidFirstUse[i],
                    u"time zone \"%1\" is neither an IANA zone nor described by a VTIMEZONE this importer can read; give the conference's time zone"_s
                        .arg(tzids[i]));
        }
    }
    if (feedZone.isEmpty() && tzids.size() == 1 && zoneFor(tzids.constFirst()).isValid())
        feedZone = QString::fromUtf8(zoneFor(tzids.constFirst()).id());
    if (feedZone.isEmpty() && m_vcalendarOffset)
        feedZone = TimeRules::zoneIdForOffset(*m_vcalendarOffset);
    if (floating && feedZone.isEmpty() && m_context.options().timeZone.trimmed().isEmpty())
        return m_context.error(
            m_calendarWhere,
            u"the calendar has floating (zone-less) times and names no time zone (no X-WR-TIMEZONE, TZID or TZ); give the conference's time zone"_s);
    if (auto error = m_context.settleTimeZone(feedZone, m_calendarWhere))
        return error;

    for (const PendingEvent &pending : std::as_const(m_events)) {
        Event event;
        const Property *start = nullptr;
        const Property *end = nullptr;
        const Property *duration = nullptr;
        QString description;
        QString status;
        QString recurrenceId;
        bool repeats = false;
        for (const Property &property : pending.properties) {
            const QString &name = property.name;
            if (name == u"UID"_s) {
                event.guid = property.value.trimmed();
            } else if (name == u"SUMMARY"_s) {
                event.title = TextSanitizer::singleLine(unescapeText(property.value));
            } else if (name == u"DESCRIPTION"_s) {
                description = unescapeText(property.value);
            } else if (name == u"LOCATION"_s) {
                event.room = TextSanitizer::singleLine(unescapeText(property.value));
            } else if (name == u"URL"_s) {
                event.url = m_context.cleanUrl(property.value, property.where, u"event URL");
            } else if (name == u"CATEGORIES"_s && event.track.isEmpty()) {
                event.track = TextSanitizer::singleLine(unescapeText(splitUnescaped(property.value, u',').constFirst()));
            } else if (name == u"DTSTART"_s) {
                start = &property;
            } else if (name == u"DTEND"_s) {
                end = &property;
            } else if (name == u"DURATION"_s) {
                duration = &property;
            } else if (name == u"STATUS"_s) {
                status = property.value.trimmed().toUpper();
            } else if (name == u"RECURRENCE-ID"_s) {
                recurrenceId = property.value.trimmed();
            } else if (name == u"RRULE"_s || name == u"RDATE"_s) {
                repeats = true;
            } else if (name == u"ATTENDEE"_s || name == u"X-SPEAKER"_s) {
                const QString role = property.parameter(u"ROLE").toUpper();
                if (role == u"NON-PARTICIPANT"_s)
                    continue;
                QString personName = TextSanitizer::singleLine(property.parameter(u"CN"));
                if (personName.isEmpty() && name == u"X-SPEAKER"_s)
                    personName = TextSanitizer::singleLine(unescapeText(property.value));
                if (!personName.isEmpty())
                    event.persons.append(Person{QString(), personName});
            } else if (name == u"ATTACH"_s) {
                const QString value = property.value.trimmed();
                if (value.startsWith(u"http"_s, Qt::CaseInsensitive))
                    m_context.addLink(event, value, property.parameter(u"FILENAME"), property.where, property.parameter(u"FMTTYPE"));
            }
        }
        if (status == u"CANCELLED"_s || status == u"CANCELED"_s) {
            m_context.warn(pending.where, u"cancelled event \"%1\" skipped"_s.arg(event.title));
            continue;
        }
        if (!start)
            return m_context.error(pending.where, u"event \"%1\" has no DTSTART"_s.arg(event.title));
        const auto startTime = parseTime(*start);
        if (!startTime)
            return m_context.error(start->where, u"event \"%1\": DTSTART \"%2\" is not a date-time"_s.arg(event.title, start->value));
        std::optional<ImportError> error;
        event.start = toInstant(*startTime, start->where, error);
        if (error)
            return error;
        if (end) {
            const auto endTime = parseTime(*end);
            if (!endTime)
                return m_context.error(end->where, u"event \"%1\": DTEND \"%2\" is not a date-time"_s.arg(event.title, end->value));
            event.end = toInstant(*endTime, end->where, error);
            if (error)
                return error;
        } else if (duration) {
            const auto seconds = TimeRules::parseIsoDuration(duration->value);
            if (!seconds || *seconds < 0)
                return m_context.error(duration->where,
                                       u"event \"%1\": DURATION \"%2\" is not a duration"_s.arg(event.title, duration->value));
            event.end = event.start.addSecs(*seconds);
        } else {
            // RFC 5545: a date lasts the day, a date-time without end or duration no time.
            event.end = startTime->time.isValid() ? event.start : event.start.addDays(1);
        }
        if (event.end < event.start)
            return m_context.error(pending.where, u"event \"%1\" ends before it starts"_s.arg(event.title));
        if (repeats)
            m_context.warn(pending.where, u"event \"%1\" repeats; only its first occurrence is imported"_s.arg(event.title));
        if (!recurrenceId.isEmpty() && !event.guid.isEmpty())
            event.guid += u'@' + recurrenceId;

        // Speakers: ATTENDEE where given; otherwise a "Speaker: ..." first line of the description,
        // which then leaves the abstract (it would only repeat the speakers).
        QString body = description;
        body.replace(u"\r\n"_s, u"\n"_s);
        const qsizetype firstBreak = body.indexOf(u'\n');
        const QStringView firstLine = QStringView(body).left(firstBreak < 0 ? body.size() : firstBreak);
        const QStringList named = speakerLine(firstLine);
        if (!named.isEmpty()) {
            QStringList known = event.speakerNames();
            QStringList sortedNamed = named;
            known.sort();
            sortedNamed.sort();
            if (event.persons.isEmpty()) {
                for (const QString &speaker : named)
                    event.persons.append(Person{QString(), speaker});
                body = firstBreak < 0 ? QString() : body.mid(firstBreak + 1);
            } else if (known == sortedNamed) {
                body = firstBreak < 0 ? QString() : body.mid(firstBreak + 1);
            }
        }
        event.abstract = ImportContext::abstractText(body, {});
        if (event.title.isEmpty())
            m_context.warn(pending.where, u"event without a title (SUMMARY)"_s);
        event.day = m_context.dayFor(event.start);
        schedule.events.append(std::move(event));
    }
    takeIndicoEvent(schedule);
    return std::nullopt;
}

void ICalendarReader::takeIndicoEvent(Schedule &schedule)
{
    // Indico's export with detail=contributions lists the talks and the whole event as one more
    // VEVENT (UID indico-event-<id>@host): that one names the conference and is not a talk.
    const auto isIndico = [](const Event &event, QStringView kind) { return event.guid.startsWith(kind); };
    const auto whole =
        std::find_if(schedule.events.begin(), schedule.events.end(), [&](const Event &event) { return isIndico(event, u"indico-event-"); });
    if (whole == schedule.events.end())
        return;
    const bool hasTalks = std::any_of(schedule.events.cbegin(), schedule.events.cend(), [&](const Event &event) {
        return isIndico(event, u"indico-contribution-") || isIndico(event, u"indico-session-");
    });
    if (!hasTalks)
        return;
    Conference &conference = schedule.conference;
    if (conference.title.isEmpty())
        conference.title = whole->title;
    if (conference.url.isEmpty())
        conference.url = whole->url;
    if (!conference.start.isValid())
        conference.start = whole->start.toTimeZone(m_context.conferenceZone()).date();
    if (!conference.end.isValid())
        conference.end = whole->end.addSecs(-1).toTimeZone(m_context.conferenceZone()).date();
    schedule.events.erase(whole);
}
