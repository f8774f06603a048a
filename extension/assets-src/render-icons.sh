#!/usr/bin/env bash
# Renders the committed PNG icons from the two SVG sources (needs rsvg-convert: apt-get install librsvg2-bin).
# Run it only when an SVG changes; the PNGs are committed because browsers need PNG icons in the manifest.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../public/icon"
mkdir -p "$out"
for size in 16 32 48 96 128; do
  rsvg-convert -w "$size" -h "$size" "$here/icon.svg" -o "$out/$size.png"
  rsvg-convert -w "$size" -h "$size" "$here/icon-dark.svg" -o "$out/on-dark-$size.png"
done
# store listing: the 128 px icon and a 440×280 small promo tile
mkdir -p "$here/../../store"
rsvg-convert -w 128 -h 128 "$here/icon.svg" -o "$here/../../store/icon-128.png"
