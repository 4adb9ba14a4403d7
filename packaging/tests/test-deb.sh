#!/bin/bash
# test-deb.sh BUILD_DIR SOURCE_DIR VERSION: builds the Debian package with `cpack -G DEB`,
# unpacks it into a temporary folder and runs the unpacked binary: --version, the bundled
# programme through the command line, and a GUI self-test. Then checks that the package's
# Depends names every package the binary and its QML files need at run time.
set -euo pipefail
build=$1
source=$2
version=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tool in cpack dpkg-deb dpkg; do
    command -v $tool >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

(cd "$build" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/out/*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

[ "$(dpkg-deb -f "$deb" Package)" = lanyard ] || { echo "FAIL: package name"; exit 1; }
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || { echo "FAIL: version is $(dpkg-deb -f "$deb" Version), not $version"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"

dpkg-deb -x "$deb" "$tmp/root"
for file in usr/bin/lanyard usr/share/applications/org.lanyard.Lanyard.desktop \
            usr/share/metainfo/org.lanyard.Lanyard.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.lanyard.Lanyard.svg \
            usr/share/mime/packages/org.lanyard.Lanyard.xml; do
    [ -f "$tmp/root/$file" ] || { echo "FAIL: /$file is not in the package"; exit 1; }
done
if dpkg-deb -c "$deb" | grep -E '/(tst_|bench_)' >/dev/null; then
    echo "FAIL: the package contains test or benchmark binaries"; exit 1
fi

lanyard=$tmp/root/usr/bin/lanyard
"$lanyard" --version | tee "$tmp/version.txt"
grep -qx "lanyard $version" "$tmp/version.txt" || { echo "FAIL: --version does not say $version"; exit 1; }

"$lanyard" --db "$tmp/db/lanyard.sqlite" events --json >"$tmp/events.json"
cmake -DJSON_FILE="$tmp/events.json" -DEXPECTED=84 -DKEY=conference -DVALUE=pyconau2013 \
      -P "$source/packaging/tests/json-array-length.cmake"

# The window: every QML file of the module loads with the system's Qt and QML modules.
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp/runtime" XDG_CONFIG_HOME="$tmp/config" \
    "$lanyard" --db "$tmp/db/lanyard.sqlite" --self-test >"$tmp/selftest.log" 2>&1 \
    || { cat "$tmp/selftest.log"; echo "FAIL: the unpacked GUI's self-test failed"; exit 1; }
grep 'self-test:' "$tmp/selftest.log"

# The sanitizer build links its own runtimes and keeps libraries the normal build drops; it is
# tested, never shipped: what it depends on says nothing about the package.
if [ -n "${LANYARD_SANITIZED:-}" ]; then
    echo "package ok (dependencies are checked in the normal build only)"
    exit 0
fi

# Every package the binary links, every QML module its files import and every plugin Qt loads
# must be a dependency: the unpacked binary above ran with this machine's packages, which a
# user's machine only has when Depends brings them.
needs() {  # needs WHAT PATH: the package that owns PATH must be in Depends.
    local owner
    owner=$(dpkg -S "$2" 2>/dev/null | sed -n '1s/:.*//p') || true
    if [ -z "$owner" ] && [ "${2#/usr/}" != "$2" ]; then
        # Merged /usr: dpkg knows the C library's files under /lib.
        owner=$(dpkg -S "${2#/usr}" 2>/dev/null | sed -n '1s/:.*//p') || true
    fi
    if [ -z "$owner" ]; then
        echo "FAIL: $1: no installed package owns $2"; return 1
    fi
    if ! awk -v want="$owner" 'BEGIN { RS = ", *" } { split($0, w, " "); if (w[1] == want) found = 1 } END { exit !found }' <<<"$depends"; then
        echo "FAIL: $1 needs $owner, which is not in Depends"; return 1
    fi
    echo "ok: $1 -> $owner"
}
fail=0
# (awk reads all of its input: an early exit would kill ldconfig with SIGPIPE under pipefail.)
ldcache=$(ldconfig -p)
qtlibs=$(dirname "$(readlink -f "$(awk '/libQt6Core.so.6 / && !found {print $NF; found = 1}' <<<"$ldcache")")")
for lib in $(objdump -p "$lanyard" | awk '/NEEDED/{print $2}'); do
    path=$(awk -v l="$lib" '$1 == l && /x86-64/ && !found {print $NF; found = 1}' <<<"$ldcache")
    [ -n "$path" ] || { echo "FAIL: $lib not found"; fail=1; continue; }
    needs "$lib" "$(readlink -f "$path")" || fail=1
done
qmldir=$qtlibs/qt6/qml
for module in $(grep -rhoE '^import [A-Za-z][A-Za-z0-9.]*' "$source/qml" | awk '{print $2}' | sort -u); do
    # The app's own modules (the programme's types, its controls style) are inside the binary.
    case "$module" in Lanyard | LanyardStyle) continue ;; esac
    needs "import $module" "$qmldir/${module//.//}/qmldir" || fail=1
done
# The Fusion and Basic styles the app uses live in the Controls package; the plugins Qt loads:
needs "QtQuick.Controls.Fusion" "$qmldir/QtQuick/Controls/Fusion/qmldir" || fail=1
needs "xcb platform plugin" "$qtlibs/qt6/plugins/platforms/libqxcb.so" || fail=1
needs "SQLite driver" "$qtlibs/qt6/plugins/sqldrivers/libqsqlite.so" || fail=1
needs "SVG icon plugin" "$qtlibs/qt6/plugins/imageformats/libqsvg.so" || fail=1
[ $fail -eq 0 ] || exit 1
echo "package ok"
