#!/usr/bin/env bash
# Makes the popup screenshots in docs/screenshots/popups: every menu, submenu, dialog, alert, drop-down list and
# tooltip of the real window (see src/test/java/org/convatlas/ui/Popup.java), photographed from the screen of a
# virtual display with JavaFX's software renderer, in English and Chinese, light and dark, then cuts the PNGs down to
# 256 colours. PopupsOnScreenTest checks the same pictures of English light and Chinese dark on every build.
# Needs Xvfb (xvfb-run), GTK 3 and pngquant:  apt-get install -y xvfb xauth libgtk-3-0 pngquant
# To use an X display that is already running (at least 1280x800), name it:  SHOTS_DISPLAY=:99 tools/popup-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots/popups
mkdir -p "$out"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

if [[ -n "${SHOTS_DISPLAY:-}" ]]; then
    display=(env DISPLAY="$SHOTS_DISPLAY")
else
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
fi

"${display[@]}" \
    java -Dprism.order=sw -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.convatlas.ui.PopupShots "$out" \
    en-light en-dark zh-light zh-dark
rm "$out/backgrounds.properties"

pngquant --force --skip-if-larger --ext .png --quality 60-90 "$out"/*.png || true
du -sh "$out"
