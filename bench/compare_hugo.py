"""Build speed of plansite against Hugo on synthetic editions of N times the plan (issue 9).
Run it through bench/compare-hugo.sh, which installs Hugo and builds plansite first; bench/README.md
says what is compared."""
import argparse
import datetime
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from synthetic_edition import Edition, write_hugo_site

REPO = Path(__file__).resolve().parent.parent
PLANSITE = REPO / "generator/bin/plansite"
RESULTS = REPO / "bench/RESULTS.md"
SECTION = "## Build speed against Hugo (issue 9)"
CASES = ("plansite, first build", "plansite, rebuild", "Hugo")


class BuildFailed(Exception):
    pass


def timed(cmd, workdir, time_file, env=None):
    """Runs cmd under /usr/bin/time; returns (wall s, user+sys s, peak RSS KB)."""
    run = subprocess.run(["/usr/bin/time", "-o", str(time_file), "-f", "%e %U %S %M", *cmd],
                         cwd=workdir, capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise BuildFailed(f"{' '.join(cmd)} exited with {run.returncode}\n--- stdout\n{run.stdout}\n--- stderr\n{run.stderr}")
    wall, user, system, rss = time_file.read_text().split()[-4:]
    return float(wall), float(user) + float(system), int(rss), run.stdout + run.stderr


def html_files(folder):
    return sum(1 for _ in Path(folder).rglob("*.html"))


def measure(n, runs, work, glossary_copies, heap=None):
    root, hugo_site = work / f"edition-{n}", work / f"hugo-{n}"
    Edition(REPO, root, n, glossary_copies).write()
    write_hugo_site(root, hugo_site)
    out, hugo_out, time_file = work / f"out-{n}", work / f"hugo-out-{n}", work / "time"
    cache = root / "target/plansite-cache"
    plansite = [str(PLANSITE), "build", "--root", str(root), "--out", str(out)]
    hugo = ["hugo", "--source", str(hugo_site), "--destination", str(hugo_out), "--quiet",
            "--cacheDir", str(work / "hugo-cache")]

    def first():
        shutil.rmtree(cache, ignore_errors=True)
        return rebuild()

    def rebuild():
        shutil.rmtree(out, ignore_errors=True)
        # The heap limit goes through the JVM's own variable, so the launcher runs as a user runs it.
        env = None if heap is None else {**os.environ, "JAVA_TOOL_OPTIONS": f"-Xmx{heap}"}
        result = timed(plansite, root, time_file, env)
        result = result[:3] + (result[3].replace(f"Picked up JAVA_TOOL_OPTIONS: -Xmx{heap}\n", ""),)
        # The edition is made to be clean: any error or warning means it is not the plan N times over.
        if "error" in result[3] or "warning" in result[3]:
            raise BuildFailed(f"plansite reported problems with the N={n} edition:\n{result[3]}")
        return result

    def hugo_build():
        shutil.rmtree(hugo_out, ignore_errors=True)
        return timed(hugo, hugo_site, time_file)

    if n < 50:  # one untimed build of each first; larger editions were just written, so are in the page cache
        first()
        hugo_build()
    samples = {case: [] for case in CASES}
    pages = {}
    for i in range(runs):  # interleaved, so that the machine's drift falls on all three alike
        # The first build leaves the cache filled: the rebuild right after it reads everything back.
        for case, build, folder in zip(CASES, (first, rebuild, hugo_build), (out, out, hugo_out)):
            samples[case].append(build()[:3])
            pages[case] = html_files(folder)
        print(f"  N={n}: run {i + 1}/{runs} done", file=sys.stderr, flush=True)
    return pages, samples


def summary(n, runs, pages, samples):
    rows = []
    hugo_wall = statistics.median(s[0] for s in samples["Hugo"])
    for case in CASES:
        walls = [s[0] for s in samples[case]]
        wall = statistics.median(walls)
        rows.append({
            "N": n, "case": case, "runs": runs, "pages": pages[case], "wall": wall,
            "min": min(walls), "max": max(walls), "cpu": statistics.median(s[1] for s in samples[case]),
            "rss": max(s[2] for s in samples[case]) / 1024, "pages_s": pages[case] / wall,
            "ms_page": 1000 * wall / pages[case], "ratio": wall / hugo_wall})
    return rows


TABLE_HEAD = ("| N | build | runs | HTML pages | wall median | min | max | CPU median (user+sys) | peak RSS (max) "
              "| pages/s | ms per page | wall ÷ Hugo's |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")


def table(rows):
    return TABLE_HEAD + "".join(
        f"| {r['N']} | {r['case']} | {r['runs']} | {r['pages']} | {r['wall']:.2f} s | {r['min']:.2f} s | {r['max']:.2f} s "
        f"| {r['cpu']:.2f} s | {r['rss']:.0f} MB | {r['pages_s']:.0f} | {r['ms_page']:.2f} | {r['ratio']:.2f} |\n"
        for r in rows)


def first_line(cmd):
    run = subprocess.run(cmd, capture_output=True, text=True)
    return (run.stdout + run.stderr).strip().splitlines()[0]


def machine():
    mem_kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores (`nproc`: {first_line(['nproc'])}), {mem_kb / 1024 / 1024:.1f} GB RAM, "
            f"{platform.system()} {platform.release()}; `java -version`: {first_line(['java', '-version'])}; "
            f"`hugo version`: {first_line(['hugo', 'version'])}; plansite at commit {commit or 'unknown'}; "
            f"load average at the end {os.getloadavg()[0]:.1f} (the machine is shared)")


def record(text):
    """Replaces this benchmark's section of bench/RESULTS.md (up to the next `## ` heading), or appends it."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    lines = old.splitlines(keepends=True)
    if any(l.rstrip("\n") == SECTION for l in lines):
        start = next(i for i, l in enumerate(lines) if l.rstrip("\n") == SECTION)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        new = "".join(lines[:start]) + text + ("\n" if end < len(lines) else "") + "".join(lines[end:])
    else:
        new = old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 10, 100], help="multiples of the plan (default 1 10 100)")
    parser.add_argument("--runs", type=int, help="timed runs per build and size (default 5, 3 from N=50)")
    parser.add_argument("--glossary-copies", type=int, metavar="G",
                        help="multiply the glossary at most G times (default N; earlier plansites refused a "
                             "YAML document over 3 MB, which the glossary passes at about N = 70)")
    parser.add_argument("--no-record", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--plansite-heap", default="512m", metavar="SIZE",
                        help="plansite's heap limit, -Xmx SIZE (default 512m, the goal of issue 9; 'none' for the "
                             "JVM's default of a quarter of RAM)")
    parser.add_argument("--command", default="bench/compare-hugo.sh", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if any(n < 1 for n in args.sizes) or (args.runs is not None and args.runs < 1):
        parser.error("N and --runs must be at least 1")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that the temp folder is removed
    work = Path(tempfile.mkdtemp(prefix="plansite-vs-hugo-"))
    rows = []
    started = datetime.datetime.now(datetime.timezone.utc)
    try:
        for n in args.sizes:
            runs = args.runs or (3 if n >= 50 else 5)
            print(f"N={n}: making the edition and building it {runs} times per case", file=sys.stderr, flush=True)
            pages, samples = measure(n, runs, work, args.glossary_copies,
                                     None if args.plansite_heap == "none" else args.plansite_heap)
            rows += summary(n, runs, pages, samples)
            print(table(rows[-len(CASES):]), file=sys.stderr, flush=True)  # so far, in case a later N is stopped
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir()
    except BuildFailed as failure:
        print(f"compare-hugo: a build failed:\n{failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = table(rows)
    print(figures)
    if not args.no_record:
        record(f"{SECTION}\n\nCommand: `{args.command.strip()}` (sizes {' '.join(map(str, args.sizes))}; run {started:%Y-%m-%d %H:%M} UTC). Machine: {machine()}.\n\n"
               "Synthetic editions of N × the plan (bench/README.md): plansite builds its site, Hugo the equivalent "
               "pages. *First build*: `generator/bin/plansite build` with `<root>/target/plansite-cache` deleted "
               "before each run; *rebuild*: the same with the cache the first build just filled; Hugo: `hugo "
               "--quiet`, no cache to keep. Runs interleaved (first, rebuild, Hugo, first, …), for N < 50 after one "
               f"untimed build of each; plansite's heap is limited with `JAVA_TOOL_OPTIONS=-Xmx{args.plansite_heap}` "
               "(`--plansite-heap`); wall and CPU are `/usr/bin/time` `%e` and `%U + %S` (JVM start included), "
               "peak RSS `%M`; pages are the `.html` files each tool wrote; ms per page = median wall ÷ pages.\n\n"
               + figures)
        print(f"recorded in {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
