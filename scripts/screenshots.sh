#!/usr/bin/env bash
# Regenerates the screenshots in docs/images/ from the real app under virtual displays.
#
# Every workspace scene at 1280x800, 1440x900 and 1920x1080, and 1280x800 at scale 2
# (-Dsun.java2d.uiScale=2 on a 2560x1600 screen), in the light and the dark theme:
#   queue-<size>-<theme>.png       the sample article mid-review, the claim tab
#   queue-500-<size>-<theme>.png   a generated article of 500 claims
#   evidence-<size>-<theme>.png    a claim with three evidence items, the evidence tab
#   history-<size>-<theme>.png     the same claim's history tab
#   dashboard-<size>-<theme>.png   the dashboard of a desk at work (1280x800 and 1920x1080 only)
# and the pictures the README and the user guide show (main-review-*, history-tab, evidence-editor,
# export-dialog, shortcuts, reviewer-dialog, main-empty-*, report-html).
#
# The window is driven by dev.claimdesk.ui.ScreenshotDriver (test sources), which builds the database
# once (the sample article from ../shared/articles/ and a generated one) and knows the scenes.
# Needs: xvfb, openbox, fonts-wqy-microhei (apt-get install -y xvfb openbox fonts-wqy-microhei);
# chromium for the HTML report (optional). Uses displays :71-:79 only.
# Usage: scripts/screenshots.sh            (builds the jar and the test classes first, offline)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/images
SAMPLE=${SAMPLE:-../shared/articles/china-daily-2025-02-11.txt}
DISPLAY_NUM=${DISPLAY_NUM:-:73}
[ -f "$SAMPLE" ] || { echo "the sample article is missing: $SAMPLE" >&2; exit 1; }

# NO_BUILD=1 uses the jar and test classes as they are (built beforehand, e.g. under a build lock).
[ "${NO_BUILD:-}" = 1 ] || mvn -B -o -q package -DskipTests
CP="target/test-classes:target/claimdesk.jar"
WORK=$(mktemp -d)
XPID=""
WMPID=""
stop_display() {
  [ -n "$WMPID" ] && kill "$WMPID" 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  [ -n "$XPID" ] && wait "$XPID" 2>/dev/null || true
  XPID=""; WMPID=""
}
cleanup() { stop_display; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$OUT"

# A screen of exactly the window's size (times the scale), with a window manager for the frame.
start_display() { # $1: width x height in pixels
  Xvfb "$DISPLAY_NUM" -screen 0 "$1x24" -nolisten tcp >/dev/null 2>&1 &
  XPID=$!
  export DISPLAY=$DISPLAY_NUM
  for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  openbox --sm-disable >/dev/null 2>&1 &
  WMPID=$!
  sleep 1
}

# One window size, scale and theme: the driver writes <scene>-<tag>.png for each scene.
shoot() { # $1: WxH (window, in user-space pixels)  $2: scale  $3: LIGHT|DARK  $4: tag  $5...: scenes
  local size=$1 scale=$2 theme=$3 tag=$4; shift 4
  local w=${size%x*} h=${size#*x}
  start_display "$((w * scale))x$((h * scale))"
  java -Dsun.java2d.uiScale="$scale" -Dfile.encoding=UTF-8 -cp "$CP" \
    dev.claimdesk.ui.ScreenshotDriver "$OUT" "$WORK" "$SAMPLE" "$theme" "$tag" "$@"
  stop_display
}

# The hook for more shots: print the names of scenes to take in every size and theme as well
# (scenes are added to ScreenshotDriver.SCENES; the approval dialog goes here once it exists).
more_scenes() {
  echo approval
}

lower() { tr '[:upper:]' '[:lower:]' <<<"$1"; }

for size in 1280x800 1440x900 1920x1080; do
  for theme in LIGHT DARK; do
    # shellcheck disable=SC2046
    shoot "$size" 1 "$theme" "$size-$(lower $theme)" queue queue-500 evidence history $(more_scenes)
  done
done
for theme in LIGHT DARK; do
  # shellcheck disable=SC2046
  shoot 1280x800 2 "$theme" "1280x800-x2-$(lower $theme)" queue queue-500 evidence history $(more_scenes)
done

# The dashboard of a desk with five articles and three reviewers (DeskFixture), light and dark.
for size in 1280x800 1920x1080; do
  for theme in LIGHT DARK; do
    shoot "$size" 1 "$theme" "$size-$(lower $theme)" dashboard
  done
done

# The pictures of the README and the user guide, at 1440x900.
cp "$OUT/queue-1440x900-light.png" "$OUT/main-review-light.png"
cp "$OUT/queue-1440x900-dark.png" "$OUT/main-review-dark.png"
cp "$OUT/history-1440x900-light.png" "$OUT/history-tab.png"
shoot 1440x900 1 LIGHT docs evidence-editor export-dialog shortcuts
for scene in evidence-editor export-dialog shortcuts; do mv "$OUT/$scene-docs.png" "$OUT/$scene.png"; done
for theme in LIGHT DARK; do
  shoot 1440x900 1 "$theme" "first-$(lower $theme)" first-start
  mv "$OUT/main-empty-first-$(lower $theme).png" "$OUT/main-empty-$(lower $theme).png"
done
mv "$OUT/reviewer-dialog-first-light.png" "$OUT/reviewer-dialog.png"
rm -f "$OUT/reviewer-dialog-first-dark.png"

# The HTML report of the sample article, rendered by headless Chromium when it is installed.
if command -v chromium >/dev/null; then
  java -cp "$CP" dev.claimdesk.Launcher --db "$WORK/screens.db" export html --article 1 --out "$WORK/report.html" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --user-data-dir="$WORK/chrome" --window-size=1000,1300 --screenshot="$OUT/report-html.png" \
    "file://$WORK/report.html" >/dev/null 2>&1 && echo "wrote $OUT/report-html.png"
fi
