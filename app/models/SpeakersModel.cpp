#include "SpeakersModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

SpeakersModel::SpeakersModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

SpeakersModel::SpeakersModel(AppController *app, QObject *parent)
    : SpeakersModel(parent)
{
    setAppController(app);
    startWithServices();
}

void SpeakersModel::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    connect(m_app, &AppController::conferenceChanged, this, [this] {
        if (m_conferenceId.isEmpty())
            reload();
    });
    connect(m_app, &AppController::scheduleChanged, this, &SpeakersModel::reload);
    connect(&m_app->hiddenItems(), &HiddenItems::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == effectiveConferenceId())
            reload();
    });
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, [this](const QString &eventId) {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].eventIds.contains(eventId))
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {BookmarkedCountRole});
        }
    });
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {BookmarkedCountRole});
    });
    reload();
}

QString SpeakersModel::effectiveConferenceId() const
{
    if (!m_conferenceId.isEmpty() || !m_app)
        return m_conferenceId;
    return m_app->conferenceId();
}

void SpeakersModel::setConferenceId(const QString &conferenceId)
{
    if (m_conferenceId == conferenceId)
        return;
    m_conferenceId = conferenceId;
    Q_EMIT conferenceIdChanged();
    reload();
}

void SpeakersModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    applyQuery();
}

void SpeakersModel::reload()
{
    m_all.clear();
    const QString conferenceId = effectiveConferenceId();
    if (m_app && !conferenceId.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        const QHash<QString, QDateTime> cancelled = store.cancelledEvents(conferenceId);
        QList<Event> events = store.events(conferenceId);
        events.removeIf([&](const Event &event) { return cancelled.contains(event.id) || m_app->isHidden(event); });
        m_all = Speakers::directory(events);
    }
    applyQuery();
}

void SpeakersModel::applyQuery()
{
    QList<Speaker> next;
    for (const Speaker &speaker : std::as_const(m_all)) {
        if (Speakers::matches(speaker.name, m_query))
            next.append(speaker);
    }
    ListDiff::apply(
        m_rows, std::move(next), [](const Speaker &speaker) { return speaker.name; }, LANYARD_LIST_DIFF_CALLBACKS(this),
        ListDiff::Reset::Never,
        [](const Speaker &a, const Speaker &b) {
            return a.eventIds == b.eventIds && a.eventTitles == b.eventTitles && a.conferenceIds == b.conferenceIds;
        });
    // totalCount may change while the count stays: both are announced.
    Q_EMIT countChanged();
}

int SpeakersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Speaker &speaker = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return speaker.name;
    case TalkCountRole:
        return int(speaker.eventIds.size());
    case EventIdsRole:
        return speaker.eventIds;
    case TitlesRole:
        return speaker.eventTitles.join(u" · "_s);
    case BookmarkedCountRole: {
        if (!m_app)
            return 0;
        const UserDataStore &userData = m_app->userDataStore();
        return int(std::count_if(speaker.eventIds.cbegin(), speaker.eventIds.cend(),
                                 [&userData](const QString &id) { return userData.isBookmarked(id); }));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SpeakersModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {TalkCountRole, "talkCount"},
        {EventIdsRole, "eventIds"},
        {TitlesRole, "titles"},
        {BookmarkedCountRole, "bookmarkedCount"},
    };
}

QString SpeakersModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

int SpeakersModel::indexOf(const QString &name) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].name == name)
            return int(row);
    }
    return -1;
}
