#!/usr/bin/env bash
# Search budgets (issue 7), measured in headless Chromium: index size per language, first search including
# the index load, later queries; and the same documents in lunr 2.3.9 with our tokenizer, for comparison.
# Usage: bench/search-bench.sh   (from the repository root; needs node/npm and /usr/bin/chromium)
# Node and its packages are tools of this measurement only: the site is built by Maven and Java alone.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=bench/.tools
mkdir -p "$tools"
if [ ! -d "$tools/node_modules/puppeteer-core" ] || [ ! -d "$tools/node_modules/lunr" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund puppeteer-core@23.11.1 lunr@2.3.9 >/dev/null)
fi
[ -f generator/target/plansite.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
generator/bin/plansite build --out "$out/site" >/dev/null
node bench/search-bench.mjs "$out/site" "${PORT:-8766}"
