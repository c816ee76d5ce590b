#!/usr/bin/env bash
# exposure score: JSON and text reports from an answers file or a share code; clear errors.
source "$(dirname "$0")/lib.bash"
json() { python3 -c "import json,sys; d=json.load(open('$tmp/out')); print($1)"; }

quiz=$data/cli_small.json
[ "$(run score "$quiz" --answers "$data/cli_answers.json")" = 0 ] || fail "score with answers exits 0"
[ "$(wc -l <"$tmp/out")" = 1 ] || fail "the JSON report is one line"
# acct 3 of 5 = 60 (weight 2), data 5 of 6 = 83.33 (weight 1): (120 + 83.33) / 3
[ "$(json 'abs(d["score"] - 203.33333333333333/3) < 1e-9')" = True ] || fail "score value"
[ "$(json 'list(d.keys())')" = "['report_schema', 'quiz', 'version', 'lang', 'score', 'band', 'band_title', 'categories', 'contributions', 'recommendations', 'visible', 'answered', 'skipped', 'share']" ] || fail "keys in order"
[ "$(json 'd["version"]')" = 0 ] || fail "a single file is no package's published version"
[ "$(json 'd["band"]')" = high ] || fail "band"
[ "$(json 'abs(sum(d["contributions"].values()) - d["score"]) < 1e-9')" = True ] || fail "contributions add up"
[ "$(json '[r["id"] for r in d["recommendations"]]')" = "['drop_features', 'use_pin', 'read_more']" ] || fail "recommendation order"
[ "$(json 'd["recommendations"][2]["delta"]')" = None ] || fail "no fix, null delta"
code=$(json 'd["share"]')
first=$(cat "$tmp/out")

[ "$(run score "$quiz" --share "$code")" = 0 ] || fail "score with the share code exits 0"
[ "$(cat "$tmp/out")" = "$first" ] || fail "the share code reproduces the same report"

[ "$(run score "$quiz" --share "$code" --format text)" = 0 ] || fail "text format exits 0"
grep -q "^Score: 67.8 / 100 (High)" "$tmp/out" || fail "text score to 1 decimal"
grep -q "1. Use fewer features (saves 27.8 points)" "$tmp/out" || fail "text recommendations say what they save"

[ "$(run score "$quiz" --answers "$data/cli_answers_bad.json")" = 1 ] || fail "bad answers exit 1"
grep -qE "cli_answers_bad.json:[0-9]+:[0-9]+: /answers/account: " "$tmp/err" || fail "unknown option has its pointer"
grep -q "/answers/mystery: " "$tmp/err" || fail "unknown question has its pointer"
grep -q "/answers/pin: " "$tmp/err" || fail "skip of a non-skippable question has its pointer"

[ "$(run score "$quiz" --share "${code%???}")" = 1 ] || fail "a cut-off code exits 1"
grep -q "cut off" "$tmp/err" || fail "cut-off code message"
[ "$(run score "$quiz" --share 'ab=cd')" = 1 ] || fail "a garbled code exits 1"
grep -q "position 3" "$tmp/err" || fail "garbled code says where"
[ "$(run score "$root/content/wechat" --share "$code")" = 1 ] || fail "another quiz's code exits 1"
grep -q "different quiz" "$tmp/err" || fail "another quiz's code message"

# A plan (--plan ID,ID): the report adds where it takes the reader, every ticked fix in place
# together; its share code carries the plan and reproduces the report, plan included.
[ "$(run score "$quiz" --answers "$data/cli_answers.json" --plan use_pin,drop_features,read_more)" = 0 ] || fail "score with a plan exits 0"
with_plan=$(cat "$tmp/out")
[ "$(json 'd["report_schema"]')" = 3 ] || fail "report_schema 3"
[ "$(json 'list(d.keys())[-2:]')" = "['share', 'plan']" ] || fail "the plan comes last"
[ "$(json 'list(d["plan"].keys())')" = "['ticked', 'score', 'band', 'band_title', 'categories', 'change', 'sum_of_deltas', 'applied', 'superseded', 'without_fix', 'not_applicable']" ] || fail "the plan's keys in order"
[ "$(json 'd["plan"]["ticked"]')" = "['use_pin', 'drop_features', 'read_more']" ] || fail "the plan's ticks, in content order"
# acct: unsure 1 + pin yes 0 = 1 of 5 = 20 (weight 2); data: none 0 of 4, backup_kind hidden: 40 / 3
[ "$(json 'abs(d["plan"]["score"] - 40/3) < 1e-9')" = True ] || fail "the plan's score"
[ "$(json 'd["plan"]["band"]')" = low ] || fail "the plan's band"
[ "$(json 'd["plan"]["categories"]["acct"]')" = 20.0 ] || fail "the plan's category scores"
[ "$(json 'abs(d["plan"]["change"] - (d["plan"]["score"] - d["score"])) < 1e-12')" = True ] || fail "the plan's change"
[ "$(json 'd["plan"]["applied"]')" = "['use_pin', 'drop_features']" ] || fail "the fixes in place"
[ "$(json 'd["plan"]["without_fix"]')" = "['read_more']" ] || fail "an action without a fix is done, not points"
plan_code=$(json 'd["share"]')
[ "$plan_code" != "$code" ] || fail "the plan is in the share code"
[ "$(run score "$quiz" --share "$plan_code")" = 0 ] || fail "a code with a plan exits 0"
[ "$(cat "$tmp/out")" = "$with_plan" ] || fail "a code with a plan reproduces the report and its plan"
[ "$(run score "$quiz" --share "$plan_code" --plan '')" = 0 ] || fail "--plan '' exits 0"
[ "$(cat "$tmp/out")" = "$first" ] || fail "--plan '' sets a code's plan aside"
[ "$(run score "$quiz" --share "$plan_code" --format text)" = 0 ] || fail "text with a plan exits 0"
grep -q "^Your plan (3 actions)$" "$tmp/out" || fail "text: the plan's heading"
grep -q "^  67.8 now -> 13.3 with your plan (Low)$" "$tmp/out" || fail "text: now and with the plan, and its band"
grep -q "^    Account: 60.0 -> 20.0$" "$tmp/out" || fail "text: a category before and after"
grep -q "^  Done, not points" "$tmp/out" || fail "text: an action without a fix"
grep -q "^Share code: $plan_code$" "$tmp/out" || fail "text: the share code carries the plan"
[ "$(run score "$quiz" --answers "$data/cli_answers.json" --plan use_pin,use_pen,nothing)" = 1 ] || fail "an unknown recommendation exits 1"
grep -q '^--plan: unknown recommendation "use_pen"' "$tmp/err" || fail "names the unknown recommendation"
grep -q '"nothing"' "$tmp/err" || fail "names every unknown recommendation"

# The persona the plan was specified with, on the link it holds from version 1: its top four
# actions say 28.7 points in all, and together save 25.1.
held=AghVqXd0oCLoGoiYhVqLFRE3oiIoRM1ExIA0kA
[ "$(run score "$root/content/wechat" --share "$held" --plan move_private_talks,work_off_wechat,files_elsewhere,work_data_out --format text)" = 0 ] || fail "the held persona link with a plan"
grep -q "^  86.0 now -> 60.8 with your plan" "$tmp/out" || fail "the persona's plan: 86.0 -> 60.8"
grep -q "save 25.1 points; one by one they say 28.7" "$tmp/out" || fail "the persona's plan: 25.1 together, 28.7 one by one"

# A result link made on a package's quiz opens in each of its languages (--lang) to the same
# score, and every language gives the same code for the same answers; the report names the
# published version and the language.
for pair in wechat:wechat-cn86-pay-business messaging:messaging-defaults-user; do
  name=${pair%%:*} persona=$data/personas/${pair#*:}.json languages=0
  [ "$(run score "$root/content/$name" --answers "$persona")" = 0 ] || fail "the $name persona scores"
  en_share=$(json 'd["share"]') en_score=$(json 'd["score"]')
  [ "$(json 'd["lang"]')" = en ] || fail "$name is scored in its source language by default"
  [ "$(json 'd["version"] >= 1')" = True ] || fail "$name names its published version"
  for lang in zh-Hans zh-Hant zh-Hant-HK; do
    languages=$((languages + 1))
    [ "$(run score "$root/content/$name" --lang "$lang" --share "$en_share")" = 0 ] || fail "the code opens in $lang"
    [ "$(json 'd["score"]')" = "$en_score" ] || fail "the code gives the same score in $lang"
    [ "$(json 'd["share"]')" = "$en_share" ] || fail "$lang gives the same code for the same answers"
    [ "$(json 'd["lang"]')" = "$lang" ] || fail "the report is in $lang"
  done
  [ "$languages" -ge 3 ] || fail "$name: expected at least 3 translations"
done
[ "$(run score "$root/content/wechat" --lang xx --answers "$data/personas/wechat-intl-careful.json")" = 1 ] || fail "an unknown --lang exits 1"
grep -q 'no locale "xx"' "$tmp/err" || fail "says the language is unknown"

# Links readers hold from the pages before quiz packages (share format 2) open with the score
# they had, in their language (tests/data/share-codes-60d5d76.json).
python3 -c "
import json
for c in json.load(open('$data/share-codes-60d5d76.json'))['codes'][::7]:
    print(c['quiz'], c['lang'], c['code'], repr(c['score']), c['band'])
" >"$tmp/held"
while read -r quiz lang held_code held_score band; do
  [ "$(run score "$root/content/$quiz" --lang "$lang" --share "$held_code")" = 0 ] || fail "a held $quiz link opens in $lang"
  [ "$(json 'repr(d["score"])')" = "$held_score" ] || fail "a held link keeps its score exactly ($held_code)"
  [ "$(json 'd["band"]')" = "$band" ] || fail "a held link keeps its band"
done <"$tmp/held"

[ "$(run score "$quiz")" = 2 ] || fail "score without answers is a usage error"
[ "$(run score "$quiz" --answers a.json --share x)" = 2 ] || fail "both answers and share is a usage error"
[ "$(run score "$quiz" --share "$code" --format xml)" = 2 ] || fail "unknown format is a usage error"
[ "$(run score "$quiz" --share "$code" --bogus)" = 2 ] || fail "unknown option is a usage error"
[ "$(run score "$data/cli_invalid.json" --share "$code")" = 1 ] || fail "an invalid quiz exits 1"

for persona in "$data"/personas/*.json; do
  quiz_name=$(python3 -c "import json; print(json.load(open('$persona')).get('\$quiz', '').split('.')[0])")
  [ -n "$quiz_name" ] && [ -d "$root/content/$quiz_name" ] || continue
  [ "$(run score "$root/content/$quiz_name" --answers "$persona")" = 0 ] || fail "persona $persona scores"
  [ "$(json '0 <= d["score"] <= 100')" = True ] || fail "persona score in range"
done
echo "score: ok"
