#include "EventTypeNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct TypeName
{
    /** The type folded: lower case, spaces and underscores as hyphens. */
    const char *key;
    const char *name;
};
// Sorted by key. The types of the frab, pentabarf, pretalx and Sessionize feeds seen, and of the
// bundled programme.
constexpr TypeName kTypeNames[] = {
    {"bof", QT_TRANSLATE_NOOP("EventTypeNames", "Birds of a feather")},
    {"break", QT_TRANSLATE_NOOP("EventTypeNames", "Break")},
    {"concert", QT_TRANSLATE_NOOP("EventTypeNames", "Concert")},
    {"devroom", QT_TRANSLATE_NOOP("EventTypeNames", "Developer room")},
    {"discussion", QT_TRANSLATE_NOOP("EventTypeNames", "Discussion")},
    {"djset", QT_TRANSLATE_NOOP("EventTypeNames", "DJ set")},
    {"film", QT_TRANSLATE_NOOP("EventTypeNames", "Film")},
    {"game", QT_TRANSLATE_NOOP("EventTypeNames", "Game")},
    {"hack-session", QT_TRANSLATE_NOOP("EventTypeNames", "Hack session")},
    {"hands-on", QT_TRANSLATE_NOOP("EventTypeNames", "Hands-on")},
    {"housekeeping", QT_TRANSLATE_NOOP("EventTypeNames", "Housekeeping")},
    {"keynote", QT_TRANSLATE_NOOP("EventTypeNames", "Keynote")},
    {"lecture", QT_TRANSLATE_NOOP("EventTypeNames", "Lecture")},
    {"lightning-talk", QT_TRANSLATE_NOOP("EventTypeNames", "Lightning talk")},
    {"lightning-talks", QT_TRANSLATE_NOOP("EventTypeNames", "Lightning talks")},
    {"maintrack", QT_TRANSLATE_NOOP("EventTypeNames", "Main track")},
    {"meal", QT_TRANSLATE_NOOP("EventTypeNames", "Meal")},
    {"meal/break", QT_TRANSLATE_NOOP("EventTypeNames", "Meal or break")},
    {"meeting", QT_TRANSLATE_NOOP("EventTypeNames", "Meeting")},
    {"meetup", QT_TRANSLATE_NOOP("EventTypeNames", "Meetup")},
    {"movie", QT_TRANSLATE_NOOP("EventTypeNames", "Film")},
    {"other", QT_TRANSLATE_NOOP("EventTypeNames", "Other")},
    {"panel", QT_TRANSLATE_NOOP("EventTypeNames", "Panel")},
    {"performance", QT_TRANSLATE_NOOP("EventTypeNames", "Performance")},
    {"podium", QT_TRANSLATE_NOOP("EventTypeNames", "Panel")},
    {"poster", QT_TRANSLATE_NOOP("EventTypeNames", "Poster")},
    {"screening", QT_TRANSLATE_NOOP("EventTypeNames", "Screening")},
    {"session", QT_TRANSLATE_NOOP("EventTypeNames", "Session")},
    {"social", QT_TRANSLATE_NOOP("EventTypeNames", "Social event")},
    {"sprint", QT_TRANSLATE_NOOP("EventTypeNames", "Sprint")},
    {"talk", QT_TRANSLATE_NOOP("EventTypeNames", "Talk")},
    {"tutorial", QT_TRANSLATE_NOOP("EventTypeNames", "Tutorial")},
    {"workshop", QT_TRANSLATE_NOOP("EventTypeNames", "Workshop")},
};

QString folded(const QString &type)
{
    QString key = type.trimmed().toLower();
    key.replace(u' ', u'-');
    key.replace(u'_', u'-');
    return key;
}

/** Written by a program, not a person: no capital letter and no space ("hack-session", "lightning_talk"). */
bool isMachineWord(const QString &type)
{
    return !type.isEmpty() && type == type.toLower() && !type.contains(u' ');
}
} // namespace

namespace EventTypeNames
{
QString displayName(const QString &type)
{
    const QString trimmed = type.trimmed();
    const QByteArray key = folded(trimmed).toUtf8();
    const auto *found = std::lower_bound(std::cbegin(kTypeNames), std::cend(kTypeNames), key,
                                         [](const TypeName &entry, const QByteArray &wanted) { return wanted > entry.key; });
    if (found != std::cend(kTypeNames) && key == found->key)
        return QCoreApplication::translate("EventTypeNames", found->name);
    if (!isMachineWord(trimmed))
        return type;
    // "code-review" reads "Code review": hyphens and underscores as spaces, a capital first letter.
    QString words = trimmed;
    words.replace(u'-', u' ');
    words.replace(u'_', u' ');
    words[0] = words[0].toUpper();
    return words;
}
} // namespace EventTypeNames
