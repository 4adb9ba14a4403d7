#pragma once

#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QString>

struct Event;

/**
 * The rows an import writes per event (events, event_persons, event_links), each statement
 * prepared once per import and bound through SQLite directly. The search index is not kept here:
 * the caller forgets and indexes the rows it rewrites and writes (SearchIndex.h).
 */
class EventRows
{
public:
    EventRows(const QSqlDatabase &db, QString conferenceId);
    bool isValid() const;
    /** What failed last, with SQLite's message. */
    const QString &errorMessage() const { return m_error; }

    bool insert(qint64 seq, const Event &event, qint64 contentHash);
    /** Rewrites a stored event in place (and takes it back if it was cancelled). */
    bool update(qint64 seq, const Event &event, qint64 contentHash);
    /** Marks an event the feed no longer has as cancelled (kept for its bookmark). */
    bool cancel(qint64 seq, qint64 when);

private:
    void bindEvent(SqliteStatement &statement, qint64 seq, const Event &event, qint64 contentHash);
    bool writeDetails(qint64 seq, const Event &event);
    bool check(const SqliteStatement &statement, bool ok);

    QString m_conferenceId;
    SqliteStatement m_insertEvent;
    SqliteStatement m_updateEvent;
    SqliteStatement m_cancelEvent;
    SqliteStatement m_insertPerson;
    SqliteStatement m_deletePersons;
    SqliteStatement m_insertLink;
    SqliteStatement m_deleteLinks;
    QString m_error;
};
