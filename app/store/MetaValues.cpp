#include "MetaValues.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace MetaValues
{

std::optional<QString> value(const Database &database, const QString &key, bool *ok, QString *errorMessage)
{
    QSqlQuery query(database.connection());
    *ok = Sql::exec(query, u"SELECT value FROM meta WHERE key = ?"_s, {key}, errorMessage);
    if (!*ok || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool setValue(const Database &database, const QString &key, const QString &value, QString *errorMessage)
{
    return Sql::exec(database.connection(), u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, {key, value}, errorMessage);
}

} // namespace MetaValues
