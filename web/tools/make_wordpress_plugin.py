#!/usr/bin/env python3
"""Builds DIST/exposure-quiz-wordpress.zip, the WordPress plugin: wordpress/exposure-quiz/ (PHP,
the block's editor script) with the quiz's files from DIST inside, in quiz/, so a blog serves
them itself and its readers make no request to any other host.

quiz/ holds what embed.js loads (the loader, the module and its JavaScript build, the quizzes in
every language and version, the screens' words, the fonts, the stylesheet), catalog.json (the
plugin checks every option against it) and the plain questions pages (the fallback link for
readers without JavaScript). The full pages, the frames, the single-file pages, the link cards
and the examples stay out: a blog has its own pages.

The zip is reproducible: its entries are sorted and dated 1980-01-01.

Usage: make_wordpress_plugin.py DIST PLUGIN_DIR VERSION
"""
import re
import sys
import zipfile
from pathlib import Path

NAME = "exposure-quiz"
# The files of dist/ the plugin ships, by name.
SHIPPED = [
    r"embed\.js",
    r"exposure-quiz-core\.js", r"exposure-quiz-core\.wasm", r"exposure-quiz-core-nowasm\.js",
    r"exposure-quiz\.css",
    r"catalog\.json",
    r"strings\.[A-Za-z-]+\.json",
    r"(?![a-z0-9_-]*-oembed\.)[a-z0-9_-]+(?:\.v[0-9]+)?\.[A-Za-z-]+(?:\.sources)?\.json",  # the quizzes: QUIZ.LOCALE.json (+ .sources.json), QUIZ.vN.LOCALE.json
    r"[a-z0-9-]+\.ttf",
    r"questions(?:\.[A-Za-z-]+)?\.html", r"questions\.css",
]
# PHP and the block's files, with @VERSION@ replaced.
TEXT = {".php", ".js", ".json", ".txt"}


def fail(message):
    sys.exit(f"make_wordpress_plugin.py: {message}")


def entry(zf, name, data):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(0 if len(sys.argv) == 2 and sys.argv[1] in ("-h", "--help") else 2)
    dist, plugin, version = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    if not (plugin / f"{NAME}.php").is_file():
        fail(f"{plugin / (NAME + '.php')} is missing: PLUGIN_DIR is wordpress/exposure-quiz")
    shipped = sorted(p for p in dist.iterdir()
                     if p.is_file() and any(re.fullmatch(pattern, p.name) for pattern in SHIPPED))
    for needed in ("embed.js", "exposure-quiz-core.wasm", "catalog.json"):
        if not (dist / needed).is_file():
            fail(f"{dist / needed} is missing: build the web target first")
    output = dist / f"{NAME}-wordpress.zip"
    temporary = output.with_suffix(".zip.tmp")
    with zipfile.ZipFile(temporary, "w") as zf:
        for path in sorted(p for p in plugin.rglob("*") if p.is_file()):
            data = path.read_bytes()
            if path.suffix in TEXT:
                data = data.replace(b"@VERSION@", version.encode())
            entry(zf, f"{NAME}/{path.relative_to(plugin).as_posix()}", data)
        for path in shipped:
            entry(zf, f"{NAME}/quiz/{path.name}", path.read_bytes())
    temporary.replace(output)


if __name__ == "__main__":
    main()
