#include "EventMarks.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

EventMarks::EventMarks(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QHash<QString, QString> EventMarks::marks(const QString &conferenceId) const
{
    QHash<QString, QString> result;
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT event_id, kind FROM event_marks WHERE conference_id = ?"_s, {conferenceId}, nullptr))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

QString EventMarks::mark(const QString &eventId) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT kind FROM event_marks WHERE event_id = ?"_s, {eventId}, nullptr) || !query.next())
        return {};
    return query.value(0).toString();
}

int EventMarks::count(const QString &conferenceId) const
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT COUNT(*) FROM event_marks WHERE conference_id = ?"_s, {conferenceId}, nullptr) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool EventMarks::markSeen(const QString &eventId, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"DELETE FROM event_marks WHERE event_id = ?"_s, {eventId}, errorMessage))
        return false;
    if (query.numRowsAffected() > 0)
        Q_EMIT markCleared(eventId);
    return true;
}

bool EventMarks::markAllSeen(const QString &conferenceId, QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"DELETE FROM event_marks WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    if (query.numRowsAffected() > 0)
        Q_EMIT conferenceCleared(conferenceId);
    return true;
}
