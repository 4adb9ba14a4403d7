#pragma once

#include "sync/ScheduleImport.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

class ScheduleStore;

/**
 * Parses and applies feeds on a thread of its own, so that a large programme never blocks the
 * window. The thread has its own database connection (Database::connection() is per thread) and
 * its own ScheduleStore, whose change signals are passed on through the main thread's store.
 * Requests run one after another, in the order submitted; each apply is one transaction.
 */
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        /** The feed's bytes, or empty to read `filePath` on the worker thread. */
        QByteArray bytes;
        QString filePath;
        ImportOptions options;
        /** Recorded as the conference's source: a URL or an absolute path. */
        QString source;
        /** Keep filling this conference whatever the feed's acronym says (see ScheduleImport). */
        QString conferenceId;
        QDateTime now;
    };

    explicit ImportWorker(ScheduleStore &store, QObject *parent = nullptr);
    /** Waits for the import in progress (an apply is never cut off) and stops the thread. */
    ~ImportWorker() override;

    /** Queues a request; the returned ticket comes back with finished(). */
    quint64 submit(Request request);

Q_SIGNALS:
    /** The worker has begun on a request (parsing, then storing). */
    void started(quint64 ticket);
    void finished(quint64 ticket, const ImportOutcome &outcome);

private:
    QThread m_thread;
    ScheduleStore *m_threadStore = nullptr;
    quint64 m_nextTicket = 1;
};
