#include "StartupOptions.h"

#include "cli/CliContext.h"
#include "core/Clock.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    QString nowText = qEnvironmentVariable("LANYARD_NOW");
    QString nowSource = u"LANYARD_NOW"_s;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        auto takeValue = [&](const QString &name) -> QString {
            const QString prefix = name + u'=';
            if (argument.startsWith(prefix))
                return argument.mid(prefix.size());
            if (i + 1 >= arguments.size()) {
                options.error = u"%1 needs a value"_s.arg(name);
                return {};
            }
            return arguments[++i];
        };
        if (!options.verb.isEmpty()) {
            options.verbArguments.append(argument);
        } else if (argument == u"--db"_s || argument.startsWith(u"--db="_s)) {
            options.databasePath = takeValue(u"--db"_s);
        } else if (argument == u"--now"_s || argument.startsWith(u"--now="_s)) {
            nowText = takeValue(u"--now"_s);
            nowSource = u"--now"_s;
        } else if (argument == u"--version"_s || argument == u"-v"_s) {
            options.showVersion = true;
        } else if (argument == u"--help"_s || argument == u"-h"_s || argument == u"help"_s) {
            options.showHelp = true;
        } else if (argument == u"--self-test"_s) {
            options.selfTest = true;
        } else if (argument == u"--quit-after-first-frame"_s) {
            options.quitAfterFirstFrame = true;
        } else if (argument.startsWith(u'-') && argument != u"-"_s) {
            // Qt's own GUI options (-platform, -style, --reverse, ...) are for QGuiApplication.
            continue;
        } else if (QFileInfo(argument).isFile() || argument.contains(u'/') || argument.contains(u'.')) {
            options.files.append(argument);
        } else {
            const auto &verbs = cliVerbs();
            const bool known =
                std::any_of(verbs.cbegin(), verbs.cend(), [&](const CliVerb &verb) { return argument == QLatin1StringView(verb.name); });
            if (!known) {
                options.error = u"unknown command \"%1\" (see lanyard --help)"_s.arg(argument);
                break;
            }
            options.verb = argument;
        }
        if (!options.error.isEmpty())
            break;
    }
    if (options.error.isEmpty() && !nowText.isEmpty()) {
        options.now = Clock::parseInstant(nowText);
        if (!options.now.isValid())
            options.error =
                u"%1 takes an ISO 8601 instant with an offset, e.g. 2013-07-07T11:00:00+10:00, not \"%2\""_s.arg(nowSource, nowText);
    }
    return options;
}

QString StartupOptions::helpText()
{
    QString text = u"Usage: lanyard [--db PATH] [--now ISO-8601] [COMMAND [ARGS...] | FILE...]\n\n"
                   "Without a command, opens the window (and offers to import FILEs given).\n\n"
                   "Options:\n"
                   "  --db PATH      use this database (default: $LANYARD_DB, else the per-user data folder)\n"
                   "  --now ISO      run the clock from this instant (also $LANYARD_NOW)\n"
                   "  --version      print the version\n"
                   "  --self-test    load every QML file and quit; fails on any warning\n"
                   "  --quit-after-first-frame  print first-frame-ms and peak-memory-kib, and quit\n\n"
                   "Commands:\n"_s;
    for (const CliVerb &verb : cliVerbs())
        text += u"  %1\n      %2\n"_s.arg(QLatin1StringView(verb.usage), QLatin1StringView(verb.summary));
    return text;
}
