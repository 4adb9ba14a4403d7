#include "OutsideChanges.h"

#include "Database.h"
#include "ScheduleStore.h"
#include "SqlHelpers.h"
#include "TripStore.h"
#include "UserDataStore.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

OutsideChanges::OutsideChanges(Database &database, ScheduleStore &schedule, UserDataStore &userData, TripStore *trips, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_schedule(schedule)
    , m_userData(userData)
    , m_trips(trips)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OutsideChanges::check);
    m_settle.setSingleShot(true);
    m_settle.setInterval(30);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        watchFiles();
        check();
    });
    connect(&m_files, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_files, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void OutsideChanges::start(int intervalMs, Watch watch)
{
    m_version = dataVersion();
    m_stamp = fileStamp();
    m_schedule.noticeOutsideChanges();
    m_timer.start(intervalMs);
    if (watch == Watch::FilesAndTimer)
        watchFiles();
}

void OutsideChanges::stop()
{
    m_timer.stop();
    m_settle.stop();
    const QStringList watched = m_files.files() + m_files.directories();
    if (!watched.isEmpty())
        m_files.removePaths(watched);
}

void OutsideChanges::watchFiles()
{
    const QString path = m_database.path();
    if (path.isEmpty() || path == u":memory:"_s)
        return;
    const QStringList files = m_files.files();
    for (const QString &file : {path, QString(path + u"-wal"_s)}) {
        // A file deleted and made anew (the -wal after the last connection closed) is watched again.
        if (!files.contains(file) && QFileInfo::exists(file))
            m_files.addPath(file);
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (m_files.directories().isEmpty() && QFileInfo::exists(folder))
        m_files.addPath(folder);
}

qint64 OutsideChanges::dataVersion()
{
    // Prepared once: an idle window asks a few times a second, and looking the connection up and
    // preparing the statement each time cost more than the question.
    if (!m_dataVersion) {
        m_dataVersion.emplace(m_database.connection());
        if (!m_dataVersion->prepare(u"PRAGMA data_version"_s)) {
            m_dataVersion.reset();
            return -1;
        }
    }
    if (!m_dataVersion->exec() || !m_dataVersion->next()) {
        // The connection may have been closed and opened anew (a database set aside): ask again next time.
        m_dataVersion.reset();
        return -1;
    }
    const qint64 version = m_dataVersion->value(0).toLongLong();
    // Done with the row: a statement left open would hold a read snapshot of the file.
    m_dataVersion->finish();
    return version;
}

OutsideChanges::FileStamp OutsideChanges::fileStamp() const
{
    FileStamp stamp;
    int index = 0;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        struct stat info = {};
        if (::stat(QFile::encodeName(m_database.path() + suffix).constData(), &info) == 0) {
            stamp.values[index++] = qint64(info.st_size);
            stamp.values[index++] = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
        } else {
            index += 2;
        }
    }
    return stamp;
}

bool OutsideChanges::check()
{
    // data_version changes when another connection committed. Seen here: after this connection's
    // own write, Qt's connection sometimes kept the number while another process committed; the
    // files' size and time of change catch that (a commit always writes the -wal file).
    const qint64 version = dataVersion();
    const FileStamp stamp = fileStamp();
    if (version < 0 || (version == m_version && stamp == m_stamp))
        return false;
    m_version = version;
    m_stamp = stamp;
    QString error;
    if (!m_userData.refreshFromDatabase(&error))
        qCWarning(lcStore) << "cannot read what another process wrote:" << error;
    if (m_trips && !m_trips->refreshFromDatabase(&error))
        qCWarning(lcStore) << "cannot read the trips another process wrote:" << error;
    m_schedule.noticeOutsideChanges();
    Q_EMIT changed();
    return true;
}
