#pragma once

#include <QByteArray>
#include <QDate>

/**
 * Synthetic conference programmes in schedule.xml (frab dialect) for the benchmarks: 1,000 events
 * a day in 40 rooms (25 half-hour slots from 08:00), Europe/Berlin, titles of 3 to 11 words from a
 * technical vocabulary, a subtitle on one event in four, abstracts of 40 to 260 words with some
 * HTML, one to three speakers (some with diacritics), 30 tracks, two links each. Deterministic:
 * the same size always gives the same bytes.
 */
namespace ProgrammeGenerator
{
QByteArray scheduleXml(int eventCount, QDate firstDay = QDate(2026, 3, 2));
/** The queries the search benchmark types, one keystroke at a time. */
QStringList typedQueries();
} // namespace ProgrammeGenerator
