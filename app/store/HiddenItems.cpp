#include "HiddenItems.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/Event.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kKindNames[HiddenItems::kKindCount] = {u"track"_s, u"room"_s, u"language"_s, u"type"_s};
}

HiddenItems::HiddenItems(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

QString HiddenItems::kindName(Kind kind)
{
    return kKindNames[int(kind)];
}

std::optional<HiddenItems::Kind> HiddenItems::kindFromName(const QString &name)
{
    for (int i = 0; i < kKindCount; ++i) {
        if (kKindNames[i] == name)
            return Kind(i);
    }
    return std::nullopt;
}

bool HiddenItems::load(QString *errorMessage)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::exec(query, u"SELECT conference_id, kind, value FROM hidden_items"_s, {}, errorMessage))
        return false;
    QHash<QString, Sets> loaded;
    while (query.next()) {
        const auto kind = kindFromName(query.value(1).toString());
        if (!kind) // the table's CHECK allows no other kind; a newer build's row is left alone
            continue;
        loaded[query.value(0).toString()][int(*kind)].insert(query.value(2).toString());
    }
    const bool differs = loaded != m_hidden;
    m_hidden = std::move(loaded);
    if (differs || m_loadedOnce == false)
        Q_EMIT changed({});
    m_loadedOnce = true;
    return true;
}

bool HiddenItems::isHidden(const Event &event) const
{
    const auto found = m_hidden.constFind(event.conferenceId);
    if (found == m_hidden.constEnd())
        return false;
    const Sets &sets = *found;
    return sets[int(Kind::Track)].contains(event.track) || sets[int(Kind::Room)].contains(event.room)
        || sets[int(Kind::Language)].contains(event.language) || sets[int(Kind::Type)].contains(event.type);
}

bool HiddenItems::isHidden(const QString &conferenceId, Kind kind, const QString &value) const
{
    const auto found = m_hidden.constFind(conferenceId);
    return found != m_hidden.constEnd() && (*found)[int(kind)].contains(value);
}

QStringList HiddenItems::values(const QString &conferenceId, Kind kind) const
{
    const auto found = m_hidden.constFind(conferenceId);
    if (found == m_hidden.constEnd())
        return {};
    const QSet<QString> &set = (*found)[int(kind)];
    QStringList result(set.cbegin(), set.cend());
    result.sort(Qt::CaseInsensitive);
    return result;
}

int HiddenItems::count(const QString &conferenceId) const
{
    const auto found = m_hidden.constFind(conferenceId);
    if (found == m_hidden.constEnd())
        return 0;
    int total = 0;
    for (const QSet<QString> &set : *found)
        total += int(set.size());
    return total;
}

bool HiddenItems::setHidden(const QString &conferenceId, Kind kind, const QString &value, bool hidden, QString *errorMessage)
{
    if (conferenceId.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"nothing can be hidden without a conference"_s;
        return false;
    }
    if (isHidden(conferenceId, kind, value) == hidden)
        return true;
    const QSqlDatabase db = m_database.connection();
    const bool written = hidden ? Sql::exec(db, u"INSERT OR IGNORE INTO hidden_items (conference_id, kind, value) VALUES (?, ?, ?)"_s,
                                            {conferenceId, kindName(kind), value}, errorMessage)
                                : Sql::exec(db, u"DELETE FROM hidden_items WHERE conference_id = ? AND kind = ? AND value = ?"_s,
                                            {conferenceId, kindName(kind), value}, errorMessage);
    if (!written)
        return false;
    Sets &sets = m_hidden[conferenceId];
    if (hidden) {
        sets[int(kind)].insert(value);
    } else {
        sets[int(kind)].remove(value);
        if (std::all_of(sets.cbegin(), sets.cend(), [](const QSet<QString> &set) { return set.isEmpty(); }))
            m_hidden.remove(conferenceId);
    }
    Q_EMIT changed(conferenceId);
    return true;
}

bool HiddenItems::showAll(const QString &conferenceId, QString *errorMessage)
{
    if (count(conferenceId) == 0)
        return true;
    if (!Sql::exec(m_database.connection(), u"DELETE FROM hidden_items WHERE conference_id = ?"_s, {conferenceId}, errorMessage))
        return false;
    m_hidden.remove(conferenceId);
    Q_EMIT changed(conferenceId);
    return true;
}
