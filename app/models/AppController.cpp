#include "AppController.h"

#include "TimeFormat.h"
#include "TrackPalette.h"
#include "VideoLabel.h"
#include "agenda/TripPlanning.h"
#include "core/Clock.h"
#include "core/TimeRules.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "lanyard.app")

AppController::AppController(ScheduleStore &schedule, UserDataStore &userData, Clock &clock, TimeFormat *format, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_userData(userData)
    , m_clock(clock)
    , m_format(format)
    , m_agendaState(schedule, userData)
    , m_friendsState(schedule.database(), schedule)
    , m_conferences(schedule)
    , m_hiddenItems(std::make_unique<HiddenItems>(schedule.database()))
{
    if (m_format)
        m_format->setClock(&m_clock);
    QString error;
    if (!m_hiddenItems->load(&error))
        qCWarning(lcApp) << "cannot read the hidden tracks, rooms and languages:" << error;
    connect(m_hiddenItems.get(), &HiddenItems::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == m_conferenceId)
            Q_EMIT hiddenItemsChanged();
    });
    connect(&m_friendsState, &FriendsState::changed, this, &AppController::friendsChanged);
    // The count is read again when asked for (the agenda is built once per change, and kept).
    connect(&m_agendaState, &AgendaState::changed, this, [this](const QString &conferenceId) {
        if (conferenceId.isEmpty() || conferenceId == m_conferenceId)
            Q_EMIT agendaCountChanged();
    });
    connect(this, &AppController::conferenceChanged, this, &AppController::agendaCountChanged);
    connect(&m_clock, &Clock::minuteChanged, this, [this] {
        Q_EMIT nowChanged();
        updateDefaultDay();
    });
    connect(&m_schedule, &ScheduleStore::conferencesChanged, this, [this] {
        m_conferences.reload();
        if (!m_schedule.conference(m_conferenceId))
            setConferenceId({});
        else
            reloadConference();
    });
    connect(&m_schedule, &ScheduleStore::scheduleChanged, this, [this](const QString &conferenceId) {
        if (conferenceId == m_conferenceId) {
            reloadConference();
            Q_EMIT scheduleChanged();
        }
    });

    // The window opens where the user is: on the conference running today, else the last one used.
    QSettings settings;
    const QString lastUsed = settings.value(u"ui/conference"_s).toString();
    const QStringList running = runningConferenceIds();
    setConferenceId(running.isEmpty() || running.contains(lastUsed) ? lastUsed : running.constFirst());
}

QStringList AppController::runningConferenceIds() const
{
    QStringList running;
    const QDateTime now = m_clock.now();
    const QList<Conference> all = m_schedule.conferenceList();
    for (const Conference &conference : all) {
        // In the conference's own zone, the night before its day change still the day before.
        const QDate date = TripPlanning::conferenceDay(now, conference);
        if (conference.start.isValid() && date >= conference.start && date <= conference.end)
            running.append(conference.id);
    }
    return running;
}

AppController::~AppController() = default;

void AppController::setConferenceId(const QString &conferenceId)
{
    QString id = conferenceId;
    if (id.isEmpty() || !m_schedule.conference(id)) {
        // Fall back to the conference running now, else the next one, else the latest.
        const QList<Conference> all = m_schedule.conferenceList();
        const QDate today = m_clock.now().date();
        id.clear();
        for (const Conference &conference : all) {
            if (conference.end >= today.addDays(-1)) {
                id = conference.id;
                break;
            }
        }
        if (id.isEmpty() && !all.isEmpty())
            id = all.constLast().id;
    }
    if (id == m_conferenceId && !m_conferenceInfo.isEmpty())
        return;
    m_conferenceId = id;
    QSettings settings;
    settings.setValue(u"ui/conference"_s, id);
    settings.sync();
    m_filter.setConferenceId(id);
    reloadConference();
}

void AppController::reloadConference()
{
    m_conferenceInfo.clear();
    m_days.clear();
    m_rooms.clear();
    m_trackNames.clear();
    m_types.clear();
    m_languages.clear();
    m_dayChange = {};
    m_trackColors.clear();
    m_start = {};
    m_end = {};
    QStringList tracksForFilter;
    QStringList roomsForFilter;
    QStringList typesForFilter;
    if (const auto conference = m_schedule.conference(m_conferenceId)) {
        const QTimeZone zone = conference->timeZone();
        m_conferenceInfo = {
            {u"id"_s, conference->id},
            {u"title"_s, conference->title},
            {u"acronym"_s, conference->acronym},
            {u"subtitle"_s, conference->subtitle},
            {u"venue"_s, conference->venue},
            {u"city"_s, conference->city},
            {u"url"_s, conference->url},
            {u"timeZone"_s, conference->timeZoneId},
            {u"start"_s, conference->start.toString(Qt::ISODate)},
            {u"end"_s, conference->end.toString(Qt::ISODate)},
        };
        m_start = conference->start;
        m_end = conference->end;
        m_dayChange = conference->dayChange;
        for (const Day &day : m_schedule.days(m_conferenceId))
            m_days.append(day.date.toString(Qt::ISODate));
        m_rooms = m_schedule.rooms(m_conferenceId);
        const QList<Track> tracks = m_schedule.tracks(m_conferenceId);
        const QStringList palette = TrackPalette::colors(tracks.size());
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            m_trackNames.append(tracks[i].name);
            m_trackColors.insert(tracks[i].name, tracks[i].color.isEmpty() ? palette[i] : tracks[i].color);
        }
        // DISTINCT queries: loading every event (with speakers and links) for this took most
        // of the start-up time of a large programme.
        m_types = m_schedule.types(m_conferenceId);
        m_languages = m_schedule.languages(m_conferenceId);
        // "" for the events without a track (room, type), an option of the filter like any other.
        const auto orNone = [this](QStringList values, ScheduleStore::EventField field) {
            if (m_schedule.hasEventsWithout(m_conferenceId, field))
                values.append(QString());
            return values;
        };
        tracksForFilter = orNone(m_trackNames, ScheduleStore::EventField::Track);
        roomsForFilter = orNone(m_rooms, ScheduleStore::EventField::Room);
        typesForFilter = orNone(m_types, ScheduleStore::EventField::Type);
        if (m_format)
            m_format->setZone(zone, conference->timeZoneId, TimeRules::localToUtc(conference->start, QTime(12, 0), zone));
    }
    m_filter.setOptions(ScheduleFilter::Track, tracksForFilter);
    m_filter.setOptions(ScheduleFilter::Room, roomsForFilter);
    m_filter.setOptions(ScheduleFilter::Type, typesForFilter);
    Q_EMIT conferenceChanged();
    Q_EMIT hiddenItemsChanged();
    updateDefaultDay();
}

void AppController::updateDefaultDay()
{
    const QString day = defaultDay();
    if (day == m_defaultDay)
        return;
    m_defaultDay = day;
    Q_EMIT defaultDayChanged();
}

QStringList AppController::tracks() const
{
    return m_trackNames;
}

QString AppController::defaultDay() const
{
    const QString running = today();
    if (!running.isEmpty())
        return running;
    return m_days.isEmpty() ? QString() : m_days.constFirst();
}

QDateTime AppController::now() const
{
    return m_clock.now();
}

QString AppController::today() const
{
    if (m_days.isEmpty())
        return {};
    const QTimeZone zone = TimeRules::zoneFromId(m_conferenceInfo.value(u"timeZone"_s).toString());
    const QDateTime local = m_clock.now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    // Before the conference's day change (04:00 at PyCon AU) the night still belongs to the day before.
    const QDate date = m_dayChange.isValid() && local.time() < m_dayChange ? local.date().addDays(-1) : local.date();
    const QString iso = date.toString(Qt::ISODate);
    return m_days.contains(iso) ? iso : QString();
}

QString AppController::version() const
{
    return QStringLiteral(LANYARD_VERSION);
}

void AppController::reloadAfterOutsideChange()
{
    QString error;
    if (!m_hiddenItems->load(&error))
        Q_EMIT errorOccurred(error);
    m_friendsState.reload();
}

bool AppController::isHidden(const Event &event) const
{
    return m_hiddenItems->isHidden(event);
}

int AppController::hiddenItemCount() const
{
    return m_hiddenItems->count(m_conferenceId);
}

int AppController::agendaCount() const
{
    // No conference: no agenda to count (an empty id would count every conference's).
    return m_conferenceId.isEmpty() ? 0 : int(m_agendaState.agenda(m_conferenceId).items().size());
}

void AppController::setHidden(const QString &kind, const QString &value, bool hidden)
{
    const auto parsed = HiddenItems::kindFromName(kind);
    if (!parsed) {
        Q_EMIT errorOccurred(tr("Only a track, room, language or type can be hidden, not a \"%1\".").arg(kind));
        return;
    }
    QString error;
    if (!m_hiddenItems->setHidden(m_conferenceId, *parsed, value, hidden, &error))
        Q_EMIT errorOccurred(tr("The hidden items could not be saved: %1").arg(error));
}

bool AppController::isHiddenItem(const QString &kind, const QString &value) const
{
    const auto parsed = HiddenItems::kindFromName(kind);
    return parsed && m_hiddenItems->isHidden(m_conferenceId, *parsed, value);
}

void AppController::showAllHidden()
{
    QString error;
    if (!m_hiddenItems->showAll(m_conferenceId, &error))
        Q_EMIT errorOccurred(tr("The hidden items could not be saved: %1").arg(error));
}

QString AppController::trackColor(const QString &track) const
{
    return m_trackColors.value(track, TrackPalette::noTrackColor());
}

bool AppController::isBookmarked(const QString &eventId) const
{
    return m_userData.isBookmarked(eventId);
}

namespace
{
/** Trips share the agenda's lists and keys with events, but are not bookmarked. */
bool isTrip(const AgendaState &agendaState, const QString &itemId)
{
    const TripStore *trips = agendaState.tripSources().trips;
    return trips && trips->trip(itemId).has_value();
}
} // namespace

void AppController::toggleBookmark(const QString &eventId, const QString &conferenceId)
{
    if (isTrip(m_agendaState, eventId))
        return;
    const Priority next = m_userData.isBookmarked(eventId) ? Priority::None : Priority::MustSee;
    QString error;
    if (!m_userData.setPriority(eventId, conferenceId, next, &error))
        Q_EMIT errorOccurred(tr("The bookmark could not be saved: %1").arg(error));
}

void AppController::setPriority(const QString &eventId, const QString &conferenceId, int priority)
{
    if (priority < 0 || priority > 2 || isTrip(m_agendaState, eventId))
        return;
    QString error;
    if (!m_userData.setPriority(eventId, conferenceId, Priority(priority), &error))
        Q_EMIT errorOccurred(tr("The bookmark could not be saved: %1").arg(error));
}

void AppController::setNote(const QString &eventId, const QString &conferenceId, const QString &note)
{
    QString error;
    if (!m_userData.setNote(eventId, conferenceId, note, &error))
        Q_EMIT errorOccurred(tr("The note could not be saved: %1").arg(error));
}

void AppController::setRating(const QString &eventId, const QString &conferenceId, int rating)
{
    QString error;
    if (!m_userData.setRating(eventId, conferenceId, rating, &error))
        Q_EMIT errorOccurred(tr("The rating could not be saved: %1").arg(error));
}

void AppController::setWatched(const QString &eventId, const QString &conferenceId, bool watched)
{
    QString error;
    if (!m_userData.setWatched(eventId, conferenceId, watched, &error))
        Q_EMIT errorOccurred(tr("The watched mark could not be saved: %1").arg(error));
}

void AppController::dismissCancelled(const QString &eventId, const QString &conferenceId)
{
    QString error;
    if (!m_userData.setDismissed(eventId, conferenceId, true, &error))
        Q_EMIT errorOccurred(tr("The cancelled event could not be dismissed: %1").arg(error));
}

QString AppController::videoLabel(const QString &url) const
{
    return ::videoLabel(url);
}

bool AppController::isOpenableLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s)
        && (scheme == u"mailto"_s || !parsed.host().isEmpty());
}

void AppController::copyText(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

bool AppController::openLink(const QString &url)
{
    if (!isOpenableLink(url)) {
        Q_EMIT errorOccurred(tr("Lanyard opens only http, https and mailto links, not \"%1\".").arg(url));
        return false;
    }
    return QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}
