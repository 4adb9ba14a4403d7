#pragma once

#include <QStringList>

#include <optional>

class Database;

/** Event ids found by how they begin, for ids typed on the command line. */
namespace EventIdPrefix
{
/**
 * Up to `limit` ids of events (of any conference) that start with `prefix`, in id order; nullopt
 * with a message when the query fails. Matched without LIKE: the prefix is only ever a bound value.
 */
std::optional<QStringList> matching(const Database &database, const QString &prefix, int limit, QString *errorMessage);
} // namespace EventIdPrefix
