#include "LinkRules.h"

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

bool hostIs(QStringView host, QStringView domain)
{
    return host == domain || (host.endsWith(domain) && host.size() > domain.size() && host[host.size() - domain.size() - 1] == u'.');
}

bool containsWord(QStringView text, QStringView word)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from, Qt::CaseInsensitive);
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
    url = url.trimmed();
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':')
            return i == 0 ? QString() : url.left(i).toString().toLower();
        if (!isSchemeChar(c, i == 0))
            return {};
    }
    return {};
}

QString host(QStringView url)
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
    QString result = authority.toString().toLower();
    while (result.endsWith(u'.'))
        result.chop(1);
    return result;
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
    const QString linkScheme = scheme(text);
    if (linkScheme == u"http"_s || linkScheme == u"https"_s) {
        if (host(text).isEmpty())
            return {QString(), u"link without a host dropped: %1"_s.arg(text)};
        return {text.toString(), QString()};
    }
    if (linkScheme == u"mailto"_s)
        return {text.toString(), QString()};
    if (!linkScheme.isEmpty()) {
        // A host with a port ("example.org:8080/x") reads as a scheme; it is a host all the same.
        if (!looksLikeBareHost(text.left(text.indexOf(u':'))) || text.mid(text.indexOf(u':')).startsWith(u"://"))
            return {QString(), u"link with scheme \"%1:\" dropped (only http, https and mailto are kept)"_s.arg(linkScheme)};
    }
    if (text.startsWith(u"//"))
        return {u"https:"_s + text, u"scheme-relative link %1 read as https"_s.arg(text)};
    if (text.startsWith(u'/')) {
        const QStringView base = baseUrl.trimmed();
        const QString baseScheme = scheme(base);
        if (baseScheme != u"http"_s && baseScheme != u"https"_s)
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
    const QString linkScheme = scheme(url);
    if (linkScheme != u"http"_s && linkScheme != u"https"_s)
        return false;
    const QString linkHost = host(url);
    static constexpr std::array<QStringView, 8> videoHosts = {u"youtube.com",  u"youtu.be",        u"youtube-nocookie.com",
                                                              u"media.ccc.de", u"archive.org",     u"pyvideo.org",
                                                              u"vimeo.com",    u"video.fosdem.org"};
    for (const QStringView videoHost : videoHosts) {
        if (hostIs(linkHost, videoHost))
            return true;
    }
    return false;
}

bool isRecordingLink(QStringView url, QStringView title, QStringView type, QStringView service)
{
    const QString linkScheme = scheme(url);
    if (linkScheme != u"http"_s && linkScheme != u"https"_s)
        return false;
    if (isRecordingUrl(url))
        return true;
    if (service.compare(u"MEDIACCCDE", Qt::CaseInsensitive) == 0 || service.compare(u"PEERTUBE", Qt::CaseInsensitive) == 0
        || service.compare(u"YOUTUBE", Qt::CaseInsensitive) == 0)
        return true;
    if (containsWord(type, u"video") || containsWord(type, u"recording"))
        return true;
    return containsWord(title, u"video") || containsWord(title, u"recording") || containsWord(title, u"aufzeichnung");
}

} // namespace LinkRules
