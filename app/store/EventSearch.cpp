#include "EventSearch.h"

#include "Database.h"
#include "IndexTerms.h"
#include "SearchIndex.h"
#include "SqlHelpers.h"
#include "core/SearchText.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

EventSearch::EventSearch(Database &database)
    : m_database(database)
{
}

EventSearch::~EventSearch() = default;

void EventSearch::forgetStatements() const
{
    m_statements.clear();
}

QSqlQuery *EventSearch::prepared(const QSqlDatabase &db, const QString &sql, QString *errorMessage) const
{
    std::unique_ptr<QSqlQuery> &kept = m_statements[{db.connectionName(), sql}];
    if (!kept) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            if (errorMessage)
                *errorMessage = Sql::describeError(*query, u"cannot prepare the search"_s);
            m_statements.erase({db.connectionName(), sql});
            return nullptr;
        }
        kept = std::move(query);
    }
    return kept.get();
}

QString EventSearch::bm25Weights()
{
    // Steps of ten between title, speakers and abstract: bm25's per-column term saturation keeps
    // one column's contribution within a small factor, so a title match always outranks a
    // speaker match, and that an abstract match, for the same words.
    double weights[SearchIndex::ColumnCount] = {};
    weights[SearchIndex::Title] = 100.0;
    weights[SearchIndex::Subtitle] = 30.0;
    weights[SearchIndex::Speakers] = 10.0;
    weights[SearchIndex::Track] = 5.0;
    weights[SearchIndex::Note] = 3.0;
    weights[SearchIndex::Room] = 2.0;
    weights[SearchIndex::Abstract] = 1.0;
    QStringList list;
    for (const double weight : weights)
        list.append(QString::number(weight, 'f', 1));
    return list.join(u", "_s);
}

bool EventSearch::search(const SearchQuery &query, QList<SearchHit> *hits, Markup markup, QString *errorMessage) const
{
    hits->clear();
    if (query.limit <= 0)
        return true;
    const QSqlDatabase db = m_database.connection();
    // The words as the index holds them (see IndexTerms); SearchText marks them in what is shown.
    const std::optional<IndexTerms> words = IndexTerms::of(db, query.text, errorMessage);
    if (!words)
        return false;
    if (words->terms.isEmpty())
        return true;
    const SearchText text(query.text);

    // Ranking first: only the key, the score and what filters and orders. The MATCH expression
    // is bound as a value and built only of quoted terms (IndexTerms, SearchText::matchExpression).
    // Tiers first (all the words in the title, else in title and speakers, else anywhere),
    // then bookmarked events, then bm25 with column weights, then start time. The tiers are
    // column-filtered matches, because bm25 alone saturates: five mentions in an abstract can
    // outscore one in a long title whatever the column weights. They are also what keeps a
    // keystroke cheap: each tier is ranked on its own and the next one is asked only while the
    // list is not full, so "k" ranks the events with a title word starting with k, not every
    // event that mentions one somewhere.
    const QStringList tierColumns[] = {
        {u"title"_s, u"subtitle"_s},
        {u"title"_s, u"subtitle"_s, u"speakers"_s},
        {},
    };
    const QString filters = uR"(AND (:conference = '' OR e.conference_id = :conference)
              AND (:day = '' OR e.day = :day)
              AND (:track = '' OR e.track = :track)
              AND (:notRecorded = 0 OR e.recorded = 0)
              AND e.seq NOT IN (SELECT value FROM json_each(:found)))"_s;
    // Ranked in two steps, bookmarked events first: those are few, found from user_events; then
    // the rest in the order bm25 ranks them inside the full-text index, each joined to its event
    // only as the list fills. Joining every match before ranking (1,916 for "python packa" on
    // 20,000 events) cost twice the ranking itself. Equal scores keep time order: seq is start
    // order within a conference (ScheduleStore::apply inserts by start time).
    const QString rankedBookmarkedStatement = uR"(SELECT e.seq, bm25(event_search, %1) AS score
            FROM user_events u
            CROSS JOIN events e ON e.id = u.event_id
            CROSS JOIN event_search s ON s.rowid = e.seq
            WHERE u.priority > 0 AND event_search MATCH :match %2
            ORDER BY score, e.start_utc, e.title
            LIMIT :limit)"_s.arg(bm25Weights(), filters);
    const QString rankedRestStatement = uR"(SELECT r.seq, r.score
            FROM (SELECT s.rowid AS seq, bm25(event_search, %1) AS score
                  FROM event_search s
                  WHERE event_search MATCH :match
                  ORDER BY score, s.rowid) r
            CROSS JOIN events e ON e.seq = r.seq
            LEFT JOIN user_events u ON u.event_id = e.id
            WHERE COALESCE(u.priority, 0) = 0 %2
            LIMIT :limit)"_s.arg(bm25Weights(), filters);
    // One or two letters typed: most of a large programme matches, and bm25 cannot tell words
    // that merely start alike apart. Such a prefix lists its tier's bookmarked events first, then
    // the rest in time order, which is seq order (ScheduleStore::apply inserts by start time):
    // the scan stops at the limit instead of ranking thousands of rows.
    const bool browse = words->terms.size() == 1 && words->lastIsPrefix && words->terms.constFirst().size() < 3;
    const QString bookmarkedStatement = uR"(SELECT e.seq, 0.0
            FROM user_events u
            CROSS JOIN events e ON e.id = u.event_id
            CROSS JOIN event_search s ON s.rowid = e.seq
            WHERE u.priority > 0 AND event_search MATCH :match %1
            ORDER BY e.start_utc, e.title
            LIMIT :limit)"_s.arg(filters);
    const QString inOrderStatement = uR"(SELECT e.seq, 0.0
            FROM event_search s
            JOIN events e ON e.seq = s.rowid
            WHERE event_search MATCH :match %1
            ORDER BY s.rowid
            LIMIT :limit)"_s.arg(filters);

    QHash<qint64, qsizetype> indexBySeq;
    QStringList seqs;
    const QStringList statements =
        browse ? QStringList{bookmarkedStatement, inOrderStatement} : QStringList{rankedBookmarkedStatement, rankedRestStatement};
    for (int tier = 0; tier < 3 && hits->size() < query.limit; ++tier) {
        for (const QString &statement : statements) {
            if (hits->size() >= query.limit)
                break;
            QSqlQuery *kept = prepared(db, statement, errorMessage);
            if (!kept)
                return false;
            QSqlQuery &ranked = *kept;
            ranked.bindValue(u":match"_s, words->matchExpression(tierColumns[tier]));
            ranked.bindValue(u":conference"_s, query.conferenceId.isNull() ? u""_s : query.conferenceId);
            ranked.bindValue(u":day"_s, query.day.isValid() ? query.day.toString(Qt::ISODate) : u""_s);
            ranked.bindValue(u":track"_s, query.track.isNull() ? u""_s : query.track);
            ranked.bindValue(u":notRecorded"_s, query.notRecordedOnly ? 1 : 0);
            ranked.bindValue(u":found"_s, QString(u"["_s + seqs.join(u',') + u"]"_s));
            ranked.bindValue(u":limit"_s, query.limit - int(hits->size()));
            if (!ranked.exec()) {
                if (errorMessage)
                    *errorMessage = Sql::describeError(ranked, u"search failed"_s);
                return false;
            }
            while (ranked.next()) {
                SearchHit hit;
                hit.seq = ranked.value(0).toLongLong();
                hit.tier = tier;
                hit.score = ranked.value(1).toDouble();
                indexBySeq.insert(hit.seq, hits->size());
                seqs.append(QString::number(hit.seq));
                hits->append(std::move(hit));
            }
            // Kept for the next keystroke, but not open: an open statement holds its snapshot.
            ranked.finish();
        }
    }
    if (hits->isEmpty())
        return true;

    // Then what is shown, for these rows only.
    // The text comes from the events (and the note from user_events), where the index reads it too.
    QSqlQuery *keptDetails = prepared(db, uR"(SELECT e.seq, e.id, e.conference_id, e.title, e.subtitle, e.speakers, e.room, e.track,
            e.start_utc, e.end_utc, e.day, e.cancelled_at IS NOT NULL, COALESCE(u.priority, 0) > 0, COALESCE(u.note, ''),
            e.abstract
            FROM events e
            LEFT JOIN user_events u ON u.event_id = e.id
            WHERE e.seq IN (SELECT value FROM json_each(?)))"_s,
                                      errorMessage);
    if (!keptDetails)
        return false;
    QSqlQuery &details = *keptDetails;
    details.bindValue(0, QString(u"["_s + seqs.join(u',') + u"]"_s));
    if (!details.exec()) {
        if (errorMessage)
            *errorMessage = Sql::describeError(details, u"search failed"_s);
        return false;
    }
    // Not left open whatever happens below: an open statement holds its snapshot.
    const auto finishDetails = qScopeGuard([&details] { details.finish(); });
    while (details.next()) {
        const qsizetype found = indexBySeq.value(details.value(0).toLongLong(), -1);
        if (found < 0)
            continue;
        SearchHit &hit = (*hits)[found];
        hit.eventId = details.value(1).toString();
        hit.conferenceId = details.value(2).toString();
        hit.title = details.value(3).toString();
        hit.subtitle = details.value(4).toString();
        hit.speakers = details.value(5).toString();
        hit.room = details.value(6).toString();
        hit.track = details.value(7).toString();
        hit.start = QDateTime::fromSecsSinceEpoch(details.value(8).toLongLong(), QTimeZone::utc());
        hit.end = QDateTime::fromSecsSinceEpoch(details.value(9).toLongLong(), QTimeZone::utc());
        hit.day = QDate::fromString(details.value(10).toString(), Qt::ISODate);
        hit.cancelled = details.value(11).toBool();
        hit.bookmarked = details.value(12).toBool();
        if (markup == Markup::None)
            continue;
        hit.titleMarkup = text.markup(hit.title);
        hit.speakersMarkup = text.markup(hit.speakers);
        const QString note = details.value(13).toString();
        const QString abstract = details.value(14).toString();
        // A snippet is empty when nothing in the text matches: one pass over it, not two. The
        // row shows the title and the speakers: what they do not explain is shown from the
        // subtitle (which the row does not show otherwise) or else from the abstract.
        if (QString snippet = text.snippetMarkup(note); !snippet.isEmpty()) {
            hit.snippetMarkup = std::move(snippet);
            hit.snippetSource = u"note"_s;
        } else if (!text.matchesAll(hit.title + u' ' + hit.speakers)) {
            if (!hit.subtitle.isEmpty() && text.matchesAll(hit.title + u' ' + hit.subtitle + u' ' + hit.speakers)) {
                hit.snippetMarkup = text.markup(hit.subtitle);
                hit.snippetSource = u"subtitle"_s;
            } else if (QString fromAbstract = text.snippetMarkup(abstract, 24, hit.title + u' ' + hit.speakers); !fromAbstract.isEmpty()) {
                hit.snippetMarkup = std::move(fromAbstract);
                hit.snippetSource = u"abstract"_s;
            }
        }
    }
    return true;
}
