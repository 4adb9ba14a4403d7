#include "CalDavClient.h"

#include <QEventLoop>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kNamespaces = u"xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\" xmlns:cs=\"http://calendarserver.org/ns/\""_s;

QUrl withSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

QString slug(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c;
        else if (!result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.isEmpty() ? u"lanyard"_s : result;
}

bool isCalendar(const DavResponse &response)
{
    const DavProperty *type = response.property(CalDavXml::key(CalDavXml::dav, u"resourcetype"_s));
    return type && type->children.contains(CalDavXml::key(CalDavXml::caldav, u"calendar"_s));
}
} // namespace

CalDavClient::CalDavClient(QNetworkAccessManager &network, CalDavRequest::Credentials credentials, const FetchLimits &limits)
    : m_network(network)
    , m_credentials(std::move(credentials))
    , m_limits(limits)
{
}

CalDavResponse CalDavClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    CalDavRequest request(m_network, method, url, body, headers, m_credentials, m_limits);
    QEventLoop loop;
    QObject::connect(&request, &CalDavRequest::finished, &loop, &QEventLoop::quit);
    request.start();
    loop.exec();
    CalDavResponse response = request.response();
    // An answer cut short or abandoned is no answer, whatever its status line said.
    if (!response.error.isEmpty())
        response.status = 0;
    return response;
}

CalDavResponse CalDavClient::propfind(const QUrl &url, int depth, const QString &props)
{
    const QString body =
        u"<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind %1><d:prop>%2</d:prop></d:propfind>"_s.arg(kNamespaces, props);
    return send("PROPFIND", url, body.toUtf8(), {{"Depth", QByteArray::number(depth)}, {"Content-Type", "application/xml; charset=utf-8"}});
}

QString CalDavClient::describeFailure(const CalDavResponse &response, const QString &what)
{
    if (!response.error.isEmpty())
        return response.error;
    QString meaning;
    switch (response.status) {
    case 401:
        meaning = u"the user name or password was not accepted"_s;
        break;
    case 403:
        meaning = u"the server does not allow this"_s;
        break;
    case 404:
        meaning = u"there is nothing at this address"_s;
        break;
    case 412:
        meaning = u"the calendar changed on the server meanwhile"_s;
        break;
    case 507:
        meaning = u"the server has no room left"_s;
        break;
    default:
        meaning = response.status >= 500 ? u"the server failed"_s : u"an unexpected answer"_s;
        break;
    }
    return u"%1: %2 failed: %3"_s.arg(response.source(), what, meaning);
}

std::optional<QUrl> CalDavClient::principalOf(const QUrl &url, QString *errorMessage, bool *calendar, QString *calendarName)
{
    const CalDavResponse response = propfind(url, 0, u"<d:current-user-principal/><d:resourcetype/><d:displayname/>"_s);
    if (response.status != 207) {
        if (errorMessage)
            *errorMessage = describeFailure(response, u"looking for the calendar account"_s);
        return std::nullopt;
    }
    QString error;
    const auto multistatus = CalDavXml::parse(response.body, &error);
    if (!multistatus || multistatus->responses.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"%1: %2"_s.arg(response.source(), multistatus ? u"an empty answer"_s : error);
        return std::nullopt;
    }
    const DavResponse &first = multistatus->responses.constFirst();
    if (isCalendar(first)) {
        *calendar = true;
        *calendarName = first.text(CalDavXml::key(CalDavXml::dav, u"displayname"_s));
        return response.finalUrl;
    }
    const DavProperty *principal = first.property(CalDavXml::key(CalDavXml::dav, u"current-user-principal"_s));
    if (!principal || principal->status != 200 || principal->hrefs.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"%1: the server names no calendar account here (no current-user-principal)"_s.arg(response.source());
        return std::nullopt;
    }
    return response.finalUrl.resolved(QUrl(principal->hrefs.constFirst()));
}

std::optional<CalDavClient::Collection> CalDavClient::discover(const QUrl &given, const QString &displayName, QString *errorMessage)
{
    bool calendar = false;
    QString calendarName;
    std::optional<QUrl> principal;
    QString error;
    // A bare server address: RFC 6764 first; then the address itself.
    if (given.path().isEmpty() || given.path() == u"/"_s) {
        principal = principalOf(given.resolved(QUrl(u"/.well-known/caldav"_s)), &error, &calendar, &calendarName);
        if (!principal && error.contains(u"(HTTP 401"_s)) {
            if (errorMessage)
                *errorMessage = error;
            return std::nullopt;
        }
    }
    if (!principal)
        principal = principalOf(given, &error, &calendar, &calendarName);
    if (!principal) {
        if (errorMessage)
            *errorMessage = error;
        return std::nullopt;
    }
    if (calendar)
        return Collection{withSlash(*principal), calendarName, false};

    // The principal's calendar home.
    CalDavResponse response = propfind(*principal, 0, u"<c:calendar-home-set/>"_s);
    if (response.status != 207) {
        if (errorMessage)
            *errorMessage = describeFailure(response, u"looking for the calendar home"_s);
        return std::nullopt;
    }
    auto multistatus = CalDavXml::parse(response.body, &error);
    QUrl home = *principal;
    if (multistatus && !multistatus->responses.isEmpty()) {
        const DavProperty *set = multistatus->responses.constFirst().property(CalDavXml::key(CalDavXml::caldav, u"calendar-home-set"_s));
        if (set && set->status == 200 && !set->hrefs.isEmpty())
            home = response.finalUrl.resolved(QUrl(set->hrefs.constFirst()));
    }
    home = withSlash(home);

    // The calendar of that name, or a new one.
    response = propfind(home, 1, u"<d:resourcetype/><d:displayname/>"_s);
    if (response.status != 207) {
        if (errorMessage)
            *errorMessage = describeFailure(response, u"listing the calendars"_s);
        return std::nullopt;
    }
    multistatus = CalDavXml::parse(response.body, &error);
    if (!multistatus) {
        if (errorMessage)
            *errorMessage = u"%1: %2"_s.arg(response.source(), error);
        return std::nullopt;
    }
    QStringList taken;
    for (const DavResponse &member : std::as_const(multistatus->responses)) {
        const QUrl url = withSlash(home.resolved(QUrl(member.href)));
        taken.append(url.path());
        if (isCalendar(member) && member.text(CalDavXml::key(CalDavXml::dav, u"displayname"_s)) == displayName)
            return Collection{url, displayName, false};
    }
    QUrl target = home.resolved(QUrl(slug(displayName) + u'/'));
    if (taken.contains(target.path()))
        target = home.resolved(QUrl(slug(displayName) + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8) + u'/'));
    const QString body =
        uR"(<?xml version="1.0" encoding="utf-8"?><c:mkcalendar %1><d:set><d:prop><d:displayname>%2</d:displayname><c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>)"_s
            .arg(kNamespaces, CalDavXml::escape(displayName));
    response = send("MKCALENDAR", target, body.toUtf8(), {{"Content-Type", "application/xml; charset=utf-8"}});
    if (response.status != 201) {
        if (errorMessage)
            *errorMessage = describeFailure(response, u"making the calendar \"%1\""_s.arg(displayName));
        return std::nullopt;
    }
    return Collection{target, displayName, true};
}
