#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/** Reading JSON values the way feeds write them (numbers for ids, null for absent, translations). */
namespace JsonValues
{
/** A string, a number (ids: 10386, not 10386.0) or a boolean as text; null, objects and arrays as empty. */
QString text(const QJsonValue &value);
/** text() of one member, trimmed. */
QString member(const QJsonObject &object, QStringView key);
/**
 * A string or a translation map ({"en": "...", "de": "..."}): the text in the first of the
 * preferred languages it has, else in English, else in its first language.
 */
QString localized(const QJsonValue &value, const QStringList &preferredLanguages);
/** The JSON path of an object member for messages: quoted when not a plain identifier. */
QString memberPath(const QString &parent, const QString &key);
} // namespace JsonValues
