#include "CliRunner.h"

#include "StartupOptions.h"
#include "Storage.h"
#include "cli/CliContext.h"
#include "core/Clock.h"

#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int runCommandLine(const StartupOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Clock clock;
    if (options.now.isValid())
        clock.setNow(options.now);

    Storage storage(options.databasePath);
    // Bookmarks and notes are stamped with the app's clock, like everything else that asks the time.
    storage.userData().setNowProvider([&clock] { return clock.now(); });
    QString error;
    if (!storage.open(clock.now(), &error)) {
        err << "lanyard: " << error << Qt::endl;
        return 1;
    }
    if (const auto &setAside = storage.database().setAside())
        err << "lanyard: " << setAside->message() << Qt::endl;
    QNetworkAccessManager network;
    CliContext context{storage.database(), storage.schedule(), storage.userData(), clock, out, err,
                       &network,           &storage.places(),  &storage.trips()};
    for (const CliVerb &verb : cliVerbs()) {
        if (options.verb == QLatin1StringView(verb.name)) {
            const int code = verb.run(context, options.verbArguments);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "lanyard: unknown command \"" << options.verb << "\"" << Qt::endl;
    return 2;
}
