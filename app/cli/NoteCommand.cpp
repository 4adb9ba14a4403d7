#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliEventLookup.h"

#include "store/UserDataStore.h"

using namespace Qt::Literals::StringLiterals;

int CliCommands::note(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!CliArguments::parse(parser, u"note"_s, arguments, context))
        return 2;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.fail(u"usage: lanyard note ID TEXT (an empty TEXT \"\" removes the note; no TEXT prints it)"_s);

    QString error;
    const auto event = cliResolveEvent(context, positional.constFirst(), &error);
    if (!event)
        return context.fail(error);
    if (positional.size() == 1) {
        const QString note = context.userData.value(event->id).note;
        if (!note.isEmpty())
            context.out << note << Qt::endl;
        return 0;
    }
    // Several words without quotes are one note, as typed.
    const QString text = positional.mid(1).join(u' ');
    if (!context.userData.setNote(event->id, event->conferenceId, text, &error))
        return context.fail(error);
    context.out << (text.isEmpty() ? "note removed: " : "note saved: ") << event->id << "  " << event->title << Qt::endl;
    return 0;
}
