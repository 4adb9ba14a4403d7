#!/bin/sh
# Sets up a Debian 12 machine for Lanyard (as root), builds it, and then either starts the app
# ("run") or runs the whole test suite ("test"). Safe to run again: it installs only what is
# missing and rebuilds only what changed, and stays quiet when there is nothing to do.
set -eu
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: sh packaging/dev-setup.sh run|test" >&2
    exit 2
    ;;
esac

# Everything the build, the app and the tests need, from Debian 12's own packages.
packages="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtqml-models
qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel qml6-module-qtquick-shapes
qml6-module-qttest qt6-qpa-plugins
python3 python3-icalendar libxml2-utils sqlite3 desktop-file-utils appstream dpkg-dev file
libqt6svg6 shared-mime-info"

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing packages:$missing" >&2
        echo "Run this script as root (it installs them with apt-get)." >&2
        exit 1
    fi
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

build=${LANYARD_BUILD_DIR:-build}
log="$build/setup.log"
mkdir -p "$build"
if [ ! -f "$build/build.ninja" ]; then
    if ! cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$log" 2>&1; then
        cat "$log" >&2
        exit 1
    fi
fi
if ! cmake --build "$build" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi

if [ "$mode" = run ]; then
    exec "$build/app/lanyard"
fi
exec ctest --test-dir "$build" --output-on-failure --parallel 2
