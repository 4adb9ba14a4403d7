#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class Database;

/**
 * The "new" and "changed" marks that programme updates put on events (ScheduleStore::apply
 * writes them in event_marks), shown in the schedule until the user has seen the event.
 */
class EventMarks : public QObject
{
    Q_OBJECT
public:
    explicit EventMarks(Database &database, QObject *parent = nullptr);

    /** Event id to "new" or "changed", for one conference. */
    QHash<QString, QString> marks(const QString &conferenceId) const;
    /** "new", "changed" or "" for one event. */
    QString mark(const QString &eventId) const;
    int count(const QString &conferenceId) const;

    /** The user has seen the event: its mark goes. */
    bool markSeen(const QString &eventId, QString *errorMessage = nullptr);
    bool markAllSeen(const QString &conferenceId, QString *errorMessage = nullptr);

Q_SIGNALS:
    void markCleared(const QString &eventId);
    void conferenceCleared(const QString &conferenceId);

private:
    Database &m_database;
};
