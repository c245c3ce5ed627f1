#!/usr/bin/env bash
# Search budgets of issue 17 (index size, first result after a cold load on emulated Fast 4G, warm queries, CSP,
# file://), measured in headless Chromium over the DevTools protocol. Prints the tables for bench/RESULTS.md.
# Usage (from the repository root):
#   bench/search-timing.sh                  builds the site of the working tree and measures it
#   bench/search-timing.sh SITE [SITE…]     measures built sites (several: side by side, interleaved)
#   bench/search-timing.sh --before REV     builds the site at git revision REV with that revision's own
#                                           generator and the working tree's, and measures both side by side
# ROUNDS (default 3) rounds of RUNS (default 9) cold loads and of the warm keystrokes, per site and language,
# the sites taking turns, so that a busy spell of the shared machine falls on both; PORT (default 8320) and the
# ports after it, one per site.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=bench/.tools
mkdir -p "$tools"
if [ ! -d "$tools/node_modules/puppeteer-core" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund puppeteer-core@23.11.1 >/dev/null)
fi
if [ $# -ge 1 ] && [ "$1" != --before ]; then
  exec node bench/search-timing.mjs "$@"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
sites=()
if [ $# -ge 2 ] && [ "$1" = --before ]; then
  rev=$(git rev-parse --short "$2")
  mkdir -p "$out/before-src"
  git archive "$rev" | tar -x -C "$out/before-src"
  (cd "$out/before-src" && mvn -q -o -B package -Dmaven.test.skip=true >/dev/null)
  "$out/before-src/generator/bin/plansite" build --root "$out/before-src" --out "$out/before-$rev" >/dev/null
  sites+=("before ($rev)=$out/before-$rev")
fi
[ -f generator/target/plansite.jar ] || mvn -q package -DskipTests
generator/bin/plansite build --out "$out/site" >/dev/null
sites+=("after ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench' || echo '+'))=$out/site")
node bench/search-timing.mjs "${sites[@]}"
