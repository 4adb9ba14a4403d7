#include "FreeSlotModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "TripController.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

FreeSlotModel::FreeSlotModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

FreeSlotModel::FreeSlotModel(AppController *app, TripController *trips, QObject *parent)
    : FreeSlotModel(parent)
{
    setAppController(app);
    setTripController(trips);
    startWithServices();
}

void FreeSlotModel::startWithServices()
{
    m_app = appController();
    m_trips = tripController();
    if (AppController *app = m_app) {
        connect(&app->userDataStore(), &UserDataStore::eventDataChanged, this, &FreeSlotModel::refresh);
        connect(&app->userDataStore(), &UserDataStore::reset, this, &FreeSlotModel::refresh);
        connect(&app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &FreeSlotModel::refresh);
        connect(app, &AppController::conferenceChanged, this, &FreeSlotModel::refresh);
        connect(app, &AppController::friendsChanged, this, &FreeSlotModel::refresh);
    }
    if (m_trips)
        connect(m_trips, &TripController::dataChanged, this, &FreeSlotModel::refresh);
    refresh();
}

void FreeSlotModel::setDay(const QString &day)
{
    if (m_day == day)
        return;
    m_day = day;
    Q_EMIT dayChanged();
    refresh();
}

void FreeSlotModel::setMinMinutes(int minutes)
{
    minutes = std::max(1, minutes);
    if (m_minMinutes == minutes)
        return;
    m_minMinutes = minutes;
    Q_EMIT minMinutesChanged();
    refresh();
}

void FreeSlotModel::setIgnoreTripId(const QString &tripId)
{
    if (m_ignoreTripId == tripId)
        return;
    m_ignoreTripId = tripId;
    Q_EMIT ignoreTripIdChanged();
    refresh();
}

void FreeSlotModel::setFriends(const QStringList &names)
{
    if (m_friends == names)
        return;
    m_friends = names;
    Q_EMIT friendsChanged();
    refresh();
}

void FreeSlotModel::refresh()
{
    QList<FreeSlots::Slot> slots;
    const AppController *app = m_app;
    const QDate date = QDate::fromString(m_day, Qt::ISODate);
    if (app && date.isValid() && !app->conferenceId().isEmpty()) {
        slots = FreeSlots::forDay(app->scheduleStore(), app->userDataStore(), app->agendaState().tripSources(),
                                  {app->conferenceId(), date, m_minMinutes, m_ignoreTripId, app->friendsState().plans().busyOf(m_friends)});
    }
    const int before = int(m_slots.size());
    ListDiff::apply(
        m_slots, std::move(slots), [](const FreeSlots::Slot &slot) { return slot.start.toSecsSinceEpoch(); },
        LANYARD_LIST_DIFF_CALLBACKS(this));
    if (before != m_slots.size())
        Q_EMIT countChanged();
}

int FreeSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

QVariant FreeSlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FreeSlots::Slot &slot = m_slots[index.row()];
    switch (role) {
    case StartRole:
        return slot.start;
    case EndRole:
        return slot.end;
    case Qt::DisplayRole:
    case MinutesRole:
        return slot.minutes();
    default:
        return {};
    }
}

QHash<int, QByteArray> FreeSlotModel::roleNames() const
{
    return {{StartRole, "start"}, {EndRole, "end"}, {MinutesRole, "minutes"}};
}
