# Generates frontend/parser/unicode-names.gz, the table behind `\N{NAME}` escapes, from the
# running Python's unicodedata (run with python3.11 so that the names match CPython 3.11).
# Names defined by rule (CJK ideographs, Hangul syllables, Tangut...) are left out: the
# parser computes those. Format: one line per character, "DELTA;NAME", where DELTA is the hex
# distance from the previous code point, empty when it is 1.
import gzip
import os
import re
import unicodedata

ALGORITHMIC = re.compile(
    r"^(CJK UNIFIED IDEOGRAPH-|CJK COMPATIBILITY IDEOGRAPH-|HANGUL SYLLABLE |TANGUT IDEOGRAPH-"
    r"|KHITAN SMALL SCRIPT CHARACTER-|NUSHU CHARACTER-)"
)

lines = []
previous = 0
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or ALGORITHMIC.match(name):
        continue
    delta = "" if cp == previous + 1 else format(cp - previous, "x")
    lines.append(f"{delta};{name}")
    previous = cp

target = os.path.join(os.path.dirname(__file__), "..", "frontend", "parser", "unicode-names.gz")
with open(target, "wb") as f:
    f.write(gzip.compress("\n".join(lines).encode("ascii"), 9, mtime=0))
print(f"{len(lines)} names (Unicode {unicodedata.unidata_version}) written to {os.path.normpath(target)}")
