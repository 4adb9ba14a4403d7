#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "SyncController.h"
#include "TripController.h"
#include "core/Event.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

/**
 * The events of one conference day, in start order, with what the timetable needs to lay them
 * out: a column per room, and lanes where events in one room overlap. The user's side trips of
 * the day join as rows of kind "trip" in a last column of their own ("Trips"), never hidden by
 * the filter, with conflicts marked on both the trip and the talks. Events whose track, room,
 * language or type the user hid never appear; with `room` set it is that room's day list.
 * Bookmark changes update single rows; a filter, hidden item, programme or trip changes the
 * rows that changed (ListDiff); another day or conference, which shares no row, resets the list.
 */
class DayModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(TripController *tripController READ tripController WRITE setTripController)
    Q_PROPERTY(SyncController *syncController READ syncController WRITE setSyncController)
    /** Empty: the App's current conference. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    /** "YYYY-MM-DD", a conference day. */
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    /** Only this room's events (a room's day list); empty: every room. */
    Q_PROPERTY(QString room READ room WRITE setRoom NOTIFY roomChanged)
    /** Whether the schedule view's filter (App.filter) applies; other views show all but hidden items. */
    Q_PROPERTY(bool filtered READ isFiltered WRITE setFiltered NOTIFY filteredChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Rooms in use this day, in the conference's room order: the timetable's columns. */
    Q_PROPERTY(QStringList columns READ columns NOTIFY layoutChanged)
    /** The instant the timetable's first hour line stands for (start offsets count from it). */
    Q_PROPERTY(QDateTime gridStart READ gridStart NOTIFY layoutChanged)
    /** Minutes from gridStart to the end of the last event, rounded up to the hour. */
    Q_PROPERTY(int gridMinutes READ gridMinutes NOTIFY layoutChanged)
    /** Events of this day that the filter hides. */
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY layoutChanged)
    /** The column of the day's trips, -1 when the day has none. */
    Q_PROPERTY(int tripColumn READ tripColumn NOTIFY layoutChanged)
    /** Events of this day hidden from every view (a hidden track, room, language or type). */
    Q_PROPERTY(int excludedCount READ excludedCount NOTIFY layoutChanged)
public:
    using enum EventRoles::Role;
    enum Role {
        StartOffsetRole = EventRoles::FirstOwnRole,
        DurationRole,
        ColumnRole,
        LaneRole,
        LaneCountRole,
        LanguageRole,
        SlotRole,
        /** The first row of its slot (no row before it starts at the same instant): the list puts the slot's heading above it. */
        FirstInSlotRole,
        /**
         * A run of short talks back to back in one room (lightning talks): how many it has (1 for
         * an event in none), this row's place in it, the id of its first and the run's length in
         * minutes. The timetable draws a run as one block where its talks would be slivers.
         */
        StackSizeRole,
        StackIndexRole,
        StackFirstRole,
        StackMinutesRole,
        /** The first row of a run: how many of its talks are bookmarked (else 1 or 0 for the row itself). */
        StackBookmarkedRole,
    };
    Q_ENUM(Role)
    enum Direction { Up, Down, Left, Right };
    Q_ENUM(Direction)

    /** For QML, which sets appController, tripController, syncController; it starts when QML has set every property. */
    explicit DayModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit DayModel(AppController *app, TripController *trips, SyncController *sync, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    QString day() const { return m_day; }
    void setDay(const QString &day);
    QString room() const { return m_room; }
    void setRoom(const QString &room);
    bool isFiltered() const { return m_filtered; }
    void setFiltered(bool filtered);
    QStringList columns() const { return m_columns; }
    QDateTime gridStart() const { return m_gridStart; }
    int gridMinutes() const { return m_gridMinutes; }
    int hiddenCount() const { return m_hiddenCount; }
    int tripColumn() const { return m_tripColumn; }
    int excludedCount() const { return m_excludedCount; }

    Q_INVOKABLE int indexOf(const QString &eventId) const;
    Q_INVOKABLE QString eventIdAt(int row) const;
    /** Whether the row with this id is a trip (opened in the trip editor, not as an event). */
    Q_INVOKABLE bool isTrip(const QString &itemId) const;
    /** The row keyboard navigation moves to from `row`; `row` itself when there is none. */
    Q_INVOKABLE int neighbour(int row, DayModel::Direction direction) const;
    /** Minutes from gridStart to an instant (for the "now" line); may be outside the grid. */
    Q_INVOKABLE int offsetOf(const QDateTime &instant) const;
    /** The instant `minutes` after gridStart (hour labels). */
    Q_INVOKABLE QDateTime instantAt(int minutes) const;
    /** The first row still running or yet to start at `instant` (a list scrolls to it); -1 when none. */
    Q_INVOKABLE int firstEndingAfter(const QDateTime &instant) const;
    /**
     * Where the keyboard starts at `instant`: of the events running then, the one that started
     * last; else the next to start; -1 when every event has ended (or the day has none).
     */
    Q_INVOKABLE int rowAt(const QDateTime &instant) const;

    /** The events of the run of short talks that `eventId` is in, in order: [{id, title, speakers, start, end, bookmarked}]. */
    Q_INVOKABLE QVariantList stackOf(const QString &eventId) const;
    /** A talk this long or shorter, back to back with another, is part of a run (minutes). */
    static constexpr int kShortTalkMinutes = 10;

    /** Where a row's block goes: column, lane of laneCount, and minutes from gridStart. */
    struct Placement
    {
        int column = 0;
        int lane = 0;
        int laneCount = 1;
        int startOffset = 0;
        int duration = 0;
        /** Minutes its block may cover: the whole run for the first of a run of short talks. */
        int extent = 0;
    };
    Placement placementAt(int row) const;
    /** The same for QML: {column, lane, laneCount, startOffset, duration}; empty for a bad row. */
    Q_INVOKABLE QVariantMap placement(int row) const;

    /** Rebuilds the list from the store. */
    void reload();

Q_SIGNALS:
    void conferenceIdChanged();
    void dayChanged();
    void roomChanged();
    void filteredChanged();
    void countChanged();
    void layoutChanged();

private:
    void startWithServices() override;
    struct Row
    {
        Event event;
        int column = 0;
        int lane = 0;
        int laneCount = 1;
        bool cancelled = false;
        bool trip = false;
        QString who;
        /** No row before it starts at the same instant. */
        bool firstInSlot = true;
        /** Its run of short talks (see StackSizeRole): size 1 when in none. */
        int stackSize = 1;
        int stackIndex = 0;
        int stackMinutes = 0;
        QString stackFirst;
        bool operator==(const Row &other) const = default;
    };
    QString effectiveConferenceId() const;
    static void layoutLanes(QList<Row> &rowList);
    /** Finds the runs of short talks back to back in one room (after layoutLanes). */
    static void findShortTalkRuns(QList<Row> &rowList);
    int stackBookmarkedCount(const Row &row) const;
    void onUserDataChanged(const QString &eventId);
    /** Ids of this conference's bookmarked events that overlap another one (none when the day shows no rows). */
    QSet<QString> findConflicting(bool anyRows) const;
    /** Recomputes conflicts; announces `eventId`'s row and every row whose mark changed. */
    void updateConflicts(const QString &eventId);

    // The services handed in, from startWithServices() on.
    AppController *m_app = nullptr;
    QPointer<TripController> m_trips;
    QPointer<SyncController> m_sync;
    QString m_conferenceId;
    QString m_day;
    QString m_room;
    bool m_filtered = true;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_marks;
    QStringList m_columns;
    QDateTime m_gridStart;
    int m_gridMinutes = 0;
    int m_hiddenCount = 0;
    int m_tripColumn = -1;
    QSet<QString> m_conflicting;
    int m_excludedCount = 0;
};
