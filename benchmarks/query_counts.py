"""Counts the SQL queries of every public page type on the demo content.

    .venv/bin/python benchmarks/query_counts.py

Migrates a SQLite database under benchmarks/.data/ (or the empty one
DATABASE_URL names), loads the Kortrijk demo content into it once, and requests
one page of each type in Dutch, French and English, plus the feeds, calendars,
search, submission form, sitemap and API, with the page cache off. Each path is
requested twice: "cold" after emptying every cache, "warm" right after (the
menu, footer and filter fragments then come from the cache). Prints the table
and writes it to docs/benchmarks/query_counts.md.
"""

import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / ".data"
REPORT = ROOT / "docs" / "benchmarks" / "query_counts.md"
LANGUAGES = ("nl", "fr", "en")
# The most queries a public page may make (issue 2's quality bar).
LIMIT = 20


def main():
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", "--if-empty", verbosity=0)
    rows = [measure(name, path) for name, path in paths()]
    text = report(rows)
    print(text)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text)


def setup_django():
    DATA.mkdir(parents=True, exist_ok=True)
    default = f"sqlite:///{DATA / 'query_counts.sqlite3'}"
    os.environ.setdefault("DATABASE_URL", default)
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.settings"
    os.environ["CIVIC_PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("MEDIA_ROOT", str(DATA / "media"))
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    import django

    django.setup()


def paths():
    """Yields (name, path): one live page of each type in each language."""
    from civic.models import (
        BudgetGamePage,
        DistrictPage,
        EventPage,
        InitiativeIndexPage,
    )

    for language in LANGUAGES:
        for page in first_of_each_type(language):
            name = page.specific_class._meta.verbose_name
            yield f"{name} ({language})", page.get_url()
        yield f"search ({language})", f"/{language}/search/?q=fiets"
        yield f"submission form ({language})", f"/{language}/submit/"

    nl = dict(locale__language_code="nl")
    district = DistrictPage.objects.live().filter(**nl).first()
    event = EventPage.objects.live().filter(**nl).first()
    initiatives = InitiativeIndexPage.objects.live().filter(**nl).first()
    game = BudgetGamePage.objects.live().filter(**nl).first()
    yield "district feed (RSS)", district.get_url() + "feed/"
    yield "district calendar (iCal)", district.get_url() + "calendar/"
    yield "event .ics", event.get_url() + "ics/"
    yield "initiative feed (Atom)", initiatives.get_url() + "feed/atom/"
    yield "initiative list, filtered", initiatives.get_url() + "?status=under_way"
    yield "Budget Game open data (JSON)", game.get_url() + "open-data/json/"
    yield "sitemap.xml", "/sitemap.xml"
    for endpoint in ("initiatives", "events", "districts", "budget-games"):
        yield f"API {endpoint}", f"/api/v2/{endpoint}/"


def first_of_each_type(language):
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(locale__language_code=language)
    seen = set()
    for page in pages.exclude(depth__lte=1).order_by("path").specific():
        if type(page) not in seen:
            seen.add(type(page))
            yield page


def measure(name, path):
    """Returns (name, path, status, cold queries, warm queries)."""
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    for alias in caches:
        caches[alias].clear()
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts.append(len(queries))
    return name, path, response.status_code, *counts


def report(rows):
    from django.db import connection

    pages = [row for row in rows if not row[0].startswith("API")]
    worst = max(pages, key=lambda row: row[4])
    coldest = max(pages, key=lambda row: row[3])
    lines = [
        "# SQL queries per public page",
        "",
        f"Measured {datetime.date.today()} by "
        "`.venv/bin/python benchmarks/query_counts.py` on the "
        f"demo content ({connection.vendor}), page cache off. Cold: every cache "
        "emptied first; warm: the same request again, with the menu, footer and "
        "filter fragments cached.",
        "",
        "| page | path | status | cold | warm |",
        "|---|---|---:|---:|---:|",
    ]
    for name, path, status, cold, warm in rows:
        lines.append(f"| {name} | `{path}` | {status} | {cold} | {warm} |")
    lines += [
        "",
        f"- Most queries of a warm page (API listings aside): {worst[4]}, "
        f"{worst[0]}; the limit is {LIMIT}.",
        f"- Most queries of a cold page: {coldest[3]}, {coldest[0]}; cold pages "
        f"over {LIMIT}: {sum(row[3] > LIMIT for row in pages)} of {len(pages)}.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
