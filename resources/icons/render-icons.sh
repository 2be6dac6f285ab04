#!/bin/sh
# Renders the application icon's PNGs (compiled into the widgets library, installed into hicolor) and the Windows
# .ico from the hand-written SVG. Run from anywhere after editing dingtalk-group-creator.svg; the outputs are
# checked in, so the build needs neither tool. Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/dingtalk-group-creator.svg"
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$here/dingtalk-group-creator-$size.png"
done
# One .ico holding every size, for the Windows executable's resources (resources/windows/).
convert "$here/dingtalk-group-creator-16.png" "$here/dingtalk-group-creator-32.png" \
    "$here/dingtalk-group-creator-48.png" "$here/dingtalk-group-creator-64.png" \
    "$here/dingtalk-group-creator-128.png" "$here/dingtalk-group-creator-256.png" \
    "$here/../windows/dingtalk-group-creator.ico"
