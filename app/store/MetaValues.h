#pragma once

#include <QString>

#include <optional>

class Database;

/**
 * The database's own key/value notes (the `meta` table): what was done to this file once and must
 * not be done again, such as loading the bundled programme.
 */
namespace MetaValues
{
/** The value kept under `key`: nullopt when there is none, or when reading failed (then `ok` is false). */
std::optional<QString> value(const Database &database, const QString &key, bool *ok, QString *errorMessage);
/** Keeps `value` under `key`, replacing what was there. */
bool setValue(const Database &database, const QString &key, const QString &value, QString *errorMessage);
} // namespace MetaValues
