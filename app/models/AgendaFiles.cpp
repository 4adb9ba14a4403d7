#include "AgendaFiles.h"

#include "AppController.h"
#include "agenda/AgendaExport.h"
#include "agenda/Printout.h"
#include "core/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

AgendaFiles::AgendaFiles(QObject *parent)
    : QObject(parent)
{
}

AgendaFiles::AgendaFiles(AppController *app, QObject *parent)
    : AgendaFiles(parent)
{
    setAppController(app);
    startWithServices();
}

void AgendaFiles::startWithServices()
{
    m_app = appController();
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

QString AgendaFiles::localPath(const QUrl &file)
{
    QString path;
    if (file.isLocalFile())
        path = file.toLocalFile();
    else if (file.scheme().isEmpty())
        path = file.path();
    if (path.isEmpty())
        return {};
    // A full path typed after the folder: what follows the last "//" is what the user meant.
    const qsizetype doubleSlash = path.lastIndexOf(u"//"_s);
    if (doubleSlash >= 0)
        path = path.mid(doubleSlash + 1);
    // "~" typed for the home folder.
    const qsizetype tilde = path.lastIndexOf(u"/~/"_s);
    if (tilde >= 0)
        path = QDir::homePath() + path.mid(tilde + 2);
    else if (path.endsWith(u"/~"_s) || path == u"~"_s)
        path = QDir::homePath();
    else if (path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString AgendaFiles::fileNameOf(const QUrl &file) const
{
    const QString path = localPath(file);
    return path.isEmpty() || QFileInfo(path).isDir() ? QString() : QFileInfo(path).fileName();
}

QString AgendaFiles::suggestedName(const QString &format, bool allConferences, const QString &day) const
{
    if (format == u"pdf"_s) {
        const QString conference = m_app && !m_app->conferenceId().isEmpty() ? m_app->conferenceId() : u"all"_s;
        return day.isEmpty() ? u"lanyard-agenda-%1.pdf"_s.arg(allConferences ? u"all"_s : conference)
                             : u"lanyard-%1-%2.pdf"_s.arg(conference, day);
    }
    const auto parsed = AgendaExport::formatFromName(format);
    const QString suffix = parsed ? AgendaExport::suffix(*parsed) : format;
    const QString scope = allConferences || !m_app ? u"all"_s : m_app->conferenceId();
    const QString stem = parsed == AgendaExport::Format::Backup ? u"lanyard-backup"_s : u"lanyard-agenda"_s;
    return u"%1-%2.%3"_s.arg(stem, scope.isEmpty() ? u"all"_s : scope, suffix);
}

QString AgendaFiles::targetPath(const QUrl &file, const QString &suffix)
{
    QString path = localPath(file);
    if (path.isEmpty()) {
        report(tr("Exports are written to files on this computer; %1 is not one.").arg(file.toDisplayString()), true);
        return {};
    }
    if (QFileInfo(path).isDir()) {
        report(tr("%1 is a folder: type a file name to export to.").arg(path), true);
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        report(tr("Nothing was saved: the folder %1 does not exist.").arg(folder.filePath()), true);
        return {};
    }
    if (!folder.isWritable()) {
        report(tr("Nothing was saved: you may not write in the folder %1.").arg(folder.filePath()), true);
        return {};
    }
    return path;
}

bool AgendaFiles::exportTo(const QUrl &file, const QString &format, bool allConferences)
{
    const auto parsed = AgendaExport::formatFromName(format);
    if (!m_app || !parsed) {
        report(tr("Unknown export format \"%1\".").arg(format), true);
        return false;
    }
    const QString path = targetPath(file, AgendaExport::suffix(*parsed));
    if (path.isEmpty())
        return false;
    const QString conferenceId = allConferences ? QString() : m_app->conferenceId();
    const QByteArray bytes = AgendaExport::render(*parsed, m_app->scheduleStore(), m_app->userDataStore(), conferenceId,
                                                  m_app->clock().now(), m_app->agendaState().tripSources());
    QString error;
    if (!AgendaExport::writeFile(path, bytes, &error)) {
        report(tr("Nothing was saved: %1").arg(error), true);
        return false;
    }
    report(*parsed == AgendaExport::Format::Backup ? tr("Backup saved to %1.").arg(path) : tr("Agenda exported to %1.").arg(path), false);
    return true;
}

bool AgendaFiles::printTo(const QUrl &file, const QString &kind, const QString &day, bool allConferences)
{
    const auto parsed = Printout::kindFromName(kind);
    if (!m_app || !parsed) {
        report(tr("Unknown printout \"%1\".").arg(kind), true);
        return false;
    }
    const QString path = targetPath(file, u"pdf"_s);
    if (path.isEmpty())
        return false;
    Printout::Request request;
    request.kind = *parsed;
    request.conferenceId = allConferences && *parsed == Printout::Kind::Agenda ? QString() : m_app->conferenceId();
    request.day = QDate::fromString(day, Qt::ISODate);
    QString error;
    const auto bytes = Printout::pdf(request, m_app->scheduleStore(), m_app->userDataStore(), m_app->agendaState().tripSources(), &error);
    if (!bytes) {
        report(tr("Nothing was saved: %1").arg(error), true);
        return false;
    }
    if (!AgendaExport::writeFile(path, *bytes, &error)) {
        report(tr("Nothing was saved: %1").arg(error), true);
        return false;
    }
    report(tr("Printed to %1.").arg(path), false);
    return true;
}

bool AgendaFiles::restoreFrom(const QUrl &file, bool allConferences)
{
    if (!m_app)
        return false;
    const QString path = localPath(file);
    if (path.isEmpty()) {
        report(tr("Only files on this computer can be restored, not %1.").arg(file.toDisplayString()), true);
        return false;
    }
    const QString conferenceId = allConferences ? QString() : m_app->conferenceId();
    const AgendaExport::RestoreOutcome outcome = AgendaExport::restoreFile(
        path, m_app->scheduleStore(), m_app->userDataStore(), conferenceId, m_app->clock().now(), m_app->agendaState().tripSources());
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
