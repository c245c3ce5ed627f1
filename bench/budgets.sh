#!/usr/bin/env bash
# Budgets of the built site, measured (not a gate): bytes a browser transfers for a page (HTML + CSS + JS
# + icon, uncompressed and gzipped; a map page's Leaflet and map data; not the search index, which
# search.html loads on the first search), and Lighthouse scores for chapter, home and map pages, in
# headless Chromium.
# Usage: bench/budgets.sh            (from the repository root; needs node/npm and /usr/bin/chromium)
# Writes its figures to stdout; bench/RESULTS.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
LH_VERSION=12.2.3
tools=bench/.tools
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  (cd "$tools" && npm install --silent --no-audit --no-fund "lighthouse@$LH_VERSION" >/dev/null)
fi
[ -f generator/target/plansite.jar ] || mvn -q package -DskipTests
out=$(mktemp -d)
generator/bin/plansite build --out "$out/site" >/dev/null

echo "## Bytes per page (what a first visit transfers: the page and every file it references)"
echo
echo "| page | files | bytes | gzipped |"
echo "|---|---|---|---|"
for page in zh/index.html zh/ch1.html en/ch1.html zh/ch5.html zh/data-notes.html zh/full.html zh/search.html \
    zh/maps/key-areas.html zh/counties/140215.html zh/tables/zl-02.html; do
  files=$(python3 - "$out/site" "$page" <<'PY'
import re, sys, os
root, page = sys.argv[1], sys.argv[2]
html = open(os.path.join(root, page), encoding="utf-8").read()
refs = re.findall(r'<(?:link|script)[^>]+(?:href|src)="([^"#?]+)"', html)
paths = {page}
for r in refs:
    p = os.path.normpath(os.path.join(os.path.dirname(page), r))
    if os.path.isfile(os.path.join(root, p)):
        paths.add(p)
print(" ".join(sorted(paths)))
PY
)
  raw=0; gz=0; n=0
  for f in $files; do
    raw=$((raw + $(stat -c %s "$out/site/$f")))
    gz=$((gz + $(gzip -9 -c "$out/site/$f" | wc -c)))
    n=$((n + 1))
  done
  printf '| %s | %d | %d (%.1f KB) | %d (%.1f KB) |\n' "$page" "$n" "$raw" "$(echo "$raw/1024" | bc -l)" "$gz" "$(echo "$gz/1024" | bc -l)"
done

echo
echo "## Lighthouse $LH_VERSION (headless Chromium; the site served on 127.0.0.1 with gzip, by bench/gzip_server.py)"
echo
port=${LH_PORT:-8765} # LH_PORT: another port, when someone else on the machine runs this too
python3 bench/gzip_server.py "$out/site" "$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
sleep 1
runs=${LH_RUNS:-3}
echo "Median of $runs runs each (min–max in brackets)."
echo
echo "| page | device | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|---|"
# LH_PAGES: the pages to score (default: a chapter in both languages, the home page and a map).
for page in ${LH_PAGES:-zh/ch1.html en/ch1.html zh/index.html zh/maps/key-areas.html}; do
  for preset in ${LH_PRESETS:-mobile desktop}; do
    for run in $(seq 1 "$runs"); do
      flags=(--quiet --output=json --output-path="$out/lh-$run.json" --only-categories=performance,accessibility,best-practices,seo
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run")
      [ "$preset" = desktop ] && flags+=(--preset=desktop)
      CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" "${flags[@]}" >/dev/null 2>&1 || true
    done
    # The median of the runs, as Lighthouse's documentation advises: one run on a busy machine is noise.
    python3 - "$page" "$preset" "$out"/lh-*.json <<'PY'
import json, statistics, sys
page, preset, files = sys.argv[1], sys.argv[2], sys.argv[3:]
runs = [json.load(open(f))["categories"] for f in files]
def med(k):
    xs = [round(r[k]["score"] * 100) for r in runs if r[k]["score"] is not None]
    return f"{statistics.median(xs):g} ({min(xs)}–{max(xs)})" if xs else "n/a"
print(f"| {page} | {preset} | {med('performance')} | {med('accessibility')} | {med('best-practices')} | {med('seo')} |")
PY
    rm -f "$out"/lh-*.json
  done
done
