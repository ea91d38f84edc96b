#!/usr/bin/env bash
# Makes the README's lesson screenshots in docs/screenshots: the real window on a virtual display, each shot below
# in English and Chinese, light and dark, in windows of 1280x800 and 1920x1080, then cuts the PNGs down to 256
# colours. Needs Xvfb (xvfb-run) and pngquant:  apt-get install -y xvfb xauth pngquant
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
mkdir -p "$out"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

# lesson-id:preset:step (the preset by the last part of its bundle key; the step counts from 1)
xvfb-run -a -s "-screen 0 1920x1080x24" \
    java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.convatlas.ui.Screenshots "$out" \
    correlation-vs-convolution:impulseConvolution:5 \
    single-channel-2d:stride2:5 \
    dilated-convolution:rate4:3 \
    dilated-convolution:image:200 \
    stacking-receptive-fields:twoThrees:2 \
    stacking-receptive-fields:multiSize:2

pngquant --force --skip-if-larger --ext .png --quality 60-90 "$out"/*.png || true
du -sh "$out"
