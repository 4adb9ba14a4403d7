#include "DayModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "SyncController.h"
#include "TimeFormat.h"
#include "TripController.h"
#include "agenda/Agenda.h"
#include "agenda/TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The trips' colour in the timetable: apart from the track palette's golden-angle hues. */
const QString kTripColor = u"#1f8a70"_s;

QList<AgendaItem> tripItems(const AppController *app, const TripController *trips, const QString &conferenceId)
{
    if (!app || !trips || conferenceId.isEmpty())
        return {};
    return TripPlanning::agendaItems(trips->sources(), app->scheduleStore(), conferenceId);
}
} // namespace

DayModel::DayModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

DayModel::DayModel(AppController *app, TripController *trips, SyncController *sync, QObject *parent)
    : DayModel(parent)
{
    setAppController(app);
    setTripController(trips);
    setSyncController(sync);
    startWithServices();
}

void DayModel::startWithServices()
{
    m_app = appController();
    m_trips = tripController();
    m_sync = syncController();
    if (!m_app)
        return;
    connect(m_app, &AppController::conferenceChanged, this, [this] {
        if (m_conferenceId.isEmpty())
            reload();
    });
    connect(m_app, &AppController::scheduleChanged, this, &DayModel::reload);
    connect(m_app->filter(), &ScheduleFilter::changed, this, [this] {
        if (m_filtered)
            reload();
    });
    connect(&m_app->hiddenItems(), &HiddenItems::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == effectiveConferenceId())
            reload();
    });
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &DayModel::onUserDataChanged);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, [this] {
        m_conflicting = findConflicting(!m_rows.isEmpty());
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {BookmarkedRole, PriorityRole, ConflictingRole});
    });
    if (SyncController *sync = m_sync) {
        connect(&sync->marks(), &EventMarks::markCleared, this, [this](const QString &eventId) {
            m_marks.remove(eventId);
            const auto found = m_rowById.constFind(eventId);
            if (found != m_rowById.constEnd())
                Q_EMIT dataChanged(index(*found), index(*found), {MarkRole});
        });
        connect(&sync->marks(), &EventMarks::conferenceCleared, this, [this] {
            m_marks.clear();
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MarkRole});
        });
    }
    if (m_trips)
        connect(m_trips, &TripController::dataChanged, this, &DayModel::reload);
    connect(m_app, &AppController::friendsChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {FriendsRole});
    });
    reload();
}

QString DayModel::effectiveConferenceId() const
{
    if (!m_conferenceId.isEmpty() || !m_app)
        return m_conferenceId;
    return m_app->conferenceId();
}

void DayModel::setConferenceId(const QString &conferenceId)
{
    if (m_conferenceId == conferenceId)
        return;
    m_conferenceId = conferenceId;
    Q_EMIT conferenceIdChanged();
    reload();
}

void DayModel::setDay(const QString &day)
{
    if (m_day == day)
        return;
    m_day = day;
    Q_EMIT dayChanged();
    reload();
}

void DayModel::setRoom(const QString &room)
{
    if (m_room == room)
        return;
    m_room = room;
    Q_EMIT roomChanged();
    reload();
}

void DayModel::setFiltered(bool filtered)
{
    if (m_filtered == filtered)
        return;
    m_filtered = filtered;
    Q_EMIT filteredChanged();
    reload();
}

void DayModel::reload()
{
    QList<Row> rows;
    QHash<QString, QString> marks;
    QStringList columns;
    QDateTime gridStart;
    int gridMinutes = 0;
    int hiddenCount = 0;
    int tripColumn = -1;
    int excludedCount = 0;

    const QDate date = QDate::fromString(m_day, Qt::ISODate);
    const QString conferenceId = effectiveConferenceId();
    if (m_app && date.isValid() && !conferenceId.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        const QHash<QString, QDateTime> cancelled = store.cancelledEvents(conferenceId);
        const ScheduleFilter *filter = m_app->filter();
        if (m_sync)
            marks = m_sync->marks().marks(conferenceId);
        // Without abstracts and links: a day of a thousand events read them for nothing.
        QList<Event> events = store.events(conferenceId, date, ScheduleStore::Detail::Listing);
        rows.reserve(events.size());
        for (Event &event : events) {
            if (!m_room.isEmpty() && event.room != m_room)
                continue;
            if (m_app->isHidden(event)) {
                ++excludedCount;
                continue;
            }
            if (m_filtered && !filter->accepts(event)) {
                ++hiddenCount;
                continue;
            }
            Row row;
            row.cancelled = cancelled.contains(event.id);
            row.event = std::move(event);
            rows.append(std::move(row));
        }

        // The day's trips, merged in by start time (after events starting at the same time);
        // a room's day list has none.
        QList<Row> trips;
        const QList<AgendaItem> tripsOfConference = m_room.isEmpty() ? tripItems(m_app, m_trips, conferenceId) : QList<AgendaItem>{};
        for (const AgendaItem &item : tripsOfConference) {
            if (item.day != date)
                continue;
            Row row;
            row.trip = true;
            row.who = item.who;
            row.event.id = item.id;
            row.event.conferenceId = item.conferenceId;
            row.event.title = item.title;
            row.event.start = item.start;
            row.event.end = item.end;
            row.event.day = item.day;
            row.event.room = item.location;
            trips.append(std::move(row));
        }
        if (!trips.isEmpty()) {
            rows.append(trips);
            std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.event.start < b.event.start; });
        }

        // Columns: the conference's rooms that are used today, in its order; unknown rooms last.
        const QStringList allRooms = store.rooms(conferenceId);
        QSet<QString> used;
        for (const Row &row : std::as_const(rows)) {
            if (!row.trip)
                used.insert(row.event.room);
        }
        for (const QString &room : allRooms) {
            if (used.remove(room))
                columns.append(room);
        }
        QStringList rest(used.cbegin(), used.cend());
        rest.sort();
        columns.append(rest);
        QHash<QString, int> columnOf;
        for (qsizetype i = 0; i < columns.size(); ++i)
            columnOf.insert(columns[i], int(i));
        if (!trips.isEmpty()) {
            tripColumn = int(columns.size());
            columns.append(tr("Trips"));
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Row &row = rows[i];
            row.column = row.trip ? tripColumn : columnOf.value(row.event.room);
            row.firstInSlot = i == 0 || rows[i - 1].event.start != row.event.start;
        }
        layoutLanes(rows);
        findShortTalkRuns(rows);

        if (!rows.isEmpty()) {
            // The grid starts at the full hour (conference time) before the first event.
            const QTimeZone zone = m_app->timeFormat() ? m_app->timeFormat()->zone() : QTimeZone::utc();
            const QDateTime first = rows.constFirst().event.start.toTimeZone(zone);
            const QDateTime hour(first.date(), QTime(first.time().hour(), 0), zone);
            gridStart = hour.toUTC();
            QDateTime last = rows.constFirst().event.end;
            for (const Row &row : std::as_const(rows))
                last = std::max(last, row.event.end);
            const qint64 minutes = gridStart.secsTo(last) / 60;
            gridMinutes = int((minutes + 59) / 60 * 60);
        }
    }

    // What the rows show beyond themselves is in place before they change, so that rows coming in
    // read it; a row that stays is announced when it, its clash, its mark or its grid offset changed.
    const int before = int(m_rows.size());
    const QHash<QString, QString> marksBefore = std::exchange(m_marks, std::move(marks));
    const QSet<QString> conflictingBefore = std::exchange(m_conflicting, findConflicting(!rows.isEmpty()));
    const bool sameGrid = m_gridStart == gridStart;
    // The views scroll back to the start when the layout changes: the same day reloaded with the
    // same columns and grid (a programme update, a trip later in the day) keeps its place.
    const bool sameLayout = sameGrid && m_columns == columns && m_gridMinutes == gridMinutes && m_hiddenCount == hiddenCount
        && m_tripColumn == tripColumn && m_excludedCount == excludedCount;
    m_columns = std::move(columns);
    m_gridStart = gridStart;
    m_gridMinutes = gridMinutes;
    m_hiddenCount = hiddenCount;
    m_tripColumn = tripColumn;
    m_excludedCount = excludedCount;
    // Another day or conference shares no row: one reset. The same day again (a filter, a hidden
    // item, a programme update, a trip): row by row.
    auto same = [&](const Row &a, const Row &b) {
        const QString &id = b.event.id;
        return sameGrid && a == b && conflictingBefore.contains(id) == m_conflicting.contains(id)
            && marksBefore.value(id) == m_marks.value(id);
    };
    const ListDiff::Result result = ListDiff::apply(
        m_rows, std::move(rows), [](const Row &row) { return row.event.id; }, LANYARD_LIST_DIFF_CALLBACKS(this),
        ListDiff::Reset::WhenNothingShared, same);
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].event.id, int(i));
    if (before != m_rows.size())
        Q_EMIT countChanged();
    if (!sameLayout || result.reset)
        Q_EMIT layoutChanged();
}

void DayModel::layoutLanes(QList<Row> &rowList)
{
    // Per column, events that overlap get side-by-side lanes; laneCount is the width of the
    // cluster of mutually overlapping events, so blocks in one cluster share the column evenly.
    QHash<int, QList<int>> byColumn;
    for (qsizetype i = 0; i < rowList.size(); ++i)
        byColumn[rowList[i].column].append(int(i));
    for (auto it = byColumn.begin(); it != byColumn.end(); ++it) {
        const QList<int> &rows = it.value(); // already in start order
        QList<QDateTime> laneEnds;
        QList<int> cluster;
        QDateTime clusterEnd;
        auto closeCluster = [&] {
            const int lanes = int(laneEnds.size());
            for (const int r : std::as_const(cluster))
                rowList[r].laneCount = lanes;
            cluster.clear();
            laneEnds.clear();
        };
        for (const int r : rows) {
            const Event &event = rowList[r].event;
            if (!cluster.isEmpty() && event.start >= clusterEnd)
                closeCluster();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > event.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(event.end);
            else
                laneEnds[lane] = event.end;
            rowList[r].lane = lane;
            cluster.append(r);
            clusterEnd = cluster.size() == 1 ? event.end : std::max(clusterEnd, event.end);
        }
        closeCluster();
    }
}

void DayModel::findShortTalkRuns(QList<Row> &rowList)
{
    // Per column and lane, in start order: short talks, each starting within a minute of the
    // previous one's end. A run has two talks or more. (A congress's feed may also list the
    // session around them, "Lightning Talks Day 2": that one takes a lane of its own.)
    QHash<std::pair<int, int>, QList<int>> byLane;
    for (qsizetype i = 0; i < rowList.size(); ++i)
        byLane[{rowList[i].column, rowList[i].lane}].append(int(i));
    const auto isShort = [&rowList](int r) {
        const Row &row = rowList[r];
        return !row.trip && row.event.start.secsTo(row.event.end) <= kShortTalkMinutes * 60;
    };
    for (auto it = byLane.cbegin(); it != byLane.cend(); ++it) {
        QList<int> run;
        const auto closeRun = [&rowList, &run] {
            if (run.size() >= 2) {
                const Row &first = rowList[run.constFirst()];
                const int minutes = int(first.event.start.secsTo(rowList[run.constLast()].event.end) / 60);
                for (qsizetype i = 0; i < run.size(); ++i) {
                    Row &row = rowList[run[i]];
                    row.stackSize = int(run.size());
                    row.stackIndex = int(i);
                    row.stackMinutes = minutes;
                    row.stackFirst = first.event.id;
                }
            }
            run.clear();
        };
        for (const int r : it.value()) {
            if (!isShort(r)) {
                closeRun();
                continue;
            }
            if (!run.isEmpty()) {
                const Row &last = rowList[run.constLast()];
                const qint64 gap = last.event.end.secsTo(rowList[r].event.start);
                // One block for the run: its talks must share the lane's width too.
                if (gap < 0 || gap > 60 || last.laneCount != rowList[r].laneCount)
                    closeRun();
            }
            run.append(r);
        }
        closeRun();
    }
}

int DayModel::stackBookmarkedCount(const Row &row) const
{
    if (!m_app || row.trip)
        return 0;
    if (row.stackSize <= 1 || row.stackIndex != 0)
        return m_app->userDataStore().isBookmarked(row.event.id) ? 1 : 0;
    const int first = m_rowById.value(row.event.id, -1);
    int count = 0;
    const QDateTime runEnd = row.event.start.addSecs(qint64(row.stackMinutes) * 60);
    // The rows are in start order: the run's talks follow its first, up to the run's end.
    for (int i = first; i >= 0 && i < m_rows.size() && m_rows[i].event.start < runEnd; ++i) {
        const Row &member = m_rows[i];
        if (member.stackSize > 1 && member.stackFirst == row.event.id && m_app->userDataStore().isBookmarked(member.event.id))
            ++count;
    }
    return count;
}

QVariantList DayModel::stackOf(const QString &eventId) const
{
    QVariantList members;
    const int at = m_rowById.value(eventId, -1);
    if (at < 0)
        return members;
    const QString first = m_rows[at].stackSize > 1 ? m_rows[at].stackFirst : eventId;
    for (const Row &row : m_rows) {
        if (row.event.id == first || (row.stackSize > 1 && row.stackFirst == first)) {
            members.append(QVariantMap{{u"id"_s, row.event.id},
                                       {u"title"_s, row.event.title},
                                       {u"speakers"_s, row.event.speakerNames().join(u", "_s)},
                                       {u"start"_s, row.event.start},
                                       {u"end"_s, row.event.end},
                                       {u"bookmarked"_s, m_app && m_app->userDataStore().isBookmarked(row.event.id)}});
        }
    }
    return members;
}

void DayModel::onUserDataChanged(const QString &eventId)
{
    updateConflicts(eventId);
}

QSet<QString> DayModel::findConflicting(bool anyRows) const
{
    QSet<QString> result;
    const QString conferenceId = effectiveConferenceId();
    if (!m_app || conferenceId.isEmpty() || !anyRows)
        return result;
    return m_app->agendaState().conflicting(conferenceId);
}

void DayModel::updateConflicts(const QString &eventId)
{
    const QSet<QString> before = m_conflicting;
    m_conflicting = findConflicting(!m_rows.isEmpty());
    QList<int> rows;
    if (const auto found = m_rowById.constFind(eventId); found != m_rowById.constEnd()) {
        rows.append(*found);
        // A run of short talks is drawn by its first row, which counts the run's bookmarks.
        const Row &changedRow = m_rows[*found];
        if (changedRow.stackSize > 1 && changedRow.stackFirst != eventId) {
            if (const auto first = m_rowById.constFind(changedRow.stackFirst); first != m_rowById.constEnd())
                rows.append(*first);
        }
    }
    for (const QSet<QString> &side : {before - m_conflicting, m_conflicting - before}) {
        for (const QString &id : side) {
            const auto found = m_rowById.constFind(id);
            if (found != m_rowById.constEnd() && !rows.contains(*found))
                rows.append(*found);
        }
    }
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows)) {
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {BookmarkedRole, PriorityRole, ConflictingRole});
    }
}

int DayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Event &event = row.event;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return event.title;
    case IdRole:
        return event.id;
    case ConferenceIdRole:
        return event.conferenceId;
    case SubtitleRole:
        return event.subtitle;
    case StartRole:
        return event.start;
    case EndRole:
        return event.end;
    case StartOffsetRole:
        return int(m_gridStart.secsTo(event.start) / 60);
    case DurationRole:
        return int(event.start.secsTo(event.end) / 60);
    case RoomRole:
        return event.room;
    case ColumnRole:
        return row.column;
    case LaneRole:
        return row.lane;
    case LaneCountRole:
        return row.laneCount;
    case StackSizeRole:
        return row.stackSize;
    case StackIndexRole:
        return row.stackIndex;
    case StackFirstRole:
        return row.stackSize > 1 ? row.stackFirst : event.id;
    case StackMinutesRole:
        return row.stackSize > 1 ? row.stackMinutes : int(event.start.secsTo(event.end) / 60);
    case StackBookmarkedRole:
        return stackBookmarkedCount(row);
    case TrackRole:
        return event.track;
    case TrackColorRole:
        if (row.trip)
            return kTripColor;
        return m_app ? m_app->trackColor(event.track) : QString();
    case TypeRole:
        return event.type;
    case LanguageRole:
        return event.language;
    case SpeakersRole:
        return event.speakerNames().join(u", "_s);
    case BookmarkedRole:
        return !row.trip && m_app && m_app->userDataStore().isBookmarked(event.id);
    case PriorityRole:
        return !row.trip && m_app ? int(m_app->userDataStore().priority(event.id)) : 0;
    case HasVideoRole:
        return !event.videos.isEmpty();
    case CancelledRole:
        return row.cancelled;
    case SlotRole:
        // One key per instant, whatever offset the feed wrote it with.
        return event.start.toUTC().toString(Qt::ISODate);
    case FirstInSlotRole:
        return row.firstInSlot;
    case ConflictingRole:
        return m_conflicting.contains(event.id);
    case MarkRole:
        return m_marks.value(event.id);
    case KindRole:
        return row.trip ? u"trip"_s : u"event"_s;
    case WhoRole:
        return row.who;
    case FriendsRole:
        return row.trip || !m_app ? QStringList() : m_app->friendsState().friendsOf(event.id);
    default:
        return EventRoles::fallback(role);
    }
}

QHash<int, QByteArray> DayModel::roleNames() const
{
    QHash<int, QByteArray> names = EventRoles::names();
    names.insert({
        {StartOffsetRole, "startOffset"},
        {DurationRole, "duration"},
        {ColumnRole, "column"},
        {LaneRole, "lane"},
        {LaneCountRole, "laneCount"},
        {StackSizeRole, "stackSize"},
        {StackIndexRole, "stackIndex"},
        {StackFirstRole, "stackFirst"},
        {StackMinutesRole, "stackMinutes"},
        {StackBookmarkedRole, "stackBookmarked"},
        {LanguageRole, "language"},
        {SlotRole, "slot"},
        {FirstInSlotRole, "firstInSlot"},
    });
    return names;
}

int DayModel::indexOf(const QString &eventId) const
{
    return m_rowById.value(eventId, -1);
}

bool DayModel::isTrip(const QString &itemId) const
{
    const int row = indexOf(itemId);
    return row >= 0 && m_rows[row].trip;
}

QString DayModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].event.id : QString();
}

int DayModel::neighbour(int row, Direction direction) const
{
    if (row < 0 || row >= m_rows.size())
        return m_rows.isEmpty() ? -1 : 0;
    const Row &current = m_rows[row];
    if (direction == Up || direction == Down) {
        const int step = direction == Down ? 1 : -1;
        for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
            if (m_rows[r].column == current.column)
                return r;
        }
        return row;
    }
    // Left/right: the nearest column that has events, and in it the event closest in time.
    const int step = direction == Right ? 1 : -1;
    for (int column = current.column + step; column >= 0 && column < m_columns.size(); column += step) {
        // Prefer an event overlapping the current one, else the smallest gap; ties by start.
        int best = -1;
        std::pair<qint64, qint64> bestDistance;
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].column != column)
                continue;
            const Event &event = m_rows[r].event;
            qint64 gap = 0;
            if (event.end <= current.event.start)
                gap = event.end.secsTo(current.event.start);
            else if (event.start >= current.event.end)
                gap = current.event.end.secsTo(event.start);
            const std::pair<qint64, qint64> distance{gap, std::abs(event.start.secsTo(current.event.start))};
            if (best < 0 || distance < bestDistance) {
                best = int(r);
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return best;
    }
    return row;
}

int DayModel::offsetOf(const QDateTime &instant) const
{
    return m_gridStart.isValid() ? int(m_gridStart.secsTo(instant) / 60) : 0;
}

QDateTime DayModel::instantAt(int minutes) const
{
    return m_gridStart.addSecs(qint64(minutes) * 60);
}

int DayModel::firstEndingAfter(const QDateTime &instant) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].event.end > instant)
            return int(row);
    }
    return -1;
}

int DayModel::rowAt(const QDateTime &instant) const
{
    int running = -1;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Event &event = m_rows[row].event;
        if (event.start > instant)
            return running >= 0 ? running : int(row);
        if (event.end > instant && (running < 0 || event.start > m_rows[running].event.start))
            running = int(row);
    }
    return running;
}

DayModel::Placement DayModel::placementAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows[row];
    const int duration = int(r.event.start.secsTo(r.event.end) / 60);
    return {r.column,    r.lane,
            r.laneCount, int(m_gridStart.secsTo(r.event.start) / 60),
            duration,    r.stackSize > 1 && r.stackIndex == 0 ? std::max(duration, r.stackMinutes) : duration};
}

QVariantMap DayModel::placement(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Placement p = placementAt(row);
    return {{u"column"_s, p.column},
            {u"lane"_s, p.lane},
            {u"laneCount"_s, p.laneCount},
            {u"startOffset"_s, p.startOffset},
            {u"duration"_s, p.duration}};
}
