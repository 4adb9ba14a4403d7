#!/bin/bash
# test-install.sh BUILD_DIR: installs the build into a temporary prefix and checks the desktop
# integration there, as a distribution would see it: files in the right places, the .desktop
# file and the AppStream metainfo valid, the MIME package understood by shared-mime-info.
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
cmake --install "$build" --prefix "$root/usr" >"$tmp/install.log"

fail=0
for file in usr/bin/lanyard \
            usr/share/applications/org.lanyard.Lanyard.desktop \
            usr/share/metainfo/org.lanyard.Lanyard.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.lanyard.Lanyard.svg \
            usr/share/mime/packages/org.lanyard.Lanyard.xml; do
    if [ -f "$root/$file" ]; then
        echo "installed: /$file"
    else
        echo "FAIL: /$file was not installed"; fail=1
    fi
done
[ $fail -eq 0 ] || exit 1

if ! grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/org.lanyard.Lanyard.svg"; then
    echo "FAIL: the icon is not an SVG image"; exit 1
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$root/usr/share/icons/hicolor/scalable/apps/org.lanyard.Lanyard.svg"
fi

checked=0
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/org.lanyard.Lanyard.desktop"
    echo "desktop-file-validate: ok"; checked=$((checked + 1))
fi
if command -v appstreamcli >/dev/null; then
    # validate-tree also checks that the metainfo's launchable and the icon are where it says.
    appstreamcli validate-tree --pedantic --no-net "$root"
    checked=$((checked + 1))
fi
if command -v update-mime-database >/dev/null; then
    update-mime-database "$root/usr/share/mime"
    grep -qx 'application/x-frab-schedule+xml' "$root/usr/share/mime/types" \
        || { echo "FAIL: shared-mime-info did not register application/x-frab-schedule+xml"; exit 1; }
    grep -q 'schedule application/x-frab-schedule+xml' "$root/usr/share/mime/XMLnamespaces" \
        || { echo "FAIL: the <schedule> root element is not registered"; exit 1; }
    echo "shared-mime-info: application/x-frab-schedule+xml registered by root element <schedule>"
    checked=$((checked + 1))
fi
if [ $checked -eq 0 ]; then
    echo "SKIP: none of desktop-file-validate, appstreamcli, update-mime-database is installed"
    exit 77
fi
echo "install tree ok ($checked validators ran)"
