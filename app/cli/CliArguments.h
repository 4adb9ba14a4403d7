#pragma once

#include <QCommandLineParser>
#include <QStringList>

struct CliContext;

/** Shared argument handling for verbs: parse, and on a mistake print what was wrong and the usage. */
namespace CliArguments
{
/** Parses `arguments` (those after the verb); false after printing the error on stderr. */
bool parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments, CliContext &context);
QCommandLineOption jsonOption();
QCommandLineOption conferenceOption();
} // namespace CliArguments
