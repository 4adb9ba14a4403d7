#!/bin/sh
# Regenerates a screenshot of every page of the window in light, dark and German, on the bundled
# programme with a few bookmarks, a note and a trip, at 10:40 on the Saturday of the conference.
# Also refreshes the four files the AppStream metainfo names (see README.md here).
#
#   sh packaging/screenshots/take-all.sh [BUILD_DIR] [OUT_DIR] [WIDTHxHEIGHT]
#
# BUILD_DIR defaults to build, OUT_DIR to build/screenshots (the metainfo's files are written
# into packaging/screenshots/ only at the default size, 1280x800). Needs Xvfb and xdotool
# (installed by dev-setup.sh) and ImageMagick's import (apt-get install imagemagick).
# PAGES="agenda trips" takes only those pages (and leaves the metainfo's files alone).
set -eu
cd "$(dirname "$0")/../.."

build=${1:-build}
out=${2:-$build/screenshots}
size=${3:-1280x800}
lanyard="$build/app/lanyard"
for tool in Xvfb xdotool import; do
    if ! command -v "$tool" >/dev/null; then
        echo "take-all.sh: $tool is missing (Xvfb and xdotool: dev-setup.sh; import: apt-get install imagemagick)" >&2
        exit 2
    fi
done
[ -x "$lanyard" ] || { echo "take-all.sh: no $lanyard; build first" >&2; exit 2; }
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

# One database for every picture: the bundled programme, bookmarks across Saturday (two of them
# clash), a note, a rating and a trip into the free hours.
db="$work/lanyard.sqlite"
"$lanyard" --db "$db" bookmark add 908711b80359d175 --priority must >/dev/null
"$lanyard" --db "$db" bookmark add de8d7453989bb431 >/dev/null
"$lanyard" --db "$db" bookmark add b79d598629a66c6b --priority maybe >/dev/null
"$lanyard" --db "$db" bookmark add 2145c73681499f4b >/dev/null
"$lanyard" --db "$db" bookmark add c42b25f0d1c2367d --priority must >/dev/null
"$lanyard" --db "$db" bookmark add 6a33e00859de9692 >/dev/null
"$lanyard" --db "$db" note de8d7453989bb431 "Ask about JSON Schema drafts" >/dev/null
"$lanyard" --db "$db" rate 908711b80359d175 5 >/dev/null
"$lanyard" --db "$db" trips add --title "Salamanca Market" --from 2013-07-06T12:00 --to 2013-07-06T12:55 \
    --who "Ana, Ben" >/dev/null

fifo="$work/display"
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
xvfb=$!
read -r display <"$fifo"
export DISPLAY=":$display"

all_pages="schedule agenda catchup changes conferences now speakers trips places hidden search settings"
pages=${PAGES:-$all_pages}
# shot NAME THEME LANGUAGE PAGE [VIEW]: one picture of one page.
shot() {
    name=$1 theme=$2 language=$3 page=$4 view=${5:-timetable}
    config="$work/config-$name"
    mkdir -p "$config/lanyard.org"
    printf '[appearance]\ntheme=%s\nlanguage=%s\n\n[hints]\ndismissed=schedule-timetable, schedule-list, event\n\n[view]\npage=%s\nviewMode=%s\n\n[window]\nx=0\ny=0\nwidth=%s\nheight=%s\n' \
        "$theme" "$language" "$page" "$view" "${size%x*}" "${size#*x}" >"$config/lanyard.org/lanyard.conf"
    XDG_CONFIG_HOME="$config" QT_QUICK_CONTROLS_STYLE= "$lanyard" --db "$db" --now 2013-07-06T10:40:00+10:00 \
        >"$work/$name.log" 2>&1 &
    app=$!
    # The window is up when xdotool finds it shown; then take pictures until one has more than a
    # handful of colours (the first frames of a loaded machine are still blank).
    tries=0
    until xdotool search --onlyvisible --name Lanyard >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 300 ] || ! kill -0 "$app" 2>/dev/null; then
            echo "take-all.sh: no window for $name (log: $work/$name.log)" >&2
            cat "$work/$name.log" >&2
            exit 1
        fi
        sleep 0.1
    done
    tries=0
    while :; do
        sleep 1.5
        import -window root "$out/$name.png"
        [ "$(identify -format %k "$out/$name.png")" -gt 16 ] && break
        tries=$((tries + 1))
        if [ "$tries" -gt 20 ]; then
            echo "take-all.sh: $name stayed blank" >&2
            exit 1
        fi
    done
    kill "$app"
    wait "$app" 2>/dev/null || true
}

for page in $pages; do
    shot "$page-light" light en "$page"
    shot "$page-dark" dark en "$page"
    shot "$page-de" light de "$page"
done
[ "$pages" = "$all_pages" ] && shot "schedule-list-light" light en schedule list
echo "take-all.sh: $(ls "$out" | wc -l) pictures in $out"

if [ "$size" = 1280x800 ] && [ "$pages" = "$all_pages" ]; then
    cp "$out/schedule-light.png" "$out/schedule-dark.png" "$out/schedule-de.png" "$out/settings-light.png" \
        packaging/screenshots/
    echo "take-all.sh: the metainfo's four pictures refreshed in packaging/screenshots/"
fi
