// Feed discovery's reading of a web page: hostile HTML in, a bounded list of http(s) addresses out.
#include "FuzzSupport.h"
#include "sync/FeedDiscovery.h"

LANYARD_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray html = FuzzSupport::bytesOf(data, size);
    const QUrl page(size % 2 ? QStringLiteral("https://conf.example/2025/") : QStringLiteral("http://conf.example/event/12/"));
    QStringList refused;
    const QList<FeedDiscovery::Candidate> links = FeedDiscovery::alternateLinks(html, page, &refused);
    if (links.size() > FeedDiscovery::maxProbes)
        FuzzSupport::broken("at most maxProbes links", QString::number(links.size()));
    for (const FeedDiscovery::Candidate &link : links) {
        const QString scheme = link.url.scheme();
        if (scheme != QStringLiteral("https") && (scheme != QStringLiteral("http") || page.scheme() == QStringLiteral("https")))
            FuzzSupport::broken("only safe http(s) links", link.url.toString());
        if (link.url.host().isEmpty())
            FuzzSupport::broken("links have a host", link.url.toString());
    }
    FeedDiscovery::looksLikeHtml(html);
    return 0;
}
