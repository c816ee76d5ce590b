#!/usr/bin/env bash
# exposure compare-locales: every shipped translation agrees with its English file; a changed
# point value and an untranslated text are reported with pointers; usage errors exit 2.
source "$(dirname "$0")/lib.bash"

content=$root/content
pairs=0
for en in "$content"/*.en.json; do
  quiz=$(basename "$en" .en.json)
  for other in "$content/$quiz".*.json; do
    [ "$other" = "$en" ] && continue
    [ "$(run compare-locales "$en" "$other")" = 0 ] || fail "$(basename "$other") agrees with $(basename "$en")"
    grep -q "^$other: agrees with $en" "$tmp/out" || fail "says $(basename "$other") agrees"
    pairs=$((pairs + 1))
  done
done
[ "$pairs" -ge 4 ] || fail "expected at least 4 shipped translations, found $pairs"

# A copy of the Chinese WeChat file with one point value changed and one text left in English.
python3 - "$content/wechat.en.json" "$content/wechat.zh-Hans.json" "$tmp/zh.json" <<'PY'
import json, sys
en = json.load(open(sys.argv[1], encoding="utf-8"))
zh = json.load(open(sys.argv[2], encoding="utf-8"))
zh["questions"][4]["options"][1]["points"] += 1
zh["questions"][2]["prompt"] = en["questions"][2]["prompt"]
json.dump(zh, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
[ "$(run compare-locales "$content/wechat.en.json" "$tmp/zh.json")" = 1 ] || fail "differences exit 1"
grep -q "^$tmp/zh.json: /questions/4/options/1/points: points is " "$tmp/out" || fail "names the point value"
grep -q "^$tmp/zh.json: /questions/2/prompt: is the same text" "$tmp/out" || fail "names the untranslated prompt"
[ "$(wc -l <"$tmp/out")" = 2 ] || fail "one line per difference"

[ "$(run compare-locales "$content/wechat.en.json" "$content/messaging.en.json")" = 1 ] || fail "two quizzes differ"
grep -q ": /id: quiz id is " "$tmp/out" || fail "another quiz is named by its id"
[ "$(run compare-locales "$content/wechat.en.json" "$data/cli_invalid.json")" = 1 ] || fail "a file that does not load exits 1"
[ "$(run compare-locales "$content/wechat.en.json")" = 2 ] || fail "one file is a usage error"
[ "$(run compare-locales a.json b.json c.json)" = 2 ] || fail "three files are a usage error"
[ "$(run compare-locales "$content/wechat.en.json" "$content/wechat.zh-Hans.json" --bogus)" = 2 ] || fail "an unknown option is a usage error"
echo "compare-locales: ok"
