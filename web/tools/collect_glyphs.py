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

The Latin faces (Noto Sans) are subset from the English content and the C++ sources, so no C++
input may hold CJK text: the UI's words are data, content/locales/*.json. A C++ input with CJK
characters written out in it is an error, so a Chinese string that lands in the code fails the
build instead of growing the font by thousands of glyphs it does not have. Escaped CJK characters
are the one list of CJK punctuation the UI draws (kUiCjkGlyphs in web/src/fonts.cpp): the Latin
subset skips them (Noto Sans has none), the CJK subsets take them.
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


def is_cjk(c):
    """CJK punctuation, kana, ideographs, compatibility ideographs and full-width forms."""
    code = ord(c)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


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
            cjk = sorted({c for c in text if is_cjk(c)})
            if cjk:
                sys.stderr.write(f"{path}: CJK characters ({''.join(cjk[:8])}...) in a glyph input "
                                 "for the Latin font subset; Chinese UI text belongs in "
                                 "content/locales/*.json\n")
                return 1
            chars.update(text)
            chars.update(escaped_chars(text))
    # Spaces other than U+0020 (e.g. the no-break space) are not "printable" but need glyphs too.
    chars = sorted(c for c in chars - exclude if c.isprintable() or unicodedata.category(c) == "Zs")
    with open(output, "w", encoding="utf-8") as f:
        f.write("".join(chars))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
