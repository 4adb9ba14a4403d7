#include "ImportContext.h"

#include "LinkRules.h"
#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace
{
// A feed that triggers thousands of warnings says so in one line rather than in thousands.
constexpr qsizetype maxWarnings = 500;
} // namespace

QString FeedLocation::toString() const
{
    if (line > 0 && column > 0)
        return u"line %1, column %2"_s.arg(line).arg(column);
    if (line > 0)
        return u"line %1"_s.arg(line);
    if (!path.isEmpty())
        return path;
    if (byteOffset >= 0)
        return u"byte %1"_s.arg(byteOffset);
    return {};
}

ImportContext::ImportContext(const ImportOptions &options, Schedule &schedule)
    : m_options(options)
    , m_schedule(schedule)
{
}

QString ImportContext::source() const
{
    return m_options.sourceName.isEmpty() ? u"feed"_s : m_options.sourceName;
}

void ImportContext::warn(const FeedLocation &where, const QString &message)
{
    if (m_schedule.warnings.size() >= maxWarnings) {
        ++m_suppressedWarnings;
        const QString summary = u"%1 more warnings not listed"_s.arg(m_suppressedWarnings);
        if (m_suppressedWarnings == 1)
            m_schedule.warnings.append(summary);
        else
            m_schedule.warnings.last() = summary;
        return;
    }
    const QString place = where.toString();
    m_schedule.warnings.append(place.isEmpty() ? message : place + u": "_s + message);
}

ImportError ImportContext::error(const FeedLocation &where, const QString &message) const
{
    ImportError result;
    result.source = source();
    result.line = where.line;
    result.column = where.column;
    result.byteOffset = where.byteOffset;
    result.message = where.path.isEmpty() ? message : where.path + u": "_s + message;
    return result;
}

QTimeZone ImportContext::zone(const QString &id)
{
    const auto found = m_zones.constFind(id);
    if (found != m_zones.constEnd())
        return *found;
    const QTimeZone zone = TimeRules::zoneFromId(id);
    m_zones.insert(id, zone);
    return zone;
}

void ImportContext::noteOffset(int offsetSeconds)
{
    if (!m_firstOffset)
        m_firstOffset = offsetSeconds;
    else if (*m_firstOffset != offsetSeconds)
        m_offsetsDiffer = true;
}

std::optional<ImportError> ImportContext::settleTimeZone(const QString &feedZoneName, const FeedLocation &where)
{
    Conference &conference = m_schedule.conference;
    const QString given = m_options.timeZone.trimmed();
    if (!given.isEmpty()) {
        m_conferenceZone = zone(given);
        if (!m_conferenceZone.isValid()) {
            ImportError result = error(
                {},
                u"unknown time zone \"%1\" given for this feed; use an IANA name such as Europe/Brussels, or an offset such as UTC+01:00"_s
                    .arg(given));
            return result;
        }
        conference.timeZoneId = given;
        return std::nullopt;
    }
    const QString named = feedZoneName.trimmed();
    if (!named.isEmpty()) {
        m_conferenceZone = zone(named);
        if (m_conferenceZone.isValid()) {
            conference.timeZoneId = named;
            return std::nullopt;
        }
        warn(where, u"unknown time zone name \"%1\" ignored"_s.arg(named));
    }
    if (m_firstOffset) {
        conference.timeZoneId = TimeRules::zoneIdForOffset(*m_firstOffset);
        m_conferenceZone = zone(conference.timeZoneId);
        QString message =
            u"the feed names no time zone; times are shown at its UTC offset %1 without daylight-saving changes (give a time zone to fix this)"_s
                .arg(conference.timeZoneId);
        if (m_offsetsDiffer)
            message += u"; its times carry more than one UTC offset, each event keeps its own"_s;
        warn({}, message);
        return std::nullopt;
    }
    return error(
        where,
        u"the feed gives no time zone and its times carry no UTC offset, so no time in it can be placed; give the conference's time zone (for example Europe/Brussels)"_s);
}

QString ImportContext::shared(const QString &text)
{
    if (text.isEmpty())
        return text;
    return *m_shared.insert(text);
}

QString ImportContext::cleanUrl(QStringView raw, const FeedLocation &where, QStringView what)
{
    const LinkRules::CheckedUrl checked = LinkRules::check(raw, m_baseUrl);
    if (!checked.problem.isEmpty())
        warn(where, what.toString() + u": "_s + checked.problem);
    return checked.url;
}

void ImportContext::addLink(Event &event, QStringView url, QStringView title, const FeedLocation &where, QStringView type,
                            QStringView service)
{
    if (url.trimmed().isEmpty())
        return;
    const QString clean = cleanUrl(url, where, u"link");
    if (clean.isEmpty())
        return;
    const QString cleanTitle = shared(TextSanitizer::singleLine(title));
    for (const Link &link : std::as_const(event.links)) {
        if (link.url == clean)
            return; // the same address twice (FOSDEM's feedback URL is also in its links): kept once
    }
    event.links.append(Link{cleanTitle, clean});
    if (LinkRules::isRecordingLink(clean, cleanTitle, type, service) && !event.videos.contains(clean))
        event.videos.append(clean);
}

void ImportContext::addVideo(Event &event, QStringView url, const FeedLocation &where)
{
    if (url.trimmed().isEmpty())
        return;
    const QString clean = cleanUrl(url, where, u"recording");
    if (clean.isEmpty())
        return;
    const QString linkScheme = LinkRules::scheme(clean);
    if (linkScheme != u"http"_s && linkScheme != u"https"_s) {
        warn(where, u"recording %1 is not a web address; dropped"_s.arg(clean));
        return;
    }
    if (!event.videos.contains(clean))
        event.videos.append(clean);
}

void ImportContext::addPersonLink(PersonDetails &details, QStringView url, QStringView title, const FeedLocation &where)
{
    if (url.trimmed().isEmpty())
        return;
    const QString clean = cleanUrl(url, where, u"speaker link");
    if (clean.isEmpty())
        return;
    for (const Link &link : std::as_const(details.links)) {
        if (link.url == clean)
            return;
    }
    details.links.append(Link{TextSanitizer::singleLine(title), clean});
}

QString ImportContext::pictureUrl(QStringView raw, const FeedLocation &where)
{
    if (raw.trimmed().isEmpty())
        return {};
    const QString clean = cleanUrl(raw, where, u"speaker picture");
    const QString linkScheme = LinkRules::scheme(clean);
    if (!clean.isEmpty() && linkScheme != u"http"_s && linkScheme != u"https"_s) {
        warn(where, u"speaker picture %1 is not a web address; dropped"_s.arg(clean));
        return {};
    }
    return clean;
}

void ImportContext::addPersonDetails(PersonDetails details)
{
    if (details.name.isEmpty() || details.isEmpty())
        return;
    QList<PersonDetails> &all = m_schedule.personDetails;
    const qsizetype index = m_personDetailsIndex.value(details.name, -1);
    if (index < 0) {
        m_personDetailsIndex.insert(details.name, all.size());
        all.append(std::move(details));
        return;
    }
    PersonDetails &known = all[index];
    if (known.biography.isEmpty())
        known.biography = details.biography;
    if (known.tagline.isEmpty())
        known.tagline = details.tagline;
    if (known.pictureUrl.isEmpty())
        known.pictureUrl = details.pictureUrl;
    for (const Link &link : std::as_const(details.links)) {
        const bool listed =
            std::any_of(known.links.cbegin(), known.links.cend(), [&link](const Link &other) { return other.url == link.url; });
        if (!listed)
            known.links.append(link);
    }
}

QString ImportContext::biographyText(QStringView text)
{
    return TextSanitizer::toPlainText(text);
}

std::optional<bool> ImportContext::flag(QStringView text, const FeedLocation &where, QStringView what)
{
    const QString value = text.trimmed().toString().toLower();
    if (value.isEmpty() || value == u"null"_s)
        return std::nullopt;
    if (value == u"true"_s || value == u"1"_s || value == u"yes"_s)
        return true;
    if (value == u"false"_s || value == u"0"_s || value == u"no"_s)
        return false;
    warn(where, u"%1 \"%2\" is neither true nor false; ignored"_s.arg(what, value.left(40)));
    return std::nullopt;
}

void ImportContext::noteRecordingOptOut(Event &event, QStringView text, const FeedLocation &where, QStringView what)
{
    const std::optional<bool> optOut = flag(text, where, what);
    if (!optOut)
        return;
    // An opt-out anywhere wins over a "will be recorded" elsewhere in the same event.
    if (*optOut)
        event.recorded = false;
    else if (!event.recorded.has_value())
        event.recorded = true;
}

QDate ImportContext::dayFor(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    for (const Day &day : std::as_const(m_schedule.days)) {
        if (day.start.isValid() && day.end.isValid() && instant >= day.start && instant < day.end)
            return day.date;
    }
    const QDateTime local = m_conferenceZone.isValid() ? instant.toTimeZone(m_conferenceZone) : instant.toUTC();
    const QTime dayChange = m_schedule.conference.dayChange;
    if (dayChange.isValid() && local.time() < dayChange)
        return local.date().addDays(-1);
    return local.date();
}

QString ImportContext::displayText(QStringView abstract, QStringView description)
{
    const QString first = TextSanitizer::toPlainText(abstract);
    const QString second = TextSanitizer::toPlainText(description);
    if (second.isEmpty() || first.contains(second))
        return first;
    if (first.isEmpty() || second.contains(first))
        return second;
    return first + u"\n\n"_s + second;
}

QByteArray ImportContext::abstractText(QStringView abstract, QStringView description)
{
    // toUtf8() keeps room for three bytes a character: 2.6 KiB for an abstract of 900 characters,
    // more than the QString it replaces. What it does not use is given back.
    QByteArray utf8 = displayText(abstract, description).toUtf8();
    utf8.squeeze();
    return utf8;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        // ASCII runs are the common case: skip them eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, data + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

FeedLocation locationOfByte(const QByteArray &bytes, qsizetype offset)
{
    FeedLocation location;
    location.byteOffset = offset;
    qint64 line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    location.line = line;
    location.column = end - lineStart + 1;
    return location;
}
