#include "FeedDiscovery.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

using namespace Qt::Literals::StringLiterals;

namespace FeedDiscovery
{

namespace
{
/** Types Lanyard reads, richest first (the rank is the index). */
const QList<QByteArray> &feedTypes()
{
    static const QList<QByteArray> types = {"application/vnd.c3voc.schedule+xml", "application/vnd.c3voc.schedule+json", "text/calendar",
                                            "application/calendar+xml"};
    return types;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

/** A few of HTML's character references, enough for addresses (&amp; above all). */
QString decodeEntities(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    if (!text.contains(u'&'))
        return text;
    static const QRegularExpression numeric(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString digits = match.captured(1);
        bool ok = false;
        const uint code = digits.startsWith(u'x') ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    out.replace(u"&amp;"_s, u"&"_s, Qt::CaseInsensitive);
    out.replace(u"&quot;"_s, u"\""_s, Qt::CaseInsensitive);
    out.replace(u"&apos;"_s, u"'"_s, Qt::CaseInsensitive);
    out.replace(u"&lt;"_s, u"<"_s, Qt::CaseInsensitive);
    out.replace(u"&gt;"_s, u">"_s, Qt::CaseInsensitive);
    return out;
}

/** The attributes of the tag whose name ends at `pos`, up to its '>'; `pos` ends after it. */
QHash<QByteArray, QByteArray> readAttributes(const QByteArray &html, qsizetype &pos)
{
    QHash<QByteArray, QByteArray> attributes;
    const qsizetype size = html.size();
    while (pos < size) {
        while (pos < size && (isSpace(html[pos]) || html[pos] == '/'))
            ++pos;
        if (pos >= size || html[pos] == '>') {
            ++pos;
            break;
        }
        const qsizetype nameStart = pos;
        while (pos < size && !isSpace(html[pos]) && html[pos] != '=' && html[pos] != '>' && html[pos] != '/')
            ++pos;
        const QByteArray name = html.mid(nameStart, pos - nameStart).toLower();
        while (pos < size && isSpace(html[pos]))
            ++pos;
        QByteArray value;
        if (pos < size && html[pos] == '=') {
            ++pos;
            while (pos < size && isSpace(html[pos]))
                ++pos;
            if (pos < size && (html[pos] == '"' || html[pos] == '\'')) {
                const char quote = html[pos++];
                const qsizetype close = html.indexOf(quote, pos);
                const qsizetype end = close < 0 ? size : close;
                value = html.mid(pos, end - pos);
                pos = close < 0 ? size : close + 1;
            } else {
                const qsizetype valueStart = pos;
                while (pos < size && !isSpace(html[pos]) && html[pos] != '>')
                    ++pos;
                value = html.mid(valueStart, pos - valueStart);
            }
        }
        if (!name.isEmpty() && !attributes.contains(name))
            attributes.insert(name, value);
    }
    return attributes;
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &part : list.simplified().toLower().split(' ')) {
        if (part == token)
            return true;
    }
    return false;
}

bool isHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}

/** The page's path as a folder: "/democon" and "/democon/" both give "/democon/". */
QUrl asFolder(const QUrl &pageUrl)
{
    QUrl folder = pageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = folder.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    folder.setPath(path);
    return folder;
}

void addOnce(QList<Candidate> &list, const Candidate &candidate)
{
    if (std::none_of(list.cbegin(), list.cend(), [&candidate](const Candidate &c) { return c.url == candidate.url; }))
        list.append(candidate);
}
} // namespace

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(4096).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3);
    head = head.trimmed();
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return true;
    return head.startsWith('<') && (head.contains("<html") || head.contains("<head") || head.contains("<body"));
}

QList<Candidate> alternateLinks(const QByteArray &html, const QUrl &pageUrl, QStringList *refused)
{
    struct Found
    {
        int rank;
        Candidate candidate;
    };
    QList<Found> found;
    QUrl base = pageUrl;
    qsizetype pos = 0;
    const qsizetype size = html.size();
    while (pos < size && found.size() < 100) {
        const qsizetype open = html.indexOf('<', pos);
        if (open < 0 || open + 1 >= size)
            break;
        pos = open + 1;
        if (html.mid(pos, 3) == "!--") {
            const qsizetype close = html.indexOf("-->", pos + 3);
            pos = close < 0 ? size : close + 3;
            continue;
        }
        const qsizetype nameStart = pos;
        while (pos < size && (std::isalnum(static_cast<unsigned char>(html[pos]))))
            ++pos;
        const QByteArray tag = html.mid(nameStart, pos - nameStart).toLower();
        if (tag != "link" && tag != "base")
            continue;
        const QHash<QByteArray, QByteArray> attributes = readAttributes(html, pos);
        const QString href = decodeEntities(attributes.value("href")).trimmed();
        if (href.isEmpty())
            continue;
        if (tag == "base") {
            const QUrl resolved = pageUrl.resolved(QUrl(href));
            if (isHttp(resolved))
                base = resolved;
            continue;
        }
        if (!hasToken(attributes.value("rel"), "alternate"))
            continue;
        const QByteArray type = attributes.value("type").split(';').constFirst().trimmed().toLower();
        const int rank = int(feedTypes().indexOf(type));
        if (rank < 0)
            continue;
        const QUrl url = base.resolved(QUrl(href)).adjusted(QUrl::RemoveFragment);
        if (!isHttp(url))
            continue;
        if (pageUrl.scheme() == u"https"_s && url.scheme() == u"http"_s) {
            if (refused)
                refused->append(u"%1 (an http link on an https page: refused)"_s.arg(url.toDisplayString()));
            continue;
        }
        found.append(Found{rank, Candidate{url, u"<link rel=alternate> "_s + QString::fromLatin1(type)}});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.rank < b.rank; });
    QList<Candidate> result;
    for (const Found &item : std::as_const(found))
        addOnce(result, item.candidate);
    if (result.size() > maxProbes)
        result.resize(maxProbes);
    return result;
}

bool isSessionizeView(const QUrl &url)
{
    static const QRegularExpression view(u"^/api/v2/[A-Za-z0-9_-]+/view/(All|Sessions|GridSmart)/?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return view.match(url.path()).hasMatch();
}

QList<Candidate> layoutCandidates(const QUrl &pageUrl)
{
    QList<Candidate> result;
    if (!isHttp(pageUrl))
        return result;
    const QString path = pageUrl.path();

    static const QRegularExpression sessionize(u"^(/api/v2/[A-Za-z0-9_-]+)(/|$)"_s);
    if (const auto match = sessionize.match(path); match.hasMatch()) {
        if (!isSessionizeView(pageUrl)) {
            QUrl all = pageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
            all.setPath(match.captured(1) + u"/view/All"_s);
            addOnce(result, {all, u"Sessionize API"_s});
        }
        return result;
    }

    static const QRegularExpression indico(u"^(.*/event/[0-9]+)(/|$)"_s);
    if (const auto match = indico.match(path); match.hasMatch()) {
        QUrl ics = pageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        ics.setPath(match.captured(1) + u"/event.ics"_s);
        ics.setQuery(u"detail=contributions"_s);
        addOnce(result, {ics, u"Indico layout"_s});
    }

    // pretalx's schedule page is /<event>/schedule/: its export sits under the event.
    QList<QUrl> folders{asFolder(pageUrl)};
    static const QRegularExpression schedulePage(u"^(.*/)schedule/?$"_s);
    if (const auto match = schedulePage.match(path); match.hasMatch()) {
        QUrl parent = folders.constFirst();
        parent.setPath(match.captured(1));
        folders.append(parent);
    }
    for (const QUrl &folder : std::as_const(folders)) {
        addOnce(result, {folder.resolved(QUrl(u"schedule/export/schedule.xml"_s)), u"pretalx layout"_s});
        addOnce(result, {folder.resolved(QUrl(u"schedule/export/schedule.json"_s)), u"pretalx layout"_s});
    }
    for (const QUrl &folder : std::as_const(folders))
        addOnce(result, {folder.resolved(QUrl(u"schedule.xml"_s)), u"frab layout"_s});
    return result;
}

} // namespace FeedDiscovery
