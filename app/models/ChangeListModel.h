#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "core/ScheduleDiff.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * What the last update of a conference's programme changed, as sentences: the changes that
 * touch the user's bookmarked events first ("Your talk ... moved from ... to ..."), then all others.
 */
class ChangeListModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    /** Empty: the App's current conference. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** How many of the changes touch bookmarked events. */
    Q_PROPERTY(int bookmarkedCount READ bookmarkedCount NOTIFY countChanged)
public:
    /** The event's id, title and bookmark under the shared names (IdRole, TitleRole, BookmarkedRole). */
    using enum EventRoles::Role;
    enum Role {
        /** What changed: "new", "cancelled", "moved", "retimed", "renamed", "speakers". */
        ChangeRole = EventRoles::FirstOwnRole,
        BeforeRole,
        AfterRole,
        TextRole,
        GroupRole,
    };
    Q_ENUM(Role)

    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit ChangeListModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit ChangeListModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    int bookmarkedCount() const { return m_bookmarkedCount; }
    /** Whether the event still exists in the programme (a cancelled one may be gone). */
    Q_INVOKABLE bool canOpen(const QString &eventId) const;

    void reload();

Q_SIGNALS:
    void conferenceIdChanged();
    void countChanged();

private:
    void startWithServices() override;
    struct Row
    {
        EventChange change;
        QString text;
        bool bookmarked = false;
        bool operator==(const Row &other) const = default;
    };
    QString effectiveConferenceId() const;

    AppController *m_app = nullptr;
    QString m_conferenceId;
    QList<Row> m_rows;
    int m_bookmarkedCount = 0;
};
