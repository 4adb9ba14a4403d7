#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

class Database;

/** What to search for, and where. Empty fields do not filter. */
struct SearchQuery
{
    /** As the user typed it: plain words, never query syntax (see SearchText). */
    QString text;
    QString conferenceId;
    QDate day;
    QString track;
    int limit = 50;
    /** Only talks the feed opts out of recording (to be seen live). */
    bool notRecordedOnly = false;
};

/** One event found, with what a result list shows. */
struct SearchHit
{
    qint64 seq = 0;
    QString eventId;
    QString conferenceId;
    QString title;
    QString subtitle;
    /** Names joined by ", ". */
    QString speakers;
    QString room;
    QString track;
    QDateTime start;
    QDateTime end;
    QDate day;
    bool bookmarked = false;
    bool cancelled = false;
    /** 0: every word in the title (or subtitle), 1: in title and speakers, 2: elsewhere too. */
    int tier = 2;
    /** bm25 with column weights: lower is better (within a tier and bookmark state). */
    double score = 0;
    /** Filled when markup is asked for: escaped HTML with the matching words in <b>. */
    QString titleMarkup;
    QString speakersMarkup;
    /** Where else it matched (the user's note, else the abstract), as a marked-up excerpt. */
    QString snippetMarkup;
    /** "note" or "abstract" when snippetMarkup is set. */
    QString snippetSource;
};

/**
 * Full-text search over the events of the local cache, best first: title matches before speaker
 * matches before abstract (and other) matches, within those bookmarked events first, then by bm25
 * with column weights, then by start time. Usable from any thread, one at a time (it uses that
 * thread's connection). Its statements are prepared once per connection and kept: parsing and
 * planning them again took a tenth of every keystroke.
 */
class EventSearch
{
public:
    explicit EventSearch(Database &database);
    ~EventSearch();
    EventSearch(const EventSearch &) = delete;
    EventSearch &operator=(const EventSearch &) = delete;

    enum class Markup { None, Html };
    /** Hits best first; empty for a query without words. False only when the database failed. */
    bool search(const SearchQuery &query, QList<SearchHit> *hits, Markup markup = Markup::None, QString *errorMessage = nullptr) const;

    /** How much a match in each column counts (SearchIndex::Column order). */
    static QString bm25Weights();

    /**
     * Lets go of the prepared statements, which hold the connection: before a thread closes its
     * connection (a connection closed under a statement stays open).
     */
    void forgetStatements() const;

private:
    /** `sql` prepared on `db`, from the ones kept or now. Null when it cannot be prepared. */
    QSqlQuery *prepared(const QSqlDatabase &db, const QString &sql, QString *errorMessage) const;

    Database &m_database;
    /** By connection name, then by statement. */
    mutable std::map<std::pair<QString, QString>, std::unique_ptr<QSqlQuery>> m_statements;
};
