#pragma once

#include <QStringList>

struct CliContext;

/** The verbs' entry points, one file each; listed for --help in CliVerbs.cpp. */
namespace CliCommands
{
int conferences(CliContext &context, const QStringList &arguments);
int events(CliContext &context, const QStringList &arguments);
int importFeed(CliContext &context, const QStringList &arguments);
int bookmark(CliContext &context, const QStringList &arguments);
int note(CliContext &context, const QStringList &arguments);
int rate(CliContext &context, const QStringList &arguments);
int watched(CliContext &context, const QStringList &arguments);
int agenda(CliContext &context, const QStringList &arguments);
int exportAgenda(CliContext &context, const QStringList &arguments);
int print(CliContext &context, const QStringList &arguments);
int restore(CliContext &context, const QStringList &arguments);
int subscribe(CliContext &context, const QStringList &arguments);
int subscriptions(CliContext &context, const QStringList &arguments);
int sync(CliContext &context, const QStringList &arguments);
int changes(CliContext &context, const QStringList &arguments);
int places(CliContext &context, const QStringList &arguments);
int trips(CliContext &context, const QStringList &arguments);
int freeSlots(CliContext &context, const QStringList &arguments);
int now(CliContext &context, const QStringList &arguments);
int speakers(CliContext &context, const QStringList &arguments);
int search(CliContext &context, const QStringList &arguments);
int calendar(CliContext &context, const QStringList &arguments);
int friends(CliContext &context, const QStringList &arguments);
} // namespace CliCommands
