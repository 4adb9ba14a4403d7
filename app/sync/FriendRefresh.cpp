#include "FriendRefresh.h"

#include "agenda/FriendCalendar.h"
#include "core/Clock.h"
#include "store/FriendStore.h"
#include "store/ScheduleStore.h"

using namespace Qt::Literals::StringLiterals;

FriendRefresh::FriendRefresh(QNetworkAccessManager &network, Database &database, const ScheduleStore &schedule, Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_database(database)
    , m_schedule(schedule)
    , m_clock(clock)
{
    setLimits(FetchLimits());
}

FriendRefresh::~FriendRefresh()
{
    for (const QPointer<FeedFetchJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void FriendRefresh::setLimits(const FetchLimits &limits)
{
    m_limits = limits;
    m_limits.maxBytes = std::min(m_limits.maxBytes, FriendCalendar::kMaxBytes);
    m_limits.cutAtMaxBytes = false;
}

FeedFetchJob *FriendRefresh::fetch(const QUrl &url, QObject *parent)
{
    auto *job = new FeedFetchJob(m_network, url, {}, {}, m_limits, parent);
    job->start();
    return job;
}

int FriendRefresh::refreshAll()
{
    FriendStore store(m_database);
    int started = 0;
    for (const Friend &person : store.all()) {
        if (m_jobs.contains(person.name))
            continue;
        ++started;
        if (!person.isUrl()) {
            QString error;
            const auto bytes = FriendCalendar::readFile(person.source, &error);
            finish(person.name, bytes.value_or(QByteArray()), person.source, bytes ? QString() : error);
            continue;
        }
        // No validators: a calendar is small, and a fresh copy is always checked whole.
        FeedFetchJob *job = fetch(QUrl(person.source), this);
        m_jobs.insert(person.name, job);
        const QString name = person.name;
        connect(job, &FeedFetchJob::finished, this, [this, job, name](const QString &error) {
            if (m_jobs.value(name) != job)
                return;
            m_jobs.remove(name);
            const FetchResult &result = job->result();
            finish(name, result.body, FeedFetchJob::describeSource(result.finalUrl, result.httpStatus), error);
            job->deleteLater();
            if (m_jobs.isEmpty())
                Q_EMIT idle();
        });
    }
    return started;
}

void FriendRefresh::finish(const QString &name, const QByteArray &bytes, const QString &sourceName, const QString &fetchError)
{
    QString error = fetchError;
    if (error.isEmpty()) {
        QList<Conference> conferences;
        for (const ConferenceSummary &summary : m_schedule.conferences())
            conferences.append(summary.conference);
        error = FriendCalendar::check(bytes, sourceName, conferences);
    }
    FriendStore store(m_database);
    QString storeError;
    const bool stored =
        error.isEmpty() ? store.recordRefresh(name, bytes, m_clock.now(), &storeError) : store.recordFailure(name, error, &storeError);
    if (!stored && error.isEmpty())
        error = storeError;
    Q_EMIT refreshed(name, error);
}
