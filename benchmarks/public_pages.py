"""Measures the public pages with many initiatives, cached and uncached.

    .venv/bin/python benchmarks/public_pages.py [--initiatives 10000] [--duration 10]

Fills a database (SQLite under benchmarks/.data/, kept for the next run; or the
empty one DATABASE_URL names), gathers its planner statistics, serves it with
gunicorn on 127.0.0.1, and loads each page with wrk (Debian's; installed when
missing): first with the page cache on, then with it off
(CIVIC_PAGE_CACHE_SECONDS=0: every request routes, queries and renders), next to
a trivial view on the same server as the ceiling. Prints the figures and writes
them to docs/benchmarks/public_pages.md.
"""

import argparse
import datetime
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / ".data"
REPORT = ROOT / "docs" / "benchmarks" / "public_pages.md"
TRIVIAL = "trivial view (ceiling)"
# wrk prints this line when a run ends: requests, microseconds, p50, p95, errors.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests,
    summary.duration, latency:percentile(50), latency:percentile(95),
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""
GOAL_SHARE = 0.60
GOAL_P95_MS = 150


def main():
    args = parse_args()
    database_url = os.environ.get("DATABASE_URL") or sqlite_url(args.initiatives)
    prepare_database(database_url, args.initiatives)
    wrk = find_wrk()
    load_before = os.getloadavg()[0]
    results = {
        cached: run_server(database_url, cached, args, wrk) for cached in (True, False)
    }
    loads = (load_before, os.getloadavg()[0])
    text = report(results, args, database_url, loads)
    print(text)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--initiatives", type=int, default=10_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--connections", type=int, default=8, help="open connections, cache on"
    )
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=2,
        help="open connections, cache off: one a worker, so p95 is the time to "
        "build a page rather than the time queued behind others",
    )
    return parser.parse_args()


def sqlite_url(count):
    DATA.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{DATA / f'public_pages_{count}.sqlite3'}"


def prepare_database(database_url, count):
    """Migrates and seeds the database unless an earlier run did."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    os.environ.setdefault("MEDIA_ROOT", str(DATA / "media"))
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from benchmarks.seed import seed
    from civic.models import InitiativePage

    call_command("migrate", verbosity=0, interactive=False)
    existing = InitiativePage.objects.count()
    if existing not in (0, count):
        sys.exit(f"The database holds {existing} initiatives, not {count}: empty it.")
    if not existing:
        started = time.monotonic()
        seed(count)
        print(f"seeded {count} initiatives in {time.monotonic() - started:.0f} s")
    analyse(connections["default"])
    connections.close_all()


def analyse(connection):
    """Gathers the query planner's statistics, as PostgreSQL's autovacuum does
    after a bulk load by itself: without them SQLite reads every page of a
    locale through ``locale_id`` for lists of six districts or five events.
    """
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def find_wrk():
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_server(database_url, cached, args, wrk):
    """Serves the site with gunicorn and returns {page: figures}."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "CIVIC_PAGE_CACHE_SECONDS": "300" if cached else "0",
    }
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        *("--workers", str(args.workers), "--bind", f"127.0.0.1:{port}"),
        *("--chdir", str(ROOT), "--pythonpath", "site,.", "--log-level", "warning"),
        "kortrijk.wsgi:application",
    ]
    server = subprocess.Popen(command, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/trivial/")
        paths = pages(args.initiatives).items()
        load = args.connections if cached else args.uncached_connections
        return {name: measure(base + path, load, args, wrk) for name, path in paths}
    finally:
        server.terminate()
        server.wait(timeout=30)


def pages(count):
    """Returns {name: path} of what is measured; deep pages sit mid-list."""
    middle_page = max(1, count // 12 // 2)
    return {
        TRIVIAL: "/trivial/",
        "home": "/nl/",
        "district": "/nl/wijken/heule/",
        "initiative list": "/nl/initiatieven/",
        f"initiative list, page {middle_page}": f"/nl/initiatieven/?page={middle_page}",
        "initiative": f"/nl/initiatieven/initiatief-{count // 2}/",
    }


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer {url}")


def measure(url, connections, args, wrk):
    """Returns requests/s, p50 and p95 (ms) and errors of one page under wrk."""
    for _ in range(2 * args.workers):  # warm every worker's caches
        with urllib.request.urlopen(url, timeout=30) as response:
            assert response.status == 200, url
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_REPORT)
        script.flush()
        output = subprocess.run(
            [wrk, "-t2", f"-c{connections}", f"-d{args.duration}s"]
            + ["-s", script.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    requests, micros, p50, p95, errors = map(int, line.split()[1:])
    return {
        "rps": requests / (micros / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "errors": errors,
    }


def report(results, args, database_url, loads):
    """Returns the Markdown report of ``results`` ({cached: {page: figures}})."""
    ceiling = results[True][TRIVIAL]["rps"]
    lines = [
        "# Public pages: throughput and latency",
        "",
        f"Measured {datetime.date.today()} by `benchmarks/public_pages.py "
        f"--initiatives {args.initiatives} --duration {args.duration} "
        f"--workers {args.workers} --connections {args.connections} "
        f"--uncached-connections {args.uncached_connections}` on "
        f"{database_url.split(':')[0]}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; gunicorn (sync workers) and wrk "
        "share the machine. Cache on: the page cache answers (the first requests "
        f"filled it), {args.connections} connections. Cache off: "
        "`CIVIC_PAGE_CACHE_SECONDS=0`, every request routes, queries and renders "
        "(the menu, footer, filter-form and count fragments stay cached), "
        f"{args.uncached_connections} "
        "connections. Planner statistics gathered (`ANALYZE`) before the runs. "
        "Load average (1 min) of the machine, other work "
        f"included: {loads[0]:.1f} before, {loads[1]:.1f} after.",
        "",
        "| page | cache | requests/s | share of trivial view | p50 ms | p95 ms "
        "| errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for cached, pages in results.items():
        for name, figures in pages.items():
            share = figures["rps"] / ceiling
            lines.append(
                f"| {name} | {'on' if cached else 'off'} | {figures['rps']:.0f} "
                f"| {share:.0%} | {figures['p50']:.1f} | {figures['p95']:.1f} "
                f"| {figures['errors']} |"
            )
    lines += ["", *verdicts(results, ceiling), ""]
    return "\n".join(lines)


def verdicts(results, ceiling):
    """Returns one line per goal saying whether each page met it."""
    names = [name for name in results[True] if name != TRIVIAL]
    lowest = min(results[True][name]["rps"] / ceiling for name in names)
    highest = max(results[False][name]["p95"] for name in names)
    return [
        f"- Goal: cached pages reach ≥ {GOAL_SHARE:.0%} of the trivial view: "
        f"lowest {lowest:.0%} ({met(lowest >= GOAL_SHARE)}).",
        f"- Goal: uncached p95 ≤ {GOAL_P95_MS} ms: highest {highest:.1f} ms "
        f"({met(highest <= GOAL_P95_MS)}).",
    ]


def met(condition):
    return "met" if condition else "NOT met"


if __name__ == "__main__":
    main()
