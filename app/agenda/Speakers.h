#pragma once

#include "core/Event.h"

#include <QList>
#include <QStringList>

/** One person who speaks, with the events they speak at. People are told apart by name. */
struct Speaker
{
    QString name;
    /** Their events' ids, in the order of the events given (start order). */
    QStringList eventIds;
    QStringList eventTitles;
    /** Conferences they speak at, in order of first appearance. */
    QStringList conferenceIds;
};

namespace Speakers
{
/**
 * Everyone who speaks at `events`, sorted by name as people read it (case- and locale-aware).
 * An event with two speakers counts for both; a name listed twice on one event counts once.
 */
QList<Speaker> directory(const QList<Event> &events);

/**
 * True when `name` matches what is typed: every word of `query` is found in it, ignoring case and
 * accents ("jose" finds "José Ángel").
 */
bool matches(const QString &name, const QString &query);

/** The text folded for searching: lower case, accents removed. */
QString fold(const QString &text);
} // namespace Speakers
