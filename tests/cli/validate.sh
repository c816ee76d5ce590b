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

for f in "$root"/content/*.json; do
  [ "$(run validate "$f")" = 0 ] || fail "shipped content $f must validate"
done
echo "validate: ok"
