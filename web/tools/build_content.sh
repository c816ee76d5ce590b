#!/usr/bin/env bash
# Writes everything of dist/ that comes from content/: the quiz files and the catalogue, the
# fonts subset to each language's glyphs, the pages without script, and the loader with the
# catalogue inside. web/CMakeLists.txt runs it whenever content/ or these tools change; the
# browser tests run it over a changed copy of content/ (a new version, a new language) to build a
# dist/ for it.
set -euo pipefail

usage() {
    cat <<USAGE
Usage: web/tools/build_content.sh DIST CONTENT EXPOSURE VERSION [SITE]

  DIST      the site folder to write into (the module's files are built there by CMake)
  CONTENT   the content folder (content/)
  EXPOSURE  the native exposure CLI (build/native/bin/exposure)
  VERSION   the project's version, written into the loader
  SITE      the address DIST is served from (https://example.com/quiz/), for the link cards
            and oEmbed; without it their addresses are relative (see exposure help pages)

Steps: exposure catalog (quiz files, strings.LOCALE.json, catalog.json), tools/subset_fonts.py
(Noto Sans and each locale's own font), exposure pages (index.html and frame.html with the
first screen in every language and their <noscript> lines, the plain questions pages,
exposure-quiz.css, questions.css; index.LOCALE.html and the oEmbed responses), tools/make_cards.py
(the link card's image in every language), cmake/JoinScripts.cmake (exposure-quiz.js and embed.js, with
the catalogue inside).
USAGE
}
[[ ${1:-} == --help || ${1:-} == -h ]] && { usage; exit 0; }
[[ $# -eq 4 || $# -eq 5 ]] || { usage >&2; exit 2; }
dist=$1 content=$2 exposure=$3 version=$4 site=${5:-}
web=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$web/.." && pwd)
[[ -x $exposure ]] || { echo "build_content.sh: $exposure is missing: build the native exposure CLI first (cmake --build --preset native --target exposure)" >&2; exit 1; }
mkdir -p "$dist"

"$exposure" catalog "$content" --out "$dist" >/dev/null
/usr/bin/python3 "$web/tools/subset_fonts.py" "$dist" "$content" "$web"/src/*.cpp "$web"/src/*.h
"$exposure" pages "$content" --web "$web" --dist "$dist" ${site:+--site "$site"} >/dev/null
/usr/bin/python3 "$web/tools/make_cards.py" "$dist" "$content"
loader="$web/js/core.js;$web/js/view.js;$web/js/loader.js"
cmake -DOUTPUT="$dist/exposure-quiz.js" "-DINPUTS=$loader" -DVERSION="$version" \
    -DCATALOG="$dist/catalog.json" -P "$root/cmake/JoinScripts.cmake"
cmake -DOUTPUT="$dist/embed.js" "-DINPUTS=$loader" -DAFTER="$web/embed.js" -DVERSION="$version" \
    -DCATALOG="$dist/catalog.json" -P "$root/cmake/JoinScripts.cmake"
