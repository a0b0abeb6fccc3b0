#!/usr/bin/env bash
# Makes the common part of each bundled DejaVu face (render-pdf's BundledFonts tries it before the
# whole face): Latin, Greek, Cyrillic, punctuation, currency and letterlike symbols and U+FFFD,
# with the same glyphs, metrics, hinting and names, without the layout tables OpenPDF does not
# use. Needs fontTools (Debian: python3-fonttools). Run from the repository root.
set -euo pipefail
FONTS=render-pdf/src/main/resources/io/github/communique/pdf/fonts
UNICODES="U+0000-007E,U+00A0-024F,U+02B0-036F,U+0370-03FF,U+0400-04FF,U+1E9E,U+2000-206F,U+20A0-20CF,U+2100-214F,U+FFFD"
for face in DejaVuSerif DejaVuSerif-Italic DejaVuSerif-Bold DejaVuSerif-BoldItalic DejaVuSans DejaVuSans-Bold; do
  python3 -m fontTools.subset "$FONTS/$face.ttf" --unicodes="$UNICODES" \
    --output-file="$FONTS/$face-Common.ttf" --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH --name-IDs='*' --name-legacy --name-languages='*' \
    --notdef-outline --glyph-names --no-prune-unicode-ranges --no-recalc-timestamp
done
