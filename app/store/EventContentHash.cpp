#include "EventContentHash.h"

#include "core/Event.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace
{
/** Feeds values with their lengths, so that ("ab", "c") and ("a", "bc") differ. */
class Digest
{
public:
    void add(const QString &text)
    {
        add(qint64(text.size()));
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t))));
    }
    void add(qint64 value)
    {
        const qint64 little = qToLittleEndian(value);
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&little), sizeof little));
    }
    qint64 result() const { return qFromLittleEndian<qint64>(m_hash.resultView().data()); }

private:
    // Not for security: a change detector, where MD5 is fast and the same on every machine.
    QCryptographicHash m_hash{QCryptographicHash::Md5};
};
} // namespace

namespace EventContentHash
{
qint64 of(const Event &event)
{
    Digest digest;
    // A version of what is digested: changing the fields below changes it, so that every stored
    // event is rewritten once rather than compared by an old rule.
    digest.add(qint64(1));
    for (const QString *text : {&event.id, &event.guid, &event.feedId, &event.slug, &event.title, &event.subtitle, &event.room,
                                &event.track, &event.type, &event.language, &event.abstract, &event.url})
        digest.add(*text);
    digest.add(event.start.isValid() ? event.start.toSecsSinceEpoch() : -1);
    digest.add(event.end.isValid() ? event.end.toSecsSinceEpoch() : -1);
    digest.add(event.day.toJulianDay());
    digest.add(event.recorded.has_value() ? qint64(*event.recorded) : qint64(-1));
    digest.add(qint64(event.serviceSession) | qint64(event.plenum) << 1);
    digest.add(qint64(event.persons.size()));
    for (const Person &person : event.persons) {
        digest.add(person.name);
        digest.add(person.id);
    }
    digest.add(qint64(event.links.size()));
    for (const Link &link : event.links) {
        digest.add(link.title);
        digest.add(link.url);
    }
    digest.add(qint64(event.videos.size()));
    for (const QString &video : event.videos)
        digest.add(video);
    return digest.result();
}
} // namespace EventContentHash
