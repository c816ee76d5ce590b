#!/usr/bin/env bash
# exposure compare: an earlier result link beside a later one, as JSON and text; links made on
# different published versions and shown in different languages; clear errors.
source "$(dirname "$0")/lib.bash"
json() { python3 -c "import json,sys; d=json.load(open('$tmp/out')); print($1)"; }
share_of() { # QUIZ ARGS...: the share code `exposure score` gives
  run score "$@" >/dev/null && json 'd["share"]'
}

quiz=$data/cli_small.json
# Then: the CLI answers with two actions in the plan. Now: the PIN set (use_pin's fix), the rest
# as it was.
then_code=$(share_of "$quiz" --answers "$data/cli_answers.json" --plan use_pin,drop_features)
echo '{"answers": {"account": "unsure", "features": ["backup", "games"], "backup_kind": "chats", "pin": "yes"}}' >"$tmp/now.json"
now_code=$(share_of "$quiz" --answers "$tmp/now.json")

[ "$(run compare "$quiz" "$then_code" "$now_code")" = 0 ] || fail "compare exits 0"
[ "$(wc -l <"$tmp/out")" = 1 ] || fail "the JSON comparison is one line"
[ "$(json 'list(d.keys())')" = "['compare_schema', 'quiz', 'different_version', 'different_language', 'then', 'now', 'change', 'categories', 'answers', 'plan']" ] || fail "keys in order"
[ "$(json 'list(d["then"].keys())')" = "['version', 'lang', 'score', 'band', 'band_title', 'categories', 'plan']" ] || fail "a side's keys in order"
# then: acct 3 of 5 = 60, data 5 of 6 = 83.33 -> 67.78; now: acct 1 of 5 = 20 -> 41.11
[ "$(json 'abs(d["then"]["score"] - 203.33333333333333/3) < 1e-9')" = True ] || fail "the earlier score"
[ "$(json 'abs(d["now"]["score"] - 123.33333333333333/3) < 1e-9')" = True ] || fail "the later score"
[ "$(json 'd["change"] == d["now"]["score"] - d["then"]["score"]')" = True ] || fail "the change, unrounded"
[ "$(json '(d["then"]["band"], d["now"]["band"])')" = "('high', 'mid')" ] || fail "the bands then and now"
[ "$(json '[(c["id"], round(c["then"], 2), round(c["now"], 2)) for c in d["categories"]]')" = "[('acct', 60.0, 20.0), ('data', 83.33, 83.33)]" ] || fail "the categories then and now"
[ "$(json 'd["answers"]')" = "[{'question': 'pin', 'change': 'changed', 'then': {'state': 'chosen', 'options': ['no']}, 'now': {'state': 'chosen', 'options': ['yes']}}]" ] || fail "the answer that changed, by ids"
[ "$(json '[(p["id"], p["status"], p["done"]) for p in d["plan"]]')" = "[('use_pin', 'fix_in_place', True), ('drop_features', 'still_to_do', False)]" ] || fail "the earlier plan's items, done or not"
[ "$(json '(d["different_version"], d["different_language"])')" = "(False, False)" ] || fail "same version, same language"

[ "$(run compare "$quiz" "$then_code" "$now_code" --format text)" = 0 ] || fail "text exits 0"
grep -q "^Score: 67.8 (High) -> 41.1 (Medium), -26.7 points$" "$tmp/out" || fail "text: the score then and now"
grep -q "^  Account: 60.0 -> 20.0$" "$tmp/out" || fail "text: a category then and now"
grep -q "^    then: No$" "$tmp/out" || fail "text: the earlier answer in words"
grep -q "^  Lock the phone: done: the answer is now what it advised$" "$tmp/out" || fail "text: a plan item done since"
grep -q "still to do$" "$tmp/out" || fail "text: a plan item still to do"
grep -q "^Note:" "$tmp/out" && fail "text: no note for the same version and language"

# A link made on version 1 of the WeChat quiz (held since the pages before packages), beside one
# made today on version 2 and opened in Chinese: each scored on its own version.
held=AghVqXd0oCLoGoiYhVqLFRE3oiIoRM1ExIA0kA
today=$(share_of "$root/content/wechat" --answers "$data/personas/wechat-cn86-pay-business.json")
[ "$(run compare "$root/content/wechat" "$held" "$today" --lang zh-Hans --old-lang en)" = 0 ] || fail "compare across versions and languages exits 0"
[ "$(json '(d["different_version"], d["different_language"])')" = "(True, True)" ] || fail "different version and language"
[ "$(json '(d["then"]["version"], d["then"]["lang"], d["now"]["version"], d["now"]["lang"])')" = "(1, 'en', 2, 'zh-Hans')" ] || fail "each side's version and language"
[ "$(json 'repr(d["then"]["score"])')" = 85.95512218045114 ] || fail "the held link keeps its score exactly"
[ "$(json '[a["question"] for a in d["answers"] if a["change"] == "only_now"]')" = "['at_risk', 'family_in_china', 'strangers', 'desktop_history']" ] || fail "questions new in version 2"
[ "$(json '[a["question"] for a in d["answers"] if a["change"] == "changed"]')" = "['files_sent']" ] || fail "an option version 2 dropped"
[ "$(run compare "$root/content/wechat" "$held" "$today" --lang zh-Hans --old-lang en --format text)" = 0 ] || fail "text across versions exits 0"
grep -q "^Note: the two results were made on different versions of the quiz (version 1, then version 2)" "$tmp/out" || fail "text: notes the versions"
grep -q "^Note: the two results are in different languages (en, then zh-Hans)" "$tmp/out" || fail "text: notes the languages"
grep -q "(new in this version)$" "$tmp/out" || fail "text: a question new in this version"

# Codes that do not open say which side and why, with their diagnostic code; both are checked.
[ "$(run compare "$quiz" "${then_code%???}" "$now_code")" = 1 ] || fail "a cut-off code exits 1"
grep -q "^old code: share code is incomplete: it may have been cut off .* (share-malformed)$" "$tmp/err" || fail "a cut-off code: its message and code"
[ "$(run compare "$quiz" 'ab=cd' 'AAAA')" = 1 ] || fail "two bad codes exit 1"
grep -q "^old code: .*position 3.* (share-malformed)$" "$tmp/err" || fail "a garbled code says where"
grep -q "^new code: .* (share-malformed)$" "$tmp/err" || fail "the second code is checked too"
[ "$(run compare "$quiz" "$then_code" "$today")" = 1 ] || fail "another quiz's code exits 1"
grep -q "^new code: share code was made for a different quiz (share-other-quiz)$" "$tmp/err" || fail "another quiz's code: its message and code"
[ "$(run compare "$root/content/wechat" "$held" "$today" --lang xx)" = 1 ] || fail "an unknown --lang exits 1"

[ "$(run compare "$quiz" "$then_code")" = 2 ] || fail "one code is a usage error"
[ "$(run compare "$quiz" "$then_code" "$now_code" --format xml)" = 2 ] || fail "an unknown format is a usage error"
[ "$(run compare "$quiz" "$then_code" "$now_code" --plan x)" = 2 ] || fail "an unknown option is a usage error"
echo "compare: ok"
