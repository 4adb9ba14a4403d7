#include "JsonValues.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace JsonValues
{

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QString member(const QJsonObject &object, QStringView key)
{
    return text(object.value(key)).trimmed();
}

QString localized(const QJsonValue &value, const QStringList &preferredLanguages)
{
    if (!value.isObject())
        return text(value);
    const QJsonObject translations = value.toObject();
    for (const QString &language : preferredLanguages) {
        const QString candidate = text(translations.value(language));
        if (!language.isEmpty() && !candidate.trimmed().isEmpty())
            return candidate;
    }
    const QString english = text(translations.value(u"en"));
    if (!english.trimmed().isEmpty())
        return english;
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        const QString candidate = text(it.value());
        if (!candidate.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

QString memberPath(const QString &parent, const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            plain = false;
    }
    if (plain)
        return parent + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return parent + u"[\""_s + escaped + u"\"]"_s;
}

} // namespace JsonValues
