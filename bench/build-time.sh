#!/bin/sh
# Wall time, CPU time and peak memory of a full build of the plan site, JVM start included.
# Usage: bench/build-time.sh [runs]   (after `mvn -q package -DskipTests`; default 7 runs per case)
# Cases: the README's launcher with its build cache as an earlier build of the same input left it (a
# rebuild); the same after one chapter was edited (a copy of the project); the launcher with the cache
# emptied before every run (a first build, or one after a change to every input); plain `java -jar`,
# cache filled.
# Prints one line per case: median, min and max wall seconds, median CPU (user + sys) and peak RSS.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=target/plansite-cache

measure() { # name, before-each-run command, options after `build`, command...
  name=$1; before=$2; options=$3; shift 3
  : > "$out/times"
  i=0
  while [ $i -lt "$runs" ]; do
    sh -c "$before"
    # shellcheck disable=SC2086 # the options are words
    /usr/bin/time -o "$out/t" -f "%e %U %S %M" "$@" build --out "$out/site" $options > /dev/null 2> "$out/err" \
      || { cat "$out/err" >&2; exit 1; }
    cat "$out/t" >> "$out/times"
    i=$((i + 1))
  done
  col() { awk -v c="$1" '{ print $c }' "$out/times" | sort -n; }
  med=$(( (runs + 1) / 2 ))
  wall_med=$(col 1 | sed -n "${med}p"); wall_min=$(col 1 | head -1); wall_max=$(col 1 | tail -1)
  cpu_med=$(awk '{ printf "%.2f\n", $2 + $3 }' "$out/times" | sort -n | sed -n "${med}p")
  rss_max=$(col 4 | tail -1)
  echo "| $name | $wall_med s | $wall_min s | $wall_max s | $cpu_med s | $((rss_max / 1024)) MB |"
}

generator/bin/plansite build --out "$out/site" > /dev/null # fills the build cache
# A copy of the project whose chapter zh/ch3 is edited before each run (a paragraph added, then removed).
mkdir "$out/edited"
cp -r content data site-templates "$out/edited/"
cp "$out/edited/content/zh/ch3.md" "$out/ch3.md"
generator/bin/plansite build --out "$out/site" --root "$out/edited" > /dev/null
edit="if cmp -s $out/edited/content/zh/ch3.md $out/ch3.md; then printf '\n\n（修改测试）\n' >> $out/edited/content/zh/ch3.md;"
edit="$edit else cp $out/ch3.md $out/edited/content/zh/ch3.md; fi"
echo "| command | median | min | max | CPU (median) | peak RSS |"
echo "|---|---|---|---|---|---|"
measure '`generator/bin/plansite build`' true '' generator/bin/plansite
measure '`generator/bin/plansite build`, one chapter (content/zh/ch3.md) edited before each run' "$edit" \
  "--root $out/edited" generator/bin/plansite
measure '`generator/bin/plansite build`, build cache emptied before each run' "rm -rf $cache" '' generator/bin/plansite
measure '`java -jar generator/target/plansite.jar build`' true '' java -jar generator/target/plansite.jar
