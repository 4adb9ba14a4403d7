#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "core/Event.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/**
 * What the feeds say about one speaker, for their page: a tagline, a biography and links, as
 * plain text and checked links (the importers reduced the markup and checked the addresses).
 * Empty where a feed says nothing beyond the name. Follows re-imports and syncs.
 */
class SpeakerProfile : public QObject, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    /** The conference whose feed to ask; empty: the one that starts last of those that say anything. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    /** Whether there is anything to show: a tagline, a biography or a link. */
    Q_PROPERTY(bool hasDetails READ hasDetails NOTIFY loaded)
    Q_PROPERTY(QString tagline READ tagline NOTIFY loaded)
    Q_PROPERTY(QString biography READ biography NOTIFY loaded)
    /** [{title, url}] of the links that can be opened (http, https, mailto); the title is the address where the feed gives none. */
    Q_PROPERTY(QVariantList links READ links NOTIFY loaded)
public:
    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit SpeakerProfile(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit SpeakerProfile(AppController *app, QObject *parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString &name);
    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    bool hasDetails() const { return !m_details.tagline.isEmpty() || !m_details.biography.isEmpty() || !m_links.isEmpty(); }
    QString tagline() const { return m_details.tagline; }
    QString biography() const { return m_details.biography; }
    QVariantList links() const { return m_links; }

    void reload();

Q_SIGNALS:
    void nameChanged();
    void conferenceIdChanged();
    void loaded();

private:
    void startWithServices() override;
    AppController *m_app = nullptr;
    QString m_name;
    QString m_conferenceId;
    PersonDetails m_details;
    QVariantList m_links;
};
