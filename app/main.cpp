#include "shell/CliRunner.h"
#include "shell/GuiRunner.h"
#include "shell/StartupOptions.h"
#include "shell/StartupTiming.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

// The Lanyard QML module and the window's style are linked statically; their plugins register the types.
Q_IMPORT_QML_PLUGIN(LanyardPlugin)
Q_IMPORT_QML_PLUGIN(LanyardStylePlugin)

int main(int argc, char *argv[])
{
    StartupTiming::markMainEntered();
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const StartupOptions options = StartupOptions::parse(arguments);
    // The same names for the window and the command line: they decide where the database and
    // the settings live (~/.local/share/lanyard/, ~/.config/lanyard.org/lanyard.conf).
    QCoreApplication::setApplicationName(QStringLiteral("lanyard"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lanyard.org"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!options.error.isEmpty()) {
        err << "lanyard: " << options.error << Qt::endl;
        return 2;
    }
    if (options.showVersion) {
        out << "lanyard " << LANYARD_VERSION << Qt::endl;
        return 0;
    }
    if (options.showHelp) {
        out << StartupOptions::helpText();
        return 0;
    }
    if (options.runsGui())
        return runGui(argc, argv, options);
    if (options.drawsPages()) {
        // Fonts come with a GUI application; the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runCommandLine(options);
    }
    QCoreApplication app(argc, argv);
    return runCommandLine(options);
}
