#pragma once

#include "FeedImporter.h"
#include "core/Schedule.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

/** Where in a feed something is: a line and column (XML, iCalendar), a byte, or a path (JSON). */
struct FeedLocation
{
    qint64 line = 0;
    qint64 column = 0;
    qint64 byteOffset = -1;
    /** "schedule.conference.days[0].rooms["Curie"][3]" for JSON. */
    QString path;

    /** "line 12, column 5", "line 12", "byte 400", the path, or empty when unknown. */
    QString toString() const;
};

/**
 * One import's shared state and rules, so that the readers share them instead of repeating them:
 * the options and the schedule being built, warnings with their locations, zones (looked up once
 * per id), the UTC offsets the feed's times carry, the conference's zone, links and recordings.
 */
class ImportContext
{
public:
    ImportContext(const ImportOptions &options, Schedule &schedule);

    const ImportOptions &options() const { return m_options; }
    Schedule &schedule() { return m_schedule; }
    /** The file name or URL for messages ("feed" when the caller gave none). */
    QString source() const;

    /** Records something skipped or repaired, with where it is ("line 12: event without title"). */
    void warn(const FeedLocation &where, const QString &message);
    /**
     * One shared copy of a text that repeats across events (a room, track, type, language, a
     * speaker, a link's title): each event holding its own copy took 6 MiB of a 20,000-event import.
     */
    QString shared(const QString &text);
    /** An error at a place in the feed. */
    ImportError error(const FeedLocation &where, const QString &message) const;

    /** The zone for an id (IANA or fixed offset), looked up once per import. Invalid when unknown. */
    QTimeZone zone(const QString &id);
    /** Records a UTC offset one of the feed's date-times carries. */
    void noteOffset(int offsetSeconds);
    /** The first UTC offset the feed's date-times carry, if any did. */
    std::optional<int> firstOffset() const { return m_firstOffset; }
    /**
     * Settles the conference's zone: ImportOptions::timeZone, else the zone the feed names, else a
     * fixed offset from the feed's own date-times (with a warning), else an error asking for a
     * zone: a time without a zone is never guessed.
     */
    std::optional<ImportError> settleTimeZone(const QString &feedZoneName, const FeedLocation &where);
    /** The conference's zone once settled. */
    const QTimeZone &conferenceZone() const { return m_conferenceZone; }

    /** The URL relative links in the feed are resolved against. */
    void setBaseUrl(const QString &url) { m_baseUrl = url; }
    /** A URL from the feed cleaned by LinkRules; empty (with a warning) when dropped. */
    QString cleanUrl(QStringView raw, const FeedLocation &where, QStringView what);
    /**
     * Adds one of the feed's links to the event. Links keep everything the feed lists as links
     * (http, https, mailto); a link that is a recording is also added to Event::videos, which
     * collects recordings from wherever the feed puts them. Nothing is removed from links.
     */
    void addLink(Event &event, QStringView url, QStringView title, const FeedLocation &where, QStringView type = {},
                 QStringView service = {});
    /** Adds a recording URL (video_download_url, <recording><url>, ...) to Event::videos only. */
    void addVideo(Event &event, QStringView url, const FeedLocation &where);

    /**
     * Adds one of a speaker's links (their web site, a social profile), checked as event links
     * are (http, https, mailto; anything else dropped with a warning), each address once.
     */
    void addPersonLink(PersonDetails &details, QStringView url, QStringView title, const FeedLocation &where);
    /** A speaker's picture address: http or https only, else dropped with a warning. Never fetched here. */
    QString pictureUrl(QStringView raw, const FeedLocation &where);
    /**
     * Records what the feed says about a speaker. A name given again (pretalx repeats a speaker
     * on every talk) fills in only what was still empty and adds links not yet there.
     */
    void addPersonDetails(PersonDetails details);
    /** A biography as plain display text: HTML and Markdown reduced as abstracts are (TextSanitizer). */
    static QString biographyText(QStringView text);

    /**
     * A yes/no flag as feeds write it ("true", "false", "1", "0", "yes", "no", any case); unset,
     * with a warning naming what, when it is something else. Empty text is unset without a word.
     */
    std::optional<bool> flag(QStringView text, const FeedLocation &where, QStringView what);
    /** Records an opt-out flag (do_not_record, optout): true means the talk will not be recorded. */
    void noteRecordingOptOut(Event &event, QStringView text, const FeedLocation &where, QStringView what);

    /**
     * The conference day an instant belongs to, for feeds that do not put events in days: the day
     * whose window holds it, else its local date (before Conference::dayChange: the day before).
     */
    QDate dayFor(const QDateTime &instant) const;

    /** An abstract and a description as one plain display text (the description added when it says more). */
    static QString displayText(QStringView abstract, QStringView description);
    /** The same as an event's abstract: UTF-8 in a buffer of its own size. */
    static QByteArray abstractText(QStringView abstract, QStringView description);

private:
    const ImportOptions &m_options;
    Schedule &m_schedule;
    QHash<QString, QTimeZone> m_zones;
    QTimeZone m_conferenceZone;
    std::optional<int> m_firstOffset;
    bool m_offsetsDiffer = false;
    QString m_baseUrl;
    qsizetype m_suppressedWarnings = 0;
    QSet<QString> m_shared;
    /** Where each name is in Schedule::personDetails. */
    QHash<QString, qsizetype> m_personDetailsIndex;
};

/** Index of the first byte that is not valid UTF-8 (overlong forms and surrogates included), or -1. */
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from = 0);
/** The 1-based line and column (in bytes) of a byte offset; CR LF, LF and CR each end a line. */
FeedLocation locationOfByte(const QByteArray &bytes, qsizetype offset);
