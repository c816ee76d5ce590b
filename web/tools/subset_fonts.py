#!/usr/bin/env python3
"""Subsets the canvas's fonts to the glyphs the page can draw, for every locale of the catalogue.

Usage: subset_fonts.py DIST CONTENT SOURCES...
  DIST     the folder `exposure catalog` wrote into (catalog.json, the quiz files, strings.*.json);
           the fonts are written there too
  CONTENT  the content folder: each locale's file says which font its script is subset from
  SOURCES  the module's C++ sources (web/src/*.cpp, *.h): the characters the code itself draws

Writes:
  noto-sans-regular.ttf, noto-sans-bold.ttf  Noto Sans (Debian's fonts-noto-core), with every
      character of every quiz file and table of words in DIST and of the sources that it has
  LOCALE's font file                          for each locale whose "fonts" name a canvas font
      (content/locales/LOCALE.json: Noto Sans CJK for Chinese): the characters of that locale's
      quiz files (every version) and words that Noto Sans lacks, and the CJK punctuation the
      screens use (kUiCjkGlyphs in web/src/fonts.cpp)
  its "later" file (catalog.json's font_later)  where the font is not deferred, it is split in
      two: the font file has what the screens up to the last question draw (the words, and every
      current quiz file but its bands and recommendations), the later file the rest (the
      results' own text, the sources, earlier versions), which the page fetches after the first
      question
so a reader downloads only the glyphs their language shows, and waits only for those of the
questions. A locale that adds a language adds its subset here without any change to this file.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import collect_glyphs  # noqa: E402  (the same rules for what a file's characters are)

NOTO = "/usr/share/fonts/truetype/noto/NotoSans-{weight}.ttf"
SUBSET = ["--layout-features=", "--no-hinting", "--desubroutinize", "--name-IDs=0,1,2,3,4,5,6,13,14"]


def glyph_file(directory, name, inputs, exclude_font=None):
    path = os.path.join(directory, name)
    args = ["collect_glyphs", path] + (["--exclude-font", exclude_font] if exclude_font else []) + inputs
    if collect_glyphs.main(args) != 0:
        sys.exit(f"subset_fonts.py: could not collect the glyphs for {name}")
    return path


def subset(font, text_file, output, extra):
    command = [sys.executable, "-m", "fontTools.subset", font, f"--text-file={text_file}",
               f"--output-file={output}", *SUBSET, *extra]
    if subprocess.run(command).returncode != 0:
        sys.exit(f"subset_fonts.py: fontTools could not subset {font} into {output}")


# What a quiz file holds that only the results draw: their glyphs can come after the first question.
RESULTS_ONLY = ("bands", "recommendations")


def locale_files(dist, catalog, locale):
    """The quiz files (every version, and the current one's sources) and the words of one locale."""
    files = [os.path.join(dist, f"strings.{locale}.json")]
    for quiz in catalog["quizzes"]:
        if locale in quiz["languages"]:
            files.append(os.path.join(dist, f"{quiz['id']}.{locale}.json"))
            files.append(os.path.join(dist, f"{quiz['id']}.{locale}.sources.json"))
        for version in quiz["versions"]:
            name = os.path.join(dist, f"{quiz['id']}.v{version['version']}.{locale}.json")
            if locale in version["files"] and os.path.exists(name):
                files.append(name)
    return files


def question_files(dist, catalog, locale, work):
    """The words and every current quiz file of one locale without what only the results draw."""
    files = [os.path.join(dist, f"strings.{locale}.json")]
    for quiz in catalog["quizzes"]:
        if locale in quiz["languages"]:
            with open(os.path.join(dist, f"{quiz['id']}.{locale}.json"), encoding="utf-8") as f:
                document = json.load(f)
            for key in RESULTS_ONLY:
                document.pop(key, None)
            files.append(os.path.join(work, f"{quiz['id']}.{locale}.questions.json"))
            with open(files[-1], "w", encoding="utf-8") as f:
                json.dump(document, f, ensure_ascii=False)
    return files


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def canvas_font(content, locale_id):
    """The canvas font a locale names ({"file", "source", "face"}), through its fallbacks."""
    while locale_id:
        with open(os.path.join(content, "locales", f"{locale_id}.json"), encoding="utf-8") as f:
            locale = json.load(f)
        font = locale.get("fonts", {}).get("canvas")
        if font:
            return font
        locale_id = locale.get("fallback")
    return None


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    dist, content, sources = argv[1], argv[2], argv[3:]
    with open(os.path.join(dist, "catalog.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    with tempfile.TemporaryDirectory() as work:
        every_text = []
        for locale in catalog["locales"]:
            every_text += locale_files(dist, catalog, locale["id"])
        latin = glyph_file(work, "latin.txt", every_text + sources)
        for weight in ("Regular", "Bold"):
            subset(NOTO.format(weight=weight), latin, os.path.join(dist, f"noto-sans-{weight.lower()}.ttf"),
                   ["--drop-tables+=GSUB,GPOS,GDEF,DSIG"])
        regular = os.path.join(dist, "noto-sans-regular.ttf")
        fonts_cpp = [s for s in sources if s.endswith("fonts.cpp")]
        for locale in catalog["locales"]:
            font = canvas_font(content, locale["id"])
            if not font:
                continue
            # A variant shares its parent's font file: its glyphs join the parent's subset.
            owners = [l["id"] for l in catalog["locales"] if l.get("font") == locale["font"]]
            if owners[0] != locale["id"]:
                continue
            inputs = fonts_cpp + [f for owner in owners for f in locale_files(dist, catalog, owner)]
            text = glyph_file(work, f"{locale['id']}.txt", inputs, exclude_font=regular)
            cjk = [f"--font-number={font.get('face', 0)}", "--drop-tables+=GSUB,GPOS,GDEF,DSIG,BASE,VORG,vhea,vmtx"]
            later = locale.get("font_later")
            if later:
                first = fonts_cpp + [f for owner in owners for f in question_files(dist, catalog, owner, work)]
                first_text = glyph_file(work, f"{locale['id']}.first.txt", first, exclude_font=regular)
                rest = set(read_text(text)) - set(read_text(first_text))
                with open(text, "w", encoding="utf-8") as f:
                    f.write("".join(sorted(rest)))
                subset(font["source"], first_text, os.path.join(dist, font["file"]), cjk)
                subset(font["source"], text, os.path.join(dist, later), cjk)
            else:
                subset(font["source"], text, os.path.join(dist, font["file"]), cjk)


if __name__ == "__main__":
    main(sys.argv)
