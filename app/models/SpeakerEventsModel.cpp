#include "SpeakerEventsModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "SyncController.h"
#include "agenda/Agenda.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

SpeakerEventsModel::SpeakerEventsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

SpeakerEventsModel::SpeakerEventsModel(AppController *app, SyncController *sync, QObject *parent)
    : SpeakerEventsModel(parent)
{
    setAppController(app);
    setSyncController(sync);
    startWithServices();
}

void SpeakerEventsModel::startWithServices()
{
    m_app = appController();
    m_sync = syncController();
    if (!m_app)
        return;
    // Any conference's programme may hold this speaker's events.
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &SpeakerEventsModel::reload);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &SpeakerEventsModel::reload);
    connect(&m_app->hiddenItems(), &HiddenItems::changed, this, &SpeakerEventsModel::reload);
    connect(m_app, &AppController::friendsChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {FriendsRole});
    });
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &SpeakerEventsModel::onUserDataChanged);
    if (SyncController *sync = m_sync) {
        connect(&sync->marks(), &EventMarks::markCleared, this, [this](const QString &eventId) {
            if (!m_marks.remove(eventId))
                return;
            for (qsizetype row = 0; row < m_rows.size(); ++row) {
                if (m_rows[row].event.id == eventId)
                    Q_EMIT dataChanged(index(int(row)), index(int(row)), {MarkRole});
            }
        });
        connect(&sync->marks(), &EventMarks::conferenceCleared, this, [this](const QString &conferenceId) {
            for (qsizetype row = 0; row < m_rows.size(); ++row) {
                if (m_rows[row].event.conferenceId == conferenceId && m_marks.remove(m_rows[row].event.id))
                    Q_EMIT dataChanged(index(int(row)), index(int(row)), {MarkRole});
            }
        });
    }
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, [this] {
        m_conflicting = findConflicting(m_rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {BookmarkedRole, PriorityRole, ConflictingRole});
    });
    // A trip planned or moved can make a talk clash, as everywhere else.
    connect(&m_app->agendaState(), &AgendaState::changed, this, [this] { onUserDataChanged({}); });
    reload();
}

void SpeakerEventsModel::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
    reload();
}

void SpeakerEventsModel::reload()
{
    QList<Row> next;
    m_excludedCount = 0;
    const QHash<QString, ConferenceInfo> conferencesBefore = std::exchange(m_conferences, {});
    if (m_app && !m_name.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        QHash<QString, QHash<QString, QDateTime>> cancelledByConference;
        for (Event &event : store.eventsOfSpeaker(m_name)) {
            if (m_app->isHidden(event)) {
                ++m_excludedCount;
                continue;
            }
            if (!m_conferences.contains(event.conferenceId)) {
                const auto conference = store.conference(event.conferenceId);
                m_conferences.insert(
                    event.conferenceId,
                    {conference ? conference->title : event.conferenceId, conference ? conference->timeZoneId : QString()});
            }
            auto cancelled = cancelledByConference.constFind(event.conferenceId);
            if (cancelled == cancelledByConference.constEnd())
                cancelled = cancelledByConference.insert(event.conferenceId, store.cancelledEvents(event.conferenceId));
            const bool isCancelled = cancelled->contains(event.id);
            next.append(Row{std::move(event), isCancelled});
        }
    }

    // What the rows show beyond themselves (clashes, marks, their conference) is in place before
    // the rows change; a kept row is announced when any of it changed.
    const QSet<QString> conflictingBefore = std::exchange(m_conflicting, findConflicting(next));
    const QHash<QString, QString> marksBefore = std::exchange(m_marks, {});
    if (SyncController *sync = m_sync) {
        for (const Row &row : std::as_const(next)) {
            const QString mark = sync->marks().mark(row.event.id);
            if (!mark.isEmpty())
                m_marks.insert(row.event.id, mark);
        }
    }
    ListDiff::apply(
        m_rows, std::move(next), [](const Row &row) { return row.event.id; }, LANYARD_LIST_DIFF_CALLBACKS(this), ListDiff::Reset::Never,
        [&](const Row &before, const Row &after) {
            const QString &id = after.event.id;
            const ConferenceInfo conferenceBefore = conferencesBefore.value(before.event.conferenceId);
            const ConferenceInfo conference = m_conferences.value(after.event.conferenceId);
            return before.event == after.event && before.cancelled == after.cancelled
                && conflictingBefore.contains(id) == m_conflicting.contains(id) && marksBefore.value(id) == m_marks.value(id)
                && conferenceBefore.title == conference.title && conferenceBefore.timeZoneId == conference.timeZoneId;
        });
    Q_EMIT countChanged();
}

QSet<QString> SpeakerEventsModel::findConflicting(const QList<Row> &rows) const
{
    QSet<QString> result;
    if (!m_app || rows.isEmpty())
        return result;
    // The same clashes My agenda shows, trips included: the agenda of every conference.
    const Agenda agenda = m_app->agendaState().agenda({});
    for (const Row &row : rows) {
        const AgendaItem *item = agenda.item(row.event.id);
        if (item && !item->conflicts.isEmpty())
            result.insert(row.event.id);
    }
    return result;
}

void SpeakerEventsModel::onUserDataChanged(const QString &eventId)
{
    const QSet<QString> before = m_conflicting;
    m_conflicting = findConflicting(m_rows);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows[row].event.id;
        if (id == eventId || before.contains(id) != m_conflicting.contains(id))
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {BookmarkedRole, PriorityRole, ConflictingRole});
    }
}

QString SpeakerEventsModel::conferenceTitle(const QString &conferenceId) const
{
    return m_conferences.value(conferenceId).title;
}

int SpeakerEventsModel::conferenceCount() const
{
    QSet<QString> conferences;
    for (const Row &row : m_rows)
        conferences.insert(row.event.conferenceId);
    return int(conferences.size());
}

QString SpeakerEventsModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].event.id : QString();
}

int SpeakerEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Event &event = row.event;
    const ConferenceInfo conference = m_conferences.value(event.conferenceId);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return event.title;
    case IdRole:
        return event.id;
    case ConferenceIdRole:
        return event.conferenceId;
    case ConferenceTitleRole:
        return conference.title;
    case TimeZoneRole:
        return conference.timeZoneId;
    case SubtitleRole:
        return event.subtitle;
    case SpeakersRole:
        return event.speakerNames().join(u", "_s);
    case StartRole:
        return event.start;
    case EndRole:
        return event.end;
    case DayRole:
        return event.day.toString(Qt::ISODate);
    case RoomRole:
        return event.room;
    case TrackRole:
        return event.track;
    case TrackColorRole:
        // Track colours are the current conference's; another conference's events get the neutral one.
        return m_app ? m_app->trackColor(event.conferenceId == m_app->conferenceId() ? event.track : QString()) : QString();
    case BookmarkedRole:
        return m_app && m_app->userDataStore().isBookmarked(event.id);
    case PriorityRole:
        return m_app ? int(m_app->userDataStore().priority(event.id)) : 0;
    case CancelledRole:
        return row.cancelled;
    case HasVideoRole:
        return !event.videos.isEmpty();
    case ConflictingRole:
        return m_conflicting.contains(event.id);
    case MarkRole:
        return m_marks.value(event.id);
    case FriendsRole:
        return m_app ? m_app->friendsState().friendsOf(event.id) : QStringList();
    case SectionRole:
        // One heading per conference day: the conference id keeps two conferences' same date apart.
        return QString(event.conferenceId + u'|' + event.day.toString(Qt::ISODate));
    default:
        return EventRoles::fallback(role);
    }
}

QHash<int, QByteArray> SpeakerEventsModel::roleNames() const
{
    return EventRoles::names();
}
