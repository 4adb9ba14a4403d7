#include "JsonPersons.h"

#include "JsonValues.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using JsonValues::member;
using JsonValues::memberPath;

namespace JsonPersons
{
void readDetails(ImportContext &context, const QJsonObject &person, const QString &name, const QString &path, const QStringList &languages)
{
    const auto at = [](const QString &where) {
        FeedLocation location;
        location.path = where;
        return location;
    };
    PersonDetails details;
    details.name = name;
    details.biography = ImportContext::biographyText(JsonValues::localized(person.value(u"biography"), languages));
    details.pictureUrl = context.pictureUrl(member(person, u"avatar"), at(memberPath(path, u"avatar"_s)));
    context.addPersonLink(details, member(person, u"url"), {}, at(memberPath(path, u"url"_s)));
    const QJsonArray links = person.value(u"links").toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const FeedLocation where = at(memberPath(path, u"links"_s) + u'[' + QString::number(i) + u']');
        const QJsonValue link = links.at(i);
        if (link.isObject()) {
            QString href = member(link.toObject(), u"url");
            if (href.isEmpty())
                href = member(link.toObject(), u"href");
            context.addPersonLink(details, href, JsonValues::text(link.toObject().value(u"title")), where);
        } else {
            context.addPersonLink(details, JsonValues::text(link), {}, where);
        }
    }
    context.addPersonDetails(std::move(details));
}
} // namespace JsonPersons
