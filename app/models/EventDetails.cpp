#include "EventDetails.h"

#include "AppController.h"
#include "SyncController.h"
#include "TripController.h"
#include "VideoLabel.h"
#include "agenda/Agenda.h"
#include "agenda/TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QUrl>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

EventDetails::EventDetails(QObject *parent)
    : QObject(parent)
{
}

EventDetails::EventDetails(AppController *app, TripController *trips, SyncController *sync, QObject *parent)
    : EventDetails(parent)
{
    setAppController(app);
    setTripController(trips);
    setSyncController(sync);
    startWithServices();
}

void EventDetails::startWithServices()
{
    m_app = appController();
    m_sync = syncController();
    if (!m_app)
        return;
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, [this](const QString &id) {
        if (id == m_eventId)
            Q_EMIT userDataChanged();
        Q_EMIT conflictsChanged();
    });
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &EventDetails::userDataChanged);
    connect(&m_app->userDataStore(), &UserDataStore::reset, this, &EventDetails::conflictsChanged);
    connect(m_app, &AppController::scheduleChanged, this, &EventDetails::load);
    if (TripController *trips = tripController())
        connect(trips, &TripController::dataChanged, this, &EventDetails::conflictsChanged);
    connect(&m_app->hiddenItems(), &HiddenItems::changed, this, &EventDetails::hiddenChanged);
    connect(m_app, &AppController::friendsChanged, this, &EventDetails::friendsChanged);
    connect(this, &EventDetails::loaded, this, &EventDetails::friendsChanged);
    // The event QML named before it started.
    if (!m_eventId.isEmpty())
        open();
}

QStringList EventDetails::friends() const
{
    return m_app && isValid() ? m_app->friendsState().friendsOf(m_event.id) : QStringList();
}

void EventDetails::setEventId(const QString &eventId)
{
    if (m_eventId == eventId)
        return;
    m_eventId = eventId;
    Q_EMIT eventIdChanged();
    open();
}

void EventDetails::open()
{
    load();
    // Opening an event's page is seeing it: a "new" or "changed" mark from an update goes.
    if (m_sync && isValid())
        m_sync->markSeen(m_eventId);
}

void EventDetails::load()
{
    m_event = {};
    m_cancelled = false;
    if (m_app && !m_eventId.isEmpty()) {
        if (auto event = m_app->scheduleStore().event(m_eventId)) {
            m_event = std::move(*event);
            m_cancelled = m_app->scheduleStore().cancelledEvents(m_event.conferenceId).contains(m_eventId);
        }
    }
    Q_EMIT loaded();
    Q_EMIT userDataChanged();
    Q_EMIT conflictsChanged();
    Q_EMIT hiddenChanged();
}

QVariantList EventDetails::links() const
{
    QVariantList result;
    for (const Link &link : m_event.links) {
        // Recordings have their own buttons; a feed that also lists them as links shows them once.
        if (!AppController::isOpenableLink(link.url) || m_event.videos.contains(link.url))
            continue;
        result.append(QVariantMap{{u"title"_s, link.title.isEmpty() ? link.url : link.title}, {u"url"_s, link.url}});
    }
    return result;
}

QVariantList EventDetails::videos() const
{
    QVariantList result;
    for (const QString &video : m_event.videos) {
        if (AppController::isOpenableLink(video))
            result.append(QVariantMap{{u"label"_s, videoLabel(video)}, {u"url"_s, video}});
    }
    return result;
}

bool EventDetails::isBookmarked() const
{
    return m_app && m_app->userDataStore().isBookmarked(m_eventId);
}

int EventDetails::priority() const
{
    return m_app ? int(m_app->userDataStore().priority(m_eventId)) : 0;
}

QString EventDetails::note() const
{
    return m_app ? m_app->userDataStore().value(m_eventId).note : QString();
}

int EventDetails::rating() const
{
    return m_app ? m_app->userDataStore().value(m_eventId).rating : 0;
}

bool EventDetails::isWatched() const
{
    return m_app && m_app->userDataStore().value(m_eventId).isWatched();
}

QVariantList EventDetails::conflicts() const
{
    QVariantList result;
    if (!m_app || !isBookmarked() || m_cancelled)
        return result;
    // Trips count too: a talk clashes with a drive up the mountain as much as with another talk.
    const Agenda agenda = m_app->agendaState().agenda(m_event.conferenceId);
    const AgendaItem *self = agenda.item(m_eventId);
    if (!self)
        return result;
    for (const QString &id : self->conflicts) {
        if (const AgendaItem *other = agenda.item(id)) {
            result.append(QVariantMap{{u"id"_s, other->id},
                                      {u"title"_s, other->title},
                                      {u"start"_s, other->start},
                                      {u"end"_s, other->end},
                                      {u"room"_s, other->location}});
        }
    }
    return result;
}

QStringList EventDetails::hiddenKinds() const
{
    QStringList kinds;
    if (!m_app || !isValid())
        return kinds;
    const HiddenItems &hidden = m_app->hiddenItems();
    const std::pair<HiddenItems::Kind, QString> values[] = {{HiddenItems::Kind::Track, m_event.track},
                                                            {HiddenItems::Kind::Room, m_event.room},
                                                            {HiddenItems::Kind::Language, m_event.language},
                                                            {HiddenItems::Kind::Type, m_event.type}};
    for (const auto &[kind, value] : values) {
        if (hidden.isHidden(m_event.conferenceId, kind, value))
            kinds.append(HiddenItems::kindName(kind));
    }
    return kinds;
}

void EventDetails::showAgain()
{
    if (!m_app || !isValid())
        return;
    HiddenItems &hidden = m_app->hiddenItems();
    const std::pair<HiddenItems::Kind, QString> values[] = {{HiddenItems::Kind::Track, m_event.track},
                                                            {HiddenItems::Kind::Room, m_event.room},
                                                            {HiddenItems::Kind::Language, m_event.language},
                                                            {HiddenItems::Kind::Type, m_event.type}};
    for (const auto &[kind, value] : values) {
        QString error;
        if (!hidden.setHidden(m_event.conferenceId, kind, value, false, &error)) {
            Q_EMIT m_app->errorOccurred(tr("The hidden items could not be saved: %1").arg(error));
            return;
        }
    }
}
