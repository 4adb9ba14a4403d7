#include "ChangeListModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "agenda/ChangeText.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ChangeListModel::ChangeListModel(AppController *app, QObject *parent)
    : ChangeListModel(parent)
{
    setAppController(app);
    startWithServices();
}

void ChangeListModel::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    connect(m_app, &AppController::conferenceChanged, this, [this] {
        if (m_conferenceId.isEmpty())
            reload();
    });
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, [this](const QString &conferenceId) {
        if (conferenceId == effectiveConferenceId())
            reload();
    });
    // A bookmark moves its change between "yours" and the rest.
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, [this](const QString &eventId) {
        const bool listed =
            std::any_of(m_rows.cbegin(), m_rows.cend(), [&eventId](const Row &row) { return row.change.eventId == eventId; });
        if (listed)
            reload();
    });
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &ChangeListModel::reload);
    reload();
}

QString ChangeListModel::effectiveConferenceId() const
{
    if (!m_conferenceId.isEmpty() || !m_app)
        return m_conferenceId;
    return m_app->conferenceId();
}

void ChangeListModel::setConferenceId(const QString &conferenceId)
{
    if (m_conferenceId == conferenceId)
        return;
    m_conferenceId = conferenceId;
    Q_EMIT conferenceIdChanged();
    reload();
}

void ChangeListModel::reload()
{
    QList<Row> rows;
    const QString conferenceId = effectiveConferenceId();
    if (m_app && !conferenceId.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        const auto conference = store.conference(conferenceId);
        const QTimeZone zone = conference ? conference->timeZone() : QTimeZone::utc();
        const UserDataStore &user = m_app->userDataStore();
        for (const EventChange &change : store.lastChanges(conferenceId)) {
            Row row;
            row.change = change;
            row.bookmarked = user.isBookmarked(change.eventId);
            row.text = ChangeText::describe(change, zone, row.bookmarked);
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.bookmarked > b.bookmarked; });
    }
    const int before = int(m_rows.size());
    const int bookmarkedBefore = m_bookmarkedCount;
    m_bookmarkedCount = int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.bookmarked; }));
    // A bookmark moves its change between the groups, row by row; another conference's or
    // update's changes replace the list.
    ListDiff::apply(
        m_rows, std::move(rows),
        [](const Row &row) -> QString { return row.change.eventId + u'/' + EventChange::kindName(row.change.kind); },
        LANYARD_LIST_DIFF_CALLBACKS(this), ListDiff::Reset::WhenNothingShared);
    if (before != m_rows.size() || bookmarkedBefore != m_bookmarkedCount)
        Q_EMIT countChanged();
}

bool ChangeListModel::canOpen(const QString &eventId) const
{
    return m_app && m_app->scheduleStore().event(eventId).has_value();
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case IdRole:
        return row.change.eventId;
    case TitleRole:
        return row.change.title;
    case ChangeRole:
        return EventChange::kindName(row.change.kind);
    case BeforeRole:
        return row.change.before;
    case AfterRole:
        return row.change.after;
    case BookmarkedRole:
        return row.bookmarked;
    case GroupRole:
        return row.bookmarked ? u"yours"_s : u"all"_s;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChangeListModel::roleNames() const
{
    const QHash<int, QByteArray> shared = EventRoles::names();
    return {{IdRole, shared.value(IdRole)},
            {TitleRole, shared.value(TitleRole)},
            {BookmarkedRole, shared.value(BookmarkedRole)},
            {ChangeRole, "change"},
            {BeforeRole, "before"},
            {AfterRole, "after"},
            {TextRole, "sentence"},
            {GroupRole, "group"}};
}
