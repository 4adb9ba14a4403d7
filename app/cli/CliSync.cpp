#include "CliSync.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

CliSync::CliSync(CliContext &context)
    : m_context(context)
    , m_subscriptions(context.database)
    , m_manager(*context.network, context.schedule, m_subscriptions, context.clock)
    , m_friends(*context.network, context.database, context.schedule, context.clock)
{
    Q_ASSERT(context.network);
    m_manager.setLimits(FetchLimits::fromSettings());
    m_manager.setRetryDelays({});
    m_friends.setLimits(m_manager.limits());
    m_manager.setFriendRefresh(&m_friends);
    QObject::connect(&m_friends, &FriendRefresh::refreshed, &m_friends, [this](const QString &name, const QString &error) {
        m_friendReports.append({name, error});
    });
    QObject::connect(&m_manager, &SyncManager::syncFinished, &m_manager, [this](const SyncReport &report) { m_reports.append(report); });
}

QList<SyncReport> CliSync::wait()
{
    if (m_manager.isBusy()) {
        QEventLoop loop;
        QObject::connect(&m_manager, &SyncManager::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Deliver what the import thread queued (the store's change signals) before returning.
    QCoreApplication::sendPostedEvents();
    return std::exchange(m_reports, {});
}

QJsonObject CliSync::toJson(const SyncReport &report)
{
    return QJsonObject{
        {u"subscription"_s, report.subscriptionId},
        {u"url"_s, report.url},
        {u"conference"_s, report.conferenceId},
        {u"title"_s, report.conferenceTitle},
        {u"status"_s, SyncReport::statusName(report.status)},
        {u"events"_s, report.eventCount},
        {u"days"_s, report.dayCount},
        {u"rooms"_s, report.roomCount},
        {u"changes"_s, int(report.changes.size())},
        {u"warnings"_s, int(report.warnings.size())},
        {u"httpStatus"_s, report.httpStatus},
        {u"message"_s, report.message},
    };
}

QString CliSync::line(const SyncReport &report)
{
    const QString who = report.conferenceId.isEmpty() ? u"(new)"_s : report.conferenceId;
    QString counts;
    if (report.ok()) {
        counts = report.firstImport ? u"%1 events, first import"_s.arg(report.eventCount)
                                    : u"%1 events, %2 changes"_s.arg(report.eventCount).arg(report.changes.size());
    } else {
        counts = u"-"_s;
    }
    return u"%1\t%2\t%3\t%4"_s.arg(who, SyncReport::statusName(report.status), counts, report.message);
}

std::optional<Subscription> CliSync::resolve(const QString &typed, QString *errorMessage) const
{
    if (const auto byConference = m_subscriptions.forConference(typed))
        return byConference;
    bool isNumber = false;
    const qint64 id = typed.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto byId = m_subscriptions.byId(id))
            return byId;
    }
    if (errorMessage)
        *errorMessage = u"no subscription for \"%1\" (see: lanyard subscriptions)"_s.arg(typed);
    return std::nullopt;
}
