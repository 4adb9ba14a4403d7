#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/**
 * The options that come before a verb (or start the GUI): `lanyard [--db PATH] [--now ISO]
 * [VERB ARGS... | FILE...]`. Parsed by hand, before any QCoreApplication exists, because they decide
 * whether a window is opened at all.
 */
struct StartupOptions
{
    QString databasePath;
    /** The instant the clock starts at (--now or LANYARD_NOW); invalid when not given. */
    QDateTime now;
    QString verb;
    QStringList verbArguments;
    /** Files given to the GUI to open (lanyard FILE.ics). */
    QStringList files;
    bool showVersion = false;
    bool showHelp = false;
    bool selfTest = false;
    bool quitAfterFirstFrame = false;
    QString error;

    /** The verb lays out text on pages (print), which needs fonts and so a GUI application, never a window. */
    bool drawsPages() const { return verb == QLatin1StringView("print"); }
    bool runsGui() const { return verb.isEmpty() && !showVersion && !showHelp && error.isEmpty(); }
    static StartupOptions parse(const QStringList &arguments);
    static QString helpText();
};
