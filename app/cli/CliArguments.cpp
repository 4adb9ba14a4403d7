#include "CliArguments.h"

#include "CliContext.h"

using namespace Qt::Literals::StringLiterals;

namespace CliArguments
{

bool parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments, CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"lanyard "_s + verb} + arguments)) {
        context.fail(u"%1: %2"_s.arg(verb, parser.errorText()));
        return false;
    }
    return true;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, u"Print JSON."_s);
}

QCommandLineOption conferenceOption()
{
    return QCommandLineOption(u"conference"_s, u"Only this conference."_s, u"ID"_s);
}

} // namespace CliArguments
