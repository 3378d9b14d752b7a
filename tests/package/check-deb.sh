#!/usr/bin/env bash
# Builds the .deb from the build tree, checks what it installs and declares, and runs the
# programs from a scratch root it is unpacked into.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null
deb=$(ls "$work"/out/*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/amodesk ./usr/bin/amodesk-cli ./usr/bin/amodesk-sandbox \
            ./usr/share/applications/amodesk.desktop ./usr/share/icons/hicolor/scalable/apps/amodesk.svg \
            ./usr/share/icons/hicolor/16x16/apps/amodesk.png ./usr/share/icons/hicolor/48x48/apps/amodesk.png \
            ./usr/share/icons/hicolor/256x256/apps/amodesk.png ./usr/share/metainfo/app.amodesk.AmoDesk.metainfo.xml \
            ./usr/share/doc/amodesk/copyright ./usr/share/man/man1/amodesk.1.gz; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks Qt: $depends"; exit 1; }
mkdir "$work/unpacked"
dpkg-deb -x "$deb" "$work/unpacked"
desktop-file-validate "$work/unpacked/usr/share/applications/amodesk.desktop"
appstreamcli validate --no-net "$work/unpacked/usr/share/metainfo/app.amodesk.AmoDesk.metainfo.xml"
file "$work/unpacked/usr/share/icons/hicolor/48x48/apps/amodesk.png" | grep -q "48 x 48" || { echo "the 48 px icon is not 48 px"; exit 1; }
# Errors fail the check; warnings are listed for whoever reads the log.
lintian --fail-on error --tag-display-limit 0 "$deb"
"$work/unpacked/usr/bin/amodesk-cli" --version | grep -q "amodesk-cli"
QT_QPA_PLATFORM=offscreen "$work/unpacked/usr/bin/amodesk" --version | grep -q "AmoDesk"
"$work/unpacked/usr/bin/amodesk-sandbox" --version | grep -q "amodesk-sandbox"
# The installed program runs the demo account end to end: sandbox, sign-in, events on screen.
QT_QPA_PLATFORM=offscreen "$work/unpacked/usr/bin/amodesk" --demo --screenshot "$work/demo.png"
file "$work/demo.png" | grep -q "PNG image" || { echo "amodesk --demo made no picture"; exit 1; }
echo "package ok: $(basename "$deb")"
