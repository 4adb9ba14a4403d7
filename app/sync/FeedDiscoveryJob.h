#pragma once

#include "sync/FeedDiscovery.h"
#include "sync/FeedFetchJob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

/** What discovery found for a page address. */
struct DiscoveryResult
{
    /** The address the person gave: the conference's website when it is a page. */
    QUrl pageUrl;
    /** The schedule's address; empty when none was found. */
    QUrl feedUrl;
    /** "schedule.xml", "sessionize", ... of the schedule found. */
    QString format;
    /** How it was found: "the address itself", "<link rel=alternate> text/calendar", "pretalx layout". */
    QString how;
    /** Every address tried, with what it gave ("https://x/schedule.xml: HTTP 404"). */
    QStringList tried;
    /** Why nothing was found (listing what was tried); empty when a schedule was found. */
    QString error;
    /** The failure may go away by itself (the page could not be reached at all). */
    bool transient = false;
    /**
     * The schedule's answer as discovery read it (body and validators): subscribing hands it to
     * the first sync, so the programme is downloaded once, not twice.
     */
    FetchResult fetched;

    bool found() const { return feedUrl.isValid() && !feedUrl.isEmpty(); }
    /** Whether the given address was a page that led to the feed, rather than the feed itself. */
    bool viaPage() const { return found() && feedUrl != pageUrl; }
};

/**
 * Finds a conference's schedule from the address a person has, in this order: the answer is
 * already a schedule; the page's `<link rel="alternate">` feeds, richest first; the layouts of
 * pretalx, frab, Indico and Sessionize under the given path (FeedDiscovery). Each probe is a
 * FeedFetchJob under the subscription's limits (time, size, redirects, never https to http); a
 * page is cut at the size limit rather than refused. Stores nothing. Reports finished() once.
 */
class FeedDiscoveryJob : public QObject
{
    Q_OBJECT
public:
    FeedDiscoveryJob(QNetworkAccessManager &network, const QUrl &url, const FetchLimits &limits, QObject *parent = nullptr);

    void start();
    /** Stops the search; finished() follows with a "cancelled" error. */
    void abort();
    const DiscoveryResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    void fetch(const QUrl &url, bool isPage);
    void onPage(const FetchResult &fetch);
    void onCandidate(const FetchResult &fetch);
    void next();
    void found(const QUrl &url, const QString &format, const QString &how, const FetchResult &fetch);
    void finish();

    QNetworkAccessManager &m_network;
    FetchLimits m_limits;
    DiscoveryResult m_result;
    QList<FeedDiscovery::Candidate> m_queue;
    FeedDiscovery::Candidate m_current;
    QPointer<FeedFetchJob> m_job;
    int m_probes = 0;
    bool m_finished = false;
    bool m_aborted = false;
};
