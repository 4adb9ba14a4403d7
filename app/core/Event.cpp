#include "Event.h"

QStringList Event::speakerNames() const
{
    QStringList names;
    names.reserve(persons.size());
    for (const Person &person : persons)
        names.append(person.name);
    return names;
}
