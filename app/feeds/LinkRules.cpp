#include "LinkRules.h"

#include "TextChars.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace LinkRules
{

namespace
{
bool isSchemeChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    if (first)
        return letter;
    return letter || (u >= u'0' && u <= u'9') || u == u'+' || u == u'-' || u == u'.';
}

/** "www.example.org", "example.org/path": a host name without a scheme. */
bool looksLikeBareHost(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'/' && text[end] != u'?' && text[end] != u'#')
        ++end;
    QStringView hostPart = text.left(end);
    if (const qsizetype colon = hostPart.indexOf(u':'); colon >= 0) {
        for (const QChar c : hostPart.mid(colon + 1)) {
            if (!c.isDigit())
                return false;
        }
        hostPart = hostPart.left(colon); // a port
    }
    const qsizetype lastDot = hostPart.lastIndexOf(u'.');
    if (lastDot <= 0 || lastDot + 2 >= hostPart.size())
        return false;
    for (const QChar c : hostPart) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-';
        if (!ok)
            return false;
    }
    for (const QChar c : hostPart.mid(lastDot + 1)) {
        if (!c.isLetter())
            return false; // "1.5" is a number, not a host
    }
    return true;
}

/** `host` (any case) is `domain` (lower-case) or one of its subdomains. */
bool hostIs(QStringView host, QLatin1StringView domain)
{
    if (TextChars::equalsAsciiLower(host, domain))
        return true;
    return host.size() > domain.size() && TextChars::endsWithAsciiLower(host, domain) && host[host.size() - domain.size() - 1] == u'.';
}

/**
 * scheme() and host() as written, without a copy or a change of case: they are asked of every
 * link of a feed several times, and a string each was a tenth of importing FOSDEM's 2,840 links.
 */
QStringView schemeOf(QStringView url)
{
    url = url.trimmed();
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':')
            return url.left(i);
        if (!isSchemeChar(c, i == 0))
            return {};
    }
    return {};
}

QStringView hostOf(QStringView url)
{
    url = url.trimmed();
    const qsizetype start = url.indexOf(u"://");
    if (start < 0)
        return {};
    QStringView rest = url.mid(start + 3);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'/' && rest[end] != u'?' && rest[end] != u'#')
        ++end;
    QStringView authority = rest.left(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    if (!authority.startsWith(u'[')) {
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0)
            authority = authority.left(colon);
    }
    while (authority.endsWith(u'.'))
        authority.chop(1);
    return authority;
}

bool isWebScheme(QStringView scheme)
{
    return TextChars::equalsAsciiLower(scheme, QLatin1StringView("http"))
        || TextChars::equalsAsciiLower(scheme, QLatin1StringView("https"));
}

/** Whether `text` has `word` (lower-case ASCII) as a word of its own, or with a plural s. */
bool containsWord(QStringView text, QLatin1StringView word)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = TextChars::indexOfAsciiLower(text, word, from);
        if (at < 0)
            return false;
        const bool startOk = at == 0 || !text[at - 1].isLetter();
        const qsizetype after = at + word.size();
        const bool endOk = after >= text.size() || !text[after].isLetter() || text[after] == u's';
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}
} // namespace

QString scheme(QStringView url)
{
    return schemeOf(url).toString().toLower();
}

QString host(QStringView url)
{
    return hostOf(url).toString().toLower();
}

CheckedUrl check(QStringView raw, QStringView baseUrl)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return {};
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return {QString(), u"link with control characters dropped"_s};
    }
    const QStringView linkScheme = schemeOf(text);
    if (isWebScheme(linkScheme)) {
        if (hostOf(text).isEmpty())
            return {QString(), u"link without a host dropped: %1"_s.arg(text)};
        return {text.toString(), QString()};
    }
    if (TextChars::equalsAsciiLower(linkScheme, QLatin1StringView("mailto")))
        return {text.toString(), QString()};
    if (!linkScheme.isEmpty()) {
        // A host with a port ("example.org:8080/x") reads as a scheme; it is a host all the same.
        if (!looksLikeBareHost(text.left(text.indexOf(u':'))) || text.mid(text.indexOf(u':')).startsWith(u"://"))
            return {QString(),
                    u"link with scheme \"%1:\" dropped (only http, https and mailto are kept)"_s.arg(linkScheme.toString().toLower())};
    }
    if (text.startsWith(u"//"))
        return {u"https:"_s + text, u"scheme-relative link %1 read as https"_s.arg(text)};
    if (text.startsWith(u'/')) {
        const QStringView base = baseUrl.trimmed();
        if (!isWebScheme(schemeOf(base)))
            return {QString(), u"relative link %1 dropped: the feed gives no base URL"_s.arg(text)};
        QStringView trimmedBase = base;
        while (trimmedBase.endsWith(u'/'))
            trimmedBase.chop(1);
        return {trimmedBase + text, QString()};
    }
    if (looksLikeBareHost(text))
        return {u"https://"_s + text, u"link without a scheme read as https://%1"_s.arg(text)};
    return {QString(), u"link \"%1\" is not a web or mail address; dropped"_s.arg(text)};
}

bool isRecordingUrl(QStringView url)
{
    if (!isWebScheme(schemeOf(url)))
        return false;
    const QStringView linkHost = hostOf(url);
    static constexpr std::array<QLatin1StringView, 8> videoHosts = {
        QLatin1StringView("youtube.com"),  QLatin1StringView("youtu.be"),        QLatin1StringView("youtube-nocookie.com"),
        QLatin1StringView("media.ccc.de"), QLatin1StringView("archive.org"),     QLatin1StringView("pyvideo.org"),
        QLatin1StringView("vimeo.com"),    QLatin1StringView("video.fosdem.org")};
    for (const QLatin1StringView videoHost : videoHosts) {
        if (hostIs(linkHost, videoHost))
            return true;
    }
    return false;
}

bool isRecordingLink(QStringView url, QStringView title, QStringView type, QStringView service)
{
    if (!isWebScheme(schemeOf(url)))
        return false;
    if (isRecordingUrl(url))
        return true;
    if (service.compare(u"MEDIACCCDE", Qt::CaseInsensitive) == 0 || service.compare(u"PEERTUBE", Qt::CaseInsensitive) == 0
        || service.compare(u"YOUTUBE", Qt::CaseInsensitive) == 0)
        return true;
    if (containsWord(type, QLatin1StringView("video")) || containsWord(type, QLatin1StringView("recording")))
        return true;
    return containsWord(title, QLatin1StringView("video")) || containsWord(title, QLatin1StringView("recording"))
        || containsWord(title, QLatin1StringView("aufzeichnung"));
}

} // namespace LinkRules
