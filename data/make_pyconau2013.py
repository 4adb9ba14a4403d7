#!/usr/bin/python3
"""Generate Lanyard's bundled default programme: PyCon Australia 2013, Hobart.

Reads the fact files talks.json, schedule_events.json and places.json (default folder:
../shared/pyconau2013 relative to the repository root; pass another folder as the first
argument) and writes two files next to this script:

  pyconau2013/schedule.xml   a frab/pretalx style schedule.xml with every programme entry and
                             every non-talk slot (registration, breaks, dinner, breakfast)
  pyconau2013/places.json    the venue and the places around Hobart, with coordinates

Only facts are carried over: titles, names, dates, times, rooms, kinds, tracks, URLs,
coordinates and their precision. Abstracts stay empty; a short factual line is written only
where the facts explain a gap (the dinner keynote, an unconfirmed speaker, unlisted lightning
talk speakers, a recording published under another title).

The output is deterministic: event guids are uuid5 of a fixed namespace and
"date|start|room|title", person ids follow the sorted speaker names, and the same facts always
give the same bytes. Standard library only; run with /usr/bin/python3.

Usage: data/make_pyconau2013.py [FACTS_DIR] [--out OUT_DIR]
"""

import argparse
import json
import re
import sys
import uuid
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

ACRONYM = "pyconau2013"
TITLE = "PyCon Australia 2013"
SITE_URL = "http://2013.pycon-au.org/"
VENUE = "Wrest Point"
VENUE_PLACE_ID = "wrest-point"
CITY = "Hobart"
TIME_ZONE = "Australia/Hobart"
# Hobart in July is on standard time (AEST, UTC+10); the facts' ISO times carry the same offset.
OFFSET = "+10:00"
DAY_CHANGE = "04:00:00"
TIMESLOT = "00:05:00"

# Every guid derives from this namespace, itself derived from the conference site URL.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, SITE_URL)

# Room order within a day: talk rooms first, then dinner and breakfast rooms, then foyer, bar
# and registration desk. Only rooms holding an event that day are written.
ROOM_ORDER = [
    "Plenary Hall",
    "Tasman A",
    "Tasman B",
    "Derwent 1",
    "Derwent 3",
    "Tasman Room",
    "Pier One Restaurant",
    "Exhibition Foyer",
    "Derwent Registration Desk",
    "Portlight Bar",
]

# Only the Friday miniconfs are tracks; on Saturday and Sunday the facts' "track" is the room.
TRACKS = {"DjangoCon AU (miniconf)", "OpenStack Miniconf"}

# Event type from the facts' "kind"; the dinner keynote is a keynote held at the dinner.
TYPE_FOR_KIND = {
    "talk": "talk",
    "keynote": "keynote",
    "keynote (dinner)": "keynote",
    "tutorial": "tutorial",
    "panel": "panel",
    "lightning-talks": "lightning-talks",
    "hack-session": "hack-session",
    "housekeeping": "housekeeping",
    "meal/break": "meal/break",
    "social": "social",
}

# Short factual lines, each justified by the facts' notes or README (known gaps).
NOTE_DINNER_KEYNOTE = (
    "Mark Pesce's evening keynote at the Conference Dinner, announced as being on Python and "
    "the Internet of Things. The archive records neither its title nor its time within the "
    "dinner, so the whole dinner slot is shown. No recording is known."
)
NOTE_DINNER = (
    "Includes Mark Pesce's evening keynote; its exact time within the dinner is not recorded."
)
NOTE_NO_SPEAKER = (
    "Speaker not confirmed: the archived miniconf page names Michael Still as the session's "
    "guide, the recording lists Robert Collins."
)
NOTE_LIGHTNING = "The speakers of the lightning talks are not listed in the programme."
NOTE_OTHER_VIDEO_TITLE = "The recording is published under the title \u201c{}\u201d."

# Coordinate precision as a short token; the facts' own wording is kept in precision_note.
PRECISION_FOR_PLACE = {
    "wrest-point": "building",
    "kunanyi-mount-wellington": "summit",
    "lark-distillery-hobart-2013": "unknown",
    "nant-distillery": "town",
    "jack-greene": "street",
    "salamanca-place": "address",
    "battery-point": "locality",
    "sandy-bay": "locality",
    "bellerive": "locality",
    "kingston": "locality",
    "kingston-beach": "locality",
    "new-norfolk": "locality",
}


def fail(message):
    sys.exit(f"make_pyconau2013: {message}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def minutes(hhmm):
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def hhmm(total):
    return f"{total // 60:02d}:{total % 60:02d}"


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def text(value):
    return escape(value)


def attr(value):
    return '"' + escape(value, {'"': "&quot;"}) + '"'


def element(name, value):
    return f"<{name}>{text(value)}</{name}>" if value else f"<{name}/>"


def check_entry(entry, origin):
    for key in ("title", "date", "start", "end", "room", "kind", "start_iso", "end_iso"):
        if not entry.get(key):
            fail(f"{origin}: entry without {key}: {entry.get('title')!r}")
    for key, clock in (("start_iso", "start"), ("end_iso", "end")):
        expected = f"{entry['date']}T{entry[clock]}:00{OFFSET}"
        if entry[key] != expected:
            fail(f"{origin}: {entry['title']!r}: {key} {entry[key]} is not {expected}")
    if minutes(entry["end"]) <= minutes(entry["start"]):
        fail(f"{origin}: {entry['title']!r} does not end after it starts")
    if entry["room"] not in ROOM_ORDER:
        fail(f"{origin}: unknown room {entry['room']!r}; add it to ROOM_ORDER")
    if entry["kind"] not in TYPE_FOR_KIND:
        fail(f"{origin}: unknown kind {entry['kind']!r}; add it to TYPE_FOR_KIND")


def note_for(entry):
    """The one short factual line for an entry, or an empty string."""
    if entry["kind"] == "keynote (dinner)":
        return NOTE_DINNER_KEYNOTE
    if entry["title"] == "Conference Dinner":
        return NOTE_DINNER
    if entry["kind"] == "lightning-talks":
        return NOTE_LIGHTNING
    if entry["kind"] == "talk" and not entry["speakers"]:
        if any("Michael Still" in n and "Robert Collins" in n for n in entry.get("notes", [])):
            return NOTE_NO_SPEAKER
        fail(f"talk without speaker and without an explaining note: {entry['title']!r}")
    video = entry.get("video")
    if video and video["pyvideo_title"].rstrip(".") != entry["title"].rstrip("."):
        # Only a real retitling, not a dropped trailing "For... reasons."
        if not entry["title"].startswith(video["pyvideo_title"]):
            return NOTE_OTHER_VIDEO_TITLE.format(video["pyvideo_title"])
    return ""


def video_urls(entry):
    """(youtube, mp4) URLs of an entry's recording, each or both None."""
    youtube = mp4 = None
    for item in entry.get("video", {}).get("urls", []):
        if item["type"] == "youtube":
            youtube = item["url"]
        elif item["type"] == "mp4":
            mp4 = item["url"]
        else:
            fail(f"{entry['title']!r}: unknown video URL type {item['type']!r}")
    return youtube, mp4


def build_schedule(entries):
    speakers = sorted({name for e in entries for name in e["speakers"]})
    person_id = {name: index for index, name in enumerate(speakers, start=1)}

    def sort_key(e):
        return (e["date"], minutes(e["start"]), ROOM_ORDER.index(e["room"]), e["title"])

    entries = sorted(entries, key=sort_key)

    # Numeric ids: the archive's own talk id where it has one, else 1, 2, ... in time order.
    talk_ids = [e["schedule_talk_id"] for e in entries if "schedule_talk_id" in e]
    if len(set(talk_ids)) != len(talk_ids):
        fail("duplicate schedule_talk_id in talks.json")
    next_id = 1
    for e in entries:
        if "schedule_talk_id" in e:
            e["_id"] = int(e["schedule_talk_id"])
        else:
            while next_id in talk_ids:
                next_id += 1
            e["_id"] = next_id
            next_id += 1

    guids = set()
    for e in entries:
        key = f"{e['date']}|{e['start']}|{e['room']}|{e['title']}"
        e["_guid"] = str(uuid.uuid5(GUID_NAMESPACE, key))
        if e["_guid"] in guids:
            fail(f"two entries share date, start, room and title: {key}")
        guids.add(e["_guid"])

    dates = sorted({e["date"] for e in entries})
    first, last = dates[0], dates[-1]
    span = (datetime.fromisoformat(last) - datetime.fromisoformat(first)).days + 1
    if span != len(dates):
        fail(f"the programme has {len(dates)} days over a span of {span}")

    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>", "  <version>1.0</version>"]
    # venue, city and day_change are not in the c3voc schema but are what frab and pentabarf
    # feeds (FOSDEM) carry; everything else follows voc_xsd_schedule.xml.xsd.
    out += [
        "  <conference>",
        f"    <acronym>{ACRONYM}</acronym>",
        f"    <title>{text(TITLE)}</title>",
        f"    <venue>{text(VENUE)}</venue>",
        f"    <city>{text(CITY)}</city>",
        f"    <start>{first}</start>",
        f"    <end>{last}</end>",
        f"    <days>{len(dates)}</days>",
        f"    <day_change>{DAY_CHANGE}</day_change>",
        f"    <timeslot_duration>{TIMESLOT}</timeslot_duration>",
        f"    <base_url>{text(SITE_URL)}</base_url>",
        f"    <url>{text(SITE_URL)}</url>",
        f"    <time_zone_name>{TIME_ZONE}</time_zone_name>",
        "  </conference>",
    ]
    for index, date in enumerate(dates, start=1):
        day = [e for e in entries if e["date"] == date]
        day_start = min(minutes(e["start"]) for e in day)
        day_end = max(minutes(e["end"]) for e in day)
        out.append(
            f'  <day index="{index}" date="{date}" '
            f'start="{date}T{hhmm(day_start)}:00{OFFSET}" end="{date}T{hhmm(day_end)}:00{OFFSET}">'
        )
        for room in ROOM_ORDER:
            in_room = [e for e in day if e["room"] == room]
            if not in_room:
                continue
            out.append(f"    <room name={attr(room)}>")
            for e in in_room:
                out += event_lines(e, person_id)
            out.append("    </room>")
        out.append("  </day>")
    out.append("</schedule>")
    return "\n".join(out) + "\n"


def event_lines(e, person_id):
    ind = " " * 8
    duration = minutes(e["end"]) - minutes(e["start"])
    track = e.get("track", "") if e.get("track") in TRACKS else ""
    youtube, mp4 = video_urls(e)
    page = e.get("original_talk_url", "")
    lines = [
        f"      <event guid={attr(e['_guid'])} id=\"{e['_id']}\">",
        f"{ind}<date>{e['date']}T{e['start']}:00{OFFSET}</date>",
        f"{ind}<start>{e['start']}</start>",
        f"{ind}<duration>{hhmm(duration)}</duration>",
        f"{ind}{element('room', e['room'])}",
        f"{ind}<slug>{ACRONYM}-{e['_id']}-{slugify(e['title'])}</slug>",
    ]
    if page:
        lines.append(f"{ind}{element('url', page)}")
    lines += [
        f"{ind}{element('title', e['title'])}",
        f"{ind}<subtitle/>",
        # The schema requires <track>; it stays empty where the facts give no track.
        f"{ind}{element('track', track)}",
        f"{ind}{element('type', TYPE_FOR_KIND[e['kind']])}",
        f"{ind}<language>en</language>",
        f"{ind}{element('abstract', note_for(e))}",
        f"{ind}<description/>",
    ]
    if "video" in e:
        lines += [
            f"{ind}<recording>",
            f"{ind}  {element('license', e['video']['license'])}",
            f"{ind}  <optout>false</optout>",
            f"{ind}</recording>",
        ]
    if e["speakers"]:
        lines.append(f"{ind}<persons>")
        for name in e["speakers"]:
            guid = uuid.uuid5(GUID_NAMESPACE, "person|" + name)
            lines.append(
                f"{ind}  <person id=\"{person_id[name]}\" guid=\"{guid}\">{text(name)}</person>"
            )
        lines.append(f"{ind}</persons>")
    else:
        lines.append(f"{ind}<persons/>")
    links = []
    if page:
        links.append((page, "Talk page"))
    if youtube:
        links.append((youtube, "Video (YouTube)"))
    if mp4:
        links.append((mp4, "Video (archive.org, MP4)"))
    if links:
        lines.append(f"{ind}<links>")
        for href, title in links:
            lines.append(f"{ind}  <link href={attr(href)}>{text(title)}</link>")
        lines.append(f"{ind}</links>")
    else:
        lines.append(f"{ind}<links/>")
    if mp4:
        lines.append(f"{ind}{element('video_download_url', mp4)}")
    lines.append("      </event>")
    return lines


def build_places(facts):
    places = []
    for p in facts["places"]:
        if p["id"] not in PRECISION_FOR_PLACE:
            fail(f"places.json: no precision token for {p['id']!r}")
        if (p["lat"] is None) != (p["lon"] is None):
            fail(f"places.json: {p['id']!r} has only one of lat and lon")
        place = {
            "id": p["id"],
            "name": p["name"],
            "category": p["category"],
            "locality": p.get("locality"),
            "lat": p["lat"],
            "lon": p["lon"],
        }
        if "elevation_m" in p:
            place["elevation_m"] = p["elevation_m"]
        place["precision"] = PRECISION_FOR_PLACE[p["id"]]
        place["precision_note"] = p["precision"]
        places.append(place)
    if VENUE_PLACE_ID not in {p["id"] for p in places}:
        fail(f"places.json: no venue {VENUE_PLACE_ID!r}")
    doc = {"conference": ACRONYM, "venue": VENUE_PLACE_ID, "places": places}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print(f"wrote {path}")


def main():
    here = Path(__file__).resolve().parent
    repo_root = here.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "facts",
        nargs="?",
        default=str(repo_root / ".." / "shared" / "pyconau2013"),
        help="folder with talks.json, schedule_events.json, places.json "
        "(default: ../shared/pyconau2013 relative to the repository root)",
    )
    parser.add_argument(
        "--out",
        default=str(here / ACRONYM),
        help="output folder (default: data/pyconau2013 next to this script)",
    )
    args = parser.parse_args()
    facts = Path(args.facts)
    out = Path(args.out)

    talks = load(facts / "talks.json")
    slots = load(facts / "schedule_events.json")
    for entry in talks:
        check_entry(entry, "talks.json")
    for entry in slots:
        check_entry(entry, "schedule_events.json")
    entries = [dict(e) for e in talks + slots]

    write(out / "schedule.xml", build_schedule(entries))
    write(out / "places.json", build_places(load(facts / "places.json")))


if __name__ == "__main__":
    main()
