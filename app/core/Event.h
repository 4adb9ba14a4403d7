#pragma once

#include <QByteArray>
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
 * What a feed says about a speaker besides their name, for the speaker page: a biography and a
 * tagline as plain display text (markup already reduced by the importer), links checked as event
 * links are, and the address of a picture, which is kept but never fetched on import.
 */
struct PersonDetails
{
    /** As Person::name: speakers are told apart by name. */
    QString name;
    QString biography;
    /** One line: what they do, where ("Software Engineer at Dynatrace"). */
    QString tagline;
    QString pictureUrl;
    QList<Link> links;

    /** True when the feed said nothing about them beyond the name. */
    bool isEmpty() const { return biography.isEmpty() && tagline.isEmpty() && pictureUrl.isEmpty() && links.isEmpty(); }
    bool operator==(const PersonDetails &other) const = default;
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
    /**
     * Plain, safe display text (HTML and Markdown already reduced to text by the importer), in
     * UTF-8: by far the largest text of a programme, held at about half the size of a QString
     * while a large feed is imported (and bound to SQLite as it is).
     */
    QByteArray abstract;
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
// Every member is one of Qt's implicitly shared types or plain data: a list of events grows by
// moving its bytes, not by moving each event's twenty members one at a time.
Q_DECLARE_TYPEINFO(Event, Q_RELOCATABLE_TYPE);
