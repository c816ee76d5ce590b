#!/usr/bin/env python3
"""Builds dist/QUIZ-quiz.html and QUIZ-quiz.LOCALE.html: the full-page quiz as one self-contained
HTML file, one per language.

Everything the page needs is inside it, so it works opened straight from disk (file://), as an
e-mail attachment or saved for offline use:
  - style.css, exposure-quiz.css, index.js and exposure-quiz.js as inline <style>/<script>, and
    the first screen in the page's language only;
  - the Emscripten glue, turned from an ES module (-sEXPORT_ES6: import() of a file:// URL fails)
    into a classic script that returns the factory;
  - the .wasm, the fonts, the quiz file and the screens' words, gzip'ed and base64'ed, unpacked in
    the browser with DecompressionStream.
exposure-quiz.js takes them from window.ExposureQuizBundle instead of fetching.

Usage: make_single_file.py DIST_DIR [QUIZ]
Writes a page for every language the catalogue (DIST_DIR/catalog.json) gives QUIZ (by default
the catalogue's first quiz, the site's default, content/quizzes.json): the source
language's as QUIZ-quiz.html, the others' as QUIZ-quiz.LOCALE.html. Each carries only its own
language's files (its quiz file, words and font), so the language switch offers none other
(exposure-quiz.js asks the bundle what it has).
The page has inline scripts by necessity, so it is not the CSP page: index.html is.

It also writes QUIZ-frame.html and QUIZ-frame.LOCALE.html, frame.html made the same way: the
iframe of the oEmbed responses (`exposure pages` writes QUIZ-oembed.json). WordPress shows an
oEmbed iframe with sandbox="allow-scripts" and no allow-same-origin, so the page's origin is
'null': every fetch or import() of another file would need Access-Control-Allow-Origin from the
host. With everything inside, the frame needs nothing from the host but the file itself. Its
"open the quiz on its own page" link and its result links go to index(.LOCALE).html beside it.
"""
import argparse
import base64
import gzip
import html
import json
import re
import sys
from pathlib import Path


def fail(message):
    sys.exit(f"make_single_file.py: {message}")


def replace_once(text, old, new, what):
    if text.count(old) != 1:
        fail(f"expected exactly one {what} ({old!r}) in the Emscripten output, found {text.count(old)}: "
             "has the Emscripten version changed? Update web/tools/make_single_file.py")
    return text.replace(old, new)


def script_safe(js):
    # Inside <script>, "</script" ends the element and "<!--" starts odd parsing rules.
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def classic_glue(module_js):
    js = replace_once(module_js, "var _scriptDir = import.meta.url;", "var _scriptDir = undefined;", "import.meta.url")
    js = replace_once(js, "export default ExposureQuizCore;", "", "ES module export")
    # The default .wasm location (unused: the loader instantiates the module itself).
    js = replace_once(js, 'new URL("exposure-quiz-core.wasm",import.meta.url).toString()', '"exposure-quiz-core.wasm"',
                      "wasm URL from import.meta.url")
    if "import.meta" in js or re.search(r"^\s*(import|export)\s", js, re.M):
        fail("the Emscripten output still has ES module syntax after the transform")
    return js


def packed(path):
    return base64.b64encode(gzip.compress(path.read_bytes(), 9, mtime=0)).decode("ascii")


# The full page (index.html) or the frame (frame.html), and what each inlines.
PAGES = {
    "quiz": {"template": "index.html", "script": "index.js", "style": "style.css", "root": '<main id="quiz"'},
    "frame": {"template": "frame.html", "script": "frame.js", "style": "frame.css", "root": '<div id="quiz"'},
}


def write_page(dist, output, quiz, lang, also, kind="quiz", page_words=None, full_page=None):
    read = lambda name: (dist / name).read_text(encoding="utf-8")
    spec = PAGES[kind]

    names = ["exposure-quiz-core.wasm", "noto-sans-regular.ttf", "noto-sans-bold.ttf", quiz, *also]
    missing = [name for name in names if not (dist / name).is_file()]
    if missing:
        fail(f"{', '.join(missing)} not in {dist}: build the web target first")
    files = {name: packed(dist / name) for name in names}
    bundle = (
        "window.ExposureQuizBundle = (() => {\n"
        "  'use strict';\n"
        f"  const files = {json.dumps(files, indent=0)};\n"
        "  const unpacked = {};\n"
        "  const unpack = (b64) => {\n"
        "    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));\n"
        "    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();\n"
        "  };\n"
        "  const core = (() => {\n" + classic_glue(read("exposure-quiz-core.js")) + "\n  return ExposureQuizCore;\n  })();\n"
        "  return { core, has: (name) => name in files,\n"
        "    file: (name) => (files[name] ? (unpacked[name] = unpacked[name] || unpack(files[name])) : null) };\n"
        "})();\n"
    )

    page = read(spec["template"])
    favicon = "data:image/svg+xml;base64," + base64.b64encode((dist / "favicon.svg").read_bytes()).decode("ascii")
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", page)
    # A file on its own is no page to share or embed: the link card, the other languages' pages
    # and the oEmbed link belong to index.html.
    page = re.sub(r'<link rel="(?:alternate|canonical)"[^>]*>\n?', "", page)
    page = re.sub(r'<meta (?:property="og:|name="twitter:)[^>]*>\n?', "", page)
    # Nothing is fetched here: the preloads (and the comment that explains them) go.
    page = re.sub(r'<!--(?:(?!-->).)*preload(?:(?!-->).)*-->\n', "", page, flags=re.S)
    page = re.sub(r'<link rel="preload"[^>]*>\n?', "", page)
    page = replace_once(page, f'<link rel="stylesheet" href="{spec["style"]}">', f"<style>\n{read(spec['style'])}</style>", "stylesheet link")
    page = replace_once(page, '<link rel="stylesheet" href="exposure-quiz.css">',
                        f"<style>\n{read('exposure-quiz.css')}</style>", "quiz stylesheet link")
    # One language: its first screen only, chosen here rather than by boot.js, and without the
    # language links (the page offers no other language).
    page = re.sub(r'<meta name="exposure-quiz-languages"[^>]*>\n?', "", page)
    page = re.sub(r'<!--[^>]*boot\.js[^>]*-->\n<script src="boot\.js"></script>\n', "", page)
    page = replace_once(page, '<script src="boot.js"></script>\n', "", "boot script tag") if 'src="boot.js"' in page else page
    blocks = re.findall(r'<div class="exposure-quiz" data-eq-first.*?</div></div>\n</div>\n', page, flags=re.S)
    for block in blocks:
        keep = f'lang="{lang}">' in block.split("\n", 1)[0]
        page = page.replace(block, re.sub(r'<nav class="eq-languages".*?</nav>', "", block, flags=re.S) if keep else "")
    if kind == "quiz":
        page = replace_once(page, 'href="favicon.svg"', f'href="{favicon}"', "favicon link")
    page = replace_once(page, '<script src="exposure-quiz.js" defer></script>\n', "", "loader script tag")
    page = replace_once(page, f'<script src="{spec["script"]}" defer></script>\n', "", "page script tag")
    # The <noscript> links to the plain questions pages (questions.html, questions.LANG.html)
    # have no file beside a single file: keep their words, drop the links.
    page = re.sub(r'<a href="questions(?:\.[A-Za-z-]+)?\.html"[^>]*>([^<]*)</a>', r"\1", page)
    page = replace_once(page, '<html lang="en">', f'<html lang="{lang}" data-eq-lang="{lang}">', "<html lang>")
    if kind == "quiz":
        page = replace_once(page, '<main id="quiz"', f'<main id="quiz" data-lang="{lang}"', "<main id=quiz>")
    else:
        # The quiz's own page in this language: where "open the quiz on its own page" and the
        # result links go (frame.js; through WordPress's link message inside its sandbox).
        page = replace_once(page, '<div id="quiz">', f'<div id="quiz" data-lang="{lang}" data-page="{full_page}">', "<div id=quiz>")
        link = (f'<p class="eq-frame-open" lang="{lang}"><a href="{full_page}" target="_blank" rel="noopener" data-eq-open-page>'
                f'{html.escape(page_words["open_page"])}</a></p>\n')
        page = replace_once(page, "</div>\n<noscript>", f"</div>\n{link}<noscript>", "the end of <div id=quiz>")
    leftover = re.search(r'(?:src|href)="(?!data:|https?:|index(?:\.[A-Za-z-]+)?\.html")[^"]+"', page)
    if leftover:
        fail(f"index.html references a file this tool does not inline: {leftover.group(0)}")
    scripts = "".join(f"<script>\n{script_safe(js)}</script>\n"
                      for js in (bundle, read("exposure-quiz.js"), read(spec["script"])))
    page = replace_once(page, "</body>", scripts + "</body>", "</body>")
    output.write_text(page, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description="Builds the quiz as one self-contained HTML file per language.")
    parser.add_argument("dist")
    parser.add_argument("quiz", nargs="?", help="a quiz of the catalogue (default: its first, the site's default quiz)")
    args = parser.parse_args()
    dist = Path(args.dist)
    catalog = json.loads((dist / "catalog.json").read_text(encoding="utf-8"))
    quiz_id = args.quiz or catalog["quizzes"][0]["id"]
    entry = next((q for q in catalog["quizzes"] if q["id"] == quiz_id), None)
    if entry is None:
        fail(f"{quiz_id} is not a quiz of {dist / 'catalog.json'}")
    locales = {locale["id"]: locale for locale in catalog["locales"]}
    for lang in entry["languages"]:
        suffix = "" if lang == entry["source"] else f".{lang}"
        fonts = [locales[lang].get(key) for key in ("font", "font_later")]
        also = [f"strings.{lang}.json", f"{quiz_id}.{lang}.sources.json", *filter(None, fonts)]
        write_page(dist, dist / f"{quiz_id}-quiz{suffix}.html", f"{quiz_id}.{lang}.json", lang, also)
        # The frame is made for the default quiz only, as its pages are (exposure pages).
        if quiz_id == catalog["quizzes"][0]["id"]:
            write_page(dist, dist / f"{quiz_id}-frame{suffix}.html", f"{quiz_id}.{lang}.json", lang, also, "frame",
                       locales[lang]["words"], f"index{suffix}.html")


if __name__ == "__main__":
    main()
