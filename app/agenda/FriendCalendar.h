#pragma once

#include "core/Conference.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/**
 * What a friend's calendar must be before it is kept: a readable file or an https/webcal
 * address, at most kMaxBytes, and an iCalendar that FeedImporter can read. Anything else is
 * refused with a message naming the source, and nothing is stored.
 */
namespace FriendCalendar
{
/** A person's calendar is small; a file larger than this is not one (or not theirs alone). */
inline constexpr qint64 kMaxBytes = 4LL * 1024 * 1024;

/**
 * The source as a friend keeps it: an http(s) URL (webcal:// and webcals:// become https://),
 * else an absolute file path. Empty with a message when it is neither.
 */
QString normalizeSource(const QString &typed, QString *errorMessage);

/** The bytes of a calendar file; nothing, with a message, when missing, unreadable or too large. */
std::optional<QByteArray> readFile(const QString &path, QString *errorMessage);

/**
 * Empty when `bytes` read as a calendar (zone-less times in the conferences' zone), else why not,
 * naming `sourceName`.
 */
QString check(const QByteArray &bytes, const QString &sourceName, const QList<Conference> &conferences);
} // namespace FriendCalendar
