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
            ./usr/share/applications/amodesk.desktop ./usr/share/icons/hicolor/scalable/apps/amodesk.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks Qt: $depends"; exit 1; }
mkdir "$work/unpacked"
dpkg-deb -x "$deb" "$work/unpacked"
desktop-file-validate "$work/unpacked/usr/share/applications/amodesk.desktop"
"$work/unpacked/usr/bin/amodesk-cli" --version | grep -q "amodesk-cli"
QT_QPA_PLATFORM=offscreen "$work/unpacked/usr/bin/amodesk" --version | grep -q "AmoDesk"
"$work/unpacked/usr/bin/amodesk-sandbox" --version | grep -q "amodesk-sandbox"
echo "package ok: $(basename "$deb")"
