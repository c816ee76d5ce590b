#!/usr/bin/env bash
# exposure versions and freeze: the shipped packages are published and their frozen versions
# untouched; a structure change is refused until it is frozen as the next version, after which
# links made on every version open as they were.
source "$(dirname "$0")/lib.bash"

for package in "$root"/content/*/quiz.json; do
  package=$(dirname "$package")
  [ "$(run versions "$package")" = 0 ] || fail "$package: published, frozen files untouched"
  grep -qE "version 1 of [0-9]{4}-[0-9]{2}-[0-9]{2} \\(en, zh-Hans, zh-Hant\\)" "$tmp/out" || fail "$package lists version 1"
done
[ "$(run check "$root/content")" = 0 ] || fail "the shipped content passes the whole check"
grep -q "all well" "$tmp/out" || fail "check says all is well"

cp -r "$root/content" "$tmp/content"
pkg=$tmp/content/messaging
[ "$(run score "$pkg" --answers "$data/personas/messaging-defaults-user.json")" = 0 ] || fail "a persona scores"
old_code=$(python3 -c "import json; print(json.load(open('$tmp/out'))['share'])")
old_version=$(python3 -c "import json; print(json.load(open('$tmp/out'))['version'])")
new_version=$((old_version + 1))
old_score=$(python3 -c "import json; print(repr(json.load(open('$tmp/out'))['score']))")
sed -i '0,/"weight": [0-9]*/s//"weight": 7/' "$pkg/quiz.json"
[ "$(run versions "$pkg")" = 1 ] || fail "an unpublished structure exits 1"
grep -q "run \`exposure freeze $pkg\` to publish it as version $new_version" "$tmp/err" || fail "says how to publish it"
[ "$(run check "$tmp/content")" = 1 ] || fail "the content check fails on an unpublished structure"

[ "$(run freeze "$pkg" --date 2027-01-15)" = 0 ] || fail "freeze exits 0"
grep -q "published version $new_version (4 languages)" "$tmp/out" || fail "freeze says what it published"
[ -f "$pkg/versions/$new_version/zh-Hant-HK.json" ] || fail "freeze writes every language, a regional variant too"
[ "$(run versions "$pkg")" = 0 ] || fail "published again"
[ "$(run freeze "$pkg")" = 0 ] || fail "freezing twice is harmless"
grep -q "already published" "$tmp/out" || fail "says nothing needed freezing"

# The old link opens on its version, as it was; a new one names the new version.
[ "$(run score "$pkg" --share "$old_code" --lang zh-Hans)" = 0 ] || fail "a version-$old_version link opens after version $new_version"
[ "$(python3 -c "import json; print(repr(json.load(open('$tmp/out'))['score']))")" = "$old_score" ] || fail "with its old score"
[ "$(python3 -c "import json; print(json.load(open('$tmp/out'))['version'])")" = "$old_version" ] || fail "on version $old_version"
[ "$(run score "$pkg" --answers "$data/personas/messaging-defaults-user.json")" = 0 ] || fail "scores on version $new_version"
[ "$(python3 -c "import json; print(json.load(open('$tmp/out'))['version'])")" = "$new_version" ] || fail "today's code names version $new_version"

# A frozen file edited by hand is caught.
sed -i 's/"title": "/"title": "Edited /' "$pkg/versions/1/en.json"
[ "$(run versions "$pkg")" = 1 ] || fail "an edited frozen file exits 1"
grep -q "versions/1/en.json: version 1 (en) is not the file \`exposure freeze\` wrote" "$tmp/err" || fail "names the edited file"

# A package the list of quizzes leaves out would ship nowhere: the check names it.
cp -r "$root/content" "$tmp/unlisted"
cp -r "$tmp/unlisted/messaging" "$tmp/unlisted/signal"
[ "$(run check "$tmp/unlisted")" = 1 ] || fail "an unlisted package fails the check"
grep -q "quizzes.json: /quizzes: the package signal/ is not listed" "$tmp/err" || fail "names the unlisted package"
[ "$(run catalog "$tmp/unlisted" --out "$tmp/unlisted-dist")" = 1 ] || fail "and the catalogue is not written"

[ "$(run versions)" = 2 ] || fail "versions without a package is a usage error"
[ "$(run freeze "$data/cli_small.json")" = 1 ] || fail "freeze needs a package"
echo "versions: ok"
