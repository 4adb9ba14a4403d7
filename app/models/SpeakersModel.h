#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "agenda/Speakers.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * The speakers directory: everyone who speaks at a conference, by name, with how many talks they
 * give. Typing narrows it (`query`, every word, ignoring case and accents) row by row. Events
 * hidden from every view and cancelled ones do not count.
 */
class SpeakersModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    /** Empty: the App's current conference. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Speakers before the query narrows the list. */
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, TalkCountRole, EventIdsRole, TitlesRole, BookmarkedCountRole };
    Q_ENUM(Role)

    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit SpeakersModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit SpeakersModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int totalCount() const { return int(m_all.size()); }

    Q_INVOKABLE QString nameAt(int row) const;
    Q_INVOKABLE int indexOf(const QString &name) const;

    /** Re-reads the programme, then narrows to the query. */
    void reload();

Q_SIGNALS:
    void conferenceIdChanged();
    void queryChanged();
    void countChanged();

private:
    void startWithServices() override;
    QString effectiveConferenceId() const;
    void applyQuery();

    AppController *m_app = nullptr;
    QString m_conferenceId;
    QString m_query;
    QList<Speaker> m_all;
    QList<Speaker> m_rows;
};
