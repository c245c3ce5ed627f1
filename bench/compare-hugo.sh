#!/bin/sh
# Build speed of plansite against Hugo, side by side, on synthetic editions of N times the plan
# (issue 9; bench/README.md says what is compared and how the editions are made).
# Usage: bench/compare-hugo.sh [--runs R] [--no-record] [N ...]   (default N: 1 10 100)
# Installs Debian's hugo if it is missing (needs root or sudo) and builds plansite if its jar is missing;
# prints the figures and writes them into bench/RESULTS.md, "Build speed against Hugo (issue 9)".
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v hugo > /dev/null; then
  echo "compare-hugo: installing hugo from Debian" >&2
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y hugo > /dev/null || { $sudo apt-get update > /dev/null && $sudo apt-get install -y hugo > /dev/null; }
fi
[ -x /usr/bin/time ] || { echo "compare-hugo: /usr/bin/time is missing (Debian package: time)" >&2; exit 3; }
if [ ! -f "$here/generator/target/plansite.jar" ]; then
  echo "compare-hugo: building plansite (mvn -q package -DskipTests)" >&2
  (cd "$here" && mvn -q package -DskipTests)
fi
exec python3 "$here/bench/compare_hugo.py" --command "bench/compare-hugo.sh $*" "$@"
