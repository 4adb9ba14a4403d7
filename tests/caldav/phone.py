#!/usr/bin/python3
"""The phone's side of the calendar tests: an independent CalDAV client (Debian's python3-caldav)
that reads the collection as a phone's calendar app would, and deletes an event as its user would.

    phone.py URL USER PASSWORD CALENDAR list          # JSON: one object per VEVENT
    phone.py URL USER PASSWORD CALENDAR delete UID    # deletes the event with that UID

Exit 0 on success, 1 with a message on failure, 77 when python3-caldav is missing."""
import json
import sys

try:
    import caldav
    import icalendar
except ImportError as error:
    print(f"phone.py: {error}; install python3-caldav", file=sys.stderr)
    sys.exit(77)


def find_calendar(url, user, password, name):
    client = caldav.DAVClient(url, username=user or None, password=password or None)
    principal = client.principal()
    for calendar in principal.calendars():
        if calendar.get_display_name() == name:
            return calendar
    raise SystemExit(f"phone.py: no calendar named {name!r} at {url}")


def text(value):
    if value is None:
        return None
    if hasattr(value, "dt"):
        dt = value.dt
        return dt.isoformat()
    return str(value)


def events_of(calendar):
    result = []
    for event in calendar.events():
        parsed = icalendar.Calendar.from_ical(event.data)
        for component in parsed.walk("VEVENT"):
            item = {"href": str(event.url)}
            for name in ("UID", "SUMMARY", "DTSTART", "DTEND", "LOCATION", "GEO", "DESCRIPTION", "STATUS"):
                value = component.get(name)
                if name == "GEO" and value is not None:
                    item[name] = f"{value.latitude};{value.longitude}"
                else:
                    item[name] = text(value)
            for key, value in component.items():
                if key.startswith("X-LANYARD-"):
                    item[key] = str(value)
            result.append(item)
    result.sort(key=lambda item: item["UID"] or "")
    return result


def main():
    if len(sys.argv) < 6:
        print(__doc__, file=sys.stderr)
        return 2
    url, user, password, name, command = sys.argv[1:6]
    calendar = find_calendar(url, user, password, name)
    if command == "list":
        json.dump(events_of(calendar), sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    if command == "delete" and len(sys.argv) == 7:
        calendar.event_by_uid(sys.argv[6]).delete()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
