#include "NowNextModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "ScheduleFilter.h"
#include "core/Clock.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

static_assert(int(NowNextModel::After) == int(NowNext::Phase::After), "NowNextModel::Phase mirrors NowNext::Phase");

NowNextModel::NowNextModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

NowNextModel::NowNextModel(AppController *app, QObject *parent)
    : NowNextModel(parent)
{
    setAppController(app);
    startWithServices();
}

void NowNextModel::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    connect(&m_app->clock(), &Clock::minuteChanged, this, &NowNextModel::refresh);
    connect(m_app, &AppController::conferenceChanged, this, [this] {
        if (m_conferenceId.isEmpty())
            reload();
    });
    connect(m_app, &AppController::scheduleChanged, this, &NowNextModel::reload);
    connect(m_app->filter(), &ScheduleFilter::changed, this, [this] {
        if (m_filtered)
            reload();
    });
    connect(&m_app->hiddenItems(), &HiddenItems::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == effectiveConferenceId())
            reload();
    });
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, [this](const QString &eventId) {
        const auto known = std::any_of(m_events.cbegin(), m_events.cend(), [&eventId](const Event &event) { return event.id == eventId; });
        if (known)
            refresh();
    });
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &NowNextModel::refresh);
    // A trip planned over a bookmarked talk makes it clash here as everywhere else.
    connect(&m_app->agendaState(), &AgendaState::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == effectiveConferenceId())
            refresh();
    });
    reload();
}

QString NowNextModel::effectiveConferenceId() const
{
    if (!m_conferenceId.isEmpty() || !m_app)
        return m_conferenceId;
    return m_app->conferenceId();
}

void NowNextModel::setConferenceId(const QString &conferenceId)
{
    if (m_conferenceId == conferenceId)
        return;
    m_conferenceId = conferenceId;
    Q_EMIT conferenceIdChanged();
    reload();
}

void NowNextModel::setWindowMinutes(int minutes)
{
    minutes = std::max(0, minutes);
    if (m_windowMinutes == minutes)
        return;
    m_windowMinutes = minutes;
    Q_EMIT windowMinutesChanged();
    refresh();
}

void NowNextModel::setFiltered(bool filtered)
{
    if (m_filtered == filtered)
        return;
    m_filtered = filtered;
    Q_EMIT filteredChanged();
    reload();
}

void NowNextModel::setBookmarkedOnly(bool only)
{
    if (m_bookmarkedOnly == only)
        return;
    m_bookmarkedOnly = only;
    Q_EMIT bookmarkedOnlyChanged();
    refresh();
}

void NowNextModel::reload()
{
    m_events.clear();
    m_rooms.clear();
    const QString conferenceId = effectiveConferenceId();
    if (m_app && !conferenceId.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        const QHash<QString, QDateTime> cancelled = store.cancelledEvents(conferenceId);
        const QList<Event> events = store.events(conferenceId);
        const ScheduleFilter *filter = m_app->filter();
        for (const Event &event : events) {
            if (!cancelled.contains(event.id) && !m_app->isHidden(event) && (!m_filtered || filter->accepts(event)))
                m_events.append(event);
        }
        m_rooms = store.rooms(conferenceId);
    }
    refresh();
}

QString NowNextModel::keyOf(const NowNext::Entry &entry)
{
    return (entry.running ? u"now/"_s : u"next/"_s) + entry.event.id;
}

void NowNextModel::refresh()
{
    if (!m_app)
        return;
    NowNext::Snapshot snapshot = NowNext::compute(m_events, m_app->clock().now(), m_app->agendaState().agenda(effectiveConferenceId()),
                                                  m_rooms, qint64(m_windowMinutes) * 60);
    if (m_bookmarkedOnly) {
        // The phase and the next start stay the programme's: "nothing runs right now" is still
        // true of the rooms, and the page says that none of the bookmarks is on.
        const auto notBookmarked = [](const NowNext::Entry &entry) { return !entry.bookmarked; };
        snapshot.now.removeIf(notBookmarked);
        snapshot.next.removeIf(notBookmarked);
    }
    QList<NowNext::Entry> next = snapshot.now + snapshot.next;

    // Progress, minutes left, clashes and priorities change with every tick and every bookmark:
    // every row that stays is refreshed, each where it is.
    m_snapshot = std::move(snapshot);
    ListDiff::apply(m_rows, std::move(next), &NowNextModel::keyOf, LANYARD_LIST_DIFF_CALLBACKS(this), ListDiff::Reset::Never,
                    ListDiff::NeverEqual{});
    Q_EMIT updated();
}

int NowNextModel::conflictCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const NowNext::Entry &entry) { return !entry.conflictIds.isEmpty(); }));
}

QString NowNextModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].event.id : QString();
}

int NowNextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NowNextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NowNext::Entry &entry = m_rows[index.row()];
    const Event &event = entry.event;
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
    case RoomRole:
        return event.room;
    case TrackRole:
        return event.track;
    case TrackColorRole:
        return m_app ? m_app->trackColor(event.track) : QString();
    case TypeRole:
        return event.type;
    case SpeakersRole:
        return event.speakerNames().join(u", "_s);
    case BookmarkedRole:
        return entry.bookmarked;
    case PriorityRole:
        return m_app ? int(m_app->userDataStore().priority(event.id)) : 0;
    case RunningRole:
        return entry.running;
    case SectionRole:
        return entry.running ? u"now"_s : u"next"_s;
    case ProgressRole:
        return entry.progress;
    case MinutesLeftRole:
        return entry.running ? int((entry.seconds + 59) / 60) : 0;
    case MinutesUntilRole:
        return entry.running ? 0 : int((entry.seconds + 59) / 60);
    case ConflictingRole:
        return !entry.conflictIds.isEmpty();
    case ConflictTitlesRole:
        return entry.conflictTitles;
    case HasVideoRole:
        return !event.videos.isEmpty();
    default:
        return EventRoles::fallback(role);
    }
}

QHash<int, QByteArray> NowNextModel::roleNames() const
{
    QHash<int, QByteArray> names = EventRoles::names();
    names.insert({
        {RunningRole, "running"},
        {ProgressRole, "progress"},
        {MinutesLeftRole, "minutesLeft"},
        {MinutesUntilRole, "minutesUntil"},
    });
    return names;
}
