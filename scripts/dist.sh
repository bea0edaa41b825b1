#!/usr/bin/env bash
# Installers (issue 15, decision 0031): a Linux app image and a .deb built with jpackage on a jlink
# runtime that holds only the modules ClaimDesk uses, with an application class-data sharing
# archive, a desktop entry and the icon. Called by `mvn -B -Pdist package` after the jar is built
# (or directly, once target/claimdesk.jar exists). Output in target/dist/:
#   ClaimDesk/                    the app image (start it with ClaimDesk/bin/ClaimDesk)
#   claimdesk_<version>-1_amd64.deb the package (sudo apt install ./target/dist/claimdesk_*.deb)
#
# Class-data sharing: a training run opens the window on a database holding the demo article and
# records the classes it loads (-XX:DumpLoadedClassList); the archive is dumped from that list by
# the image's own runtime. An archive records the jar's absolute path, so the app image gets one
# dumped where it lies and the .deb dumps its own at install time (postinst) under /opt/claimdesk;
# a missing or stale archive only costs speed, never a start (the JVM ignores it).
#
# macOS and Windows are built on those systems with the same steps (see README, "Installers"):
# jpackage --type dmg (or pkg) with --icon claimdesk.icns, and --type msi (WiX 3 on the PATH) with
# --win-menu --win-shortcut --icon claimdesk.ico; the class list and archive steps are the same.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/claimdesk.jar
[ -f "$JAR" ] || { echo "dist: $JAR is missing; build it first (mvn -B -Pdist package)" >&2; exit 1; }
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
NUMERIC=${VERSION%%-*} # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JDK_BIN=$JAVA_HOME/bin
OUT=target/dist
WORK=target/dist-work
rm -rf "$OUT" "$WORK"
mkdir -p "$OUT" "$WORK/input"

need() { # a Debian package a fresh machine may lack
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
  echo "dist: installing $2 (for $1)"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need fakeroot fakeroot
need dpkg-deb dpkg
[ -n "${DISPLAY:-}" ] || { need xvfb-run xvfb; need xauth xauth; }

# 1. The runtime: a fixed list, made with jdeps over ClaimDesk and its libraries, plus the modules
#    loaded by name at run time (character sets, TLS to a team server, locales, Unsafe for ONNX Runtime, JFR for
#    Jdbi, Kerberos/SASL for PostgreSQL logins). The JDK's own class-data archive is regenerated
#    for this runtime.
MODULES=java.base,java.compiler,java.desktop,java.management,java.naming,java.net.http,java.prefs
MODULES=$MODULES,java.security.jgss,java.security.sasl,java.sql,jdk.jfr,jdk.unsupported
MODULES=$MODULES,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.zipfs
echo "dist: jlink runtime ($MODULES)"
"$JDK_BIN/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --generate-cds-archive --output "$WORK/runtime"

# 2. The class list: the window opened on the demo article, then quit once it has settled.
cp "$JAR" "$WORK/input/claimdesk.jar"
mkdir -p "$WORK/train/data"
printf 'reviewer.name=Installer\n' >"$WORK/train/data/settings.properties"
TRAIN_DB="$WORK/train/train.db"
CLAIMDESK_DATA_DIR="$WORK/train/data" "$WORK/runtime/bin/java" -jar "$JAR" --db "$TRAIN_DB" \
  import --as Installer src/main/resources/dev/claimdesk/app/demo-article.txt >/dev/null
TRAIN=(env CLAIMDESK_DATA_DIR="$WORK/train/data" timeout 300 "$WORK/runtime/bin/java"
  -Xshare:off -XX:DumpLoadedClassList="$WORK/input/claimdesk.classlist"
  -Dclaimdesk.startupProbe=exit -jar "$WORK/input/claimdesk.jar" --db "$TRAIN_DB")
echo "dist: training run for the class list"
if [ -n "${DISPLAY:-}" ]; then X=(); else X=(xvfb-run -a); fi
"${X[@]}" "${TRAIN[@]}" >"$WORK/train/out.txt" 2>&1 || true
grep -q "claimdesk-probe settled" "$WORK/train/out.txt" \
  || { echo "dist: the training run never showed the article:" >&2; cat "$WORK/train/out.txt" >&2; exit 1; }
echo "dist: $(wc -l <"$WORK/input/claimdesk.classlist") classes in the list"

# 3. The app image. The launcher uses the archive next to the jar when it is there.
JAVA_OPTIONS=(--java-options '-XX:SharedArchiveFile=$APPDIR/claimdesk.jsa' --java-options -Xshare:auto)
echo "dist: app image"
"$JDK_BIN/jpackage" --type app-image --name ClaimDesk --app-version "$NUMERIC" \
  --vendor "ClaimDesk" --description "Workbench for fact-checkers" \
  --input "$WORK/input" --main-jar claimdesk.jar --main-class dev.claimdesk.Launcher \
  --runtime-image "$WORK/runtime" --icon packaging/linux/claimdesk.png \
  "${JAVA_OPTIONS[@]}" --dest "$WORK/image"

# 4. The .deb from that image (before its archive is dumped: the package dumps its own at /opt).
echo "dist: .deb"
"$JDK_BIN/jpackage" --type deb --app-image "$WORK/image/ClaimDesk" --name ClaimDesk \
  --app-version "$NUMERIC" --vendor "ClaimDesk" --description "Workbench for fact-checkers" \
  --linux-package-name claimdesk --linux-deb-maintainer claimdesk@localhost \
  --linux-menu-group "Office" --linux-app-category misc --linux-shortcut \
  --icon packaging/linux/claimdesk.png --resource-dir packaging/linux --install-dir /opt \
  --dest "$OUT"

# 5. The app image's own archive, for the place it lies in now.
mv "$WORK/image/ClaimDesk" "$OUT/ClaimDesk"
APPDIR=$(cd "$OUT/ClaimDesk/lib/app" && pwd)
"$OUT/ClaimDesk/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APPDIR/claimdesk.classlist" \
  -XX:SharedArchiveFile="$APPDIR/claimdesk.jsa" -cp "$APPDIR/claimdesk.jar" >"$WORK/dump.txt" 2>&1 \
  || { echo "dist: the class-data archive could not be dumped:" >&2; tail -20 "$WORK/dump.txt" >&2; exit 1; }
echo "dist: done"
du -sh "$OUT/ClaimDesk" "$OUT"/*.deb
