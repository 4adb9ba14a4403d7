#include "CalendarController.h"

#include "Preferences.h"
#include "core/Clock.h"
#include "sync/CalDavClient.h"
#include "sync/CalDavPassword.h"
#include "sync/CalDavSync.h"
#include "sync/SyncManager.h"

using namespace Qt::Literals::StringLiterals;

CalendarController::CalendarController(Database &database, ScheduleStore &schedule, UserDataStore &userData, TripStore *trips,
                                       PlaceStore *places, Clock &clock, QNetworkAccessManager &network, Preferences *preferences,
                                       QObject *parent)
    : QObject(parent)
    , m_schedule(&schedule)
    , m_userData(&userData)
    , m_trips(trips)
    , m_places(places)
    , m_clock(&clock)
    , m_preferences(preferences)
    , m_network(&network)
    , m_state(std::make_unique<CalendarSyncStore>(database))
{
    reload();
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    if (m_preferences)
        connect(m_preferences, &Preferences::syncIntervalChanged, this, &CalendarController::applyInterval);
    applyInterval();
}

CalendarController::CalendarController(StandIn)
    : QObject(nullptr)
{
}

CalendarController::~CalendarController() = default;

CalendarController *CalendarController::standIn()
{
    return new CalendarController(StandIn{});
}

void CalendarController::applyInterval()
{
    const int minutes = m_preferences ? m_preferences->syncIntervalMinutes() : 0;
    if (minutes > 0)
        m_timer.start(minutes * 60 * 1000);
    else
        m_timer.stop();
}

void CalendarController::followSubscriptions(SyncManager &manager)
{
    connect(&manager, &SyncManager::idle, this, [this] {
        if (m_account && !m_busy)
            syncNow();
    });
}

void CalendarController::reload()
{
    m_account = m_state ? m_state->account() : std::nullopt;
    m_notes = m_account ? m_state->notes() : QList<CalendarSyncNote>();
    Q_EMIT stateChanged();
}

QString CalendarController::account() const
{
    if (!m_account)
        return {};
    return tr("%1 at %2 as %3").arg(m_account->collectionName, m_account->collectionUrl, m_account->user);
}

QString CalendarController::status() const
{
    if (m_busy)
        return tr("Syncing…");
    if (!m_account)
        return tr("Not connected");
    if (!m_account->lastError.isEmpty())
        return tr("Last sync failed: %1").arg(m_account->lastError);
    if (!m_account->lastSuccessAt.isValid())
        return tr("Not synced yet");
    return tr("Last synced %1").arg(QLocale().toString(m_account->lastSuccessAt.toLocalTime(), QLocale::ShortFormat));
}

QStringList CalendarController::changes() const
{
    QStringList lines;
    for (const CalendarSyncNote &note : m_notes)
        lines.append(u"%1: %2"_s.arg(note.title, note.detail));
    return lines;
}

std::optional<QString> CalendarController::password()
{
    if (!m_sessionPassword.isEmpty())
        return m_sessionPassword;
    if (qEnvironmentVariableIsSet("LANYARD_CALDAV_PASSWORD"))
        return qEnvironmentVariable("LANYARD_CALDAV_PASSWORD");
    if (!m_account)
        return std::nullopt;
    if (auto stored = CalDavPassword::read(m_account->user, m_account->serverUrl, nullptr))
        return stored;
    return std::nullopt;
}

void CalendarController::setSessionPassword(const QString &password)
{
    m_sessionPassword = password;
    m_needsPassword = false;
    Q_EMIT stateChanged();
}

QString CalendarController::connectTo(const QString &typedUrl, const QString &user, const QString &password, const QString &collection)
{
    if (!m_state)
        return tr("Calendars cannot be connected here.");
    if (m_busy)
        return tr("A sync is running; try again when it is done.");
    QString text = typedUrl.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return tr("\"%1\" is not an http or https address").arg(typedUrl);
    if (user.trimmed().isEmpty())
        return tr("Give the user name on the calendar server.");
    m_busy = true;
    Q_EMIT stateChanged();
    CalDavClient client(*m_network, {user.trimmed(), password}, FetchLimits::fromSettings());
    QString error;
    const QString name = collection.trimmed().isEmpty() ? u"Lanyard"_s : collection.trimmed();
    const auto found = client.discover(url, name, &error);
    m_busy = false;
    if (!found) {
        Q_EMIT stateChanged();
        return error;
    }
    CalendarAccount account;
    account.serverUrl = url.toString();
    account.user = user.trimmed();
    account.collectionUrl = found->url.toString();
    account.collectionName = found->displayName.isEmpty() ? name : found->displayName;
    if (!m_state->connect(account, &error)) {
        Q_EMIT stateChanged();
        return error;
    }
    // The keyring keeps it; without one it lives in this session only.
    m_sessionPassword.clear();
    if (!CalDavPassword::write(account.user, account.serverUrl, password, nullptr))
        m_sessionPassword = password;
    m_needsPassword = false;
    reload();
    return syncNow();
}

QString CalendarController::syncNow()
{
    if (!m_account || m_busy)
        return {};
    const auto secret = password();
    if (!secret) {
        m_needsPassword = true;
        Q_EMIT stateChanged();
        return tr("No password for %1: there is no keyring, or it has none. Enter it for this session.").arg(m_account->user);
    }
    m_busy = true;
    Q_EMIT stateChanged();
    CalDavClient client(*m_network, {m_account->user, *secret}, FetchLimits::fromSettings());
    CalDavSync sync(client, {*m_schedule, *m_userData, m_trips, m_places, *m_state}, [this] { return m_clock->now().toUTC(); });
    const CalDavSyncReport report = sync.run();
    m_busy = false;
    if (report.httpStatus == 401) {
        m_sessionPassword.clear();
        m_needsPassword = true;
    }
    reload();
    return report.ok ? QString() : report.error;
}

void CalendarController::disconnectCalendar()
{
    if (!m_account || m_busy)
        return;
    CalDavPassword::remove(m_account->user, m_account->serverUrl, nullptr);
    m_state->disconnect();
    m_sessionPassword.clear();
    m_needsPassword = false;
    reload();
}
