#include "SpeakerProfile.h"

#include "AppController.h"
#include "store/ScheduleStore.h"

#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

SpeakerProfile::SpeakerProfile(QObject *parent)
    : QObject(parent)
{
}

SpeakerProfile::SpeakerProfile(AppController *app, QObject *parent)
    : SpeakerProfile(parent)
{
    setAppController(app);
    startWithServices();
}

void SpeakerProfile::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    // Any conference's feed may say something about this speaker.
    connect(&m_app->scheduleStore(), &ScheduleStore::scheduleChanged, this, &SpeakerProfile::reload);
    connect(&m_app->scheduleStore(), &ScheduleStore::conferencesChanged, this, &SpeakerProfile::reload);
    reload();
}

void SpeakerProfile::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
    reload();
}

void SpeakerProfile::setConferenceId(const QString &conferenceId)
{
    if (m_conferenceId == conferenceId)
        return;
    m_conferenceId = conferenceId;
    Q_EMIT conferenceIdChanged();
    reload();
}

void SpeakerProfile::reload()
{
    PersonDetails details;
    if (m_app && !m_name.isEmpty()) {
        const QList<SpeakerDetailsAt> found = m_app->scheduleStore().speakerDetailsOf(m_name);
        for (const SpeakerDetailsAt &at : found) {
            if (m_conferenceId.isEmpty() || at.conferenceId == m_conferenceId) {
                details = at.details;
                break;
            }
        }
    }
    QVariantList links;
    for (const Link &link : std::as_const(details.links)) {
        if (AppController::isOpenableLink(link.url))
            links.append(QVariantMap{{u"title"_s, link.title.isEmpty() ? link.url : link.title}, {u"url"_s, link.url}});
    }
    if (details == m_details && links == m_links)
        return;
    m_details = std::move(details);
    m_links = std::move(links);
    Q_EMIT loaded();
}
