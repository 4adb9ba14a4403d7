#!/bin/sh
# Sets up a Debian 12 machine for Lanyard (as root), builds it, and then either starts the app
# ("run") or runs the whole test suite ("test"). Safe to run again: it installs only what is
# missing and rebuilds only what changed. "test" prints one line per finished step, with the time
# since the start; otherwise only failures are shown.
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

# Everything the build, the app and the tests need, from Debian 12's own packages (clang-14 and
# libclang-rt-14-dev, which holds libFuzzer and clang's sanitizer runtimes, for the fuzz targets;
# clang-format and clang-tidy for .clang-format and .clang-tidy; lld, the fastest linker for the tests;
# the AT-SPI bus, Xvfb and xdotool for the screen-reader test; the keyring library for calendar
# passwords, and two CalDAV servers and a CalDAV client that the calendar tests start on loopback;
# radicale reads plain htpasswd lines, so no htpasswd tool; poppler-utils reads printed PDFs back;
# Qt Quick's private headers for the accessible item that reports greyed-out controls; libxml2-dev,
# whose parser reads schedule.xml, beside libxml2-utils, whose xmllint checks the installed icon).
packages="build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-private-dev qt6-declarative-dev-tools qt6-tools-dev
qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtqml-models
qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel qml6-module-qtquick-shapes
qml6-module-qttest qt6-qpa-plugins
python3 python3-icalendar libxml2-dev libxml2-utils sqlite3 libsqlite3-dev desktop-file-utils appstream dpkg-dev file
libqt6svg6 shared-mime-info
qtkeychain-qt6-dev radicale xandikos python3-caldav
clang-14 libclang-rt-14-dev clang-format-14 clang-tidy-14 lld
at-spi2-core dbus-x11 python3-pyatspi xvfb xdotool
poppler-utils"

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

# configure_and_build DIR TARGET CMAKE-OPTIONS...: quiet unless it fails (then the log is shown).
configure_and_build() {
    dir=$1
    target=$2
    shift 2
    log="$dir/setup.log"
    mkdir -p "$dir"
    if [ ! -f "$dir/build.ninja" ]; then
        if ! cmake -S . -B "$dir" -G Ninja "$@" >"$log" 2>&1; then
            cat "$log" >&2
            return 1
        fi
    fi
    if ! cmake --build "$dir" --target "$target" >"$log" 2>&1; then
        cat "$log" >&2
        return 1
    fi
}

# The test run says how long each step took (minutes:seconds since the start), for CI's logs.
started=$(date +%s)
elapsed() {
    seconds=$(($(date +%s) - started))
    printf '%d:%02d' $((seconds / 60)) $((seconds % 60))
}

build=${LANYARD_BUILD_DIR:-build}
build=${build%/}
# Optimized, without debug information: a third less compile and link time than with it. The unit
# tests (tests/unit, a third of this build's compile time) are built and run once, in the sanitizer
# build below, which runs the whole suite; this build has the app, the window's tests (Qt Quick,
# screen reader, calendar servers, packaging) and the benchmark, optimized as users get them.
configure_and_build "$build" all -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG" \
    -DLANYARD_BUILD_UNIT_TESTS=OFF || exit 1

if [ "$mode" = run ]; then
    exec "$build/app/lanyard"
fi
echo "$(elapsed) built $build"

# The sanitizer build and the fuzz targets' build (clang and libFuzzer) start now, in the
# background at a low priority, while the suite runs: its tests spend half their time waiting on
# the processes and servers they start, and the compilers take that time (a nice-10 process gets
# about a tenth of a core a test wants, a nice-19 one about 1/70). The sanitizer build comes
# first (nice 10); the fuzz build takes what is left (nice 19), and then runs every fuzz target for
# a bounded time, still at nice 19, beside the sanitizer suite (which waits on its servers too).
# libFuzzer's bound is in seconds, not runs: at that priority a target makes fewer runs, each of
# its regression inputs among them, and the whole command stays within half an hour on two cores.
sanitized="$build-asan"
fuzzing="$build-fuzz"
mkdir -p "$sanitized" "$fuzzing"
# Line tables only (-g1): the sanitizers' stacks keep their file and line, the build its speed.
configure_and_build "$sanitized" all -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DLANYARD_SANITIZE=ON \
    -DLANYARD_BUILD_BENCHMARKS=OFF >"$sanitized/background.log" 2>&1 &&
    echo "$(elapsed) built $sanitized" &
sanitized_builder=$!
renice -n 10 -p "$sanitized_builder" >/dev/null 2>&1 || true
# Exits 2 when the build fails, 1 when a target finds a problem (its log says which).
build_and_fuzz() {
    if ! configure_and_build "$fuzzing" fuzzers -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DLANYARD_FUZZ=ON -DLANYARD_BUILD_BENCHMARKS=OFF >"$fuzzing/background.log" 2>&1; then
        return 2
    fi
    echo "$(elapsed) built $fuzzing"
    sh tests/fuzz/run-all.sh "$fuzzing" "${LANYARD_FUZZ_SECONDS:-20}" >"$fuzzing/fuzz.log" 2>&1
}
build_and_fuzz &
fuzzer=$!
renice -n 19 -p "$fuzzer" >/dev/null 2>&1 || true

status=0
ctest --test-dir "$build" --output-on-failure --parallel 2 || status=1
echo "$(elapsed) ran the tests in $build"

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer: only its
# failures are shown. The checks of the source tree (label "source": format, layers, qmllint) ran
# above and would find the same.
if wait "$sanitized_builder"; then
    # Three at a time: with two, the sanitized tests kept the processor only 13-53 % busy.
    if ! ctest --test-dir "$sanitized" --output-on-failure --parallel 3 --label-exclude source >"$sanitized/ctest.log" 2>&1; then
        cat "$sanitized/ctest.log" >&2
        echo "The test suite failed under the sanitizers (above; $sanitized/ctest.log)." >&2
        status=1
    fi
    echo "$(elapsed) ran the tests in $sanitized"
else
    cat "$sanitized/background.log" >&2
    status=1
fi

# The fuzz targets: only a failed build or a finding is shown.
fuzz_status=0
wait "$fuzzer" || fuzz_status=$?
echo "$(elapsed) ran the fuzz targets"
if [ "$fuzz_status" -eq 2 ]; then
    cat "$fuzzing/background.log" >&2
    status=1
elif [ "$fuzz_status" -ne 0 ]; then
    cat "$fuzzing/fuzz.log" >&2
    status=1
fi
exit "$status"
