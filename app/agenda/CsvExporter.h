#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class Agenda;

/**
 * The agenda as CSV (RFC 4180): a header row, then one row per item; CRLF line ends; a field
 * with a comma, quote, CR or LF is quoted, quotes doubled. Times are ISO 8601 with the
 * conference's offset; lists (speakers, recordings) are joined with " | ", conflicts by spaces.
 * A trip's row has kind "trip", its place in "room", who goes in "who" and the place's
 * coordinates in "lat" and "lon" (six decimals; empty when the place has no location).
 */
namespace CsvExporter
{
QByteArray exportAgenda(const Agenda &agenda);
/** The header's column names, in order. */
QStringList columns();
/** One field, quoted when it needs to be. */
QString field(const QString &value);
} // namespace CsvExporter
