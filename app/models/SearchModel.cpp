#include "SearchModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "TimeFormat.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

/** Lives on the search thread; answers the newest request only. */
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    /** `latest` belongs to the model, which stops this thread before it goes. */
    SearchWorker(Database &database, const std::atomic<quint64> &latest)
        : m_search(database)
        , m_latest(latest)
    {
    }

    void run(quint64 generation, const SearchQuery &query)
    {
        // A newer request is already queued behind this one: it will answer instead.
        if (generation < m_latest.load())
            return;
        QList<SearchHit> hits;
        QString error;
        m_search.search(query, &hits, EventSearch::Markup::Html, &error);
        Q_EMIT finished(generation, query.text, hits, error);
    }

    /** Before the thread closes its connection, which the kept statements hold. */
    void forgetStatements() { m_search.forgetStatements(); }

Q_SIGNALS:
    // moc writes the signal's definition with its own parameter names.
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name)
    void finished(quint64 generation, const QString &text, const QList<SearchHit> &hits, const QString &error);

private:
    EventSearch m_search;
    const std::atomic<quint64> &m_latest;
};

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_query.limit = 50;
}

SearchModel::SearchModel(AppController *app, QObject *parent)
    : SearchModel(parent)
{
    setAppController(app);
    startWithServices();
}

void SearchModel::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    // Unless told otherwise, the App's current conference.
    if (!m_conferenceIdGiven)
        m_query.conferenceId = m_app->conferenceId();
    loadOptions();

    auto *worker = new SearchWorker(m_app->scheduleStore().database(), m_latest);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    // On the search thread as it ends: its connection must not outlive wait() (Database.h), and
    // the statements kept on it go first.
    Database &database = m_app->scheduleStore().database();
    connect(
        &m_thread, &QThread::finished, &m_thread,
        [&database, worker] {
            worker->forgetStatements();
            database.closeThisThreadsConnection();
        },
        Qt::DirectConnection);
    connect(worker, &SearchWorker::finished, this, &SearchModel::apply, Qt::QueuedConnection);
    m_worker = worker;
    m_thread.setObjectName(u"search"_s);
    m_thread.start();

    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &SearchModel::requestSearch);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &SearchModel::requestSearch);
    connect(&m_app->userDataStore(), &UserDataStore::eventDataChanged, this, &SearchModel::onUserDataChanged);
    // What QML typed before the model started.
    if (!m_query.text.isEmpty())
        requestSearch();
}

SearchModel::~SearchModel()
{
    m_latest.store(std::numeric_limits<quint64>::max()); // queued requests return at once
    m_thread.quit();
    m_thread.wait();
}

void SearchModel::setQuery(const QString &query)
{
    if (m_query.text == query)
        return;
    m_query.text = query;
    Q_EMIT queryChanged();
    requestSearch();
}

void SearchModel::loadOptions()
{
    m_dayOptions.clear();
    m_trackOptions.clear();
    const QString &conferenceId = m_query.conferenceId;
    if (m_app && !conferenceId.isEmpty()) {
        for (const Day &day : m_app->scheduleStore().days(conferenceId))
            m_dayOptions.append(day.date.toString(Qt::ISODate));
        for (const Track &track : m_app->scheduleStore().tracks(conferenceId))
            m_trackOptions.append(track.name);
    }
}

void SearchModel::setConferenceId(const QString &conferenceId)
{
    if (m_query.conferenceId == conferenceId)
        return;
    m_conferenceIdGiven = true;
    m_query.conferenceId = conferenceId;
    m_query.day = {};
    m_query.track.clear();
    loadOptions();
    Q_EMIT conferenceIdChanged();
    Q_EMIT dayChanged();
    Q_EMIT trackChanged();
    requestSearch();
}

QString SearchModel::day() const
{
    return m_query.day.isValid() ? m_query.day.toString(Qt::ISODate) : QString();
}

void SearchModel::setDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (m_query.day == date)
        return;
    m_query.day = date;
    Q_EMIT dayChanged();
    requestSearch();
}

void SearchModel::setTrack(const QString &track)
{
    if (m_query.track == track)
        return;
    m_query.track = track;
    Q_EMIT trackChanged();
    requestSearch();
}

void SearchModel::setNotRecordedOnly(bool only)
{
    if (m_query.notRecordedOnly == only)
        return;
    m_query.notRecordedOnly = only;
    Q_EMIT notRecordedOnlyChanged();
    requestSearch();
}

void SearchModel::setLimit(int limit)
{
    if (m_query.limit == limit || limit < 1)
        return;
    m_query.limit = limit;
    Q_EMIT limitChanged();
    requestSearch();
}

void SearchModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SearchModel::requestSearch()
{
    const quint64 generation = ++m_generation;
    m_latest.store(generation);
    if (!m_worker) {
        searchNow();
        return;
    }
    setBusy(true);
    // The worker lives as long as the thread, which this model stops only in its destructor.
    SearchWorker *worker = m_worker.data();
    QMetaObject::invokeMethod(
        worker, [worker, generation, query = m_query] { worker->run(generation, query); }, Qt::QueuedConnection);
}

void SearchModel::searchNow()
{
    if (!m_app)
        return;
    const quint64 generation = ++m_generation;
    m_latest.store(generation);
    QList<SearchHit> hits;
    QString error;
    EventSearch(m_app->scheduleStore().database()).search(m_query, &hits, EventSearch::Markup::Html, &error);
    apply(generation, m_query.text, hits, error);
}

void SearchModel::apply(quint64 generation, const QString &text, const QList<SearchHit> &hits, const QString &error)
{
    if (generation != m_generation)
        return; // an answer to a query the user has typed past
    setBusy(false);
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);

    // Rows the old and new answers share stay (moved if their rank changed) and get the new
    // answer's markup where the words typed changed it; the rest go or come.
    const qsizetype before = m_rows.size();
    ListDiff::apply(
        m_rows, hits, [](const SearchHit &hit) { return hit.eventId; }, LANYARD_LIST_DIFF_CALLBACKS(this), ListDiff::Reset::Never,
        [](const SearchHit &a, const SearchHit &b) {
            return a.titleMarkup == b.titleMarkup && a.speakersMarkup == b.speakersMarkup && a.snippetMarkup == b.snippetMarkup
                && a.snippetSource == b.snippetSource && a.title == b.title && a.subtitle == b.subtitle && a.speakers == b.speakers
                && a.room == b.room && a.track == b.track && a.start == b.start && a.end == b.end && a.day == b.day
                && a.cancelled == b.cancelled && a.conferenceId == b.conferenceId;
        });
    if (before != m_rows.size())
        Q_EMIT countChanged();
    m_answeredQuery = text;
    Q_EMIT answered();
}

void SearchModel::onUserDataChanged(const QString &eventId)
{
    // A note edit can make an event match (or stop matching): ask again. A bookmark only
    // changes its row, in place, so the list does not jump under the pointer.
    const QString note = m_app->userDataStore().value(eventId).note;
    if (m_knownNotes.value(eventId) != note) {
        m_knownNotes.insert(eventId, note);
        if (!m_query.text.trimmed().isEmpty())
            requestSearch();
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].eventId == eventId)
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {BookmarkedRole});
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case IdRole:
        return hit.eventId;
    case ConferenceIdRole:
        return hit.conferenceId;
    case TitleMarkupRole:
        return hit.titleMarkup;
    case SubtitleRole:
        return hit.subtitle;
    case SpeakersRole:
        return hit.speakers;
    case SpeakersMarkupRole:
        return hit.speakersMarkup;
    case SnippetMarkupRole:
        return hit.snippetMarkup;
    case SnippetSourceRole:
        return hit.snippetSource;
    case RoomRole:
        return hit.room;
    case TrackRole:
        return hit.track;
    case TrackColorRole:
        if (!m_app)
            return QString();
        return m_app->trackColor(hit.conferenceId == m_app->conferenceId() ? hit.track : QString());
    case StartRole:
        return hit.start;
    case EndRole:
        return hit.end;
    case DayRole:
        return hit.day.toString(Qt::ISODate);
    case WhenRole: {
        // In the event's own conference's zone (results may come from several conferences).
        if (!m_zones.contains(hit.conferenceId)) {
            const auto conference = m_app ? m_app->scheduleStore().conference(hit.conferenceId) : std::nullopt;
            m_zones.insert(hit.conferenceId, conference ? conference->timeZone() : QTimeZone::utc());
        }
        const QTimeZone zone = m_zones.value(hit.conferenceId);
        const QDateTime start = hit.start.toTimeZone(zone);
        const QDateTime end = hit.end.toTimeZone(zone);
        const QLocale locale;
        return QString(locale.toString(start, TimeFormat::shortDatePattern() + u", HH:mm"_s) + u"–"_s + locale.toString(end, u"HH:mm"_s));
    }
    case BookmarkedRole:
        return m_app && m_app->userDataStore().isBookmarked(hit.eventId);
    case CancelledRole:
        return hit.cancelled;
    default:
        return EventRoles::fallback(role);
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    QHash<int, QByteArray> names = EventRoles::names();
    names.insert({
        {TitleMarkupRole, "titleMarkup"},
        {SpeakersMarkupRole, "speakersMarkup"},
        {SnippetMarkupRole, "snippetMarkup"},
        {SnippetSourceRole, "snippetSource"},
        {WhenRole, "when"},
    });
    return names;
}

QString SearchModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].eventId : QString();
}

#include "SearchModel.moc"
