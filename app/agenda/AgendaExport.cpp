#include "AgendaExport.h"

#include "Agenda.h"
#include "CsvExporter.h"
#include "ExportFile.h"
#include "IcsBookmarkImport.h"
#include "IcsExporter.h"
#include "MarkdownExporter.h"
#include "TripPlanning.h"
#include "UserDataBackup.h"
#include "feeds/FeedImporter.h"
#include "store/ScheduleStore.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace AgendaExport
{

std::optional<Format> formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"ics"_s || lower == u"ical"_s || lower == u"icalendar"_s)
        return Format::ICalendar;
    if (lower == u"csv"_s)
        return Format::Csv;
    if (lower == u"md"_s || lower == u"markdown"_s)
        return Format::Markdown;
    if (lower == u"json"_s || lower == u"backup"_s)
        return Format::Backup;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::ICalendar:
        return u"ics"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Markdown:
        return u"md"_s;
    case Format::Backup:
        break;
    }
    return u"json"_s;
}

QByteArray render(Format format, const ScheduleStore &schedule, const UserDataStore &userData, const QString &conferenceId,
                  const QDateTime &now, const TripSources &trips)
{
    if (format == Format::Backup)
        return UserDataBackup::createBytes(schedule, userData, conferenceId, now, trips);

    const Agenda agenda = Agenda::build(schedule, userData, {conferenceId, TripPlanning::agendaItems(trips, schedule, conferenceId)});
    QString title = u"My agenda"_s;
    if (!conferenceId.isEmpty()) {
        if (const Conference *conference = agenda.conference(conferenceId))
            title += u" – "_s + conference->title;
    }
    switch (format) {
    case Format::ICalendar:
        return IcsExporter::exportAgenda(agenda, {now, title});
    case Format::Csv:
        return CsvExporter::exportAgenda(agenda);
    case Format::Markdown:
        return MarkdownExporter::exportAgenda(agenda, title);
    case Format::Backup:
        break;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *errorMessage)
{
    return ExportFile::write(path, bytes, errorMessage);
}

RestoreOutcome restoreBytes(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                            const QString &conferenceId, const QDateTime &now, const TripSources &trips)
{
    RestoreOutcome outcome;
    if (UserDataBackup::looksLikeBackup(bytes)) {
        const RestoreReport report = UserDataBackup::restore(bytes, sourceName, schedule, userData, trips);
        if (!report.ok()) {
            outcome.error = report.error;
            return outcome;
        }
        outcome.summary = u"restored %1: "_s.arg(sourceName) + report.summary();
        outcome.details = report.notes;
        return outcome;
    }
    if (FeedImporter::detect(bytes) == FeedImporter::Format::ICalendar) {
        const BookmarkImportReport report = IcsBookmarkImport::import(bytes, sourceName, schedule, userData, conferenceId, now);
        if (!report.ok()) {
            outcome.error = report.error;
            return outcome;
        }
        outcome.summary = u"bookmarks from %1: "_s.arg(sourceName) + report.summary();
        for (const QString &entry : report.unmatched)
            outcome.details.append(u"not found: "_s + entry);
        return outcome;
    }
    outcome.error = u"%1 is neither a Lanyard backup (JSON) nor an iCalendar (.ics) file"_s.arg(sourceName);
    return outcome;
}

RestoreOutcome restoreFile(const QString &path, const ScheduleStore &schedule, UserDataStore &userData, const QString &conferenceId,
                           const QDateTime &now, const TripSources &trips)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RestoreOutcome outcome;
        outcome.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return outcome;
    }
    return restoreBytes(file.readAll(), path, schedule, userData, conferenceId, now, trips);
}

} // namespace AgendaExport
