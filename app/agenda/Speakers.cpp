#include "Speakers.h"

#include <QCollator>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Speakers
{

QList<Speaker> directory(const QList<Event> &events)
{
    QList<Speaker> result;
    QHash<QString, qsizetype> indexByName;
    for (const Event &event : events) {
        QSet<QString> seen;
        for (const Person &person : event.persons) {
            const QString name = person.name.trimmed();
            if (name.isEmpty() || seen.contains(name))
                continue;
            seen.insert(name);
            auto found = indexByName.constFind(name);
            if (found == indexByName.constEnd()) {
                found = indexByName.insert(name, result.size());
                result.append(Speaker{name, {}, {}, {}});
            }
            Speaker &speaker = result[*found];
            speaker.eventIds.append(event.id);
            speaker.eventTitles.append(event.title);
            if (!speaker.conferenceIds.contains(event.conferenceId))
                speaker.conferenceIds.append(event.conferenceId);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(result.begin(), result.end(), [&collator](const Speaker &a, const Speaker &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return result;
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

bool matches(const QString &name, const QString &query)
{
    const QString haystack = fold(name);
    const QStringList words = fold(query).split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace Speakers
