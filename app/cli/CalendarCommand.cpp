#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "core/Clock.h"
#include "store/CalendarSyncStore.h"
#include "sync/CalDavClient.h"
#include "sync/CalDavPassword.h"
#include "sync/CalDavSync.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kPasswordVariable = u"LANYARD_CALDAV_PASSWORD"_s;

/** Reads a line from the terminal without echo (or from a pipe as it is). */
std::optional<QString> askPassword(CliContext &context, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        context.err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        context.err << Qt::endl;
    }
    if (!got)
        return std::nullopt;
    QString password = QString::fromLocal8Bit(buffer);
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

/** $LANYARD_CALDAV_PASSWORD, else the keyring, else asked. */
std::optional<QString> passwordFor(CliContext &context, const CalendarAccount &account, bool *fromKeyring)
{
    *fromKeyring = false;
    if (qEnvironmentVariableIsSet(qPrintable(kPasswordVariable)))
        return qEnvironmentVariable(qPrintable(kPasswordVariable));
    QString error;
    if (const auto stored = CalDavPassword::read(account.user, account.serverUrl, &error)) {
        *fromKeyring = true;
        return stored;
    }
    return askPassword(context, u"Password for %1 at %2: "_s.arg(account.user, QUrl(account.serverUrl).host()));
}

QUrl normalizeUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    return QUrl(text, QUrl::StrictMode);
}

QJsonArray notesJson(const QList<CalendarSyncNote> &notes)
{
    QJsonArray array;
    for (const CalendarSyncNote &note : notes) {
        array.append(QJsonObject{{u"kind"_s, note.kind}, {u"id"_s, note.localId}, {u"title"_s, note.title}, {u"detail"_s, note.detail}});
    }
    return array;
}

int connectVerb(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"user"_s, u"User name on the calendar server."_s, u"NAME"_s));
    parser.addOption(QCommandLineOption(u"collection"_s, u"The calendar's display name (default: Lanyard)."_s, u"NAME"_s, u"Lanyard"_s));
    if (!CliArguments::parse(parser, u"calendar connect"_s, arguments, context))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"user"_s))
        return context.fail(u"usage: lanyard calendar connect URL --user NAME [--collection NAME]"_s);
    const QUrl url = normalizeUrl(parser.positionalArguments().constFirst());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return context.fail(u"calendar connect: \"%1\" is not an http or https address"_s.arg(parser.positionalArguments().constFirst()));

    CalendarAccount account;
    account.serverUrl = url.toString();
    account.user = parser.value(u"user"_s);
    const bool fromEnvironment = qEnvironmentVariableIsSet(qPrintable(kPasswordVariable));
    const auto password = fromEnvironment ? std::optional(qEnvironmentVariable(qPrintable(kPasswordVariable)))
                                          : askPassword(context, u"Password for %1 at %2: "_s.arg(account.user, url.host()));
    if (!password)
        return context.fail(u"calendar connect: no password given"_s);

    CalDavClient client(*context.network, {account.user, *password}, FetchLimits::fromSettings());
    QString error;
    const auto collection = client.discover(url, parser.value(u"collection"_s), &error);
    if (!collection)
        return context.fail(u"calendar connect: %1"_s.arg(error));
    account.collectionUrl = collection->url.toString();
    account.collectionName = collection->displayName.isEmpty() ? parser.value(u"collection"_s) : collection->displayName;
    CalendarSyncStore state(context.database);
    if (!state.connect(account, &error))
        return context.fail(u"calendar connect: %1"_s.arg(error));
    if (!fromEnvironment && !CalDavPassword::write(account.user, account.serverUrl, *password, &error))
        context.err << "lanyard: the password is not kept (" << error << "); each sync will ask for it" << Qt::endl;
    context.out << (collection->created ? "Made the calendar \"" : "Connected to the calendar \"") << account.collectionName << "\" at "
                << collection->url.toDisplayString() << Qt::endl
                << "Sync with: lanyard calendar sync" << Qt::endl;
    return 0;
}

int syncVerb(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    if (!CliArguments::parse(parser, u"calendar sync"_s, arguments, context))
        return 2;
    CalendarSyncStore state(context.database);
    QString error;
    const auto account = state.account(&error);
    if (!account)
        return context.fail(error.isEmpty() ? u"calendar sync: not connected (lanyard calendar connect URL --user NAME)"_s
                                            : u"calendar sync: %1"_s.arg(error));
    bool fromKeyring = false;
    const auto password = passwordFor(context, *account, &fromKeyring);
    if (!password)
        return context.fail(u"calendar sync: no password given"_s);
    CalDavClient client(*context.network, {account->user, *password}, FetchLimits::fromSettings());
    CalDavSync sync(client, {context.schedule, context.userData, context.trips, context.places, state},
                    [&context] { return context.clock.now().toUTC(); });
    const CalDavSyncReport report = sync.run();
    if (parser.isSet(u"json"_s)) {
        context.printJson(QJsonObject{{u"ok"_s, report.ok},
                                      {u"collection"_s, account->collectionUrl},
                                      {u"pulled"_s, report.pulled},
                                      {u"pushed"_s, report.pushed},
                                      {u"deleted"_s, report.deleted},
                                      {u"removedLocally"_s, report.removedLocally},
                                      {u"httpStatus"_s, report.httpStatus},
                                      {u"message"_s, report.error},
                                      {u"changes"_s, notesJson(report.notes)}});
    } else {
        context.out << "Calendar \"" << account->collectionName << "\": " << report.pulled << " read, " << report.pushed << " written, "
                    << report.deleted << " deleted on the server, " << report.removedLocally << " removed here" << Qt::endl;
        for (const CalendarSyncNote &note : report.notes)
            context.out << note.localId << "  " << note.title << ": " << note.detail << Qt::endl;
    }
    if (!report.ok)
        return context.fail(u"calendar sync: %1"_s.arg(report.error));
    return 0;
}

int statusVerb(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    if (!CliArguments::parse(parser, u"calendar status"_s, arguments, context))
        return 2;
    CalendarSyncStore state(context.database);
    QString error;
    const auto account = state.account(&error);
    if (!error.isEmpty())
        return context.fail(u"calendar status: %1"_s.arg(error));
    const QList<CalendarItemState> items = state.items();
    const QList<CalendarSyncNote> notes = state.notes();
    const auto stamp = [](const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); };
    if (parser.isSet(u"json"_s)) {
        if (!account) {
            context.printJson(QJsonObject{{u"connected"_s, false}});
            return 0;
        }
        context.printJson(QJsonObject{{u"connected"_s, true},
                                      {u"server"_s, account->serverUrl},
                                      {u"user"_s, account->user},
                                      {u"collection"_s, account->collectionUrl},
                                      {u"name"_s, account->collectionName},
                                      {u"items"_s, int(items.size())},
                                      {u"lastAttempt"_s, stamp(account->lastAttemptAt)},
                                      {u"lastSuccess"_s, stamp(account->lastSuccessAt)},
                                      {u"lastError"_s, account->lastError},
                                      {u"changes"_s, notesJson(notes)}});
        return 0;
    }
    if (!account) {
        context.out << "Not connected to a calendar (lanyard calendar connect URL --user NAME)" << Qt::endl;
        return 0;
    }
    context.out << "Calendar \"" << account->collectionName << "\" at " << account->collectionUrl << " as " << account->user << Qt::endl
                << items.size() << " items in step; last sync "
                << (account->lastSuccessAt.isValid() ? stamp(account->lastSuccessAt) : u"never"_s) << Qt::endl;
    if (!account->lastError.isEmpty())
        context.out << "Last attempt " << stamp(account->lastAttemptAt) << " failed: " << account->lastError << Qt::endl;
    for (const CalendarSyncNote &note : notes)
        context.out << note.localId << "  " << note.title << ": " << note.detail << Qt::endl;
    return 0;
}

int disconnectVerb(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CliArguments::parse(parser, u"calendar disconnect"_s, arguments, context))
        return 2;
    CalendarSyncStore state(context.database);
    QString error;
    const auto account = state.account(&error);
    if (!account) {
        context.out << "Not connected to a calendar" << Qt::endl;
        return 0;
    }
    if (!state.disconnect(&error))
        return context.fail(u"calendar disconnect: %1"_s.arg(error));
    if (!qEnvironmentVariableIsSet(qPrintable(kPasswordVariable)))
        CalDavPassword::remove(account->user, account->serverUrl, nullptr);
    context.out << "Disconnected from \"" << account->collectionName
                << "\"; the calendar on the server and everything here stay as they are" << Qt::endl;
    return 0;
}
} // namespace

int CliCommands::calendar(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"connect"_s)
        return connectVerb(context, rest);
    if (sub == u"sync"_s)
        return syncVerb(context, rest);
    if (sub == u"status"_s)
        return statusVerb(context, rest);
    if (sub == u"disconnect"_s)
        return disconnectVerb(context, rest);
    context.fail(u"usage: lanyard calendar connect URL --user NAME [--collection NAME] | calendar sync [--json] | "
                 "calendar status [--json] | calendar disconnect"_s);
    return 2;
}
