#include "AgendaFiles.h"

#include "AppController.h"
#include "TripController.h"
#include "agenda/AgendaExport.h"
#include "core/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

AgendaFiles::AgendaFiles(QObject *parent)
    : QObject(parent)
    , m_app(AppController::instance())
{
}

void AgendaFiles::report(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT finished();
}

void AgendaFiles::clearMessage()
{
    report({}, false);
}

QUrl AgendaFiles::defaultFolder() const
{
    // Documents where it exists (a fresh account may have none): else the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QFileInfo(documents).isDir() ? documents : QDir::homePath());
}

QUrl AgendaFiles::fileIn(const QUrl &folder, const QString &name) const
{
    return QUrl::fromLocalFile(QDir(folder.toLocalFile()).filePath(name));
}

QString AgendaFiles::suggestedName(const QString &format, bool allConferences) const
{
    const auto parsed = AgendaExport::formatFromName(format);
    const QString suffix = parsed ? AgendaExport::suffix(*parsed) : format;
    const QString scope = allConferences || !m_app ? u"all"_s : m_app->conferenceId();
    const QString stem = parsed == AgendaExport::Format::Backup ? u"lanyard-backup"_s : u"lanyard-agenda"_s;
    return u"%1-%2.%3"_s.arg(stem, scope.isEmpty() ? u"all"_s : scope, suffix);
}

bool AgendaFiles::exportTo(const QUrl &file, const QString &format, bool allConferences)
{
    const auto parsed = AgendaExport::formatFromName(format);
    if (!m_app || !parsed) {
        report(tr("Unknown export format \"%1\".").arg(format), true);
        return false;
    }
    if (!file.isLocalFile()) {
        report(tr("Exports are written to local files only, not to %1.").arg(file.toDisplayString()), true);
        return false;
    }
    QString path = file.toLocalFile();
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + AgendaExport::suffix(*parsed);
    const QString conferenceId = allConferences ? QString() : m_app->conferenceId();
    const TripController *trips = TripController::instance();
    const QByteArray bytes = AgendaExport::render(*parsed, m_app->scheduleStore(), m_app->userDataStore(), conferenceId,
                                                  m_app->clock().now(), trips ? trips->sources() : TripSources{});
    QString error;
    if (!AgendaExport::writeFile(path, bytes, &error)) {
        report(error, true);
        return false;
    }
    report(*parsed == AgendaExport::Format::Backup ? tr("Backup saved to %1.").arg(path) : tr("Agenda exported to %1.").arg(path),
           false);
    return true;
}

bool AgendaFiles::restoreFrom(const QUrl &file, bool allConferences)
{
    if (!m_app)
        return false;
    if (!file.isLocalFile()) {
        report(tr("Only local files can be restored, not %1.").arg(file.toDisplayString()), true);
        return false;
    }
    const QString conferenceId = allConferences ? QString() : m_app->conferenceId();
    const TripController *trips = TripController::instance();
    const AgendaExport::RestoreOutcome outcome =
        AgendaExport::restoreFile(file.toLocalFile(), m_app->scheduleStore(), m_app->userDataStore(), conferenceId,
                                  m_app->clock().now(), trips ? trips->sources() : TripSources{});
    if (!outcome.ok()) {
        report(outcome.error, true);
        return false;
    }
    QString text = outcome.summary;
    constexpr int shown = 5;
    for (qsizetype i = 0; i < outcome.details.size() && i < shown; ++i)
        text += u'\n' + outcome.details[i];
    if (outcome.details.size() > shown)
        text += u'\n' + tr("… and %n more.", nullptr, int(outcome.details.size() - shown));
    report(text, false);
    return true;
}
