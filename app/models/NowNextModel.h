#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "agenda/NowNext.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

/**
 * Now & Next: what runs in every room right now (with how far along it is) and what starts in the
 * next hour, bookmarked events first, clashes between bookmarks marked. It follows the App's clock
 * (every minute, or when the clock is set), bookmarks, hidden items and programme updates, and
 * changes its rows one by one rather than resetting. Rows of both parts are in one list; the
 * `section` role ("now", "next") tells them apart.
 */
class NowNextModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    /** Empty: the App's current conference. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    /** How far ahead "next" looks, in minutes (60 by default). */
    Q_PROPERTY(int windowMinutes READ windowMinutes WRITE setWindowMinutes NOTIFY windowMinutesChanged)
    /** Whether the schedule filter (tracks, rooms, types) applies, as in the timetable; true by default. */
    Q_PROPERTY(bool filtered READ isFiltered WRITE setFiltered NOTIFY filteredChanged)
    /** Only bookmarked events: on a big congress, what the user picked among the many rooms. */
    Q_PROPERTY(bool bookmarkedOnly READ isBookmarkedOnly WRITE setBookmarkedOnly NOTIFY bookmarkedOnlyChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY updated)
    Q_PROPERTY(Phase phase READ phase NOTIFY updated)
    /** The instant the rows describe (the clock's time at the last update). */
    Q_PROPERTY(QDateTime at READ at NOTIFY updated)
    Q_PROPERTY(QDateTime firstStart READ firstStart NOTIFY updated)
    Q_PROPERTY(QDateTime lastEnd READ lastEnd NOTIFY updated)
    /** The next start after now, invalid when nothing is left. */
    Q_PROPERTY(QDateTime nextStart READ nextStart NOTIFY updated)
    Q_PROPERTY(int nowCount READ nowCount NOTIFY updated)
    Q_PROPERTY(int nextCount READ nextCount NOTIFY updated)
    /** Rows whose bookmarked event clashes with another bookmark. */
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY updated)
public:
    enum Phase { NoProgramme, Before, During, Between, After };
    Q_ENUM(Phase)
    using enum EventRoles::Role;
    enum Role {
        RunningRole = EventRoles::FirstOwnRole,
        ProgressRole,
        MinutesLeftRole,
        MinutesUntilRole,
    };
    Q_ENUM(Role)

    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit NowNextModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit NowNextModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    int windowMinutes() const { return m_windowMinutes; }
    void setWindowMinutes(int minutes);
    bool isFiltered() const { return m_filtered; }
    void setFiltered(bool filtered);
    bool isBookmarkedOnly() const { return m_bookmarkedOnly; }
    void setBookmarkedOnly(bool only);
    Phase phase() const { return Phase(m_snapshot.phase); }
    QDateTime at() const { return m_snapshot.at; }
    QDateTime firstStart() const { return m_snapshot.firstStart; }
    QDateTime lastEnd() const { return m_snapshot.lastEnd; }
    QDateTime nextStart() const { return m_snapshot.nextStart; }
    int nowCount() const { return int(m_snapshot.now.size()); }
    int nextCount() const { return int(m_snapshot.next.size()); }
    int conflictCount() const;

    Q_INVOKABLE QString eventIdAt(int row) const;

    /** Re-reads the programme (what is shown changed), then recomputes. */
    void reload();
    /** Recomputes for the clock's time and bookmarks, row by row. */
    void refresh();

Q_SIGNALS:
    void conferenceIdChanged();
    void windowMinutesChanged();
    void filteredChanged();
    void bookmarkedOnlyChanged();
    /** Rows, phase or counts may have changed. */
    void updated();

private:
    void startWithServices() override;
    QString effectiveConferenceId() const;
    static QString keyOf(const NowNext::Entry &entry);

    AppController *m_app = nullptr;
    QString m_conferenceId;
    int m_windowMinutes = 60;
    bool m_filtered = true;
    bool m_bookmarkedOnly = false;
    /** The events shown (not hidden, not cancelled, passing the filter) and the room order, cached between ticks. */
    QList<Event> m_events;
    QStringList m_rooms;
    NowNext::Snapshot m_snapshot;
    /** m_snapshot.now followed by m_snapshot.next: the rows. */
    QList<NowNext::Entry> m_rows;
};
