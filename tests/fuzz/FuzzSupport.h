#pragma once

#include "core/EventIdentity.h"
#include "core/Schedule.h"
#include "feeds/FeedImporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * What every fuzz target shares: a quiet Qt (the importers log what they skip, which would only
 * slow the fuzzer down) and the rules an imported schedule must keep whatever the input, because
 * the store and the UI rely on them. A broken rule aborts, which libFuzzer reports as a finding.
 */
namespace FuzzSupport
{

inline void quietQt(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    // Some of Qt (zones, SQL drivers) looks for an application object.
    static QCoreApplication app(*argc, *argv);
}

[[noreturn]] inline void broken(const char *rule, const QString &detail)
{
    std::fprintf(stderr, "fuzz: rule broken: %s: %s\n", rule, detail.toUtf8().constData());
    std::abort();
}

inline bool isWebOrMailLink(const QString &url, bool allowMail)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")
        || (allowMail && scheme == QLatin1StringView("mailto"));
}

/** The rules of a schedule the importer accepted. */
inline void checkSchedule(const Schedule &schedule)
{
    // A slug: it names files (export suggestions) and must never carry a path from the feed.
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9-]+$"));
    if (!slug.match(schedule.conference.id).hasMatch())
        broken("conference id is a slug", schedule.conference.id);
    QSet<QString> ids;
    for (const Event &event : schedule.events) {
        if (event.id.isEmpty())
            broken("event id", event.title);
        if (ids.contains(event.id))
            broken("unique event ids", event.id);
        ids.insert(event.id);
        if (!event.start.isValid() || !event.end.isValid())
            broken("valid start and end", event.title);
        // The store refuses an event that ends before it starts (CHECK end_utc >= start_utc).
        if (event.end < event.start)
            broken("end not before start", event.title);
        for (const Link &link : event.links) {
            if (!isWebOrMailLink(link.url, true))
                broken("links are http, https or mailto", link.url);
        }
        for (const QString &video : event.videos) {
            if (!isWebOrMailLink(video, false))
                broken("recordings are http or https", video);
        }
    }
    QSet<QString> described;
    for (const PersonDetails &details : schedule.personDetails) {
        if (details.name.isEmpty() || details.isEmpty())
            broken("speaker details have a name and something to say", details.name);
        if (described.contains(details.name))
            broken("one entry of details per speaker", details.name);
        described.insert(details.name);
        if (details.tagline.contains(QLatin1Char('\n')))
            broken("a tagline is one line", details.tagline);
        if (!details.pictureUrl.isEmpty() && !isWebOrMailLink(details.pictureUrl, false))
            broken("pictures are http or https", details.pictureUrl);
        for (const Link &link : details.links) {
            if (!isWebOrMailLink(link.url, true))
                broken("speaker links are http, https or mailto", link.url);
        }
    }
}

/** What FeedImporter::import does after its reader succeeded: derived data, stable ids, then the rules. */
inline void finish(Schedule &schedule)
{
    schedule.completeDerivedData();
    EventIdentity::assign(schedule);
    checkSchedule(schedule);
}

/**
 * The options for one input: every other input length gives a zone, so that both the feeds that
 * name their zone and those that need one from the user are explored.
 */
inline ImportOptions optionsFor(size_t size)
{
    ImportOptions options;
    options.sourceName = QStringLiteral("fuzz");
    if (size % 2 == 1)
        options.timeZone = QStringLiteral("Europe/Berlin");
    return options;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzSupport

/** Each target defines LLVMFuzzerTestOneInput; this one sets Qt up once. */
#define LANYARD_FUZZ_INITIALIZE                                                                                                            \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                                           \
    {                                                                                                                                      \
        FuzzSupport::quietQt(argc, argv);                                                                                                  \
        return 0;                                                                                                                          \
    }
