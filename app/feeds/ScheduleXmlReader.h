#pragma once

#include "FrabDays.h"
#include "ImportContext.h"
#include "XmlPullReader.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

/**
 * schedule.xml in all its dialects: frab, pretalx and the CCC hub; FOSDEM's Pentabarf (current,
 * legacy without guid, date or zone, and the ancient one with events directly under <day>);
 * wafer. Elements may come in any order, unknown ones are skipped, empty ones count as absent.
 *
 * Hostile input is refused, not expanded: no DTD with declarations (so no entity expansion),
 * no nesting deeper than 64 elements, no text or attribute value over 1 MiB.
 */
class ScheduleXmlReader
{
public:
    explicit ScheduleXmlReader(ImportContext &context);

    /** Reads the whole document into the context's schedule; an error means nothing usable. */
    std::optional<ImportError> read(const QByteArray &bytes);
    /** The same, parsed a block at a time as the input reads it (UTF-8 only). */
    std::optional<ImportError> read(FeedInput &input);

    static constexpr int maxDepth = 64;
    static constexpr qsizetype maxTextLength = FeedImporter::maxTextLength;

private:
    std::optional<ImportError> readDocument();
    void readSchedule();
    void readConference();
    void readTracks();
    void readTrack();
    void readRooms();
    void readDay();
    void readRoom(qsizetype dayIndex);
    void readEvent(qsizetype dayIndex, const QString &roomName);
    /**
     * A <persons> list: the event's speakers (added to it), or the top-level list of every speaker
     * (event null). Either may say who the speakers are (PersonDetails).
     */
    void readPersons(Event *event);
    /** Where readLinks() hands each link: its address, title, location, type and service attributes. */
    using LinkSink = std::function<void(const QString &url, const QString &title, const FeedLocation &where, const QString &type,
                                        const QString &service)>;
    void readLinks(QStringView itemName, const LinkSink &add);
    void readRecording(Event &event);

    /** The text of the current element; child elements are kept as tags (for HTML abstracts). */
    QString readText();
    /** readText() as one trimmed line. */
    QString readLine();
    void skipElement();
    /** A start element was read: counts its depth and checks its attributes; false (and fails) when refused. */
    bool enterElement();
    /** Advances to the next child element of the current one; false at its end or on error. */
    bool nextChild();
    FeedLocation here() const;
    void fail(const QString &message);

    ImportContext &m_context;
    XmlPullReader m_xml;
    FrabDays m_days;
    int m_depth = 0;
};
