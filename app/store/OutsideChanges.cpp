#include "OutsideChanges.h"

#include "Database.h"
#include "ScheduleStore.h"
#include "SqlHelpers.h"
#include "TripStore.h"
#include "UserDataStore.h"

#include <QFile>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

OutsideChanges::OutsideChanges(Database &database, ScheduleStore &schedule, UserDataStore &userData, TripStore *trips,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_schedule(schedule)
    , m_userData(userData)
    , m_trips(trips)
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OutsideChanges::check);
}

void OutsideChanges::start(int intervalMs)
{
    m_version = dataVersion();
    m_stamp = fileStamp();
    m_schedule.noticeOutsideChanges();
    m_timer.start(intervalMs);
}

qint64 OutsideChanges::dataVersion()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
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
