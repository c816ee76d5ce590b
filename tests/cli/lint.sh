#!/usr/bin/env bash
# exposure lint: FILE: /pointer: warning: message; exit 1 when there is any warning.
source "$(dirname "$0")/lib.bash"

[ "$(run lint "$data/cli_small.json")" = 0 ] || fail "a sound quiz has no warnings"
grep -qx "$data/cli_small.json: no warnings" "$tmp/out" || fail "no-warnings line"

f=$data/cli_lint_warnings.json
[ "$(run lint "$f")" = 1 ] || fail "warnings exit 1"
grep -qx "$f: /questions/1/show_if: warning: question 'never' can never be shown.*" "$tmp/out" || fail "never-shown question"
grep -q "^$f: /questions/2/options/1: warning: option 'b' of question 'flat_q' cannot be told apart" "$tmp/out" || fail "indistinguishable options"
grep -q "^$f: /recommendations/0/when: warning: recommendation 'impossible' can never apply" "$tmp/out" || fail "impossible recommendation"
grep -q "^$f: /categories/1: warning: category 'flat' can never score above 0" "$tmp/out" || fail "flat category"
grep -q "^$f: /questions/0/sources/0: warning: source 'Example source' has no quote" "$tmp/out" || fail "source without a quote"
[ "$(wc -l <"$tmp/out")" = 5 ] || fail "exactly five warnings"

[ "$(run lint "$data/cli_invalid.json")" = 1 ] || fail "a file that does not load exits 1"
for package in "$root"/content/*/quiz.json; do
  package=$(dirname "$package")
  [ "$(run lint "$package")" = 0 ] || fail "the shipped package $package lints clean"
done
[ "$(run lint)" = 2 ] || fail "lint without files is a usage error"
[ "$(run help lint)" = 0 ] || fail "help lint"
grep -q "1 when there is any warning" "$tmp/out" || fail "help says when lint exits 1"
echo "lint: ok"
