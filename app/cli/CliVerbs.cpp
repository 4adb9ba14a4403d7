#include "CliCommands.h"
#include "CliContext.h"

const QList<CliVerb> &cliVerbs()
{
    static const QList<CliVerb> verbs = {
        {"conferences", "conferences [--json] | conferences remove ID", "List the conferences, or remove one", &CliCommands::conferences},
        {"events", "events [--conference ID] [--day YYYY-MM-DD] [--json]", "List events", &CliCommands::events},
        {"import", "import FILE [--timezone ZONE]", "Import a schedule file (any supported format)", &CliCommands::importFeed},
        {"bookmark", "bookmark add|remove ID [--priority must|maybe]", "Bookmark an event, or remove its bookmark", &CliCommands::bookmark},
        {"note", "note ID TEXT", "Keep a private note on an event (\"\" removes it; no TEXT prints it)", &CliCommands::note},
        {"rate", "rate ID 1..5", "Rate an event (0 removes the rating)", &CliCommands::rate},
        {"watched", "watched ID [--undo]", "Mark an event's recording as watched", &CliCommands::watched},
        {"agenda", "agenda [--conference ID] [--json]", "My agenda: bookmarked events in time order, with conflicts", &CliCommands::agenda},
        {"export", "export --format ics|csv|md|json [--conference ID] [--output FILE]",
         "Export the agenda (json: a backup of all user data)", &CliCommands::exportAgenda},
        {"print", "print agenda|day [--conference ID] [--day YYYY-MM-DD] --output FILE.pdf",
         "Print the agenda, or a day of the programme as a timetable, to a PDF file", &CliCommands::print},
        {"restore", "restore FILE", "Merge a JSON backup in, or bookmark the events of an .ics file", &CliCommands::restore},
        {"subscribe", "subscribe URL [--timezone ZONE]",
         "Subscribe to a conference's feed, or find it from the conference's web page, and sync it once", &CliCommands::subscribe},
        {"subscriptions", "subscriptions [--json] | subscriptions set-url ID URL | subscriptions remove ID",
         "List subscriptions; point one (ID: conference or number) at a new URL, keeping the conference and all "
         "bookmarks; or stop one, keeping its programme",
         &CliCommands::subscriptions},
        {"sync", "sync [--conference ID] [--json]",
         "Fetch every subscribed feed (or one) and apply what changed; exits 1 "
         "when any failed",
         &CliCommands::sync},
        {"changes", "changes [--conference ID] [--json] [--all]",
         "What the last update changed in your bookmarked events "
         "(--all: every change)",
         &CliCommands::changes},
        {"places", "places [--conference ID] [--json] [--speed KMH] | places add --name N [--at LAT,LON] | places remove ID",
         "Places around the venue, with distances; add or remove your own", &CliCommands::places},
        {"trips", "trips [--json] | trips add --title T --from ISO --to ISO [--place ID] [--notes N] [--who W] | trips edit|remove ID",
         "Side trips: list, add, change, remove", &CliCommands::trips},
        {"free-slots", "free-slots [--conference ID] [--day YYYY-MM-DD] [--min MINUTES] [--with NAME[,NAME...]] [--json]",
         "Gaps between your bookmarks and trips (and your friends' plans)", &CliCommands::freeSlots},
        {"friends", "friends [--json] | friends add NAME FILE|URL | friends remove NAME",
         "Friends whose calendars you plan with: who goes where, and when they are busy", &CliCommands::friends},
        {"now", "now [--conference ID] [--window MINUTES] [--json]", "What runs now and what starts in the next hour", &CliCommands::now},
        {"speakers", "speakers [--conference ID] [--json]", "List everyone who speaks, with their events", &CliCommands::speakers},
        {"search", "search QUERY [--conference ID] [--limit N] [--not-recorded] [--json]", "Search events, best match first",
         &CliCommands::search},
        {"calendar",
         "calendar connect URL --user NAME [--collection NAME] | calendar sync [--json] | calendar status [--json] | calendar disconnect",
         "Keep the agenda in step with your CalDAV calendar, both ways (password: $LANYARD_CALDAV_PASSWORD, the keyring, or asked)",
         &CliCommands::calendar},
    };
    return verbs;
}
