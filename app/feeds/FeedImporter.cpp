#include "FeedImporter.h"

#include "FeedInput.h"
#include "ICalendarReader.h"
#include "ImportContext.h"
#include "ScheduleJsonReader.h"
#include "ScheduleV2JsonReader.h"
#include "ScheduleXmlReader.h"
#include "SessionizeReader.h"
#include "core/EventIdentity.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFeedImporter, "lanyard.feeds", QtInfoMsg)

QString ImportError::toString() const
{
    const QString where = source.isEmpty() ? u"feed"_s : source;
    QString prefix = where;
    if (line > 0) {
        prefix += u':' + QString::number(line);
        if (column > 0)
            prefix += u':' + QString::number(column);
    }
    if (byteOffset >= 0)
        prefix += u" (byte "_s + QString::number(byteOffset) + u')';
    return prefix + u": "_s + message;
}

namespace FeedImporter
{

namespace
{

/** What the content is, and why not a schedule when it is none. */
struct Detection
{
    Format format = Format::Unknown;
    QString reason;
    /** For JSON: the parsed document, or the syntax error. */
    QJsonDocument json;
    QJsonParseError jsonError{};
};

/** What is read of a device to tell its format; a feed no longer than this is read whole. */
constexpr qint64 streamedHeadSize = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

qsizetype skipBomAndSpace(const QByteArray &bytes)
{
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size() && isSpace(bytes[pos]))
        ++pos;
    return pos;
}

bool startsWithNoCase(const QByteArray &bytes, qsizetype pos, QByteArrayView prefix)
{
    return bytes.size() - pos >= prefix.size()
        && QByteArrayView(bytes).sliced(pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

/** An HTML page (a login form, an error page, a captive portal) where a feed was expected. */
bool looksLikeHtmlPage(const QByteArray &bytes, qsizetype pos)
{
    const QByteArray head = bytes.mid(pos, 2048).toLower();
    for (const char *marker : {"<!doctype html", "<html", "<head>", "<body"}) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

/** The encoding an XML declaration names (lower case), or empty. */
QByteArray xmlDeclaredEncoding(const QByteArray &bytes, qsizetype pos)
{
    if (!bytes.mid(pos, 5).startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>", pos);
    if (end < 0)
        return {};
    const QByteArray declaration = bytes.mid(pos, end - pos);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < declaration.size() && (isSpace(declaration[i]) || declaration[i] == '='))
        ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return {};
    const char quote = declaration[i];
    const qsizetype close = declaration.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return declaration.mid(i + 1, close - i - 1).trimmed().toLower();
}

/** The first element of an XML document, read a block at a time (not the whole decoded at once). */
class XmlRoot
{
public:
    explicit XmlRoot(const QByteArray &bytes)
    {
        m_input.setData(bytes);
        m_input.open(QIODevice::ReadOnly);
        m_xml.setDevice(&m_input);
        while (!m_xml.atEnd() && !m_xml.hasError() && m_xml.readNext() != QXmlStreamReader::StartElement) { }
    }
    bool found() const { return m_xml.tokenType() == QXmlStreamReader::StartElement; }
    QStringView name() const { return m_xml.name(); }

private:
    QBuffer m_input;
    QXmlStreamReader m_xml;
};

Detection detectContent(const QByteArray &bytes)
{
    Detection detection;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // UTF-16 is only ever seen in XML, which declares itself; QXmlStreamReader decodes it.
        const XmlRoot root(bytes);
        if (root.found() && root.name() == u"schedule")
            detection.format = Format::ScheduleXml;
        else
            detection.reason = u"UTF-16 text that is not a schedule.xml"_s;
        return detection;
    }
    const qsizetype pos = skipBomAndSpace(bytes);
    if (pos >= bytes.size()) {
        detection.reason = u"the content is empty"_s;
        return detection;
    }
    const char first = bytes[pos];
    if (first == '<') {
        const XmlRoot root(bytes);
        const bool hasRoot = root.found();
        if (hasRoot && root.name() == u"schedule")
            detection.format = Format::ScheduleXml;
        else if (looksLikeHtmlPage(bytes, pos) || (hasRoot && root.name().compare(u"html", Qt::CaseInsensitive) == 0))
            detection.reason = u"this is an HTML web page (a login or error page?), not a schedule"_s;
        else if (!hasRoot)
            detection.format = Format::ScheduleXml; // XML broken before its root: the reader says where
        else
            detection.reason = u"XML whose root element is <%1>, not <schedule>"_s.arg(root.name());
        return detection;
    }
    if (first == '{' || first == '[') {
        detection.json = QJsonDocument::fromJson(bytes, &detection.jsonError);
        if (detection.jsonError.error != QJsonParseError::NoError) {
            // Broken JSON: still JSON, so the import reports the syntax error and its offset.
            detection.format = Format::ScheduleJson;
            return detection;
        }
        const QJsonObject schedule = detection.json.object().value(u"schedule").toObject();
        if (SessionizeReader::detect(detection.json)) {
            detection.format = Format::Sessionize;
        } else if (!detection.json.isObject() || schedule.isEmpty()) {
            detection.reason =
                u"JSON without a \"schedule\" object (neither schedule.json nor schedule v2) and not a Sessionize view (All, Sessions or GridSmart)"_s;
        } else if (schedule.value(u"events").isArray()) {
            detection.format = Format::ScheduleV2Json;
        } else if (schedule.value(u"conference").toObject().value(u"days").isArray()) {
            detection.format = Format::ScheduleJson;
        } else {
            detection.reason =
                u"JSON with a \"schedule\" object but neither schedule.conference.days (schedule.json) nor schedule.events (schedule v2)"_s;
        }
        return detection;
    }
    if (startsWithNoCase(bytes, pos, "BEGIN:VCALENDAR")) {
        detection.format = Format::ICalendar;
        return detection;
    }
    detection.reason = u"the content is not XML, JSON or iCalendar"_s;
    return detection;
}

/**
 * The JSON path of the first string (value or member name) longer than maxTextLength, or nothing.
 * Qt's parser already refuses documents nested deeper than it can read.
 */
std::optional<QString> findHugeText(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString().size() > maxTextLength ? std::optional<QString>(path) : std::nullopt;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = findHugeText(array.at(i), path + u'[' + QString::number(i) + u']'))
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString member = path.isEmpty() ? it.key().left(40) : path + u'.' + it.key().left(40);
            if (it.key().size() > maxTextLength)
                return member;
            if (auto found = findHugeText(it.value(), member))
                return found;
        }
    }
    return std::nullopt;
}

ImportError makeError(const ImportOptions &options, const QString &message, const FeedLocation &where = {})
{
    ImportError error;
    error.source = options.sourceName.isEmpty() ? u"feed"_s : options.sourceName;
    error.line = where.line;
    error.column = where.column;
    error.byteOffset = where.byteOffset;
    error.message = message;
    return error;
}

/** Whether the bytes must be UTF-8 as a whole (JSON always; XML unless it declares otherwise). */
bool mustBeUtf8(Format format, const QByteArray &bytes)
{
    if (format == Format::ICalendar)
        return false; // checked after unfolding: a folded line may split a character
    if (format != Format::ScheduleXml)
        return true;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const QByteArray encoding = xmlDeclaredEncoding(bytes, skipBomAndSpace(bytes));
    return encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8";
}

/** A reader's work and what every import does after it: the checks of the whole programme, derived data, ids. */
ImportResult readWith(Format format, const ImportOptions &options, const std::function<std::optional<ImportError>(ImportContext &)> &reader)
{
    ImportResult result;
    QElapsedTimer timer;
    timer.start();
    Schedule schedule;
    schedule.format = formatName(format);
    ImportContext context(options, schedule);
    std::optional<ImportError> error = reader(context);
    if (error) {
        qCDebug(lcFeedImporter) << "import failed:" << error->toString();
        result.error = std::move(error);
        return result;
    }
    for (const Event &event : std::as_const(schedule.events)) {
        // A length of years is a broken or hostile number, and would fill every view from start to end.
        const qint64 seconds = event.start.secsTo(event.end);
        if (seconds > maxEventDays * 86400) {
            result.error = makeError(options,
                                     u"event \"%1\" starting %2 lasts %3 days; an event of more than %4 days is refused"_s
                                         .arg(event.title, event.start.toString(Qt::ISODate))
                                         .arg(seconds / 86400)
                                         .arg(maxEventDays));
            return result;
        }
    }
    const qint64 readMs = timer.elapsed();
    if (schedule.events.isEmpty())
        context.warn({}, u"the schedule has no events"_s);
    if (schedule.conference.url.isEmpty() && !options.website.isEmpty())
        schedule.conference.url = context.cleanUrl(options.website, {}, u"website");
    schedule.completeDerivedData();
    EventIdentity::assign(schedule);
    qCDebug(lcFeedImporter).nospace() << "imported " << schedule.events.size() << " events from " << context.source() << " ("
                                      << schedule.format << ") in " << timer.elapsed() << " ms (reading " << readMs << " ms)";
    result.schedule = std::move(schedule);
    return result;
}

/**
 * Whether a feed whose first bytes these are is parsed as it is read: a schedule.xml in UTF-8,
 * the one format that comes in tens of megabytes. The rest is read whole first.
 */
bool parsedAsRead(const QByteArray &head)
{
    // Only where the first bytes settle everything the whole bytes' import would decide before
    // parsing: the root is <schedule> (not an error or another root further on), the whole must
    // be UTF-8, and the reader takes it as it is (no other encoding declared).
    if (!XmlPullReader::readsAsUtf8(head) || !mustBeUtf8(Format::ScheduleXml, head))
        return false;
    const XmlRoot root(head);
    return root.found() && root.name() == u"schedule";
}

/** The head and the rest of the device, in one buffer sized once. */
QByteArray readRest(QIODevice &device, QByteArray head)
{
    if (!device.isSequential())
        head.reserve(std::max<qint64>(head.size(), device.size() - device.pos() + head.size()));
    while (!device.atEnd()) {
        const qsizetype at = head.size();
        head.resize(at + streamedHeadSize);
        const qint64 got = device.read(head.data() + at, streamedHeadSize);
        head.resize(at + std::max<qint64>(got, 0));
        if (got <= 0)
            break;
    }
    return head;
}

} // namespace

Format detect(const QByteArray &bytes)
{
    return detectContent(bytes).format;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::ScheduleXml:
        return u"schedule.xml"_s;
    case Format::ScheduleJson:
        return u"schedule.json"_s;
    case Format::ScheduleV2Json:
        return u"schedule-v2.json"_s;
    case Format::ICalendar:
        return u"icalendar"_s;
    case Format::Sessionize:
        return u"sessionize"_s;
    case Format::Unknown:
        break;
    }
    return u"unknown"_s;
}

ImportResult import(const QByteArray &bytes, const ImportOptions &options)
{
    ImportResult result;
    Detection detection = detectContent(bytes);
    if (detection.format == Format::Unknown) {
        result.error = makeError(options, u"not a schedule: "_s + detection.reason);
        return result;
    }
    if (mustBeUtf8(detection.format, bytes)) {
        const qsizetype bad = firstInvalidUtf8(bytes);
        if (bad >= 0) {
            const FeedLocation where = locationOfByte(bytes, bad);
            result.error =
                makeError(options, u"invalid UTF-8 at byte %1 (line %2, column %3)"_s.arg(bad).arg(where.line).arg(where.column), where);
            return result;
        }
    }
    if (detection.jsonError.error != QJsonParseError::NoError) {
        // Qt reports an error at the very end one byte past it.
        FeedLocation where = locationOfByte(bytes, std::min<qsizetype>(detection.jsonError.offset, bytes.size()));
        result.error = makeError(options, u"JSON syntax error: %1"_s.arg(detection.jsonError.errorString()), where);
        return result;
    }

    if (detection.json.isObject() || detection.json.isArray()) {
        const QJsonValue whole = detection.json.isObject() ? QJsonValue(detection.json.object()) : QJsonValue(detection.json.array());
        if (const auto path = findHugeText(whole, {})) {
            result.error =
                makeError(options, u"text of more than %1 characters at %2; refusing the document"_s.arg(maxTextLength).arg(*path));
            return result;
        }
    }

    result = readWith(detection.format, options, [&bytes, &detection](ImportContext &context) -> std::optional<ImportError> {
        switch (detection.format) {
        case Format::ScheduleXml:
            return ScheduleXmlReader(context).read(bytes);
        case Format::ScheduleJson:
            return ScheduleJsonReader(context).read(detection.json.object());
        case Format::ScheduleV2Json:
            return ScheduleV2JsonReader(context).read(detection.json.object());
        case Format::ICalendar:
            return ICalendarReader(context).read(bytes);
        case Format::Sessionize:
            return SessionizeReader(context).read(detection.json);
        case Format::Unknown:
            break;
        }
        return std::nullopt;
    });
    return result;
}

ImportResult import(QIODevice &device, const ImportOptions &options)
{
    QByteArray head = device.read(streamedHeadSize);
    if (device.atEnd() || !parsedAsRead(head))
        return import(readRest(device, std::move(head)), options);
    FeedInput input(device, std::move(head));
    ImportResult result =
        readWith(Format::ScheduleXml, options, [&input](ImportContext &context) { return ScheduleXmlReader(context).read(input); });
    // A feed read whole is refused for an invalid byte anywhere before anything else is said
    // about it: where the reader stopped early, the rest is checked too, so that the same bytes
    // get the same answer read either way.
    if (!result.ok()) {
        while (!input.read(streamedHeadSize).isEmpty()) { }
    }
    if (input.failed()) {
        // The bytes' fault, wherever the reader stopped because of it.
        result = {};
        result.error = makeError(options, input.fault(), input.faultLocation());
        return result;
    }
    return result;
}

} // namespace FeedImporter
