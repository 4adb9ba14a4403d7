#pragma once

#include <QString>

/**
 * An event's type as a person reads it: feeds write machine words ("hack-session", "meal/break",
 * "lightning_talk", "devroom"), which the window shows in the user's language ("Hack session",
 * "Pause"). The filter, the hidden items and the event page name types this way; the value kept
 * (and hidden, filtered) stays the feed's own.
 */
namespace EventTypeNames
{
/** The known types in the user's language; other machine words made readable; text a person wrote as it is. */
QString displayName(const QString &type);
} // namespace EventTypeNames
