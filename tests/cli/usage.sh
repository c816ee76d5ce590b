#!/usr/bin/env bash
# exposure --help, help CMD, CMD --help, and usage errors (exit 2, usage line on stderr).
source "$(dirname "$0")/lib.bash"

[ "$(run --help)" = 0 ] || fail "--help exits 0"
for cmd in validate score compare lint stats translations freeze versions check catalog; do
  grep -q "^  $cmd" "$tmp/out" || fail "--help lists $cmd"
done
for cmd in validate score compare lint stats translations freeze versions check catalog; do
  [ "$(run help $cmd)" = 0 ] || fail "help $cmd exits 0"
  grep -q "^usage: exposure $cmd" "$tmp/out" || fail "help $cmd shows its usage"
  [ "$(run $cmd --help)" = 0 ] || fail "$cmd --help exits 0"
  grep -q "^usage: exposure $cmd" "$tmp/out" || fail "$cmd --help shows its usage"
done
[ "$(run)" = 2 ] || fail "no command exits 2"
grep -q "^usage: exposure" "$tmp/err" || fail "usage line on stderr"
[ "$(run frobnicate)" = 2 ] || fail "an unknown command exits 2"
grep -q "unknown command 'frobnicate'" "$tmp/err" || fail "says which command is unknown"
[ "$(run help frobnicate)" = 2 ] || fail "help for an unknown command exits 2"
[ "$(run --version)" = 0 ] || fail "--version exits 0"
version=$(sed -n 's/^project(ExposureQuiz VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
grep -q "^exposure $version " "$tmp/out" || fail "--version prints the project() version, $version"
echo "usage: ok"
