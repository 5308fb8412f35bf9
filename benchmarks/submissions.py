"""Benchmark: concurrent residents submitting the form to a running server.

Starts an SMTP sink (aiosmtpd) and gunicorn on loopback, runs N submitters for
D seconds (each: fetch the form, post it), then confirms a sample of the
submissions, and checks that every accepted submission is stored and every mail
arrived. Prints the figures and writes docs/benchmarks/submissions.md.

    DATABASE_URL=postgres://... .venv/bin/python benchmarks/submissions.py

The database named by DATABASE_URL is migrated and its submissions are deleted
first: give it a throwaway database. The rate limit is raised through the
SUBMISSION_RATE_LIMIT environment variable of the server, and the minimum fill
time set to zero through SUBMISSION_MIN_FILL_SECONDS, because every simulated
resident shares one address and types instantly.
"""

import argparse
import http.cookiejar
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "benchmarks" / "submissions.md"
LINK = re.compile(r"https?://\S+/submit/confirm/\S+/")


class Sink:
    """Counts what the SMTP server receives, by kind of message."""

    def __init__(self):
        self.lock = threading.Lock()
        self.confirm_links = {}
        self.other = []

    async def handle_DATA(self, server, session, envelope):
        text = envelope.content.decode("utf-8", "replace")
        match = LINK.search(text)
        with self.lock:
            for address in envelope.rcpt_tos:
                if match:
                    self.confirm_links[address] = match.group(0)
                else:
                    self.other.append(address)
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(args, smtp_port, http_port):
    return {
        **os.environ,
        "PYTHONPATH": f"{ROOT / 'site'}:{ROOT}:{ROOT / 'benchmarks'}",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "DATABASE_URL": args.database_url,
        "SECRET_KEY": "benchmark-only-" + secrets.token_hex(8),
        "ALLOWED_HOSTS": "127.0.0.1",
        "BASE_URL": f"http://127.0.0.1:{http_port}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "SUBMISSION_RATE_LIMIT": "1000000",
        "SUBMISSION_MIN_FILL_SECONDS": "0",
        "MEDIA_ROOT": "/tmp/civic-bench-media",
        "PRIVATE_MEDIA_ROOT": "/tmp/civic-bench-private",
    }


PREPARE = """
from civic.submissions.models import OutgoingMail, Submission
from civic.models import InitiativeIndexPage, InitiativePage
from tests.utils import make_district, make_site_tree
OutgoingMail.objects.all().delete()
Submission.objects.all().delete()
for page in InitiativePage.objects.all():
    page.delete()
if not InitiativeIndexPage.objects.exists():
    tree = make_site_tree()
    make_district(tree["districts"], "Heule")
from wagtail.models import Site
Site.objects.update(hostname="127.0.0.1", port={port})
"""


def prepare(env, http_port):
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(manage + ["migrate", "--no-input", "-v0"], env=env, check=True)
    script = PREPARE.replace("{port}", str(http_port))
    subprocess.run(manage + ["shell", "-c", script], env=env, check=True, cwd=ROOT)


def start_gunicorn(env, port, workers, threads):
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "kortrijk.wsgi",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--log-level=warning",
    ]
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/nl/submit/", timeout=10)
            return process
        except OSError:  # refused or timed out while the workers boot
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def cookie_opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


class Submitter(threading.Thread):
    """One resident: fetch the form, post it, again, until the deadline."""

    def __init__(self, number, base, deadline, limit):
        super().__init__(daemon=True)
        self.number, self.base = number, base
        self.deadline, self.limit = deadline, limit
        self.opener = cookie_opener()
        self.latencies, self.accepted, self.errors = [], [], []

    def run(self):
        count = 0
        while time.monotonic() < self.deadline and count < self.limit:
            count += 1
            try:
                self.submit_once(count)
            except Exception as error:  # counted and reported, never hidden
                self.errors.append(repr(error)[:200])

    def submit_once(self, count):
        form = self.opener.open(self.base + "/nl/submit/", timeout=30).read().decode()
        address = f"bench-{self.number}-{count}@example.org"
        data = {
            "csrfmiddlewaretoken": field(form, "csrfmiddlewaretoken"),
            "stamp": field(form, "stamp"),
            "kind": "initiative",
            "title": f"Buurtactie {self.number}-{count}",
            "summary": "Een korte samenvatting van het idee.",
            "description": "Wat we doen.\n\nWie meedoet.",
            "needs": "needs_volunteers",
            "public_author": "Een bewoner",
            "email": address,
            "age_group": "16_plus",
            "consent": "on",
        }
        request = urllib.request.Request(
            self.base + "/nl/submit/",
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": self.base + "/nl/submit/"},
        )
        started = time.perf_counter()
        response = self.opener.open(request, timeout=30)
        response.read()
        self.latencies.append(time.perf_counter() - started)
        if response.url.endswith("/submit/sent/"):
            self.accepted.append(address)
        else:
            self.errors.append(f"not accepted: {response.status} {response.url}")


def field(html, name):
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


class Confirmer(threading.Thread):
    """Opens confirmation links and presses the button, one after another."""

    def __init__(self, links, base):
        super().__init__(daemon=True)
        self.links, self.base = links, base
        self.opener = cookie_opener()
        self.latencies, self.errors = [], []

    def run(self):
        for link in self.links:
            path = urllib.parse.urlsplit(link).path
            try:
                page = self.opener.open(self.base + path, timeout=30).read().decode()
                request = urllib.request.Request(
                    self.base + path,
                    data=urllib.parse.urlencode(
                        {"csrfmiddlewaretoken": field(page, "csrfmiddlewaretoken")}
                    ).encode(),
                    headers={"Referer": self.base + path},
                )
                started = time.perf_counter()
                self.opener.open(request, timeout=60).read()
                self.latencies.append(time.perf_counter() - started)
            except Exception as error:
                self.errors.append(repr(error)[:200])


def percentiles(values):
    if not values:
        return {"p50": 0, "p95": 0, "max": 0}
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {
        "p50": statistics.median(ordered) * 1000,
        "p95": pick(0.95) * 1000,
        "max": ordered[-1] * 1000,
    }


def run_threads(threads):
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


def stored_counts(env):
    """Returns {status: count} of submissions and mails, read by Django."""
    script = (
        "from civic.submissions.models import OutgoingMail as M, Submission as S;"
        "from django.db.models import Count;"
        "import json;"
        "print(json.dumps(dict(S.objects.values_list('status').annotate(n=Count('pk')))));"
        "print(json.dumps(dict(M.objects.values_list('status').annotate(n=Count('pk')))))"
    )
    output = (
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "-c", script],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()
    )
    return json.loads(output[-2]), json.loads(output[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--confirm", type=int, default=200, help="confirmations")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--max-per-user", type=int, default=5000)
    args = parser.parse_args()
    if not args.database_url:
        raise SystemExit("Give --database-url or DATABASE_URL (a throwaway database).")

    sink = Sink()
    smtp_port, http_port = free_port(), free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    env = server_env(args, smtp_port, http_port)
    prepare(env, http_port)
    server = start_gunicorn(env, http_port, args.workers, args.threads)
    base = f"http://127.0.0.1:{http_port}"
    try:
        results = measure(args, base, sink, env)
    finally:
        server.terminate()
        server.wait(timeout=30)
        controller.stop()
    report(args, results)


def measure(args, base, sink, env):
    load_before = os.getloadavg()[0]
    deadline = time.monotonic() + args.seconds
    submitters = [
        Submitter(n, base, deadline, args.max_per_user) for n in range(args.users)
    ]
    started = time.monotonic()
    run_threads(submitters)
    elapsed = time.monotonic() - started
    accepted = [a for s in submitters for a in s.accepted]
    wait_until(lambda: len(sink.confirm_links) >= len(accepted), 60)
    submissions, mails = stored_counts(env)

    sample = [sink.confirm_links[a] for a in accepted[: args.confirm]]
    confirmers = [Confirmer(sample[n :: args.users], base) for n in range(args.users)]
    run_threads(confirmers)
    wait_until(lambda: len(sink.other) >= len(sample), 60)
    after_submissions, after_mails = stored_counts(env)
    return {
        "load": (load_before, os.getloadavg()[0]),
        "elapsed": elapsed,
        "submit": [t for s in submitters for t in s.latencies],
        "submit_errors": [e for s in submitters for e in s.errors],
        "accepted": accepted,
        "links": dict(sink.confirm_links),
        "stored": submissions,
        "mails": mails,
        "confirm": [t for c in confirmers for t in c.latencies],
        "confirm_errors": [e for c in confirmers for e in c.errors],
        "sample": len(sample),
        "confirmed_mails": len(sink.other),
        "after": after_submissions,
        "after_mails": after_mails,
    }


def report(args, r):
    submit, confirm = percentiles(r["submit"]), percentiles(r["confirm"])
    missing_mail = [a for a in r["accepted"] if a not in r["links"]]
    stored = sum(r["stored"].values())
    lines = [
        "# Benchmark: citizen submissions",
        "",
        f"Command: `DATABASE_URL=<throwaway PostgreSQL> .venv/bin/python "
        f"benchmarks/submissions.py --users {args.users} --seconds {args.seconds:g} "
        f"--confirm {args.confirm}`",
        "",
        f"Server: gunicorn, {args.workers} workers x {args.threads} threads, "
        "production settings over HTTP on 127.0.0.1, database "
        f"`{urllib.parse.urlsplit(args.database_url).scheme}`, mail through SMTP "
        "to an aiosmtpd sink on loopback, django-tasks' immediate backend "
        "(mail sent right after the commit, inside the request). Client: "
        f"{args.users} threads on the same 2-core machine.",
        "",
        "Client, server, PostgreSQL and the SMTP sink share 2 cores, so with 20 "
        "submitters the latencies are mostly queueing; run with `--users 1` for "
        "the cost of one request on an idle server. Load average (1 min) before "
        f"and after the run: {r['load'][0]:.1f} / {r['load'][1]:.1f}; other work "
        "on the machine shows in these figures.",
        "",
        "| step | requests | p50 ms | p95 ms | max ms | errors |",
        "|---|---|---|---|---|---|",
        f"| submit (POST) | {len(r['submit'])} | {submit['p50']:.0f} | "
        f"{submit['p95']:.0f} | {submit['max']:.0f} | {len(r['submit_errors'])} |",
        f"| confirm (POST) | {len(r['confirm'])} | {confirm['p50']:.0f} | "
        f"{confirm['p95']:.0f} | {confirm['max']:.0f} | {len(r['confirm_errors'])} |",
        "",
        f"Throughput: {len(r['submit']) / r['elapsed']:.1f} submissions/s over "
        f"{r['elapsed']:.0f} s.",
        "",
        "Nothing lost:",
        f"- accepted submissions (redirected to the sent page): {len(r['accepted'])}",
        f"- submissions stored: {stored} {r['stored']}",
        f"- confirmation mails received by the SMTP sink: {len(r['links'])}; "
        f"accepted without a mail: {len(missing_mail)}",
        f"- outbox after the run: {r['mails']}",
        f"- confirmed {r['sample']} of them: {r['after']}; confirmation mails "
        f"received: {r['confirmed_mails']}; outbox: {r['after_mails']}",
    ]
    errors = r["submit_errors"] + r["confirm_errors"]
    if errors:
        lines += ["", "First errors:", *[f"- `{e}`" for e in errors[:5]]]
    text = "\n".join(lines) + "\n"
    print(text)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text)
    ok = (
        not errors
        and not missing_mail
        and stored == len(r["accepted"])
        and r["confirmed_mails"] >= r["sample"]
    )
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
