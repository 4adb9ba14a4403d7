#include "ImportController.h"

#include "AppController.h"
#include "core/Clock.h"
#include "feeds/FeedImporter.h"
#include "store/ScheduleStore.h"
#include "sync/ScheduleImport.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "lanyard.import", QtInfoMsg)

namespace
{
/** A path as given, or the local path of a file: URL; empty for other URLs. */
QString localPath(const QString &file)
{
    if (file.startsWith(u"file:"_s))
        return QUrl(file).toLocalFile();
    if (file.contains(u"://"_s))
        return {};
    return QFileInfo(file).absoluteFilePath();
}
} // namespace

ImportController::ImportController(AppController &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
}

ImportController::~ImportController() = default;

void ImportController::openFiles(const QStringList &files)
{
    const bool wasEmpty = m_queue.isEmpty();
    for (const QString &file : files) {
        const QString path = localPath(file);
        const QString entry = path.isEmpty() ? file : path;
        if (!m_queue.contains(entry))
            m_queue.append(entry);
    }
    if (wasEmpty && !m_queue.isEmpty())
        loadCurrent();
    else
        Q_EMIT currentChanged(); // the queue length changed
}

void ImportController::loadCurrent()
{
    m_bytes.clear();
    m_preview.clear();
    if (m_queue.isEmpty()) {
        Q_EMIT currentChanged();
        return;
    }
    const QString entry = m_queue.constFirst();
    m_preview.insert(u"path"_s, entry);
    m_preview.insert(u"fileName"_s, QFileInfo(entry).fileName());
    auto fail = [this](const QString &message) {
        m_preview.insert(u"ok"_s, false);
        m_preview.insert(u"error"_s, message);
        Q_EMIT currentChanged();
    };

    if (entry.contains(u"://"_s)) {
        m_preview.insert(u"fileName"_s, entry);
        return fail(tr("This is a web address. Lanyard opens files: download the programme first."));
    }
    QFile file(entry);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the file: %1").arg(file.errorString()));
    if (file.size() > kMaxFileBytes)
        return fail(tr("The file is %1 MB, more than a programme can be (%2 MB at most).")
                        .arg(file.size() / (1024 * 1024))
                        .arg(kMaxFileBytes / (1024 * 1024)));
    m_bytes = file.read(kMaxFileBytes + 1);

    ImportOptions options;
    options.sourceName = QFileInfo(entry).fileName();
    const ImportResult parsed = FeedImporter::import(m_bytes, options);
    if (!parsed.ok()) {
        m_bytes.clear();
        return fail(parsed.error->toString());
    }
    const Schedule &schedule = parsed.schedule;
    m_preview.insert(u"ok"_s, true);
    m_preview.insert(u"error"_s, QString());
    m_preview.insert(u"format"_s, schedule.format);
    m_preview.insert(u"title"_s, schedule.conference.title);
    m_preview.insert(u"conferenceId"_s, schedule.conference.id);
    m_preview.insert(u"start"_s, schedule.conference.start.toString(Qt::ISODate));
    m_preview.insert(u"end"_s, schedule.conference.end.toString(Qt::ISODate));
    m_preview.insert(u"timeZone"_s, schedule.conference.timeZoneId);
    m_preview.insert(u"venue"_s, QStringList{schedule.conference.venue, schedule.conference.city}.join(u", "_s));
    m_preview.insert(u"days"_s, int(schedule.days.size()));
    m_preview.insert(u"rooms"_s, int(schedule.rooms.size()));
    m_preview.insert(u"events"_s, int(schedule.events.size()));
    m_preview.insert(u"warnings"_s, int(schedule.warnings.size()));
    m_preview.insert(u"replaces"_s, m_app.scheduleStore().conference(schedule.conference.id).has_value());
    Q_EMIT currentChanged();
}

bool ImportController::accept()
{
    if (m_queue.isEmpty())
        return false;
    const QString entry = m_queue.takeFirst();
    bool ok = false;
    QString message;
    if (m_bytes.isEmpty() || !m_preview.value(u"ok"_s).toBool()) {
        message = m_preview.value(u"error"_s).toString();
    } else {
        ImportOptions options;
        options.sourceName = QFileInfo(entry).fileName();
        const ImportOutcome outcome =
            ScheduleImport::importBytes(m_app.scheduleStore(), std::exchange(m_bytes, {}), options, entry, m_app.clock().now());
        ok = outcome.ok();
        message = outcome.summary();
        if (ok)
            m_app.setConferenceId(outcome.conference.id);
        qCInfo(lcImport) << "imported" << entry << ":" << message;
    }
    loadCurrent();
    Q_EMIT finished(ok, message);
    return ok;
}

void ImportController::reject()
{
    if (m_queue.isEmpty())
        return;
    m_queue.removeFirst();
    loadCurrent();
}
