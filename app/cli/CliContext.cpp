#include "CliContext.h"

#include "store/EventIdPrefix.h"
#include "store/ScheduleStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int CliContext::fail(const QString &message) const
{
    err << "lanyard: " << message << Qt::endl;
    return 1;
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

std::optional<QString> CliContext::resolveEventId(const QString &typed, QString *errorMessage) const
{
    const QString id = typed.trimmed().toLower();
    if (id.size() < 4) {
        if (errorMessage)
            *errorMessage = u"\"%1\" is too short for an event id (give at least 4 characters)"_s.arg(typed);
        return std::nullopt;
    }
    // Two are enough to tell a unique prefix from an ambiguous one.
    const std::optional<QStringList> found = EventIdPrefix::matching(database, id, 2, errorMessage);
    if (!found)
        return std::nullopt;
    if (found->size() == 1)
        return found->constFirst();
    if (errorMessage) {
        *errorMessage =
            found->isEmpty() ? u"no event with id \"%1\""_s.arg(typed) : u"\"%1\" matches several events; give more of the id"_s.arg(typed);
    }
    return std::nullopt;
}

std::optional<Conference> CliContext::resolveConference(const QString &typed, QString *errorMessage) const
{
    if (!typed.isEmpty()) {
        if (auto conference = schedule.conference(typed))
            return conference;
        if (errorMessage)
            *errorMessage = u"no conference with id \"%1\" (see: lanyard conferences)"_s.arg(typed);
        return std::nullopt;
    }
    const QList<ConferenceSummary> all = schedule.conferences();
    if (all.size() == 1)
        return all.constFirst().conference;
    if (errorMessage) {
        *errorMessage = all.isEmpty() ? u"there are no conferences; import one first"_s
                                      : u"there are several conferences; choose one with --conference ID"_s;
    }
    return std::nullopt;
}
