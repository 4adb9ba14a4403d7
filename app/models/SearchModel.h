#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "store/EventSearch.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <atomic>

class SearchWorker;

/**
 * Search results as you type, best first. Queries run on a worker thread with its own database
 * connection; only the newest query's answer is applied, and it is applied row by row (rows kept
 * from the previous answer stay where they are), so typing never blocks a frame or resets the
 * view. Bookmark changes update their row; an import or a note edit runs the query again.
 */
class SearchModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    /** What the user typed: plain words, the last one a prefix. */
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** Only this conference; empty: every conference. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    /** Only this day ("YYYY-MM-DD"); empty: every day. */
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    /** Only this track; empty: every track. */
    Q_PROPERTY(QString track READ track WRITE setTrack NOTIFY trackChanged)
    /** Only talks that will not be recorded. */
    Q_PROPERTY(bool notRecordedOnly READ notRecordedOnly WRITE setNotRecordedOnly NOTIFY notRecordedOnlyChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** True while a query is on its way. */
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /** The query the rows answer (it lags behind `query` while busy). */
    Q_PROPERTY(QString answeredQuery READ answeredQuery NOTIFY answered)
    /** The days and tracks of the chosen conference, for the filters. */
    Q_PROPERTY(QStringList dayOptions READ dayOptions NOTIFY conferenceIdChanged)
    Q_PROPERTY(QStringList trackOptions READ trackOptions NOTIFY conferenceIdChanged)
public:
    using enum EventRoles::Role;
    enum Role {
        TitleMarkupRole = EventRoles::FirstOwnRole,
        SpeakersMarkupRole,
        SnippetMarkupRole,
        SnippetSourceRole,
        WhenRole,
    };
    Q_ENUM(Role)

    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit SearchModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit SearchModel(AppController *app, QObject *parent = nullptr);
    ~SearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query.text; }
    void setQuery(const QString &query);
    QString conferenceId() const { return m_query.conferenceId; }
    void setConferenceId(const QString &conferenceId);
    QString day() const;
    void setDay(const QString &day);
    QString track() const { return m_query.track; }
    void setTrack(const QString &track);
    bool notRecordedOnly() const { return m_query.notRecordedOnly; }
    void setNotRecordedOnly(bool only);
    int limit() const { return m_query.limit; }
    void setLimit(int limit);
    bool isBusy() const { return m_busy; }
    QString answeredQuery() const { return m_answeredQuery; }
    QStringList dayOptions() const { return m_dayOptions; }
    QStringList trackOptions() const { return m_trackOptions; }

    Q_INVOKABLE QString eventIdAt(int row) const;

    /** Runs the query now on the calling thread, without the worker (tests, benchmarks). */
    void searchNow();

Q_SIGNALS:
    void queryChanged();
    void conferenceIdChanged();
    void dayChanged();
    void trackChanged();
    void notRecordedOnlyChanged();
    void limitChanged();
    void countChanged();
    void busyChanged();
    /** A query's answer was applied. */
    void answered();
    /** The database failed (not: nothing found). */
    void errorOccurred(const QString &message);

private:
    void startWithServices() override;
    /** The day and track choices of the conference searched. */
    void loadOptions();
    void requestSearch();
    void apply(quint64 generation, const QString &text, const QList<SearchHit> &hits, const QString &error);
    void onUserDataChanged(const QString &eventId);
    void setBusy(bool busy);

    AppController *m_app = nullptr;
    /** Set from QML or C++ before the model started: empty then means every conference. */
    bool m_conferenceIdGiven = false;
    SearchQuery m_query;
    QList<SearchHit> m_rows;
    QString m_answeredQuery;
    QStringList m_dayOptions;
    QStringList m_trackOptions;
    mutable QHash<QString, QTimeZone> m_zones;
    QHash<QString, QString> m_knownNotes;
    bool m_busy = false;
    quint64 m_generation = 0;
    /** The newest request; the worker skips older ones still queued (read on its thread). */
    std::atomic<quint64> m_latest{0};
    QThread m_thread;
    QPointer<SearchWorker> m_worker;
};
