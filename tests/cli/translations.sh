#!/usr/bin/env bash
# exposure translations: every shipped translation is complete and up to date; a changed source
# sentence makes its translations stale (and the content check fail) until they are updated and
# stamped; extra and untranslated entries are named by their pointers.
source "$(dirname "$0")/lib.bash"

for package in "$root"/content/*/quiz.json; do
  package=$(dirname "$package")
  [ "$(run translations "$package")" = 0 ] || fail "the shipped translations of $package are up to date"
  grep -q "text/zh-Hans.json: [0-9]* texts, up to date" "$tmp/out" || fail "$package: zh-Hans up to date"
done

# One English sentence changes: both Chinese texts of it become stale, nothing else.
cp -r "$root/content" "$tmp/content"
pkg=$tmp/content/wechat
python3 - "$pkg/quiz.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
d["questions"][2]["help"] += " A corrected sentence."
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
pointer=$(python3 -c "import json; print('/questions/' + json.load(open('$pkg/quiz.json'))['questions'][2]['id'] + '/help')")
# The languages that translate it (a regional variant only where it words it differently).
langs=$(python3 - "$pkg" "$pointer" <<'PY'
import glob, json, os, sys
qid = sys.argv[2].split("/")[2]
for path in sorted(glob.glob(os.path.join(sys.argv[1], "text", "*.json"))):
    if "help" in json.load(open(path, encoding="utf-8")).get("questions", {}).get(qid, {}):
        print(os.path.basename(path)[:-5])
PY
)
[[ $langs == *zh-Hans*zh-Hant* ]] || fail "both Chinese texts translate $pointer"
[ "$(run translations "$pkg")" = 1 ] || fail "a stale translation exits 1"
for lang in $langs; do
  grep -qE "text/$lang.json:[0-9]+:[0-9]+: $pointer: stale: .*A corrected sentence\\..*\\(translation-stale\\)" "$tmp/out" ||
    fail "$lang: the changed text is stale, named by its pointer"
done
[ "$(grep -c 'translation-stale' "$tmp/out")" = "$(echo "$langs" | wc -w)" ] || fail "exactly the changed text is stale, in each language"
[ "$(run check "$tmp/content")" = 1 ] || fail "the content check fails on a stale translation"
[ "$(run translations "$pkg" --lang zh-Hant)" = 1 ] || fail "--lang checks one language"
if grep -q "zh-Hans" "$tmp/out"; then fail "--lang zh-Hant reports only zh-Hant"; fi

# Updated and stamped, each is current again.
for lang in $langs; do
  [ "$(run translations "$pkg" --stamp $lang "$pointer")" = 0 ] || fail "--stamp $lang exits 0"
  grep -q "stamped 1 entries" "$tmp/out" || fail "--stamp says what it did"
done
[ "$(run translations "$pkg")" = 0 ] || fail "stamped translations are up to date"

# An entry for a text the quiz does not have, and one left in English.
python3 - "$pkg/text/zh-Hans.json" "$pkg/quiz.json" <<'PY'
import json, sys
text_path, quiz_path = sys.argv[1], sys.argv[2]
text = json.load(open(text_path, encoding="utf-8"))
quiz = json.load(open(quiz_path, encoding="utf-8"))
text["questions"]["no_such_question"] = {"prompt": {"text": "x", "from": "00000000"}}
text["title"]["text"] = quiz["title"]
json.dump(text, open(text_path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
[ "$(run translations "$pkg")" = 1 ] || fail "extra and untranslated entries exit 1"
grep -q "/questions/no_such_question/prompt: the quiz has no such text .*(translation-extra)" "$tmp/out" || fail "an extra entry"
grep -q "/title: untranslated: the same as the source text (translation-untranslated)" "$tmp/out" || fail "an untranslated entry"

# A template for a new language has every text, each to be translated.
[ "$(run translations "$root/content/messaging" --template fr)" = 0 ] || fail "--template exits 0"
python3 -c "import json; d = json.load(open('$tmp/out')); assert d['locale'] == 'fr' and d['title']['from']" || fail "the template is a translation file"

[ "$(run translations)" = 2 ] || fail "translations without a package is a usage error"
[ "$(run translations "$pkg" --stamp zh-Hans)" = 2 ] || fail "--stamp without pointers is a usage error"
[ "$(run translations "$data/cli_small.json")" = 1 ] || fail "a single file is no package"
echo "translations: ok"
