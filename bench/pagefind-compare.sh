#!/usr/bin/env bash
# Relevance of the site's search against Pagefind 1.6 on the judged queries (issue 17); prints the score tables.
# Usage: bench/pagefind-compare.sh   (from the repository root; needs node/npm and /usr/bin/chromium)
# Pagefind, puppeteer-core and js-yaml are installed into bench/.tools (gitignored): tools of this measurement only.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=bench/.tools
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/@pagefind/linux-x64/bin/pagefind_extended" ] || [ ! -d "$tools/node_modules/puppeteer-core" ] \
    || [ ! -d "$tools/node_modules/js-yaml" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund pagefind@1.6.0 puppeteer-core@23.11.1 js-yaml@4.1.0 >/dev/null)
fi
[ -f generator/target/plansite.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
generator/bin/plansite build --out "$out/site" >/dev/null
node bench/pagefind-compare.mjs "$out/site" "${PORT:-8310}"
