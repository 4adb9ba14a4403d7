#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "SyncController.h"
#include "core/Event.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

/**
 * A speaker's page: every event a person speaks at, across days and conferences, in start order,
 * each bookmarkable. Events hidden from every view in their conference are left out (and counted).
 */
class SpeakerEventsModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(SyncController *syncController READ syncController WRITE setSyncController)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** How many conferences the events are spread over. */
    Q_PROPERTY(int conferenceCount READ conferenceCount NOTIFY countChanged)
    /** Their events that hidden tracks, rooms, languages or types keep out of view. */
    Q_PROPERTY(int excludedCount READ excludedCount NOTIFY countChanged)
public:
    using enum EventRoles::Role;

    /** For QML, which sets appController, syncController; it starts when QML has set every property. */
    explicit SpeakerEventsModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit SpeakerEventsModel(AppController *app, SyncController *sync, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString name() const { return m_name; }
    void setName(const QString &name);
    int conferenceCount() const;
    int excludedCount() const { return m_excludedCount; }

    Q_INVOKABLE QString eventIdAt(int row) const;
    /** The title of one of the conferences the rows belong to (for section headings). */
    Q_INVOKABLE QString conferenceTitle(const QString &conferenceId) const;

    void reload();

Q_SIGNALS:
    void nameChanged();
    void countChanged();

private:
    void startWithServices() override;
    struct Row
    {
        Event event;
        bool cancelled = false;
    };
    struct ConferenceInfo
    {
        QString title;
        QString timeZoneId;
    };

    QSet<QString> findConflicting(const QList<Row> &rows) const;
    void onUserDataChanged(const QString &eventId);

    // The services handed in, from startWithServices() on.
    AppController *m_app = nullptr;
    QPointer<SyncController> m_sync;
    QString m_name;
    QSet<QString> m_conflicting;
    QHash<QString, QString> m_marks;
    QList<Row> m_rows;
    QHash<QString, ConferenceInfo> m_conferences;
    int m_excludedCount = 0;
};
