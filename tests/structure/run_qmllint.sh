#!/bin/sh
# Lints each QML file on its own: sh run_qmllint.sh QMLLINT IMPORT_DIR FILE...
# A warning fails the test (qmllint exits 1). Qt 6.4's qmllint itself sometimes crashes on a
# valid file (a segmentation fault that depends on the run: FriendChips.qml crashed it in about
# half of the runs, and a file that lints clean on the next run); a crash is not a finding, so a
# file that crashes is linted again, up to five times, and only five crashes in a row fail.
qmllint=$1
imports=$2
shift 2
status=0
for file in "$@"; do
    tries=0
    while :; do
        "$qmllint" -I "$imports" --type disable --unqualified disable --deferred-property-id disable "$file"
        code=$?
        [ "$code" -le 128 ] && break
        tries=$((tries + 1))
        if [ "$tries" -ge 5 ]; then
            echo "qmllint crashed five times on $file (exit $code)" >&2
            break
        fi
    done
    [ "$code" -ne 0 ] && status=1
done
exit "$status"
