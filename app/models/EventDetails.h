#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "SyncController.h"
#include "TripController.h"
#include "core/Event.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

/** One event with everything its page shows; follows bookmark changes made anywhere. */
class EventDetails : public QObject, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(TripController *tripController READ tripController WRITE setTripController)
    Q_PROPERTY(SyncController *syncController READ syncController WRITE setSyncController)
    Q_PROPERTY(QString eventId READ eventId WRITE setEventId NOTIFY eventIdChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY loaded)
    Q_PROPERTY(QString conferenceId READ conferenceId NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY loaded)
    Q_PROPERTY(QDateTime start READ start NOTIFY loaded)
    Q_PROPERTY(QDateTime end READ end NOTIFY loaded)
    Q_PROPERTY(QString day READ day NOTIFY loaded)
    Q_PROPERTY(QString room READ room NOTIFY loaded)
    Q_PROPERTY(QString track READ track NOTIFY loaded)
    Q_PROPERTY(QString type READ type NOTIFY loaded)
    Q_PROPERTY(QString language READ language NOTIFY loaded)
    Q_PROPERTY(QString abstract READ abstract NOTIFY loaded)
    Q_PROPERTY(QString url READ url NOTIFY loaded)
    Q_PROPERTY(QStringList speakers READ speakers NOTIFY loaded)
    /** [{title, url}] of the links that can be opened (http, https, mailto). */
    Q_PROPERTY(QVariantList links READ links NOTIFY loaded)
    /** [{label, url}] of the recordings, labelled by where they are ("YouTube", "archive.org"). */
    Q_PROPERTY(QVariantList videos READ videos NOTIFY loaded)
    Q_PROPERTY(bool cancelled READ isCancelled NOTIFY loaded)
    /** The feed opts this talk out of recording: go and see it live. */
    Q_PROPERTY(bool notRecorded READ isNotRecorded NOTIFY loaded)
    Q_PROPERTY(bool bookmarked READ isBookmarked NOTIFY userDataChanged)
    Q_PROPERTY(int priority READ priority NOTIFY userDataChanged)
    Q_PROPERTY(QString note READ note NOTIFY userDataChanged)
    /** 0 when not rated. */
    Q_PROPERTY(int rating READ rating NOTIFY userDataChanged)
    Q_PROPERTY(bool watched READ isWatched NOTIFY userDataChanged)
    /** [{id, title, start, end, room}] of the other agenda items this bookmarked event overlaps. */
    Q_PROPERTY(QVariantList conflicts READ conflicts NOTIFY conflictsChanged)
    /** What of this event is hidden from every view: "track", "room", "language", "type" (empty: shown). */
    Q_PROPERTY(QStringList hiddenKinds READ hiddenKinds NOTIFY hiddenChanged)
    /** The names of the friends who go, sorted. */
    Q_PROPERTY(QStringList friends READ friends NOTIFY friendsChanged)
public:
    /** For QML, which sets appController, tripController, syncController; it starts when QML has set every property. */
    explicit EventDetails(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit EventDetails(AppController *app, TripController *trips, SyncController *sync, QObject *parent = nullptr);

    QString eventId() const { return m_eventId; }
    void setEventId(const QString &eventId);
    bool isValid() const { return !m_event.id.isEmpty(); }
    QString conferenceId() const { return m_event.conferenceId; }
    QString title() const { return m_event.title; }
    QString subtitle() const { return m_event.subtitle; }
    QDateTime start() const { return m_event.start; }
    QDateTime end() const { return m_event.end; }
    QString day() const { return m_event.day.toString(Qt::ISODate); }
    QString room() const { return m_event.room; }
    QString track() const { return m_event.track; }
    QString type() const { return m_event.type; }
    QString language() const { return m_event.language; }
    QString abstract() const { return QString::fromUtf8(m_event.abstract); }
    QString url() const { return m_event.url; }
    QStringList speakers() const { return m_event.speakerNames(); }
    QVariantList links() const;
    QVariantList videos() const;
    bool isCancelled() const { return m_cancelled; }
    bool isNotRecorded() const { return m_event.recorded == false; }
    bool isBookmarked() const;
    int priority() const;
    QString note() const;
    int rating() const;
    bool isWatched() const;
    QVariantList conflicts() const;
    QStringList hiddenKinds() const;
    QStringList friends() const;
    /** Shows the event's hidden track, room, language and type again. */
    Q_INVOKABLE void showAgain();

Q_SIGNALS:
    void eventIdChanged();
    void loaded();
    void userDataChanged();
    /** Any bookmark changed: this event's conflicts may have. */
    void conflictsChanged();
    void hiddenChanged();
    void friendsChanged();

private:
    void startWithServices() override;
    /** Loads the event and marks it seen. */
    void open();
    void load();

    // The services handed in, from startWithServices() on.
    AppController *m_app = nullptr;
    QPointer<SyncController> m_sync;
    QString m_eventId;
    Event m_event;
    bool m_cancelled = false;
};
