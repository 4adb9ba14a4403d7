#pragma once

#include <QStringList>

struct CliContext;

/** The verbs' entry points, one file each; listed for --help in CliVerbs.cpp. */
namespace CliCommands
{
int conferences(CliContext &context, const QStringList &arguments);
int events(CliContext &context, const QStringList &arguments);
int importFeed(CliContext &context, const QStringList &arguments);
} // namespace CliCommands
