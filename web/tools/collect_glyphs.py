#!/usr/bin/env python3
"""Writes every character the page can draw into one text file for `fontTools.subset --text-file`.

Usage: collect_glyphs.py OUTPUT [--exclude-font FONT] INPUT...
  --exclude-font: leave out every character FONT's cmap has (the CJK subsets take only what the
  Latin subset, web/CMakeLists.txt, does not have)
  *.json inputs: every string value (keys too) of the parsed document, so \\u escapes count;
  other inputs (the UI's C++ sources): every character of the file, which covers string literals,
  and the character of every \\uXXXX / \\UXXXXXXXX escape in them: the UI writes its non-ASCII
  characters that way, and the list of them in web/src/fonts.cpp (kUiGlyphs) is the only place
  they are listed.
"""
import json
import re
import sys
import unicodedata

CXX_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def escaped_chars(text):
    for match in CXX_ESCAPE.finditer(text):
        code = int(match.group(1) or match.group(2), 16)
        if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            yield chr(code)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def font_characters(path):
    from fontTools.ttLib import TTFont  # Debian's python3-fonttools, as for the subsetting

    return {chr(code) for code in TTFont(path).getBestCmap()}


def main(argv):
    output, inputs = argv[1], argv[2:]
    exclude = set()
    if inputs[:1] == ["--exclude-font"]:
        exclude, inputs = font_characters(inputs[1]), inputs[2:]
    chars = set(chr(c) for c in range(0x20, 0x7F))
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith(".json"):
            try:
                for s in strings(json.loads(text)):
                    chars.update(s)
            except ValueError:
                chars.update(text)  # broken content still gets its glyphs; the page reports the error
        else:
            chars.update(text)
            chars.update(escaped_chars(text))
    # Spaces other than U+0020 (e.g. the no-break space) are not "printable" but need glyphs too.
    chars = sorted(c for c in chars - exclude if c.isprintable() or unicodedata.category(c) == "Zs")
    with open(output, "w", encoding="utf-8") as f:
        f.write("".join(chars))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
