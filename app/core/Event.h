#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** A link attached to an event (slides, feedback page, recording, ...). */
struct Link
{
    QString title;
    QString url;
    bool operator==(const Link &other) const = default;
};

/** A speaker as the feed names them; the id is the feed's own person id where it has one. */
struct Person
{
    QString id;
    QString name;
    bool operator==(const Person &other) const = default;
};

/**
 * One scheduled slot of a conference programme. Times are absolute instants in UTC; they are
 * shown in the conference's time zone at that instant. `day` is the conference day the feed puts
 * the event in, which for after-midnight talks is not the calendar date of its start.
 */
struct Event
{
    /** Stable id (see EventIdentity): the same on every machine and every re-import. */
    QString id;
    QString conferenceId;
    QString guid;
    /** The feed's own id for the event, where it gives one. */
    QString feedId;
    QString slug;
    QString title;
    QString subtitle;
    QDateTime start;
    QDateTime end;
    QDate day;
    QString room;
    QString track;
    QString type;
    QString language;
    /** Plain, safe display text (HTML and Markdown already reduced to text by the importer). */
    QString abstract;
    QString url;
    QList<Person> persons;
    QList<Link> links;
    /** Recording URLs (YouTube, media.ccc.de, archive.org, ...), http and https only. */
    QStringList videos;
    /**
     * Whether the talk will be recorded: false where the feed opts out (do_not_record,
     * <recording><optout>true</optout>), true where it says it will be, unset where it says nothing.
     */
    std::optional<bool> recorded;
    /** Registration, breaks, lunch: part of the programme, not a talk (Sessionize's service sessions). */
    bool serviceSession = false;
    /** A session for everyone at once (keynotes, plenaries: Sessionize's plenum flag). */
    bool plenum = false;

    QStringList speakerNames() const;
    qint64 durationSeconds() const { return start.secsTo(end); }
    bool operator==(const Event &other) const = default;
};
