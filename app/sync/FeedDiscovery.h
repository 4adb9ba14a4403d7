#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * Where a conference's schedule may be, given the address a person has (its home page, its
 * schedule page): the rules only, without any network, so that they can be tested and fuzzed.
 * FeedDiscoveryJob fetches the candidates in order.
 */
namespace FeedDiscovery
{
/** At most this many addresses are tried for one page, whatever the page lists. */
inline constexpr int maxProbes = 12;

struct Candidate
{
    QUrl url;
    /** How it was found, for the list of what was tried ("<link rel=alternate> text/calendar", "pretalx layout"). */
    QString how;
    bool operator==(const Candidate &other) const = default;
};

/**
 * The page's `<link rel="alternate">` feeds of the types Lanyard knows (c3voc schedule XML and
 * JSON, iCalendar, xCal), resolved against the page's address (or its `<base href>`), richest
 * first: schedule XML, schedule JSON, then calendars; in the page's order within a type. Only
 * http and https; from an https page, http links are left out (`refused` lists them). Tolerant of
 * any markup: a tag scanner, not an HTML parser.
 */
QList<Candidate> alternateLinks(const QByteArray &html, const QUrl &pageUrl, QStringList *refused = nullptr);

/**
 * The layouts of common conference systems under the given path: pretalx
 * (schedule/export/schedule.xml, then .json), frab (schedule.xml), Indico (/event/<id>/:
 * event.ics?detail=contributions, which lists the talks), and Sessionize's API (/api/v2/<id>/...:
 * its view/All).
 */
QList<Candidate> layoutCandidates(const QUrl &pageUrl);

/** Whether the address is one of Sessionize's schedule views, read as it is. */
bool isSessionizeView(const QUrl &url);

/** Whether the bytes are an HTML page (where discovery looks for links) rather than a feed. */
bool looksLikeHtml(const QByteArray &bytes);
} // namespace FeedDiscovery
