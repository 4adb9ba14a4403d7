#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

/**
 * A readable dump of the programme and the user's data in a database, for "nothing changed"
 * checks: every row of the feed tables and the user tables, in a stable order. Subscriptions are
 * left out on purpose (a failed sync records its error there).
 */
namespace DatabaseDump
{
inline const QStringList &tables()
{
    static const QStringList names = {
        QStringLiteral("conferences"),      QStringLiteral("days"),          QStringLiteral("rooms"),
        QStringLiteral("tracks"),           QStringLiteral("events"),        QStringLiteral("persons"),
        QStringLiteral("person_links"),     QStringLiteral("event_persons"), QStringLiteral("event_links"),
        QStringLiteral("schedule_changes"), QStringLiteral("event_marks"),   QStringLiteral("places"),
        QStringLiteral("user_events"),      QStringLiteral("user_places"),   QStringLiteral("trips"),
        QStringLiteral("hidden_items"),
    };
    return names;
}

/** One table as "table: v1 | v2 | ..." lines, ordered by every column. */
inline QStringList table(const QSqlDatabase &db, const QString &name)
{
    QStringList lines;
    QSqlQuery columns(db);
    columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(name));
    const int count = columns.record().count();
    QStringList order;
    for (int i = 1; i <= count; ++i)
        order.append(QString::number(i));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, order.join(u','))))
        return {QStringLiteral("%1: cannot read").arg(name)};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < count; ++i)
            values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        lines.append(name + QStringLiteral(": ") + values.join(QStringLiteral(" | ")));
    }
    return lines;
}

inline QStringList all(const QSqlDatabase &db)
{
    QStringList lines;
    for (const QString &name : tables())
        lines += table(db, name);
    return lines;
}

/** The lines in which two dumps differ, for a readable failure message. */
inline QString difference(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (const QString &line : before) {
        if (!after.contains(line))
            out.append(QStringLiteral("- ") + line);
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            out.append(QStringLiteral("+ ") + line);
    }
    return out.mid(0, 20).join(u'\n');
}
} // namespace DatabaseDump
