# Shared by the CLI test scripts (sourced; not a test itself, hence not *.sh).
# Each script is run by ctest as: bash SCRIPT PATH-TO-exposure REPO-ROOT
# shellcheck shell=bash
set -u
exe=$1 root=$2
data=$root/tests/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Fails the test with the command's output, so the log shows what the CLI actually said.
fail() {
    echo "FAIL: $*" >&2
    echo "--- stdout"; cat "$tmp/out"
    echo "--- stderr"; cat "$tmp/err"
    exit 1
}

# Runs the CLI with the given arguments, keeps its output in $tmp/out and $tmp/err, prints its exit status.
run() {
    "$exe" "$@" >"$tmp/out" 2>"$tmp/err"
    echo $?
}
