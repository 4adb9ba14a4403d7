#include "CliCommands.h"
#include "CliContext.h"

const QList<CliVerb> &cliVerbs()
{
    static const QList<CliVerb> verbs = {
        {"conferences", "conferences [--json] | conferences remove ID", "List the conferences, or remove one",
         &CliCommands::conferences},
        {"events", "events [--conference ID] [--day YYYY-MM-DD] [--json]", "List events", &CliCommands::events},
        {"import", "import FILE [--timezone ZONE]", "Import a schedule file (any supported format)",
         &CliCommands::importFeed},
    };
    return verbs;
}
