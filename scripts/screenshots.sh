#!/usr/bin/env bash
# Regenerates the screenshots in docs/images/ from the real app under a virtual display.
# Needs: xvfb, xdotool, imagemagick, the sample article in ../shared/articles/ (apt-get install -y xvfb xdotool imagemagick fonts-wqy-microhei)
# and a built jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/claimdesk.jar
OUT=docs/images
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
mkdir -p "$OUT"

DISPLAY_NUM=:89
WORK=$(mktemp -d)
Xvfb $DISPLAY_NUM -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
APID=""
cleanup() { [ -n "$APID" ] && kill "$APID" 2>/dev/null || true; kill $XPID 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1

wait_for_window() { # $1: window name pattern
  for _ in $(seq 1 60); do
    if xdotool search --name "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "window '$1' did not appear" >&2; return 1
}

focus_main() {
  xdotool search --name "^ClaimDesk" | head -1 | xargs -I{} xdotool windowfocus --sync {}
}

shoot() { # $1: file name; the main window alone
  sleep 1.5
  local id
  id=$(xdotool search --name "^ClaimDesk" | head -1)
  import -window "$id" "$OUT/$1"
  echo "wrote $OUT/$1"
}

start_app() { # $1: theme; keeps the rest of the settings (the reviewer) as the app saved them
  touch "$WORK/settings.properties"
  sed -i '/^theme=/d;/^window.bounds=/d' "$WORK/settings.properties"
  printf 'theme=%s\nwindow.bounds=40,30,1280,800\n' "$1" >> "$WORK/settings.properties"
  CLAIMDESK_DATA_DIR="$WORK" java -jar "$JAR" --db "$WORK/screens.db" >/dev/null 2>&1 &
  APID=$!
}

stop_app() {
  kill "$APID" 2>/dev/null || true
  wait "$APID" 2>/dev/null || true
  APID=""
}

# Light theme, first start: the "who are you" dialog, then the empty state.
start_app LIGHT
wait_for_window "Welcome to ClaimDesk"
sleep 1
xdotool type --delay 40 "王小明 Wang Xiaoming"
sleep 0.5
id=$(xdotool search --name "Welcome to ClaimDesk" | head -1)
import -window "$id" "$OUT/reviewer-dialog.png"; echo "wrote $OUT/reviewer-dialog.png"
xdotool key Return
shoot main-empty-light.png
# File menu > Open demo article
# Click "Open demo article" in the empty state (window at 40,30; the button sits right of centre).
xdotool mousemove 770 531 click 1
shoot main-article-light.png

# The export dialog (File > Export, Ctrl+E), then close it with Escape.
xdotool mousemove 700 300 click 1; sleep 0.3
xdotool key ctrl+e; sleep 1.5
id=$(xdotool search --name "^Export$" | head -1)
if [ -n "$id" ]; then import -window "$id" "$OUT/export-dialog.png"; echo "wrote $OUT/export-dialog.png"; fi
xdotool key Escape

# The HTML report of the demo article, rendered by headless Chromium when it is installed.
stop_app
if command -v chromium >/dev/null; then
  java -jar "$JAR" --db "$WORK/screens.db" export html --article 1 --out "$WORK/report.html" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$WORK/chrome" --window-size=1000,1300 --screenshot="$OUT/report-html.png" \
    "file://$WORK/report.html" >/dev/null 2>&1 && echo "wrote $OUT/report-html.png"
fi

# Dark theme, same database: the reviewer is remembered.
start_app DARK
wait_for_window "^ClaimDesk"
shoot main-article-dark.png
stop_app

# Dark empty state on a fresh database.
rm -f "$WORK"/screens.db*
start_app DARK
wait_for_window "Welcome to ClaimDesk"
sleep 1
xdotool type --delay 40 "Ada Lovelace"; xdotool key Return
shoot main-empty-dark.png
stop_app

# The sample article mid-review (light, then dark): a reviewer with a Chinese name accepts claims,
# adds refuting evidence, chooses a verdict and submits it; then the history tab and the shortcuts.
SAMPLE=../shared/articles/china-daily-2025-02-11.txt
if [ -f "$SAMPLE" ]; then
  rm -f "$WORK"/review.db* "$WORK/settings.properties"
  java -jar "$JAR" --db "$WORK/review.db" import "$SAMPLE" --title "Chinese startups giving more Western peers run for money" \
    --outlet "China Daily" --published 2025-02-11 --url "https://www.chinadaily.com.cn/a/202502/11/WS67aa8b1ea310a2ab06eaa9b7.html" >/dev/null
  start_review() { # $1: theme
    touch "$WORK/settings.properties"
    sed -i '/^theme=/d;/^window.bounds=/d' "$WORK/settings.properties"
    printf 'theme=%s\nwindow.bounds=0,0,1440,900\n' "$1" >> "$WORK/settings.properties"
    CLAIMDESK_DATA_DIR="$WORK" java -jar "$JAR" --db "$WORK/review.db" >/dev/null 2>&1 &
    APID=$!
  }
  keys() { for k in "$@"; do xdotool key "$k"; sleep 0.35; done; }
  start_review LIGHT
  wait_for_window "Welcome to ClaimDesk"
  sleep 1
  xdotool type --delay 40 "王小明 Wang Xiaoming"; xdotool key Return
  # No window manager under Xvfb: a click on the status bar gives the window the keyboard focus.
  refocus() { sleep 0.8; xdotool mousemove 600 885 click 1; sleep 0.4; }
  wait_for_window "^ClaimDesk"; sleep 2; refocus
  keys ctrl+l j j a j a j j j a
  keys e
  wait_for_window "New evidence"; sleep 0.8
  xdotool type --delay 20 "https://www.unitree.com/h1"; keys Tab
  xdotool type --delay 20 "Unitree H1 technical specifications"; keys Tab
  xdotool type --delay 20 "Unitree Robotics"; keys Tab Tab Tab
  xdotool type --delay 20 "Peak joint torque: 360 N.m (knee)"; keys Tab r Tab s Tab b
  sleep 0.8
  id=$(xdotool search --name "New evidence" | head -1)
  import -window "$id" "$OUT/evidence-editor.png"; echo "wrote $OUT/evidence-editor.png"
  keys ctrl+Return
  refocus
  keys 5
  xdotool type --delay 15 "The specification gives the torque in newton-metres (N.m). Degrees measure angles, so \"360 degrees\" is not a torque figure."
  keys ctrl+Return Escape
  sleep 1.5
  shoot main-review-light.png
  keys r ctrl+4
  shoot history-tab.png
  keys ctrl+2 ctrl+shift+t
  shoot main-review-dark.png
  keys F1
  sleep 1
  id=$(xdotool search --name "Keyboard shortcuts" | head -1)
  if [ -n "$id" ]; then import -window "$id" "$OUT/shortcuts.png"; echo "wrote $OUT/shortcuts.png"; fi
  keys Escape ctrl+shift+t
  stop_app
fi
