#!/usr/bin/env python3
"""Lanyard as a screen reader sees it, through AT-SPI.

Runs the built app under Xvfb with a private session bus and the accessibility bus, with a
listener attached for the events Orca listens to (focus, states, names, children). It switches
through every page several times, walks the accessibility tree (every showing interactive node
has a name), checks roles, values and states of the controls people use, and presses Tab and
arrow keys to check that the focus lands where it should.

    tst_atspi.py [--binary PATH] [--counts] [--repeat N]

--counts prints the tree counts (nodes, showing interactive nodes, unnamed ones) per page and
checks nothing else; --repeat N [--keys "alt+2 alt+1"] only presses those keys N times (a crash
reproducer); --dump KEYS prints the showing tree after pressing KEYS. For debugging:
LANYARD_ATSPI_WRAP="gdb -batch -ex run -ex bt --args" runs the app under gdb,
LANYARD_ATSPI_VERBOSE=1 prints each key, LANYARD_ATSPI_NO_LISTENER=1 registers no listener.
Exits 77 (a CTest skip) when Xvfb, dbus-run-session, xdotool, at-spi2-core or python3-pyatspi
is missing.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
LAUNCHER_PATHS = ["/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"]
# The instant the app's clock runs from: the middle of the bundled conference's second day.
NOW = "2013-07-06T10:30:00+10:00"


def skip(message):
    print(f"SKIP: {message} (install at-spi2-core dbus-x11 python3-pyatspi xvfb xdotool)")
    sys.exit(SKIP)


def outer(args):
    """Checks the tools, then runs this script again inside a private session bus."""
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "dbus-daemon", "xdotool") if not shutil.which(tool)]
    if missing:
        skip("missing " + ", ".join(missing))
    if not any(os.access(path, os.X_OK) for path in LAUNCHER_PATHS):
        skip("missing at-spi-bus-launcher")
    python = sys.executable
    probe = "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"
    if subprocess.run([python, "-c", probe], capture_output=True).returncode != 0:
        # A Python of its own (pyenv, a virtualenv) does not see Debian's python3-pyatspi.
        python = "/usr/bin/python3"
        if not os.access(python, os.X_OK) or subprocess.run([python, "-c", probe], capture_output=True).returncode != 0:
            skip("python3-pyatspi cannot be imported")
    env = dict(os.environ, LANYARD_ATSPI_INNER="1")
    # The session bus of the desktop running the tests must not be reached.
    for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    command = ["dbus-run-session", "--", python, os.path.abspath(__file__)] + sys.argv[1:]
    return subprocess.run(command, env=env).returncode


class Session:
    """Xvfb, the accessibility bus and the app, with a listener recording events."""

    def __init__(self, binary, workdir):
        self.binary = binary
        self.workdir = workdir
        self.processes = []
        self.events = []
        self.app_process = None

    def start(self):
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        self.processes.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        os.environ["DISPLAY"] = ":" + display
        launcher = next(path for path in LAUNCHER_PATHS if os.access(path, os.X_OK))
        self.processes.append(subprocess.Popen([launcher, "--launch-immediately"], stderr=subprocess.DEVNULL))
        # The accessibility bus answers once the launcher owns org.a11y.Bus.
        for _ in range(100):
            if subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                               "org.a11y.Bus.GetAddress"], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)

        global pyatspi, GLib
        import gi
        gi.require_version("Atspi", "2.0")
        import pyatspi
        from gi.repository import GLib

        for kind in () if os.environ.get("LANYARD_ATSPI_NO_LISTENER") else ("focus:", "object:state-changed", "object:property-change:accessible-name",
                     "object:children-changed", "object:active-descendant-changed",
                     "object:property-change:accessible-value", "object:value-changed"):
            pyatspi.Registry.registerEventListener(self.on_event, kind)

        env = dict(os.environ,
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
                   QT_QUICK_CONTROLS_STYLE="Basic", XDG_CONFIG_HOME=os.path.join(self.workdir, "config"),
                   XDG_DATA_HOME=os.path.join(self.workdir, "data"), LANYARD_NOW=NOW,
                   LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="Europe/Berlin")
        env.pop("QT_QPA_PLATFORMTHEME", None)
        self.log = open(os.path.join(self.workdir, "lanyard.log"), "w+")
        self.seed(env)
        # LANYARD_ATSPI_WRAP runs the app under a debugger, e.g. "gdb -batch -ex run -ex bt --args".
        wrapper = os.environ.get("LANYARD_ATSPI_WRAP", "").split()
        self.app_process = subprocess.Popen(wrapper + [self.binary, "--db", os.path.join(self.workdir, "lanyard.sqlite")],
                                            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.processes.append(self.app_process)
        self.app = None
        deadline = time.time() + 60
        while time.time() < deadline and self.app is None:
            self.pump(0.3)
            self.check_alive()
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                child = desktop.getChildAtIndex(i)
                try:
                    if child is not None and (child.get_process_id() == self.app_process.pid
                                              or (wrapper and child.name == "lanyard")):
                        self.app = child
                        self.app_pid = child.get_process_id()
                except Exception:
                    pass
        if self.app is None:
            raise RuntimeError("the app did not appear on the accessibility bus")
        self.window = None
        while time.time() < deadline and self.window is None:
            self.pump(0.3)
            if self.app.childCount > 0:
                self.window = self.app.getChildAtIndex(0)
        if self.window is None:
            raise RuntimeError("the app has no window on the accessibility bus")
        # Keyboard focus to the window (no window manager runs here).
        ids = ""
        while time.time() < deadline and not ids:
            ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.app_pid)],
                                 capture_output=True, text=True).stdout.split()
            if not ids:
                self.pump(0.3)
        if not ids:
            raise RuntimeError("no X window of the app")
        self.xid = ids[-1]
        subprocess.run(["xdotool", "windowfocus", "--sync", self.xid], capture_output=True)
        self.pump(1.5)

    def seed(self, env):
        """Two bookmarked talks of the second day, the first rated 4 of 5, for My agenda."""
        database = os.path.join(self.workdir, "lanyard.sqlite")
        cli_env = dict(env, QT_QPA_PLATFORM="offscreen")

        def cli(*arguments):
            return subprocess.run([self.binary, "--db", database] + list(arguments), env=cli_env,
                                  capture_output=True, text=True, timeout=60)

        listing = cli("events", "--day", "2013-07-06", "--json")
        try:
            events = json.loads(listing.stdout)
        except ValueError:
            raise RuntimeError("lanyard events --json printed no JSON: " + listing.stdout[:300] + listing.stderr[:300])
        if isinstance(events, dict):
            events = events.get("events", [])
        talks = [event for event in events if event.get("speakers")]
        self.bookmarked = talks[:2]
        for event in self.bookmarked:
            cli("bookmark", "add", str(event["id"]))
        if self.bookmarked:
            cli("rate", str(self.bookmarked[0]["id"]), "4")

    def on_event(self, event):
        try:
            name = event.source.name if event.source else ""
            role = event.source.getRoleName() if event.source else ""
        except Exception:
            name, role = "?", "?"
        self.events.append((event.type, role, name, event.detail1, event.source))

    def pump(self, seconds):
        context = GLib.MainContext.default()
        end = time.time() + seconds
        while time.time() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.01)

    def check_alive(self):
        code = self.app_process.poll()
        if code is not None:
            self.log.seek(0)
            tail = self.log.read()[-(30000 if os.environ.get("LANYARD_ATSPI_WRAP") else 4000):]
            raise AppDied(f"the app exited with {code} ({signal_name(code)})\n--- its output ---\n{tail}")

    def key(self, keys, wait=0.5):
        if os.environ.get("LANYARD_ATSPI_VERBOSE"):
            print("key", keys, flush=True)
        subprocess.run(["xdotool", "windowfocus", self.xid], capture_output=True)
        subprocess.run(["xdotool", "key", "--clearmodifiers"] + keys.split(), check=True)
        self.pump(wait)
        self.check_alive()

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class AppDied(Exception):
    pass


def signal_name(code):
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            pass
    return "exit code"


INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "link", "page tab", "slider",
               "spin button", "combo box", "text", "entry", "menu item", "list item", "table cell",
               "password text", "column header"}


def walk(node, visit, depth=0, limit=4000, seen=None):
    """Depth-first over the showing part of the tree (hidden subtrees are what nobody reads)."""
    if seen is None:
        seen = [0]
    if node is None or seen[0] >= limit:
        return
    seen[0] += 1
    visit(node, depth)
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, visit, depth + 1, limit, seen)


def states_of(node):
    try:
        return node.getState()
    except Exception:
        return None


def is_showing(node):
    states = states_of(node)
    return states is not None and states.contains(pyatspi.STATE_SHOWING)


def tree_counts(root):
    """(nodes, showing interactive nodes, unnamed showing interactive nodes with their roles)."""
    counts = {"nodes": 0, "interactive": 0, "unnamed": []}

    def visit(node, depth):
        counts["nodes"] += 1
        try:
            role = node.getRoleName()
        except Exception:
            return
        if role in INTERACTIVE and is_showing(node):
            counts["interactive"] += 1
            if not (node.name or "").strip():
                counts["unnamed"].append(f"{role} under {describe(node.parent)}")

    walk(root, visit)
    return counts


def describe(node):
    try:
        return f"{node.getRoleName()} '{node.name}'"
    except Exception:
        return "?"


def find_all(root, predicate, showing_only=True):
    found = []

    def visit(node, depth):
        try:
            if (not showing_only or is_showing(node)) and predicate(node):
                found.append(node)
        except Exception:
            pass

    walk(root, visit)
    return found


def find(root, predicate, showing_only=True):
    found = find_all(root, predicate, showing_only)
    return found[0] if found else None


def role_is(name):
    return lambda node: node.getRoleName() == name


def named(role, prefix):
    return lambda node: node.getRoleName() == role and (node.name or "").startswith(prefix)


PAGES = [("alt+1", "Schedule"), ("alt+2", "My agenda"), ("alt+3", "Catch up"), ("alt+4", "What changed"),
         ("alt+5", "Conferences"), ("alt+6", "Now & Next"), ("alt+7", "Speakers"), ("alt+8", "Trips"),
         ("alt+9", "Places and map"), ("alt+0", "Hidden"), ("ctrl+f", "Search"), ("ctrl+comma", "Settings")]


SIDEBAR = [label for keys, label in PAGES]


class Checks:
    def __init__(self, session):
        self.session = session
        self.failures = []

    def expect(self, condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            self.failures.append(message)

    def selected_page(self):
        """The selected entries of the sidebar (a list named Pages)."""
        pages = find(self.session.window, lambda n: n.getRoleName() == "list" and n.name == "Pages")
        entries = [pages.getChildAtIndex(i) for i in range(pages.childCount)] if pages else []
        return [entry.name for entry in entries if states_of(entry).contains(pyatspi.STATE_SELECTED)]

    def show(self, keys, label):
        self.session.key(keys, 0.8)
        selected = self.selected_page()
        return label in selected

    def switch_pages(self, rounds):
        for round_ in range(rounds):
            for keys, label in PAGES:
                self.session.key(keys, 0.4)
            self.session.key("alt+1", 0.4)
            # The list view too, where the crash started.
            self.session.key("ctrl+l", 0.4)
            self.session.key("alt+2", 0.4)
            self.session.key("ctrl+t", 0.4)
        self.expect(True, f"switched through every page {rounds} times with a listener attached")

    def unnamed_everywhere(self):
        totals = {}
        for keys, label in PAGES:
            self.session.key(keys, 0.8)
            counts = tree_counts(self.session.window)
            totals[label] = counts
            self.expect(not counts["unnamed"], f"{label}: every showing interactive node has a name"
                        + ("" if not counts["unnamed"] else " (unnamed: " + "; ".join(counts["unnamed"][:8]) + ")"))
        self.session.key("alt+1", 0.8)
        return totals

    def pages_and_days(self):
        ok = self.show("alt+2", "My agenda")
        self.expect(ok, f"Alt+2: the sidebar's 'My agenda' tab is selected (selected: {self.selected_page()})")
        ok = self.show("alt+1", "Schedule")
        self.expect(ok, f"Alt+1: the sidebar's 'Schedule' tab is selected (selected: {self.selected_page()})")
        self.session.key("ctrl+2", 0.8)
        days = find(self.session.window, lambda n: n.getRoleName() == "page tab list" and n.name == "Conference days")
        self.expect(days is not None, "the day tabs are a page tab list named 'Conference days'")
        if days is not None:
            tabs = [days.getChildAtIndex(i) for i in range(days.childCount)]
            selected = [tab.name for tab in tabs if states_of(tab).contains(pyatspi.STATE_SELECTED)]
            self.expect(len(selected) == 1 and selected[0].startswith("Sat"),
                        f"Ctrl+2: the second day's tab is the one selected (selected: {selected})")
            others = [tab.getRoleName() for tab in tabs if tab.getRoleName() != "page tab"]
            self.expect(not others, f"the day tab list holds only page tabs (also: {others})")
        self.session.key("ctrl+1", 0.8)

    def greyed_out(self):
        """A greyed-out control says so (not enabled, not sensitive); one that works says the opposite."""
        self.session.key("ctrl+comma", 1.0)

        def usable(node):
            states = states_of(node)
            return states is not None and states.contains(pyatspi.STATE_ENABLED) and states.contains(pyatspi.STATE_SENSITIVE)

        # Connect needs an address and a user name, and a fresh window has neither.
        connect = find(self.session.window, named("push button", "Connect to the calendar"), showing_only=False)
        self.expect(connect is not None and not usable(connect),
                    "Settings' Connect, greyed out until an address and a user are typed, is not enabled"
                    + (f" ({connect.getRoleName()} '{connect.name}')" if connect else " (not found)"))
        shortcuts = find(self.session.window, named("push button", "Show the keyboard shortcuts"), showing_only=False)
        self.expect(shortcuts is not None and usable(shortcuts), "Settings' 'Show the keyboard shortcuts' is enabled")
        self.session.key("alt+1", 0.8)

    def timetable_blocks(self):
        self.session.key("alt+1", 0.8)
        table = find(self.session.window, lambda n: n.getRoleName() == "table" and n.name.startswith("Timetable"))
        self.expect(table is not None, "the schedule shows a table named 'Timetable'")
        talk = find(table or self.session.window, lambda n: n.getRoleName() == "push button" and ", by " in (n.name or ""))
        self.expect(talk is not None, "a timetable block's name gives its speaker ('…, by …')"
                    + (f": '{talk.name}'" if talk is not None else ""))
        star = find(table or self.session.window, lambda n: (n.name or "").startswith("Bookmark"))
        self.expect(star is not None and (star.getRoleName() in ("toggle button", "check box")
                                          or states_of(star).contains(pyatspi.STATE_CHECKABLE)),
                    "a block's bookmark star is a toggle" + (f" ({star.getRoleName()} '{star.name}')" if star else ""))

    def focus_timetable(self):
        """Tab until a timetable block has the focus; True when one does."""
        for _ in range(16):
            if self.focus_in_timetable():
                return True
            self.session.events.clear()
            self.session.key("Tab", 0.4)
        return self.focus_in_timetable()

    def rating_links_headings(self):
        # An event page, opened from the keyboard: Enter on the block that has the focus.
        self.session.key("alt+1", 0.8)
        self.expect(self.focus_timetable(), f"Tab reaches a timetable block ({self.focused_role()} '{self.focused_name()}')")
        self.session.key("Down", 0.5)
        block = self.focused_name()
        self.session.key("Return", 1.2)
        # The block's name starts with the title ("Title, 10:20–11:05, Room, …").
        headings = [node.name for node in find_all(self.session.window, role_is("heading"))]
        self.expect(any(name and block.startswith(name + ",") for name in headings),
                    f"the event page's title is a heading (block '{block}', headings {headings})")
        rating = find(self.session.window, lambda n: n.getRoleName() in ("slider", "spin button") and n.name.startswith("Rating"))
        self.expect(rating is not None, "the rating is one slider or spin box named 'Rating'")
        if rating is not None:
            value = rating.queryValue()
            self.expect(value.minimumValue == 0 and value.maximumValue == 5,
                        f"the rating's range is 0 to 5 ({value.minimumValue} to {value.maximumValue})")
            before = value.currentValue
            rating.queryComponent().grabFocus()
            self.session.pump(0.4)
            self.session.key("Right", 0.6)
            after = rating.queryValue().currentValue
            self.expect(after == min(5, before + 1), f"Right raises the rating from {before} to {after}")
            changed = [e for e in self.session.events if e[0].startswith("object:property-change:accessible-value")
                       or e[0] == "object:value-changed"]
            self.expect(bool(changed), "a value change is announced")
            self.session.key("Left", 0.6)
        links = find_all(self.session.window, role_is("link"))
        self.expect(len(links) >= 1, f"the event page has links ({[link.name for link in links][:5]})")
        for link in links[:3]:
            action = link.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            self.expect(any(name.lower() in ("press", "click", "jump", "activate") for name in names),
                        f"link '{link.name}' has an activate action ({names})")
        star = find(self.session.window, lambda n: n.getRoleName() in ("toggle button", "check box")
                    and "my agenda" in n.name)
        self.expect(star is not None, "the event page's bookmark button is a toggle"
                    + (f" ({star.getRoleName()} '{star.name}')" if star else ""))
        self.session.key("Escape", 0.8)

    def agenda(self):
        self.session.key("alt+2", 1.0)
        agenda = find(self.session.window, lambda n: n.getRoleName() == "list" and n.name == "My agenda")
        self.expect(agenda is not None, "My agenda is a list")
        if agenda is None:
            return
        children = [agenda.getChildAtIndex(i) for i in range(agenda.childCount)]
        children = [child for child in children if child is not None and is_showing(child)]
        roles = [child.getRoleName() for child in children]
        first = children[0] if children else None
        self.expect(first is not None and roles[0] in ("heading", "panel") and first.getRoleName() != "list item",
                    f"the day heading comes before the rows in My agenda ({roles[:4]})")
        day = find(agenda, role_is("heading"))
        self.expect(day is not None and (day.name or "").startswith("Saturday"),
                    "My agenda's day heading is a heading" + (f" ('{day.name}')" if day else ""))
        title = find(self.session.window, named("heading", "My agenda"))
        self.expect(title is not None, "the page title 'My agenda' is a heading")
        rated = [child.name for child in children if "rated 4 of 5" in (child.name or "")]
        self.expect(bool(rated) and ", by " in rated[0],
                    f"an agenda row says its speakers and its rating ({rated[:1]})")

    def focused(self):
        for event in reversed(self.session.events):
            if event[0].startswith("object:state-changed:focused") and event[3] == 1:
                return event
        return None

    def focused_name(self):
        """The name of what has the focus, read now (a new block is named once it is complete)."""
        event = self.focused()
        if not event:
            return ""
        try:
            return event[4].name or event[2]
        except Exception:
            return event[2]

    def focused_role(self):
        event = self.focused()
        return event[1] if event else ""

    def focus_in_table(self):
        return "Timetable" in self.focused_name()

    def keyboard(self):
        self.session.key("alt+1", 0.8)
        self.session.events.clear()
        # Tab through the window (a whole round from wherever the focus is): the sidebar, the day
        # tabs and the timetable get the focus.
        names = []
        for _ in range(18):
            self.session.key("Tab", 0.4)
            names.append((self.focused_role(), self.focused_name()))
        self.expect(any(role == "list" and name == "Pages" or name in SIDEBAR for role, name in names),
                    f"Tab reaches the sidebar's current page ({names})")
        self.expect(any(role == "page tab" and name.startswith("Fri") for role, name in names)
                    or any(role == "page tab list" and name == "Conference days" for role, name in names),
                    f"Tab reaches the day tabs")
        # In the sidebar, Down shows the next page and the focus stays in the sidebar.
        for _ in range(24):
            if self.focused_name() in SIDEBAR or self.focused_name() == "Pages":
                break
            self.session.events.clear()
            self.session.key("Tab", 0.4)
        before = (self.focused_role(), self.focused_name())
        self.session.events.clear()
        self.session.key("Down", 0.8)
        self.expect("My agenda" in self.selected_page(),
                    f"Down in the sidebar ({before}) shows My agenda ({self.selected_page()})")
        self.session.key("Up", 0.8)
        # In the timetable, arrow keys move the focus from block to block.
        self.session.key("alt+1", 0.8)
        self.focus_timetable()
        first = self.focused_name()
        self.session.events.clear()
        self.session.key("Right", 1.0)
        second = self.focused_name()
        self.expect(bool(second) and second != first and self.focus_in_timetable(),
                    f"Right in the timetable moves the focus to the next room's block ('{first}' → '{second}')")
        self.session.events.clear()
        self.session.key("Down", 1.5)
        third = self.focused_name()
        self.expect(bool(third) and third != second and self.focus_in_timetable(),
                    f"Down in the timetable moves the focus to the next block ('{second}' → '{third}')")

    def focus_in_timetable(self):
        event = self.focused()
        return event is not None and event[1] in ("table cell", "push button") and "," in event[2]


def inner(args):
    workdir = tempfile.mkdtemp(prefix="lanyard-atspi-")
    session = Session(args.binary, workdir)
    try:
        session.start()
        checks = Checks(session)
        if args.repeat:
            keys = (args.keys or "alt+2 alt+1").split()
            for i in range(args.repeat):
                for key in keys:
                    session.key(key, 1.0)
            print(f"alive after {args.repeat} rounds of {' '.join(keys)}")
            return 0
        if args.dump:
            for key in args.dump.split():
                session.key(key, 1.0)

            def show(node, depth):
                states = states_of(node)
                names = [pyatspi.stateToString(state) for state in states.getStates()] if states else []
                if "showing" in names:
                    print("  " * depth + f"{node.getRoleName()} '{node.name}' [{','.join(n for n in names if n not in ('showing', 'visible', 'enabled', 'sensitive'))}]")

            walk(session.window, show)
            return 0
        if args.counts:
            total = {"nodes": 0, "interactive": 0, "unnamed": 0}
            for keys, label in PAGES:
                session.key(keys, 1.0)
                counts = tree_counts(session.window)
                print(f"{label:16} nodes {counts['nodes']:5}  showing interactive {counts['interactive']:4}  "
                      f"unnamed {len(counts['unnamed']):3}  {'; '.join(counts['unnamed'][:6])}")
                for key in ("nodes", "interactive"):
                    total[key] += counts[key]
                total["unnamed"] += len(counts["unnamed"])
            print(f"{'all pages':16} nodes {total['nodes']:5}  showing interactive {total['interactive']:4}  unnamed {total['unnamed']:3}")
            return 0
        groups = {
            # The crash of a page switch under a listener.
            "switching": lambda: checks.switch_pages(3),
            # Names, states and roles page by page.
            "pages": lambda: (checks.unnamed_everywhere(), checks.pages_and_days(), checks.greyed_out()),
            # The controls a screen-reader user works: blocks, lists, rating, links, the keyboard.
            "controls": lambda: (checks.timetable_blocks(), checks.agenda(), checks.rating_links_headings(),
                                 checks.keyboard()),
        }
        chosen = (args.checks or ",".join(groups)).split(",")
        unknown = [group for group in chosen if group not in groups]
        if unknown:
            print(f"unknown group(s) of checks: {', '.join(unknown)} (known: {', '.join(groups)})")
            return 2
        for group in chosen:
            groups[group]()
        session.check_alive()
        if checks.failures:
            print(f"{len(checks.failures)} check(s) failed")
            return 1
        print("all checks passed")
        return 0
    except AppDied as error:
        print(f"FAIL {error}")
        return 1
    finally:
        session.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.environ.get("LANYARD_BINARY", "lanyard"))
    parser.add_argument("--counts", action="store_true")
    parser.add_argument("--dump", help="press these keys, then print the showing part of the tree")
    parser.add_argument("--repeat", type=int, default=0)
    parser.add_argument("--keys", help="with --repeat: the keys of one round (default: alt+2 alt+1)")
    parser.add_argument("--checks",
                        help="only these groups of checks (default: all; CTest runs each group on its own)")
    args = parser.parse_args()
    if os.environ.get("LANYARD_ATSPI_INNER") != "1":
        return outer(args)
    return inner(args)


if __name__ == "__main__":
    sys.exit(main())
