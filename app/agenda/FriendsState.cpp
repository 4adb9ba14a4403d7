#include "FriendsState.h"

#include "store/FriendStore.h"
#include "store/ScheduleStore.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

FriendsState::FriendsState(Database &database, const ScheduleStore &schedule, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_schedule(schedule)
{
    // A new programme may match what did not match before (or no longer match).
    connect(&schedule, &ScheduleStore::scheduleChanged, this, [this] {
        m_fingerprint.clear();
        reload();
    });
    connect(&schedule, &ScheduleStore::conferencesChanged, this, [this] {
        m_fingerprint.clear();
        reload();
    });
    reload();
}

void FriendsState::reload()
{
    const QList<Friend> friends = FriendStore(m_database).all();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Friend &person : friends) {
        hash.addData(QByteArray(person.name.toUtf8() + '\n' + person.source.toUtf8() + '\n'));
        hash.addData(person.calendar);
    }
    const QString fingerprint = QString::fromLatin1(hash.result().toHex()) + QString::number(friends.size());
    if (fingerprint == m_fingerprint && !m_fingerprint.isEmpty())
        return;
    const bool wasEmpty = m_fingerprint.isEmpty() && m_names.isEmpty();
    m_fingerprint = fingerprint;
    m_plans = FriendPlans::build(friends, m_schedule);
    m_names.clear();
    for (const Friend &person : friends)
        m_names.append(person.name);
    FriendPlans::sortNames(m_names);
    if (!(wasEmpty && friends.isEmpty()))
        Q_EMIT changed();
}
