#pragma once

#include "agenda/TripSources.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class Clock;
class Database;
class QNetworkAccessManager;
class PlaceStore;
class ScheduleStore;
class TripStore;
class UserDataStore;
struct Conference;

/** What every command-line verb gets: the opened stores, the clock, and where to print. */
struct CliContext
{
    Database &database;
    ScheduleStore &schedule;
    UserDataStore &userData;
    Clock &clock;
    QTextStream &out;
    QTextStream &err;
    /** The process's one network manager (verbs that fetch run the event loop until done). */
    QNetworkAccessManager *network = nullptr;
    /** The places and the trips (null in contexts made without them: then there are no trips). */
    PlaceStore *places = nullptr;
    TripStore *trips = nullptr;

    TripSources tripSources() const { return {trips, places}; }

    /** Prints "lanyard: <message>" on stderr and returns the exit code for a failure. */
    int fail(const QString &message) const;
    /** Writes a JSON value (array or object) on stdout, indented, with a final newline. */
    void printJson(const class QJsonValue &value) const;
    /** An event id as typed: the whole id, or an unambiguous prefix of at least 4 characters. */
    std::optional<QString> resolveEventId(const QString &typed, QString *errorMessage) const;
    /** A conference id as typed; empty input is fine when there is exactly one conference. */
    std::optional<Conference> resolveConference(const QString &typed, QString *errorMessage) const;
};

/** A verb's entry point: arguments after the verb's name; returns the process exit code. */
using CliVerbFunction = int (*)(CliContext &context, const QStringList &arguments);

struct CliVerb
{
    const char *name;
    const char *usage;
    const char *summary;
    CliVerbFunction run;
};

/** All verbs, in the order `lanyard --help` lists them (defined in CliVerbs.cpp). */
const QList<CliVerb> &cliVerbs();
