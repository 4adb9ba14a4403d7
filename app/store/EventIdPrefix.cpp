#include "EventIdPrefix.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace EventIdPrefix
{

std::optional<QStringList> matching(const Database &database, const QString &prefix, int limit, QString *errorMessage)
{
    QSqlQuery query(database.connection());
    if (!Sql::exec(query, u"SELECT id FROM events WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?"_s, {prefix.size(), prefix, limit},
                   errorMessage))
        return std::nullopt;
    QStringList found;
    while (query.next())
        found.append(query.value(0).toString());
    return found;
}

} // namespace EventIdPrefix
