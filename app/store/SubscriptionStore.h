#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class Database;

/** Where a conference comes from online, and how the last fetches went. */
struct Subscription
{
    qint64 id = 0;
    QString url;
    /** The conference this feed fills; empty until the first successful sync. */
    QString conferenceId;
    /** IANA zone used when the feed names none (empty: the feed must name one). */
    QString timeZone;
    /** Validators of the last good answer, sent back as If-None-Match / If-Modified-Since. */
    QString etag;
    QString lastModified;
    QDateTime lastSuccessAt;
    QDateTime lastAttemptAt;
    /** The message of the last failed sync; empty after a success. */
    QString lastError;
    QDateTime createdAt;
    /** The conference's web page the feed was found from (subscribe with a page address); else empty. */
    QString website;
};

/**
 * The subscriptions table. A subscription has its own id, so its URL can change while the
 * conference it fills, and everything the user made for it, stays the same.
 */
class SubscriptionStore : public QObject
{
    Q_OBJECT
public:
    explicit SubscriptionStore(Database &database, QObject *parent = nullptr);

    /**
     * The URL as a subscription keeps it: trimmed, "https://" added when no scheme is given.
     * Empty with a message when it is not an http or https URL with a host.
     */
    static QString normalizeUrl(const QString &typed, QString *errorMessage);

    QList<Subscription> all(QString *errorMessage = nullptr) const;
    std::optional<Subscription> byId(qint64 id) const;
    std::optional<Subscription> byUrl(const QString &url) const;
    std::optional<Subscription> forConference(const QString &conferenceId) const;

    /** Adds a subscription for `url` (normalized); fails when the URL is already subscribed. */
    std::optional<Subscription> add(const QString &url, const QString &timeZone, const QDateTime &now, QString *errorMessage);
    /**
     * Points a subscription at another URL. The conference and all user data stay; the cache
     * validators are cleared because they belong to the old server.
     */
    bool setUrl(qint64 id, const QString &url, QString *errorMessage);
    bool setTimeZone(qint64 id, const QString &timeZone, QString *errorMessage);
    bool setWebsite(qint64 id, const QString &website, QString *errorMessage);
    /** Restores a whole row as it was (undoing a URL change whose first sync failed). */
    bool restore(const Subscription &subscription, QString *errorMessage);
    bool remove(qint64 id, QString *errorMessage);
    /** Removes the subscriptions of a conference (when the conference is removed). */
    bool removeForConference(const QString &conferenceId, QString *errorMessage);

    bool recordAttempt(qint64 id, const QDateTime &now, QString *errorMessage = nullptr);
    /** A successful sync: the conference it filled and the new validators (a 304 passes the old ones). */
    bool recordSuccess(qint64 id, const QString &conferenceId, const QString &etag, const QString &lastModified, const QDateTime &now,
                       QString *errorMessage = nullptr);
    bool recordFailure(qint64 id, const QString &error, const QDateTime &now, QString *errorMessage = nullptr);

Q_SIGNALS:
    void added(qint64 id);
    void removed(qint64 id);
    /** A row changed (URL, status of the last sync, ...). */
    void changed(qint64 id);

private:
    std::optional<Subscription> one(const QString &where, const QVariant &value) const;

    Database &m_database;
};
