#!/usr/bin/env bash
# Makes the README's lesson screenshots in docs/screenshots: the real window on a virtual display, each shot below
# in English and Chinese, light and dark, in windows of 1280x800 and 1920x1080, and in docs/screenshots/projector at a
# projector's 1024x768 in English light and Chinese dark; then cuts the PNGs down to 256 colours.
# Needs Xvfb (xvfb-run) and pngquant:  apt-get install -y xvfb xauth pngquant
# To use an X display that is already running (at least 1920x1080), name it:  SHOTS_DISPLAY=:99 tools/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
mkdir -p "$out"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

if [[ -n "${SHOTS_DISPLAY:-}" ]]; then
    display=(env DISPLAY="$SHOTS_DISPLAY")
else
    display=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi

# lesson-id:preset:step (the preset by the last part of its bundle key; the step counts from 1)
shots=(
    correlation-vs-convolution:impulseConvolution:5
    single-channel-2d:stride2:5
    multichannel-conv2d:twoFilters:5
    conv-1x1:mixing:8
    conv3d:volume:14
    image-filter:sobel:81256
    gridding:sameRates:3
    gridding:sawTooth:3
    aspp:deepLab:2
    aspp:smallMap:5
    transposed-convolution:uneven:8
    transposed-convolution-matrix:classic:2
    checkerboard:k3s2:1
    pooling:overlapping:4
    unpooling:times2:8
    pixel-shuffle:r3:7
    dilated-convolution:rate4:3
    dilated-convolution:image:200
    stacking-receptive-fields:twoThrees:2
    stacking-receptive-fields:multiSize:2
    spatially-separable:texts:4
    depthwise-separable:texts:77
    flattened:texts:30
    flattened:learned:80
    squeeze-excitation:eight:1500
    deformable-convolution:rotation:15
    grouped-conv:alexNet:14
    channel-shuffle:threeGroups:6
    channel-shuffle:twoLayers:1
)
run() {
    "${display[@]}" java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
        org.convatlas.ui.Screenshots "$@" "${shots[@]}"
}
run "$out"
# every lesson on a projector's 1024x768, English light and Chinese dark
mkdir -p "$out/projector"
run --projector "$out/projector"

pngquant --force --skip-if-larger --ext .png --quality 60-90 "$out"/*.png "$out"/projector/*.png || true
du -sh "$out"
