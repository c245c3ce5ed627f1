#!/usr/bin/env python3
"""Edit-to-reload latency of `plansite serve` (issue 9): the time from saving a chapter file to the
moment an open page is told to reload.

Copies the project (content/, data/, site-templates/) into a temporary folder, starts
`generator/bin/plansite serve` on it, listens to the server-sent events an open page listens to
(/__plansite/events), then saves one chapter again and again (a paragraph added at its end, then removed)
and times each save until the "reload" event arrives. The time includes the watcher noticing the save,
the rebuild of what depends on it, and the event. Prints each time and the median, 90th percentile and
maximum; the server's own log lines (pages rendered / reused) follow.

Usage: bench/serve-rebuild.py [--edits N] [--chapter content/zh/ch3.md] [--port P] [--wait S] [--pause S] [--log LINES]
Standard library only; needs `mvn -q package -DskipTests` first (for generator/target/plansite.jar).
"""
import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--chapter", default="content/zh/ch3.md")
    ap.add_argument("--port", type=int, default=8791)
    ap.add_argument("--pause", type=float, default=0.6, help="seconds between saves")
    ap.add_argument("--wait", type=float, default=4.0, help="seconds from the first page served to the first save")
    ap.add_argument("--log", type=int, default=4, help="lines of the server's log printed at the end")
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="plansite-serve-bench-")
    for d in ("content", "data", "site-templates"):
        shutil.copytree(os.path.join(REPO, d), os.path.join(work, d))
    launcher = os.path.join(REPO, "generator", "bin", "plansite")
    log = open(os.path.join(work, "serve.log"), "w+")
    server = subprocess.Popen([launcher, "serve", "--port", str(args.port), "--root", work],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(args.port)
        events = []
        arrived = threading.Condition()

        def listen():
            conn = http.client.HTTPConnection("127.0.0.1", args.port)
            conn.request("GET", "/__plansite/events")
            resp = conn.getresponse()
            while True:
                line = resp.readline()
                if not line:
                    return
                if line.strip() == b"data: reload":
                    with arrived:
                        events.append(time.perf_counter())
                        arrived.notify_all()

        threading.Thread(target=listen, daemon=True).start()
        # A person edits seconds after the server is up, by when serve has warmed up (two builds).
        time.sleep(args.wait)
        path = os.path.join(work, args.chapter)
        original = open(path, encoding="utf-8").read()
        edited = original.rstrip("\n") + "\n\n（修改测试）An edit.\n"
        times = []
        for i in range(args.edits):
            text = edited if i % 2 == 0 else original
            with arrived:
                seen = len(events)
                start = time.perf_counter()
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                if not arrived.wait_for(lambda: len(events) > seen, timeout=10):
                    sys.exit("no reload within 10 s after save %d; server log: %s" % (i, log_text(log)))
                times.append((events[seen] - start) * 1000)
            time.sleep(args.pause)
        for i, t in enumerate(times):
            print("save %2d: reload after %6.1f ms" % (i, t))
        qs = sorted(times)
        print("edit-to-reload over %d saves of %s: median %.1f ms, 90th percentile %.1f ms, max %.1f ms, "
              "first %.1f ms" % (len(times), args.chapter, statistics.median(times),
                                 qs[int(0.9 * (len(qs) - 1))], qs[-1], times[0]))
    finally:
        server.terminate()
        server.wait()
        print("--- server log (last lines)")
        print("\n".join(log_text(log).splitlines()[-args.log:]))
        shutil.rmtree(work, ignore_errors=True)


def log_text(log):
    log.flush()
    log.seek(0)
    return log.read()


def wait_for(port):
    for _ in range(600):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/index.html")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("the server did not answer within 60 s")


if __name__ == "__main__":
    main()
