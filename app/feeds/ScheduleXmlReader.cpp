#include "ScheduleXmlReader.h"

#include "LinkRules.h"
#include "TextSanitizer.h"
#include "core/TimeRules.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace
{
QString attribute(const XmlAttributes &attributes, QLatin1StringView name)
{
    return attributes.value(name).trimmed();
}

bool isHexColor(QStringView text)
{
    if ((text.size() != 7 && text.size() != 4) || text.front() != u'#')
        return false;
    for (const QChar c : text.mid(1)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}
} // namespace

ScheduleXmlReader::ScheduleXmlReader(ImportContext &context)
    : m_context(context)
{
}

FeedLocation ScheduleXmlReader::here() const
{
    FeedLocation location;
    location.line = m_xml.lineNumber();
    location.column = m_xml.columnNumber();
    return location;
}

void ScheduleXmlReader::fail(const QString &message)
{
    if (!m_xml.hasError())
        m_xml.raiseError(message);
}

bool ScheduleXmlReader::nextChild()
{
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        switch (m_xml.readNext()) {
        case XmlPullReader::StartElement:
            if (!enterElement())
                return false;
            return true;
        case XmlPullReader::EndElement:
            --m_depth;
            return false;
        case XmlPullReader::EntityReference:
            fail(u"entity reference &%1; is not allowed"_s.arg(m_xml.name()));
            return false;
        case XmlPullReader::Characters:
            if (m_xml.textLongerThan(maxTextLength)) {
                fail(u"text of more than %1 characters; refusing the document"_s.arg(maxTextLength));
                return false;
            }
            break;
        default:
            break;
        }
    }
    return false;
}

bool ScheduleXmlReader::enterElement()
{
    if (++m_depth > maxDepth) {
        fail(u"elements nested deeper than %1 levels; refusing the document"_s.arg(maxDepth));
        return false;
    }
    const XmlAttributes attributes = m_xml.attributes();
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (attributes.valueLongerThan(i, maxTextLength)) {
            fail(u"attribute %1 of <%2> has more than %3 characters; refusing the document"_s.arg(attributes.qualifiedName(i), m_xml.name(),
                                                                                                  QString::number(maxTextLength)));
            return false;
        }
    }
    return true;
}

void ScheduleXmlReader::skipElement()
{
    int nested = 0;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        switch (m_xml.readNext()) {
        case XmlPullReader::StartElement:
            ++nested;
            if (!enterElement())
                return;
            break;
        case XmlPullReader::EndElement:
            --m_depth;
            if (nested-- == 0)
                return;
            break;
        case XmlPullReader::EntityReference:
            fail(u"entity reference &%1; is not allowed"_s.arg(m_xml.name()));
            return;
        case XmlPullReader::Characters:
            if (m_xml.textLongerThan(maxTextLength)) {
                fail(u"text of more than %1 characters; refusing the document"_s.arg(maxTextLength));
                return;
            }
            break;
        default:
            break;
        }
    }
}

QString ScheduleXmlReader::readText()
{
    QString text;
    int nested = 0;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        switch (m_xml.readNext()) {
        case XmlPullReader::Characters:
            if (m_xml.textLongerThan(maxTextLength - text.size())) {
                fail(u"text of more than %1 characters; refusing the document"_s.arg(maxTextLength));
                return {};
            }
            m_xml.appendText(text);
            break;
        case XmlPullReader::StartElement:
            // HTML written as elements rather than escaped text: kept as tags for TextSanitizer.
            ++nested;
            if (!enterElement())
                return {};
            text.append(u'<');
            text.append(m_xml.name());
            text.append(u'>');
            break;
        case XmlPullReader::EndElement:
            --m_depth;
            if (nested-- == 0)
                return text;
            text.append(u"</");
            text.append(m_xml.name());
            text.append(u'>');
            break;
        case XmlPullReader::EntityReference:
            fail(u"entity reference &%1; is not allowed"_s.arg(m_xml.name()));
            return {};
        default:
            break;
        }
    }
    return {};
}

QString ScheduleXmlReader::readLine()
{
    return TextSanitizer::singleLine(readText());
}

std::optional<ImportError> ScheduleXmlReader::read(const QByteArray &bytes)
{
    m_xml.setData(bytes); // shared, not copied
    return readDocument();
}

std::optional<ImportError> ScheduleXmlReader::read(FeedInput &input)
{
    m_xml.setInput(input);
    return readDocument();
}

std::optional<ImportError> ScheduleXmlReader::readDocument()
{
    // The prolog: a DTD with an internal subset is refused before anything in it is declared.
    bool sawRoot = false;
    while (!m_xml.atEnd() && !m_xml.hasError() && !sawRoot) {
        switch (m_xml.readNext()) {
        case XmlPullReader::DTD:
            if (m_xml.dtdHasInternalSubset())
                fail(u"document type declarations with an internal subset (entity declarations) are not accepted"_s);
            break;
        case XmlPullReader::EntityReference: // in an attribute of the root
            fail(u"entity reference &%1; is not allowed"_s.arg(m_xml.name()));
            break;
        case XmlPullReader::StartElement:
            sawRoot = true;
            m_depth = 0;
            if (!enterElement())
                break;
            if (m_xml.name() != u"schedule")
                fail(u"not a schedule: the root element is <%1>, not <schedule>"_s.arg(m_xml.name()));
            break;
        default:
            break;
        }
    }
    if (sawRoot && !m_xml.hasError())
        readSchedule();
    if (!m_xml.hasError() && sawRoot) {
        // Anything after the root (comments, white space) is read for well-formedness.
        while (!m_xml.atEnd())
            m_xml.readNext();
    }

    if (m_xml.hasError() || !sawRoot) {
        ImportError error;
        error.source = m_context.source();
        error.line = m_xml.lineNumber();
        error.column = m_xml.columnNumber();
        switch (m_xml.error()) {
        case XmlPullReader::PrematureEndOfDocumentError:
            error.message = sawRoot ? u"the document ends too early (truncated?): %1"_s.arg(m_xml.errorString())
                                    : u"not a schedule: no XML element found"_s;
            break;
        case XmlPullReader::NotWellFormedError:
            error.message = u"not well-formed XML: %1"_s.arg(m_xml.errorString());
            break;
        case XmlPullReader::CustomError:
            error.message = m_xml.errorString();
            break;
        case XmlPullReader::NoError:
            error.message = u"not a schedule: no XML element found"_s;
            break;
        default:
            error.message = m_xml.errorString();
            break;
        }
        return error;
    }
    return m_days.resolve(m_context);
}

void ScheduleXmlReader::readSchedule()
{
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == u"conference") {
            readConference();
        } else if (name == u"day") {
            readDay();
        } else if (name == u"tracks") {
            readTracks();
        } else if (name == u"rooms") {
            readRooms();
        } else if (name == u"base_url") {
            const QString url = readLine();
            if (!url.isEmpty())
                m_context.setBaseUrl(url);
        } else if (name == u"time_zone_name") {
            const QString zone = readLine();
            if (!zone.isEmpty())
                m_days.zoneName = zone;
        } else if (name == u"persons") {
            readPersons(nullptr); // FOSDEM's list of every speaker, with their biographies
        } else {
            skipElement(); // version, generator, url, anything new
        }
    }
}

void ScheduleXmlReader::readConference()
{
    Conference &conference = m_context.schedule().conference;
    m_days.conferenceWhere = here();
    QString baseUrl;
    QString url;
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == u"title") {
            conference.title = readLine();
        } else if (name == u"acronym") {
            conference.acronym = readLine();
        } else if (name == u"subtitle") {
            conference.subtitle = readLine();
        } else if (name == u"venue") {
            conference.venue = readLine();
        } else if (name == u"city") {
            conference.city = readLine();
        } else if (name == u"start" || name == u"end") {
            const bool isStart = name == u"start";
            const FeedLocation where = here();
            const QString text = readLine();
            if (text.isEmpty())
                continue;
            const auto date = TimeRules::parseDate(text);
            if (!date)
                m_context.warn(where, u"conference %1 \"%2\" is not a date; ignored"_s.arg(isStart ? u"start"_s : u"end"_s, text));
            else
                (isStart ? conference.start : conference.end) = *date;
        } else if (name == u"day_change") {
            m_days.dayChange = readLine();
        } else if (name == u"time_zone_name") {
            const QString zone = readLine();
            if (!zone.isEmpty())
                m_days.zoneName = zone;
        } else if (name == u"base_url") {
            baseUrl = readLine();
        } else if (name == u"url") {
            url = readLine();
        } else if (name == u"track") {
            readTrack();
        } else if (name == u"tracks") {
            readTracks();
        } else if (name == u"rooms") {
            readRooms();
        } else {
            skipElement(); // days, timeslot_duration, logo, color, ...
        }
    }
    if (!baseUrl.isEmpty())
        m_context.setBaseUrl(baseUrl);
    const QString conferenceUrl = url.isEmpty() ? baseUrl : url;
    if (!conferenceUrl.isEmpty())
        conference.url = m_context.cleanUrl(conferenceUrl, m_days.conferenceWhere, u"conference URL");
}

void ScheduleXmlReader::readTracks()
{
    while (nextChild()) {
        if (m_xml.name() == u"track")
            readTrack();
        else
            skipElement();
    }
}

void ScheduleXmlReader::readTrack()
{
    // <track name="..." color="..."/> in <conference>, <track slug="...">Name</track> in <tracks>.
    const XmlAttributes attributes = m_xml.attributes();
    const QString attributeName = TextSanitizer::singleLine(attributes.value("name"_L1));
    const QString color = attribute(attributes, "color"_L1);
    const QString text = readLine();
    const QString name = attributeName.isEmpty() ? text : attributeName;
    if (name.isEmpty())
        return;
    QList<Track> &tracks = m_context.schedule().tracks;
    for (const Track &track : std::as_const(tracks)) {
        if (track.name == name)
            return;
    }
    tracks.append(Track{name, isHexColor(color) ? color.toLower() : QString()});
}

void ScheduleXmlReader::readRooms()
{
    QStringList &rooms = m_context.schedule().rooms;
    while (nextChild()) {
        if (m_xml.name() != u"room") {
            skipElement();
            continue;
        }
        QString name = TextSanitizer::singleLine(m_xml.attributes().value("name"_L1));
        const QString text = readLine();
        if (name.isEmpty())
            name = text;
        if (!name.isEmpty() && !rooms.contains(name))
            rooms.append(name);
    }
}

void ScheduleXmlReader::readDay()
{
    const XmlAttributes attributes = m_xml.attributes();
    FeedDay day;
    day.where = here();
    day.index = attributes.value("index"_L1).toInt();
    day.date = attribute(attributes, "date"_L1);
    day.start = attribute(attributes, "start"_L1);
    day.end = attribute(attributes, "end"_L1);
    const qsizetype dayIndex = m_days.days.size();
    m_days.days.append(day);
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == u"room")
            readRoom(dayIndex);
        else if (name == u"event") // the ancient Pentabarf: events directly in the day
            readEvent(dayIndex, QString());
        else
            skipElement();
    }
}

void ScheduleXmlReader::readRoom(qsizetype dayIndex)
{
    const QString roomName = TextSanitizer::singleLine(m_xml.attributes().value("name"_L1));
    while (nextChild()) {
        if (m_xml.name() == u"event")
            readEvent(dayIndex, roomName);
        else
            skipElement();
    }
}

namespace
{
/** The children of <event> the reader knows. */
enum class EventElement {
    Title,
    Subtitle,
    Date,
    Start,
    Duration,
    End,
    Room,
    Slug,
    Track,
    Type,
    Language,
    Abstract,
    Description,
    Url,
    Persons,
    Links,
    Attachments,
    Recording,
    Video,
    FeedbackUrl,
    Guid,
    DoNotRecord,
    Other
};

/** Looked up once per element, where a chain of up to 22 comparisons was a seventh of reading an event. */
EventElement eventElement(QStringView name)
{
    static const QHash<QStringView, EventElement> known = {
        {u"title", EventElement::Title},
        {u"subtitle", EventElement::Subtitle},
        {u"date", EventElement::Date},
        {u"start", EventElement::Start},
        {u"duration", EventElement::Duration},
        {u"end", EventElement::End},
        {u"room", EventElement::Room},
        {u"slug", EventElement::Slug},
        {u"track", EventElement::Track},
        {u"type", EventElement::Type},
        {u"language", EventElement::Language},
        {u"abstract", EventElement::Abstract},
        {u"description", EventElement::Description},
        {u"url", EventElement::Url},
        {u"persons", EventElement::Persons},
        {u"links", EventElement::Links},
        {u"attachments", EventElement::Attachments},
        {u"recording", EventElement::Recording},
        {u"video_download_url", EventElement::Video},
        {u"video", EventElement::Video},
        {u"feedback_url", EventElement::FeedbackUrl},
        {u"guid", EventElement::Guid},
        {u"do_not_record", EventElement::DoNotRecord},
    };
    return known.value(name, EventElement::Other);
}
} // namespace

void ScheduleXmlReader::readEvent(qsizetype dayIndex, const QString &roomName)
{
    Event event;
    FeedSlot slot;
    slot.day = dayIndex;
    slot.where = here();
    const XmlAttributes attributes = m_xml.attributes();
    event.feedId = attribute(attributes, "id"_L1);
    event.guid = attribute(attributes, "guid"_L1);
    if (event.feedId.isEmpty())
        event.feedId = attribute(attributes, "code"_L1);

    QString abstract;
    QString description;
    QString eventRoom;
    QString url;
    FeedLocation urlWhere;
    QString feedbackUrl;
    FeedLocation feedbackWhere;
    const auto addEventLink = [this, &event](const QString &href, const QString &title, const FeedLocation &where, const QString &type,
                                             const QString &service) { m_context.addLink(event, href, title, where, type, service); };
    while (nextChild()) {
        switch (eventElement(m_xml.name())) {
        case EventElement::Title:
            event.title = readLine();
            break;
        case EventElement::Subtitle:
            event.subtitle = readLine();
            break;
        case EventElement::Date:
            slot.date = readLine();
            break;
        case EventElement::Start:
            slot.start = readLine();
            break;
        case EventElement::Duration:
            slot.duration = readLine();
            break;
        case EventElement::End:
            slot.end = readLine();
            break;
        case EventElement::Room:
            eventRoom = readLine();
            break;
        case EventElement::Slug:
            event.slug = readLine();
            break;
        case EventElement::Track:
            event.track = m_context.shared(readLine());
            break;
        case EventElement::Type:
            event.type = m_context.shared(readLine());
            break;
        case EventElement::Language:
            event.language = m_context.shared(readLine());
            break;
        case EventElement::Abstract:
            abstract = readText();
            break;
        case EventElement::Description:
            description = readText();
            break;
        case EventElement::Url:
            urlWhere = here();
            url = readLine();
            break;
        case EventElement::Persons:
            readPersons(&event);
            break;
        case EventElement::Links:
            readLinks(u"link", addEventLink);
            break;
        case EventElement::Attachments:
            readLinks(u"attachment", addEventLink);
            break;
        case EventElement::Recording:
            readRecording(event);
            break;
        case EventElement::Video: {
            const FeedLocation where = here();
            const QString video = readLine();
            m_context.addVideo(event, video, where);
            break;
        }
        case EventElement::FeedbackUrl:
            feedbackWhere = here();
            feedbackUrl = readLine();
            break;
        case EventElement::Guid:
            if (event.guid.isEmpty())
                event.guid = readLine();
            else
                skipElement();
            break;
        case EventElement::DoNotRecord: {
            const FeedLocation where = here();
            const QString value = readLine();
            m_context.noteRecordingOptOut(event, value, where, u"do_not_record");
            break;
        }
        case EventElement::Other:
            skipElement(); // logo, answers, origin_url, ...
            break;
        }
    }
    if (m_xml.hasError())
        return;

    // The event's own <room> names its room; the enclosing <room name> is the feed's grouping,
    // which merged feeds (36C3) prefix for sorting ("1Komona headnut" around "headnut").
    event.room = m_context.shared(eventRoom.isEmpty() ? roomName : eventRoom);
    event.abstract = ImportContext::abstractText(abstract, description);
    if (!url.isEmpty())
        event.url = m_context.cleanUrl(url, urlWhere, u"event URL");
    if (!feedbackUrl.isEmpty())
        m_context.addLink(event, feedbackUrl, u"Feedback", feedbackWhere);
    if (event.title.isEmpty())
        m_context.warn(slot.where, u"event without a title (id \"%1\")"_s.arg(event.feedId.isEmpty() ? event.guid : event.feedId));

    m_context.schedule().events.append(std::move(event));
    m_days.slots.append(std::move(slot));
}

void ScheduleXmlReader::readPersons(Event *event)
{
    while (nextChild()) {
        if (m_xml.name() != u"person") {
            skipElement();
            continue;
        }
        const XmlAttributes attributes = m_xml.attributes();
        Person person;
        person.id = attribute(attributes, "id"_L1);
        if (person.id.isEmpty())
            person.id = attribute(attributes, "guid"_L1);
        const FeedLocation where = here();
        // <person id="1">Name</person>, or a structured <person><name>Name</name>...</person>,
        // which may also say who they are (FOSDEM's top-level list: biography, extended_biography).
        QString text;
        QString structuredName;
        QString biography;
        QString extendedBiography;
        PersonDetails details;
        while (!m_xml.atEnd() && !m_xml.hasError()) {
            const auto token = m_xml.readNext();
            if (token == XmlPullReader::Characters) {
                if (m_xml.textLongerThan(maxTextLength - text.size())) {
                    fail(u"text of more than %1 characters; refusing the document"_s.arg(maxTextLength));
                    return;
                }
                m_xml.appendText(text);
            } else if (token == XmlPullReader::StartElement) {
                if (!enterElement())
                    return;
                const QStringView childName = m_xml.name();
                if (childName == u"name" || childName == u"public_name" || childName == u"full_name") {
                    const QString value = readLine();
                    if (structuredName.isEmpty())
                        structuredName = value;
                } else if (childName == u"biography") {
                    biography = readText();
                } else if (childName == u"extended_biography") {
                    extendedBiography = readText();
                } else if (childName == u"tagline") {
                    details.tagline = readLine();
                } else if (childName == u"avatar") {
                    const FeedLocation pictureWhere = here();
                    details.pictureUrl = m_context.pictureUrl(readLine(), pictureWhere);
                } else if (childName == u"url") {
                    const FeedLocation urlWhere = here();
                    m_context.addPersonLink(details, readLine(), {}, urlWhere);
                } else if (childName == u"links") {
                    readLinks(u"link",
                              [this, &details](const QString &url, const QString &title, const FeedLocation &linkWhere, const QString &,
                                               const QString &) { m_context.addPersonLink(details, url, title, linkWhere); });
                } else {
                    skipElement();
                }
            } else if (token == XmlPullReader::EndElement) {
                --m_depth;
                break;
            } else if (token == XmlPullReader::EntityReference) {
                fail(u"entity reference &%1; is not allowed"_s.arg(m_xml.name()));
                return;
            }
        }
        person.name = structuredName.isEmpty() ? TextSanitizer::singleLine(text) : structuredName;
        if (person.name.isEmpty()) {
            m_context.warn(where, u"person without a name skipped"_s);
            continue;
        }
        details.name = person.name;
        details.biography = ImportContext::displayText(biography, extendedBiography);
        m_context.addPersonDetails(std::move(details));
        if (event) {
            person.id = m_context.shared(person.id);
            person.name = m_context.shared(person.name);
            event->persons.append(person);
        }
    }
}

void ScheduleXmlReader::readLinks(QStringView itemName, const LinkSink &add)
{
    while (nextChild()) {
        if (m_xml.name() != itemName) {
            skipElement();
            continue;
        }
        const XmlAttributes attributes = m_xml.attributes();
        const QString href = attribute(attributes, "href"_L1);
        const QString type = attribute(attributes, "type"_L1);
        const QString service = attribute(attributes, "service"_L1);
        const FeedLocation where = here();
        QString title = readLine();
        QString url = href;
        // Wiki-merged feeds write <link>https://...</link>, and once the address and the title
        // the wrong way round: the address is whichever of the two is a web address.
        const auto isWebAddress = [](const QString &text) {
            const QString linkScheme = LinkRules::scheme(text);
            return linkScheme == u"http"_s || linkScheme == u"https"_s;
        };
        if (!isWebAddress(url) && isWebAddress(title)) {
            if (!url.isEmpty())
                m_context.warn(where, u"%1 with its address and title swapped; read as %2"_s.arg(itemName, title));
            std::swap(url, title);
        }
        if (url.isEmpty()) {
            if (!title.isEmpty())
                m_context.warn(where, u"%1 \"%2\" without an address skipped"_s.arg(itemName, title));
            continue;
        }
        add(url, title, where, type, service);
    }
}

void ScheduleXmlReader::readRecording(Event &event)
{
    while (nextChild()) {
        const QStringView name = m_xml.name();
        if (name == u"url" || name == u"link") {
            const FeedLocation where = here();
            const QString url = readLine();
            m_context.addVideo(event, url, where);
        } else if (name == u"optout") {
            const FeedLocation where = here();
            const QString value = readLine();
            m_context.noteRecordingOptOut(event, value, where, u"recording optout");
        } else {
            skipElement(); // license
        }
    }
}
