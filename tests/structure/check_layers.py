#!/usr/bin/env python3
"""Keeps app/'s folders layered: every #include "..." points down, never up, SQL stays in store/,
and no class looks up a service through a global instance().

The layers, bottom to top (a folder may include its own files and any lower layer's):

    0  core            value types and time rules; Qt Core only
    1  feeds, store    importers (bytes in, a schedule out) and SQLite
    2  sync, agenda    getting feeds into the store; bookmarks, conflicts, exporters
    3  cli, models     the command-line verbs and the types QML sees
    4  shell           start-up: the two runners, options, single instance, opening storage
    5  main.cpp

Folders on the same layer do not include each other, with one exception that is part of the
design: sync includes agenda (the calendar sync writes the agenda as iCalendar), never the other
way round. feeds and store stay apart (no importer knows SQL, no store parses a feed), and so do
cli and models (the command line and the window share the layers below them, not each other).

A bare include ("Foo.h") is the including file's own folder; failing that, app/models/, which the
library puts on the include path for the generated QML registration. Files automoc makes
("Foo.moc", "moc_Foo.cpp") are skipped.

SQL lives in store/ only: outside it, a line that names QtSql (QSqlQuery, QSqlDatabase, ...),
the store's Sql:: helpers or a raw connection() is reported, except in the files of
SQL_ALLOWED_OUTSIDE_STORE.

A service (App, Trips, Sync, ...) is handed to what uses it: to a constructor, or as a property
that QML sets (models/ModelDependencies.h). Only QML looks the services up, through
models/QmlSingleton.h; a call of a Lanyard class's instance() anywhere else is reported (Qt's
own, such as QNetworkInformation::instance(), are not).

Usage: check_layers.py APP_DIR. Prints file:line for each include that runs up, each use of SQL
outside store/ and each global lookup, and exits 1.
"""
import pathlib
import re
import sys

LAYERS = {
    "core": 0,
    "feeds": 1, "store": 1,
    "sync": 2, "agenda": 2,
    "cli": 3, "models": 3,
    "shell": 4,
    "": 5,  # main.cpp, at the top of app/
}
# Includes between folders of the same layer that the design allows (from, to).
SAME_LAYER_ALLOWED = {("sync", "agenda")}

# Files outside store/ that still use SQL, each with the reason it is still there: none (the
# backup's restore writes through the store's UserDataTransaction).
SQL_ALLOWED_OUTSIDE_STORE: set[str] = set()
SQL_USE = re.compile(r"\bQSql\w*|\bSql::|store/SqlHelpers\.h|\.connection\(\)")

# A Lanyard class's instance() (Qt's classes start with Q).
GLOBAL_LOOKUP = re.compile(r"\b(?!Q[A-Z])[A-Z]\w*::instance\(\)")
LOOKUP_ALLOWED = {"models/QmlSingleton.h"}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def folder_of(app: pathlib.Path, source: pathlib.Path) -> str:
    parent = source.parent.relative_to(app)
    return parent.parts[0] if parent.parts else ""


def included_folder(app: pathlib.Path, source: pathlib.Path, name: str):
    """The app/ folder an include resolves to, or None when it is not one of app/'s files."""
    if (source.parent / name).is_file():
        return folder_of(app, source.parent / name)
    if (app / name).is_file():
        return folder_of(app, app / name)
    if (app / "models" / name).is_file():
        return "models"
    return None


def problems(app: pathlib.Path):
    for source in sorted(app.rglob("*")):
        if source.suffix not in (".h", ".cpp") or not source.is_file():
            continue
        here = folder_of(app, source)
        if here not in LAYERS:
            yield f"{source}:1: folder '{here}' has no layer; add it to {pathlib.Path(__file__).name}"
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            match = INCLUDE.match(line)
            if not match:
                continue
            name = match.group(1)
            if name.endswith(".moc") or pathlib.PurePath(name).name.startswith("moc_"):
                continue  # made by automoc in the build folder
            there = included_folder(app, source, name)
            where = f"{source}:{number}"
            if there is None:
                yield f'{where}: "{name}" is not a file in app/'
            elif there == here:
                continue
            elif there not in LAYERS:
                yield f'{where}: "{name}" is in folder \'{there}\', which has no layer'
            elif LAYERS[there] > LAYERS[here]:
                yield f'{where}: {here or "app"}/ (layer {LAYERS[here]}) includes "{name}" from {there}/ (layer {LAYERS[there]}), which is above it'
            elif LAYERS[there] == LAYERS[here] and (here, there) not in SAME_LAYER_ALLOWED:
                yield f'{where}: {here}/ includes "{name}" from {there}/, on the same layer; only {sorted(SAME_LAYER_ALLOWED)} may'


def code_matches(app: pathlib.Path, pattern: re.Pattern, skip):
    """(source, line number, match) of each code line (not a comment) of app/ that matches, in the
    files for which skip(source) is false."""
    for source in sorted(app.rglob("*")):
        if source.suffix not in (".h", ".cpp") or not source.is_file() or skip(source):
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if line.lstrip().startswith(("//", "*", "/*")):
                continue
            match = pattern.search(line)
            if match:
                yield source, number, match


def sql_outside_store(app: pathlib.Path):
    def allowed(source):
        return folder_of(app, source) == "store" or source.relative_to(app).as_posix() in SQL_ALLOWED_OUTSIDE_STORE
    for source, number, match in code_matches(app, SQL_USE, allowed):
        yield f"{source}:{number}: {match.group(0)} outside store/; SQL belongs in a store class"


def global_lookups(app: pathlib.Path):
    def allowed(source):
        return source.relative_to(app).as_posix() in LOOKUP_ALLOWED
    for source, number, match in code_matches(app, GLOBAL_LOOKUP, allowed):
        yield f"{source}:{number}: {match.group(0)}; hand the service in (a constructor argument or a property)"


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    app = pathlib.Path(sys.argv[1]).resolve()
    upward = list(problems(app))
    sql = list(sql_outside_store(app))
    lookups = list(global_lookups(app))
    for problem in upward + sql + lookups:
        print(problem)
    if upward:
        print(f"{len(upward)} include(s) run up the layers", file=sys.stderr)
    if sql:
        print(f"{len(sql)} use(s) of SQL outside store/", file=sys.stderr)
    if lookups:
        print(f"{len(lookups)} global lookup(s) of a service", file=sys.stderr)
    if upward or sql or lookups:
        return 1
    print("every include in app/ points down the layers, SQL stays in store/, and nothing looks a service up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
