#pragma once

#include "ImportContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/** The speaker details schedule.json writes on its person objects (v1 and v2 alike). */
namespace JsonPersons
{
/**
 * Records what one person object says about its speaker: `biography` (pretalx; a string or a
 * translation map, HTML or Markdown), `avatar` (kept, never fetched), `url` (their page) and
 * `links` ([{url, title}]). `path` is the object's JSON path, for warnings.
 */
void readDetails(ImportContext &context, const QJsonObject &person, const QString &name, const QString &path,
                 const QStringList &languages = {});
} // namespace JsonPersons
