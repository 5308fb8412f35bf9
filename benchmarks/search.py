"""Benchmarks the public search on generated initiatives; writes
docs/benchmarks/search.md (or the file given with --report).

Usage (from the repository root; DATABASE_URL picks the database, an empty or
missing one means a SQLite file beside the repository):

    DATABASE_URL=sqlite:///$PWD/.bench.sqlite3 .venv/bin/python benchmarks/search.py \\
        --sizes 10000 100000 --elasticsearch http://127.0.0.1:9260

The documents are generated straight into the document table through the
same write path as publishing (``search.engines.database.insert_documents``),
with the shape real pages produce: one row per visitor language, a French or
English translation for part of them, Dutch rows standing in for the rest.
Creating 100,000 real Wagtail pages takes hours on this machine, so the
baseline of Wagtail's own database backend runs on real pages, fewer of them
(``--wagtail-pages``), with our database engine measured on those same pages.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kortrijk.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from search.engines import DatabaseEngine, database, elasticsearch_engine  # noqa: E402
from search.models import SearchDocument  # noqa: E402
from search.types import SearchQuery  # noqa: E402

WORDS = {
    "nl": (
        "fiets fietsen fietser herstel buurt wijk speelplein kinderen ouderen "
        "eenzaamheid koffie moestuin groen bomen bloemen school straat plein "
        "vrijwilligers helpen samen feest markt afval opruimen verkeer veilig "
        "jongeren sport voetbal bibliotheek boeken muziek concert buren huis "
        "water park wandeling zondag week avond ontmoeting gesprek project idee"
    ).split(),
    "fr": (
        "vélo vélos réparation quartier plaine jeux enfants aînés solitude café "
        "potager verdure arbres fleurs école rue place bénévoles aider ensemble "
        "fête marché déchets nettoyer circulation sécurité jeunes sport football "
        "bibliothèque livres musique concert voisins maison parc promenade"
    ).split(),
    "en": (
        "bike bikes repair neighbourhood playground children elderly loneliness "
        "coffee garden greening trees flowers school street square volunteers "
        "help together party market litter cleanup traffic safety youth sport "
        "library books music concert neighbours house park walk meeting idea"
    ).split(),
}
DISTRICTS = "heule bissegem marke kooigem rollegem bellegem aalbeke lauwe".split()
THEMES = "mobiliteit vergroening zorg spelen cultuur sport veiligheid afval".split()
STATUSES = "idea looking_for_help under_way realised paused stopped".split()
QUERIES = [
    ("fietsen", "nl"),
    ("speelplein kinderen", "nl"),
    ("eenzaamheid", "nl"),
    ("moestuin", "nl"),
    ("vélo", "fr"),
    ("plaine de jeux", "fr"),
    ("bike repair", "en"),
    ("loneliness", "en"),
]


SYLLABLES = "ka ver lo mi tan de ro sel bu nik far po le gra mon ti zen ba".split()
FILLERS = sorted({a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES})
VOCABULARY = {}


def vocabulary(language):
    """Returns (words, cumulative Zipf weights): 3,000 filler words with the
    civic words of ``language`` at ranks 100 to 600, so that a civic word is
    in a few per cent of the documents, as in real text."""
    if language not in VOCABULARY:
        rng = random.Random(language)
        words = rng.sample(FILLERS, 3000)
        for word in WORDS[language]:
            words.insert(rng.randint(100, 600), word)
        weights = [1 / (rank + 10) for rank in range(len(words))]
        cumulative = list(__import__("itertools").accumulate(weights))
        VOCABULARY[language] = (words, cumulative)
    return VOCABULARY[language]


def sentence(rng, language, count):
    words, cumulative = vocabulary(language)
    return " ".join(rng.choices(words, cum_weights=cumulative, k=count)).capitalize()


def synthetic_page(rng, number):
    """Returns the texts and facets of one generated initiative."""
    published = timezone.now() - timezone.timedelta(days=rng.randint(0, 2500))
    texts = {"nl": texts_in(rng, "nl")}
    for language, share in (("fr", 0.3), ("en", 0.2)):
        if rng.random() < share:
            texts[language] = texts_in(rng, language)
    return {
        "page_id": number,
        "translation_key": __import__("uuid").UUID(int=number),
        "texts": texts,
        "district": rng.choice(DISTRICTS),
        "themes": rng.sample(THEMES, rng.randint(1, 3)),
        "status": rng.choice(STATUSES),
        "kind": rng.choice(["initiative", "initiative", "wish"]),
        "published_at": published,
        "year": published.year,
    }


def texts_in(rng, language):
    return (
        sentence(rng, language, rng.randint(3, 6)),
        sentence(rng, language, rng.randint(12, 25)),
        sentence(rng, language, rng.randint(40, 120)),
    )


def documents(page):
    """Returns [(SearchDocument, themes)] as documents_for would make them."""
    rows = []
    for language in ("nl", "fr", "en"):
        content = language if language in page["texts"] else "nl"
        title, summary, body = page["texts"][content]
        document = SearchDocument(
            page_id=page["page_id"],
            translation_key=page["translation_key"],
            language=language,
            content_language=content,
            page_type="initiative",
            title=title,
            url=f"/{content}/initiatieven/{page['page_id']}/",
            summary=summary,
            body=body,
            district=page["district"],
            status=page["status"],
            kind=page["kind"],
            year=page["year"],
            published_at=page["published_at"],
        )
        rows.append((document, page["themes"]))
    return rows


def generate(size, seed=7):
    """Fills the document table with ``size`` generated initiatives."""
    rng = random.Random(seed)
    database.clear()
    started = time.perf_counter()
    for start in range(0, size, 1000):
        pages = [synthetic_page(rng, n) for n in range(start, min(size, start + 1000))]
        database.insert_documents([row for page in pages for row in documents(page)])
    database.flush_index()
    analyse()
    return time.perf_counter() - started


def generated(size):
    """Returns whether the document table holds ``size`` generated initiatives."""
    return SearchDocument.objects.filter(language="nl").count() == size


def analyse():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def typical_queries(rng, count):
    """Returns ``count`` faceted queries: text, plus a district and a theme."""
    for _ in range(count):
        text, language = rng.choice(QUERIES)
        filters = {
            "district": frozenset({rng.choice(DISTRICTS)}),
            "theme": frozenset(rng.sample(THEMES, 2)),
        }
        yield SearchQuery(text=text, language=language, filters=filters)


def timed(function, items):
    """Returns the sorted durations in milliseconds of ``function(item)``."""
    durations = []
    for item in items:
        started = time.perf_counter()
        function(item)
        durations.append((time.perf_counter() - started) * 1000)
    return sorted(durations)


def percentiles(durations):
    p95 = durations[max(0, int(len(durations) * 0.95) - 1)]
    return statistics.median(durations), p95


SITE = {}


def site_tree():
    """Returns the site tree of tests.utils with the districts and themes that
    the generated documents name, made once: the search page drops filter
    values that name no district or theme, and would then measure searches
    without filters."""
    from civic.models import DistrictIndexPage, EventIndexPage, InitiativeIndexPage
    from home.models import HomePage
    from tests.utils import make_district, make_site_tree, make_theme

    if not SITE:
        home = HomePage.objects.filter(slug="home-test").first()
        if home is None:
            SITE.update(make_site_tree())
        else:
            SITE["home"] = home
            for name, model in (
                ("districts", DistrictIndexPage),
                ("initiatives", InitiativeIndexPage),
                ("events", EventIndexPage),
            ):
                SITE[name] = model.objects.descendant_of(home).first()
        known = set(SITE["districts"].get_children().values_list("slug", flat=True))
        for district in DISTRICTS:
            if district not in known:
                make_district(SITE["districts"], district.capitalize())
        for theme in THEMES:
            make_theme(theme.capitalize())
    return SITE


def measure_engine(engine, runs):
    site_tree()
    rng = random.Random(11)
    list(map(engine.search, typical_queries(rng, 5)))  # warm caches
    query_times = timed(engine.search, typical_queries(rng, runs))
    client = Client()
    page_times = timed(
        lambda query: client.get(
            f"/{query.language}/search/",
            {"q": query.text, **{k: sorted(v) for k, v in query.filters.items()}},
        ),
        typical_queries(rng, runs),
    )
    return percentiles(query_times), percentiles(page_times)


def database_size():
    tables = [SearchDocument._meta.db_table, "search_searchdocumenttheme", "search_fts"]
    tables.append("search_searchtext")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT sum(pg_total_relation_size(c)) FROM unnest(%s::regclass[]) c",
                [tables],
            )
            return cursor.fetchone()[0]
        cursor.execute(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        )
        return cursor.fetchone()[0]


def measure_elasticsearch(url, runs):
    index = f"bench-civic-search-{os.getpid()}"
    with override_settings(SEARCH_URL=f"elasticsearch+{url}", SEARCH_INDEX=index):
        engine = elasticsearch_engine()
        started = time.perf_counter()
        call_command("rebuild_search_index", "--elasticsearch-only")
        seconds = time.perf_counter() - started
        stats = engine.client.indices.stats(index=index)
        size = stats["_all"]["primaries"]["store"]["size_in_bytes"]
        query, page = measure_engine(engine, runs)
        for name in engine.indexes():
            engine.delete_index(name)
    return {"reindex": seconds, "size": size, "query": query, "page": page}


def measure_wagtail_baseline(count, runs):
    """Creates ``count`` real initiative pages, then times Wagtail's database
    backend and ours on them."""
    from wagtail.search.backends import get_search_backend

    from civic.models import InitiativePage
    from tests.utils import make_initiative

    rng = random.Random(5)
    tree = site_tree()
    started = time.perf_counter()
    for _ in range(count):
        make_initiative(
            tree["initiatives"],
            sentence(rng, "nl", rng.randint(3, 6)),
            summary=sentence(rng, "nl", 20),
            status=rng.choice(STATUSES),
        )
    call_command("update_index", verbosity=0)
    call_command("rebuild_search_index")
    analyse()
    created = time.perf_counter() - started
    backend = get_search_backend()
    pages = InitiativePage.objects.live()

    def wagtail_search(query):
        list(backend.search(query.text, pages.filter(status="idea"))[:10])

    queries = [q for q in typical_queries(rng, runs) if q.language == "nl"]
    ours = [
        SearchQuery(text=q.text, filters={"status": frozenset({"idea"})})
        for q in queries
    ]
    return {
        "created": created,
        "wagtail": percentiles(timed(wagtail_search, queries)),
        "ours": percentiles(timed(DatabaseEngine().search, ours)),
    }


def row(database_name, engine, size, rows, query, page, indexed, size_mib):
    """Returns one Markdown table row of figures ("-" where not measured),
    ending with the machine's load averages (1, 5, 15 minutes) at its end."""
    cells = [database_name, engine, f"{size:,}", f"{rows:,}" if rows else "-"]
    cells += [f"{ms:.1f}" for ms in query]
    cells += [f"{ms:.1f}" for ms in page] if page else ["-", "-"]
    cells += [indexed, f"{size_mib:.0f} MiB" if size_mib else "-"]
    cells.append(" / ".join(f"{load:.1f}" for load in os.getloadavg()))
    return "| " + " | ".join(cells) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--elasticsearch", default=os.environ.get("ELASTICSEARCH_URL"))
    parser.add_argument("--wagtail-pages", type=int, default=0)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the documents already generated when there are as many",
    )
    parser.add_argument(
        "--report", default=None, help="append the figures to this file"
    )
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    label = connection.vendor
    lines = []
    for size in args.sizes:
        if args.reuse and generated(size):
            indexed = "- (reused)"
        else:
            indexed = f"{generate(size):.0f} s (generate + index)"
        rows = SearchDocument.objects.count()
        query, page = measure_engine(DatabaseEngine(), args.runs)
        size_mib = database_size() / 2**20
        lines.append(
            row(label, "database engine", size, rows, query, page, indexed, size_mib)
        )
        print(lines[-1], flush=True)
        if args.elasticsearch:
            es = measure_elasticsearch(args.elasticsearch, args.runs)
            indexed = f"{es['reindex']:.0f} s (bulk reindex)"
            lines.append(
                row(
                    label,
                    "elasticsearch",
                    size,
                    rows,
                    es["query"],
                    es["page"],
                    indexed,
                    es["size"] / 2**20,
                )
            )
            print(lines[-1], flush=True)
    if args.wagtail_pages:
        database.clear()
        base = measure_wagtail_baseline(args.wagtail_pages, min(args.runs, 30))
        created = f"{base['created']:.0f} s (create pages)"
        for name, engine in (
            ("wagtail", "Wagtail database backend"),
            ("ours", "database engine"),
        ):
            lines.append(
                row(
                    label,
                    f"{engine} (real pages)",
                    args.wagtail_pages,
                    None,
                    base[name],
                    None,
                    created,
                    None,
                )
            )
            print(lines[-1], flush=True)
    if args.report:
        with open(args.report, "a", encoding="utf-8") as report:
            report.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
