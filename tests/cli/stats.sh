#!/usr/bin/env bash
# exposure stats: counts, the reachable score range (exact or searched) and the time it took.
source "$(dirname "$0")/lib.bash"

[ "$(run stats "$data/cli_small.json")" = 0 ] || fail "stats exits 0"
grep -q "questions: *4 (3 single, 1 multi; 1 conditional, 1 skippable)" "$tmp/out" || fail "question counts"
grep -q "categories: *2" "$tmp/out" || fail "category count"
grep -q "lowest score: *0.00 (exact)" "$tmp/out" || fail "lowest score"
grep -q "highest score: *100.00 (exact)" "$tmp/out" || fail "highest score"
grep -qE "examined: *[0-9]+ answer-set classes in [0-9.]+ ms" "$tmp/out" || fail "examined and time"

[ "$(run stats "$data/cli_small.json" --limit 0 --seed 7)" = 0 ] || fail "stats with a search exits 0"
grep -q "lowest score: *0.00 (searched" "$tmp/out" || fail "searched range is labelled"

for package in "$root"/content/*/quiz.json; do
  package=$(dirname "$package")
  [ "$(run stats "$package")" = 0 ] || fail "stats of $package"
  grep -q "lowest score: *0.00" "$tmp/out" || fail "$package reaches 0"
  grep -q "highest score: *100.00" "$tmp/out" || fail "$package reaches 100"
done
[ "$(run stats)" = 2 ] || fail "stats without a file is a usage error"
[ "$(run stats "$data/cli_small.json" --limit lots)" = 2 ] || fail "a bad --limit is a usage error"
[ "$(run stats "$data/cli_invalid.json")" = 1 ] || fail "an invalid file exits 1"
echo "stats: ok"
