#!/bin/bash
# Take the pictures of the installer and uninstaller pages for docs/install.md.
#
# Runs the real setup.exe under Wine on a virtual X display, goes through every page in
# Vietnamese with the keyboard (as a user would: Next, Next, Install), installs into a
# private Wine prefix, then uninstalls, saving each page as a PNG.
#
#   apt-get install wine64 xvfb xdotool imagemagick    # Debian 12
#   python installer/build.py                          # makes dist/InspectDesk-<v>-setup.exe
#   installer/capture_pages.sh dist/InspectDesk-0.1.0-setup.exe docs/install
set -euo pipefail

SETUP=$(realpath "${1:?usage: capture_pages.sh SETUP.exe OUT_DIR}")
OUT=$(realpath -m "${2:?usage: capture_pages.sh SETUP.exe OUT_DIR}")
mkdir -p "$OUT"
export DISPLAY=:${CAPTURE_DISPLAY:-77}
export WINEPREFIX=${WINEPREFIX:-$(mktemp -d /tmp/inspectdesk-wine.XXXXXX)}
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

Xvfb "$DISPLAY" -screen 0 1024x720x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
sleep 2
wine wineboot -i >/dev/null 2>&1 || true

window() {  # the newest visible window whose title contains $1 (waits up to 30 s)
    local found=""
    for _ in $(seq 1 30); do
        found=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1) || true
        [ -n "$found" ] && { echo "$found"; return; }
        sleep 1
    done
    echo "no window named '$1' appeared" >&2
    exit 1
}

shot() {  # shot NAME TITLE: wait for the page to settle, save the window as NAME.png
    sleep 3
    W=$(window "$2")
    import -window "$W" "$OUT/$1.png"
    echo "$OUT/$1.png  ($(xdotool getwindowname "$W"))"
}

wine "$SETUP" >/dev/null 2>&1 &
W=$(window "Installer Language")
sleep 1
xdotool key --window "$W" Down  # Tiếng Việt (this Wine's Windows is in English)
sleep 0.5
import -window "$W" "$OUT/0-language.png"
xdotool key --window "$W" Return
shot 1-welcome InspectDesk; xdotool key --window "$W" Return
shot 2-folder InspectDesk; xdotool key --window "$W" Return
shot 3-components InspectDesk; xdotool key --window "$W" Return
sleep 25  # the files are copied
shot 4-finish InspectDesk
xdotool key --window "$W" space  # untick "Run InspectDesk"
xdotool key --window "$W" Return
sleep 3

wine "$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Programs/InspectDesk/Uninstall.exe" \
    >/dev/null 2>&1 &
sleep 4
shot 5-uninstall-confirm InspectDesk; xdotool key --window "$W" Return
shot 6-uninstall-components InspectDesk; xdotool key --window "$W" Return
sleep 8
shot 7-uninstall-done InspectDesk; xdotool key --window "$W" Return
