#!/usr/bin/env bash
# exposure pages: the default quiz's first screen in each of its languages, written into the
# site's pages as the loader adopts it, the languages' browser tags for boot.js, and the
# stylesheet with the engine's palette.
source "$(dirname "$0")/lib.bash"

dist=$tmp/dist
mkdir -p "$dist"
[ "$(run pages "$root/content" --web "$root/web" --dist "$dist")" = 0 ] || fail "pages exits 0"

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

# The plain pages: every question of the quiz as a group, its sources' quotes, every action.
for page in questions.html questions.zh-Hans.html questions.zh-Hant.html questions.zh-Hant-HK.html; do
  [ -f "$dist/$page" ] || fail "$page is written"
done
python3 - "$dist/questions.html" "$root/content/wechat/quiz.json" <<'PY' || fail "the plain page holds every question, quote and action"
import json, sys
page = open(sys.argv[1], encoding="utf-8").read()
quiz = json.load(open(sys.argv[2], encoding="utf-8"))
assert page.count("<fieldset") == len(quiz["questions"])
assert page.count("<h3>") == len(quiz["recommendations"])
assert all(f'id="q-{q["id"]}"' in page for q in quiz["questions"])
assert '<blockquote class="quote" lang="zh-Hans"' in page  # a law quoted in Chinese, in English
PY
grep -q '<p lang="zh-Hant-HK"><a\|<p lang="zh-Hant-HK">[^<]*<a href="questions.zh-Hant-HK.html"' "$dist/index.html" ||
  fail "a <noscript> line per language, linking to its plain page"
grep -q ':lang(zh-Hans) { font-family:' "$dist/questions.css" || fail "each language in its system fonts"

# Each language's page: its own head (title, description, link card, oEmbed link) and language.
[ "$(run pages "$root/content" --web "$root/web" --dist "$dist" --site https://example.com/quiz)" = 0 ] ||
  fail "pages --site exits 0"
python3 - "$dist" "$root/content" <<'PY' || fail "every page has its card and oEmbed link, and each oEmbed response is valid oEmbed 1.0"
import json, re, sys
dist, content = sys.argv[1], sys.argv[2]
pages = {"en": "index.html", "zh-Hans": "index.zh-Hans.html", "zh-Hant": "index.zh-Hant.html", "zh-Hant-HK": "index.zh-Hant-HK.html"}
for lang, name in pages.items():
    page = open(f"{dist}/{name}", encoding="utf-8").read()
    head = page.split("</head>")[0]
    words = json.load(open(f"{content}/locales/{lang}.json", encoding="utf-8"))["page"]
    meta = dict(re.findall(r'<meta property="(og:[a-z_:]+)" content="([^"]*)"', head))
    for tag in ("og:title", "og:description", "og:type", "og:locale", "og:url", "og:image", "og:site_name"):
        assert meta.get(tag), f"{name}: {tag}"
    assert meta["og:image"].startswith("https://example.com/quiz/wechat-card"), meta["og:image"]
    assert meta["og:url"].startswith("https://example.com/quiz/"), meta["og:url"]
    assert '<meta name="twitter:card" content="summary_large_image">' in head, name
    assert f'<html lang="{lang}">' in page, f"{name} is in {lang}"
    if "og_locale" in words:
        assert meta["og:locale"] == words["og_locale"], name
    if "description" in words:
        assert meta["og:description"] == words["description"], f"{name}: the description in its language"
    link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', head)
    assert link, f"{name}: the oEmbed discovery link"
    response = link.group(1).replace("https://example.com/quiz/", f"{dist}/")
    data = json.load(open(response, encoding="utf-8"))
    # oEmbed 1.0 (oembed.com, 2.9 and 2.3.4.4): type and version always; html, width, height for rich.
    assert data["version"] == "1.0" and data["type"] == "rich", response
    assert isinstance(data["width"], int) and isinstance(data["height"], int), response
    assert '<blockquote class="wp-embedded-content"' in data["html"] and "<iframe " in data["html"], response
    assert re.search(r'<iframe src="https://example.com/quiz/wechat-frame[.a-zA-Z-]*\.html"[^>]* title="[^"]+"', data["html"]), response
    # The thumbnail's three fields come together (2.3.4).
    assert all(k in data for k in ("thumbnail_url", "thumbnail_width", "thumbnail_height")), response
PY
grep -q 'data-lang="zh-Hant"' "$dist/index.zh-Hant.html" || fail "index.zh-Hant.html opens in zh-Hant"
grep -q 'data-lang=' "$dist/index.html" && fail "index.html follows the reader's languages (no pinned language)"
[ "$(run pages "$root/content" --web "$root/web" --dist "$dist" --site ftp://example.com)" = 2 ] ||
  fail "--site that is no http(s) address is a usage error"

# A template without its markers is named, and nothing is written.
cp -r "$root/web" "$tmp/web"
printf '<html></html>\n' >"$tmp/web/frame.html"
rm -rf "$dist" && mkdir -p "$dist"
[ "$(run pages "$root/content" --web "$tmp/web" --dist "$dist")" = 1 ] || fail "a template without markers exits 1"
grep -q "frame.html: no <!-- @NOSCRIPT@ --> to replace" "$tmp/err" || fail "names the template"
[ -z "$(ls "$dist")" ] || fail "nothing is written when a template fails"
[ "$(run pages "$root/content")" = 2 ] || fail "pages without --dist is a usage error"
echo "pages: ok"
