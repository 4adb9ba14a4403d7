#include "ImportWorker.h"

#include "store/Database.h"
#include "store/ScheduleStore.h"

ImportWorker::ImportWorker(ScheduleStore &store, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("lanyard-import"));
    m_threadStore = new ScheduleStore(store.database());
    m_threadStore->moveToThread(&m_thread);
    // Emitted on the worker thread, delivered through the main store on the main thread: the
    // models listening there reload as after any other import, once (the main store takes the
    // import as its own, so that its look for other processes' writes does not announce it again).
    connect(
        m_threadStore, &ScheduleStore::conferencesChanged, &store, [&store] { store.announceOwnChange({}); }, Qt::QueuedConnection);
    connect(
        m_threadStore, &ScheduleStore::scheduleChanged, &store,
        [&store](const QString &conferenceId) { store.announceOwnChange(conferenceId); }, Qt::QueuedConnection);
    // On the worker thread, as it ends: its connection must be gone before wait() returns, or the
    // thread-exit clean-up may race with the end of the process.
    Database &database = store.database();
    connect(
        &m_thread, &QThread::finished, &m_thread, [&database] { database.closeThisThreadsConnection(); }, Qt::DirectConnection);
    m_thread.start();
}

ImportWorker::~ImportWorker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_threadStore;
}

quint64 ImportWorker::submit(Request request)
{
    const quint64 ticket = m_nextTicket++;
    QMetaObject::invokeMethod(
        m_threadStore,
        [this, ticket, request = std::move(request)]() mutable {
            Q_EMIT started(ticket);
            ImportOutcome outcome = request.filePath.isEmpty()
                ? ScheduleImport::importBytes(*m_threadStore, std::move(request.bytes), request.options, request.source, request.now,
                                              request.conferenceId)
                : ScheduleImport::importFile(*m_threadStore, request.filePath, request.options.timeZone, request.now);
            Q_EMIT finished(ticket, outcome);
        },
        Qt::QueuedConnection);
    return ticket;
}
