#!/usr/bin/env bash
# Search budgets of issue 17 (index size, first result after a cold load on emulated Fast 4G, warm queries, CSP,
# file://), measured in headless Chromium over the DevTools protocol. Prints the tables for bench/RESULTS.md.
# Usage: bench/search-timing.sh [site folder]   (from the repository root; builds the site when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=bench/.tools
mkdir -p "$tools"
if [ ! -d "$tools/node_modules/puppeteer-core" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund puppeteer-core@23.11.1 >/dev/null)
fi
if [ $# -ge 1 ]; then
  node bench/search-timing.mjs "$1" "${PORT:-8320}"
  exit
fi
[ -f generator/target/plansite.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
generator/bin/plansite build --out "$out/site" >/dev/null
node bench/search-timing.mjs "$out/site" "${PORT:-8320}"
