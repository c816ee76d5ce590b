#!/usr/bin/env bash
# exposure pages: the default quiz's first screen in each of its languages, written into the
# site's pages as the loader adopts it, the languages' browser tags for boot.js, and the
# stylesheet with the engine's palette.
source "$(dirname "$0")/lib.bash"

dist=$tmp/dist
mkdir -p "$dist"
printf '<html><head>\n<!-- @LANGUAGES@ -->\n</head><body>\n<!-- @FIRST@ -->\n</body></html>\n' >"$dist/index.html"
cp "$dist/index.html" "$dist/frame.html"
[ "$(run pages "$root/content" --dist "$dist" --css "$root/web/quiz.css")" = 0 ] || fail "pages exits 0"

for page in index.html frame.html; do
  for lang in en zh-Hans zh-Hant zh-Hant-HK; do
    grep -q "<div class=\"exposure-quiz\" data-eq-first data-eq-quiz=\"wechat\" lang=\"$lang\">" "$dist/$page" ||
      fail "$page: the $lang first screen"
  done
  [ "$(grep -c 'data-action="start"' "$dist/$page")" = 4 ] || fail "$page: one Start per language"
  grep -q 'zh-Hant-HK:zh-Hant-HK,zh-HK,zh-MO' "$dist/$page" || fail "$page: the tags boot.js reads"
done
# The words are the quiz's and the locale's, as the module describes them.
python3 - "$dist/index.html" "$root/content" <<'PY' || fail "the first screens say the quiz's title and the locale's Start"
import json, sys
page = open(sys.argv[1], encoding="utf-8").read()
content = sys.argv[2]
assert json.load(open(f"{content}/wechat/quiz.json", encoding="utf-8"))["title"] in page
assert json.load(open(f"{content}/wechat/text/zh-Hans.json", encoding="utf-8"))["title"]["text"] in page
assert json.load(open(f"{content}/locales/zh-Hans.json", encoding="utf-8"))["screens"]["start"] in page
PY
grep -q -- "--eq-background: #" "$dist/exposure-quiz.css" || fail "the palette as CSS variables"
grep -q "prefers-color-scheme: dark" "$dist/exposure-quiz.css" || fail "a dark palette"
grep -q 'html\[data-eq-lang="zh-Hant-HK"\] .exposure-quiz\[data-eq-first\]\[lang="zh-Hant-HK"\]' "$dist/exposure-quiz.css" ||
  fail "each language shows its own first screen"
head -c 200 "$dist/exposure-quiz.css" | grep -q "web/js/view.js" || fail "web/quiz.css comes first"

# A page without the markers is named, and the other is left as it was.
printf '<html><head>\n<!-- @LANGUAGES@ -->\n</head><body>\n<!-- @FIRST@ -->\n</body></html>\n' >"$dist/index.html"
printf '<html></html>\n' >"$dist/frame.html"
[ "$(run pages "$root/content" --dist "$dist" --css "$root/web/quiz.css")" = 1 ] || fail "a page without markers exits 1"
grep -q "frame.html: no <!-- @FIRST@ --> to replace" "$tmp/err" || fail "names the page"
grep -q "<!-- @FIRST@ -->" "$dist/index.html" || fail "index.html is not written when frame.html fails"
[ "$(run pages "$root/content")" = 2 ] || fail "pages without --dist is a usage error"
echo "pages: ok"
