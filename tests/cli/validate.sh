#!/usr/bin/env bash
# exposure validate: ok lines on stdout, FILE:LINE:COL: /pointer: message on stderr, exit codes.
source "$(dirname "$0")/lib.bash"

[ "$(run validate "$data/cli_small.json")" = 0 ] || fail "a valid file must exit 0"
grep -qx "$data/cli_small.json: ok (4 questions, 2 categories)" "$tmp/out" || fail "ok line"
[ ! -s "$tmp/err" ] || fail "nothing on stderr for a valid file"

[ "$(run validate "$data/cli_small.json" "$data/cli_invalid.json")" = 1 ] || fail "an invalid file must exit 1"
grep -q "cli_small.json: ok" "$tmp/out" || fail "the valid file is still reported ok"
grep -qE "^$data/cli_invalid.json:[0-9]+:[0-9]+: /questions/0/category: " "$tmp/err" || fail "FILE:LINE:COL: /pointer: message"
[ "$(grep -c "cli_invalid.json" "$tmp/err")" -ge 3 ] || fail "every problem is listed, not just the first"

[ "$(run validate "$tmp/does-not-exist.json")" = 1 ] || fail "an unreadable file must exit 1"
grep -q "does-not-exist.json: cannot read" "$tmp/err" || fail "unreadable file message"

printf '{"schema": 1,}' >"$tmp/syntax.json"
[ "$(run validate "$tmp/syntax.json")" = 1 ] || fail "a syntax error must exit 1"
grep -qE "syntax.json:1:[0-9]+: " "$tmp/err" || fail "syntax errors carry line and column"

[ "$(run validate)" = 2 ] || fail "validate without files is a usage error"
grep -q "^usage: exposure" "$tmp/err" || fail "usage line on stderr"

# A package: its structure and every language, and its published version.
[ "$(run validate "$root/content/wechat")" = 0 ] || fail "the WeChat package validates"
grep -qE "^$root/content/wechat: ok \([0-9]+ questions, [0-9]+ categories; en, zh-Hans, zh-Hant, zh-Hant-HK; version [0-9]+\)$" "$tmp/out" ||
  fail "a package's ok line names its languages and version"
[ "$(run validate "$root/content/wechat" --lang zh-Hant)" = 0 ] || fail "--lang validates one language"
[ "$(run validate "$root/content")" = 1 ] || fail "a folder that is no package exits 1"
grep -q "not a quiz package" "$tmp/err" || fail "says it is not a package"
[ "$(run validate "$data/cli_small.json" --lang zh-Hans)" = 1 ] || fail "--lang on a single file exits 1"
grep -q "needs a package" "$tmp/err" || fail "--lang needs a package"

# A package with a translation that lacks a text does not validate, and says where.
cp -r "$root/content" "$tmp/content"
python3 - "$tmp/content/messaging/text/zh-Hans.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
del d["title"]
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
[ "$(run validate "$tmp/content/messaging")" = 1 ] || fail "a missing translated text fails"
grep -q "text/zh-Hans.json: /title: no zh-Hans text" "$tmp/err" || fail "the missing text is named by its pointer"
for f in "$root"/content/*/quiz.json "$root"/content/*/versions/*/*.json; do
  [ "$(run validate "$f")" = 0 ] || fail "shipped quiz file $f must validate as a single file too"
done
echo "validate: ok"
