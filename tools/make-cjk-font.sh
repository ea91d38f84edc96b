#!/usr/bin/env bash
# Makes the Chinese font the app ships: Noto Sans CJK SC (Regular and Bold) cut down to the characters the
# interface uses, that is every character of the message bundles plus printable ASCII, Latin-1 punctuation,
# common CJK punctuation and the mathematical signs the lessons draw.
#
# Run it after changing a messages*.properties file (a test fails until you do). Needs Debian's
# fonts-noto-cjk and python3-fonttools:  apt-get install -y fonts-noto-cjk python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir=/usr/share/fonts/opentype/noto
bundles=src/main/resources/org/convatlas/i18n
out=src/main/resources/org/convatlas/fonts
python=/usr/bin/python3   # Debian's python, where python3-fonttools is installed

for f in "$source_dir/NotoSansCJK-Regular.ttc" "$source_dir/NotoSansCJK-Bold.ttc"; do
  [[ -f $f ]] || { echo "missing $f: apt-get install -y fonts-noto-cjk" >&2; exit 1; }
done
"$python" -c 'import fontTools' 2>/dev/null || { echo "missing fontTools: apt-get install -y python3-fonttools" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The characters to keep: both bundles, whole (keys and comments are ASCII or in the bundles' own scripts),
# and a fixed set of signs that numbers, formulas and labels use.
"$python" - "$bundles"/messages*.properties > "$work/chars.txt" <<'PY'
import sys
chars = set()
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as f:
        chars.update(c for c in f.read() if c.isprintable())
chars.update(chr(c) for c in range(0x20, 0x7F))                    # printable ASCII
chars.update(chr(c) for c in range(0xA0, 0x100))                   # Latin-1 signs and letters
chars.update("，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·－")  # CJK punctuation
chars.update("×÷−±≈≠≤≥→←↑↓⇒∑∏√∞∈ⁿ⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉‖′″°")  # maths
chars.update("–‐•▶■□◆○●★")
sys.stdout.write("".join(sorted(chars)))
PY

# The Simplified Chinese face is number 2 in Debian's collections (JP, KR, SC, TC, HK, then the Mono faces).
for weight in Regular Bold; do
  "$python" -m fontTools.subset "$source_dir/NotoSansCJK-$weight.ttc" --font-number=2 \
      --text-file="$work/chars.txt" --layout-features='*' --no-hinting \
      --output-file="$out/NotoSansCJKsc-$weight-subset.otf"
done

# Noto Sans CJK has no superscript T (U+1D40), which the bundles write in Cᵀ: each face gets one made from its own T,
# scaled and raised as its own superscript four (U+2074) is from its four, in the font's own style and metrics.
for weight in Regular Bold; do
  "$python" - "$out/NotoSansCJKsc-$weight-subset.otf" <<'PY'
import sys
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

path = sys.argv[1]
font = TTFont(path)
cmap = font.getBestCmap()
glyphs = font.getGlyphSet()

def bounds(char):
    pen = BoundsPen(glyphs)
    glyphs[cmap[ord(char)]].draw(pen)
    return pen.bounds

plain, raised = bounds("4"), bounds("\u2074")
scale = (raised[3] - raised[1]) / (plain[3] - plain[1])
rise = raised[1] - plain[1] * scale
source = cmap[ord("T")]
advance, lsb = font["hmtx"][source]
top = font["CFF "].cff.topDictIndex[0]   # CID-keyed: glyphs are named cidNNNNN, each in a font dict
fd = top.FDSelect[font.getGlyphOrder().index(source)]
pen = T2CharStringPen(round(advance * scale), glyphs)
glyphs[source].draw(TransformPen(pen, (scale, 0, 0, scale, 0, rise)))
used = {int(name[3:]) for name in font.getGlyphOrder() if name.startswith("cid")}
name = "cid%05d" % next(cid for cid in range(65535, 0, -1) if cid not in used)
charstrings = top.CharStrings
charstrings.charStringsIndex.append(pen.getCharString(private=top.FDArray[fd].Private,
                                                      globalSubrs=top.GlobalSubrs))
charstrings.charStrings[name] = len(charstrings.charStringsIndex) - 1
top.FDSelect.append(fd)
order = font.getGlyphOrder() + [name]
top.charset = order
font.setGlyphOrder(order)
font["hmtx"][name] = (round(advance * scale), round(lsb * scale))
font["vmtx"][name] = font["vmtx"][source]
for table in font["cmap"].tables:
    if table.isUnicode():
        table.cmap[0x1D40] = name
font.save(path)
PY
done

# The licence travels with the font: the font's own copyright notice, then the SIL Open Font License.
{
  echo "NotoSansCJKsc-Regular-subset.otf and NotoSansCJKsc-Bold-subset.otf are subsets of Noto Sans CJK SC,"
  echo "made by tools/make-cjk-font.sh from Debian's fonts-noto-cjk package."
  echo
  "$python" -c 'import sys; from fontTools.ttLib import TTFont; print(TTFont(sys.argv[1])["name"].getDebugName(0))' \
      "$out/NotoSansCJKsc-Regular-subset.otf"
  echo
  # the stand-alone "License: SIL-1.1" paragraph of the Debian copyright file, indentation removed
  awk '/^License: SIL-1.1$/ { inside = 1; next } inside && /^ / { sub(/^ /, ""); sub(/^\.$/, ""); print; next }
       { inside = 0 }' /usr/share/doc/fonts-noto-cjk/copyright
} > "$out/OFL.txt"

echo "wrote $(wc -m < "$work/chars.txt") characters into:"
ls -l "$out"
