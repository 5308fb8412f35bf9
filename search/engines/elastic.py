"""The Elasticsearch engine, built with elasticsearch-dsl.

One index behind an alias (``SEARCH_INDEX``), one document a page text
(``search.models.SearchText``), listing the visitor languages shown it: an
untranslated page is one Dutch document found by visitors of every language.
The text sits in fields of its own language (``title_nl``, ``text_fr`` ...),
each with analysers that make the terms ``search.text`` makes, plus the civic
synonyms at search time.
Only the components of Elasticsearch's analysis-common module are used, so the
definitions work on any production cluster (and on the test node through its
stand-in plugin, see scripts/services/README.md).
"""

import datetime
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, helpers
from elasticsearch.dsl import (
    A,
    Completion,
    Date,
    Index,
    Integer,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
)

from search.models import SearchDocument
from search.snippets import best_snippet, query_stems
from search.text import FRENCH_ELISIONS, query_units, synonym_rules, words
from search.types import (
    FACETS,
    SORT_NEWEST,
    SORT_UPCOMING,
    Hit,
    SearchQuery,
    SearchResults,
)

from . import EngineUnavailable

logger = logging.getLogger("search.elasticsearch")

LANGUAGES = ("nl", "fr", "en")
# Elasticsearch's names of the Snowball stemmers that search.text uses.
STEMMERS = {"nl": "dutch", "fr": "french", "en": "porter2"}
PASSES = {"nl": 2, "fr": 1, "en": 1}
FACET_FIELDS = {"type": "type", "district": "district", "theme": "theme"}
FACET_FIELDS |= {"status": "status", "kind": "kind", "year": "year"}
MAX_WINDOW = 10_000
TEXTS = ["summary", "body", "start"]
BULK_TIMEOUT = 120  # seconds; a bulk request of 2,000 documents on a busy node
# Bulk requests in flight while an index is filled, so that Elasticsearch
# indexes one while the next is read from the database and built; not yet
# measured apart from the other reindex changes (docs/benchmarks/search.md).
SENDERS = 2
ERRORS = (ApiError, TransportError)


def analysis() -> dict:
    """Returns the index's analysis settings."""
    filters = {
        "civic_synonyms": {"type": "synonym_graph", "synonyms": synonym_rules()},
        "civic_elision": {
            "type": "elision",
            "articles": sorted(FRENCH_ELISIONS),
            "articles_case": True,
        },
    }
    analyzers = {
        "civic_folding": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        }
    }
    for language in LANGUAGES:
        filters[f"civic_stem_{language}"] = {
            "type": "stemmer",
            "language": STEMMERS[language],
        }
        analyzers[f"civic_{language}"] = chain(language, search=False)
        analyzers[f"civic_{language}_search"] = chain(language, search=True)
    return {"analysis": {"filter": filters, "analyzer": analyzers}}


def chain(language: str, search: bool) -> dict:
    """Returns an analyser: lowercase, (French elision), ASCII folding, (civic
    synonyms when searching), then the stemmer as often as search.text runs it."""
    names = ["lowercase"]
    names += ["civic_elision"] if language == "fr" else []
    names += ["asciifolding"]
    names += ["civic_synonyms"] if search else []
    names += [f"civic_stem_{language}"] * PASSES[language]
    return {"type": "custom", "tokenizer": "standard", "filter": names}


def mapping() -> Mapping:
    m = Mapping()
    for name in ("translation_key", "language", "content_language", "type"):
        m.field(name, Keyword())
    for name in ("district", "theme", "status", "kind"):
        m.field(name, Keyword())
    m.field("page_id", Integer())
    m.field("year", Integer())
    for name in ("published_at", "start", "end"):
        m.field(name, Date())
    for name in ("title", "url", "summary", "body"):
        m.field(name, Keyword(index=False, doc_values=False))
    for language in LANGUAGES:
        analysed = {
            "analyzer": f"civic_{language}",
            "search_analyzer": f"civic_{language}_search",
        }
        m.field(f"title_{language}", Text(**analysed))
        m.field(f"text_{language}", Text(**analysed))
    m.field(
        "suggest",
        Completion(
            analyzer="civic_folding",
            contexts=[{"name": "language", "type": "category", "path": "language"}],
        ),
    )
    return m


def source(documents: list[SearchDocument]) -> dict:
    """Returns the Elasticsearch document of one page text, from the database
    documents that show it (they differ only in the visitor language)."""
    document = documents[0]
    language = document.content_language
    return {
        "_id": f"{document.translation_key}-{language}",
        "translation_key": str(document.translation_key),
        "page_id": document.page_id,
        "language": sorted(shown.language for shown in documents),
        "content_language": language,
        "type": document.page_type,
        "district": document.district or None,
        "theme": [theme.theme for theme in document.themes.all()],
        "status": document.status or None,
        "kind": document.kind or None,
        "year": document.year,
        "published_at": document.published_at,
        "start": document.start,
        "end": document.end,
        "title": document.title,
        "url": document.url,
        "summary": document.summary,
        "body": document.body,
        f"title_{language}": document.title,
        f"text_{language}": f"{document.title}\n{document.summary}\n{document.body}",
        "suggest": {"input": suggestion_inputs(document.title)},
    }


def sources(documents: Iterable[SearchDocument]) -> list[dict]:
    """Returns the Elasticsearch documents of ``documents``, one per text."""
    texts = {}
    for document in documents:
        texts.setdefault(document.text_id, []).append(document)
    return [source(shown) for shown in texts.values()]


def suggestion_inputs(title: str) -> list[str]:
    """Returns the title and its tails from each later word, so that typing
    any word of a title suggests it."""
    parts = title.split()
    return [" ".join(parts[start:]) for start in range(min(len(parts), 6))]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str, alias: str):
        self.alias = alias
        timeout = getattr(settings, "SEARCH_TIMEOUT", 5)
        self.client = Elasticsearch(url, request_timeout=timeout, max_retries=0)

    # Searching -------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResults:
        units = query_units(query.text, query.language)
        request = self.request(query, " ".join(unit.text for unit in units))
        response = self.call(request.execute)
        stems = query_stems(units, (query.language, "nl"))
        return SearchResults(
            query=query,
            hits=[to_hit(hit, stems) for hit in response.hits],
            total=response.hits.total.value,
            facets=facets(response.aggregations),
        )

    def request(self, query: SearchQuery, text: str) -> Search:
        search = Search(using=self.client, index=self.alias).extra(
            track_total_hits=True
        )
        search = search.query(text_query(text, query))
        search = search.post_filter(Q("bool", filter=filters(query)))
        for facet, field in FACET_FIELDS.items():
            others = Q("bool", filter=filters(query, skip=facet))
            bucket = A("filter", filter=others)
            bucket.bucket("values", "terms", field=field, size=200)
            search.aggs.bucket(facet, bucket)
        search = search.sort(*sort_order(query, text))
        start = min(query.offset, MAX_WINDOW - query.page_size)
        search = search.source(["title", "url", "type", "content_language"] + TEXTS)
        return search[start : start + query.page_size]

    def suggest(self, text: str, language: str, limit: int = 8) -> list[dict]:
        prefix = " ".join(words(text, language)[:6])
        if not prefix:
            return []
        search = Search(using=self.client, index=self.alias).source(["title", "url"])
        search = search.suggest(
            "titles",
            prefix,
            completion={
                "field": "suggest",
                "size": limit,
                "skip_duplicates": True,
                "contexts": {"language": [language]},
            },
        )
        response = self.call(search.execute)
        options = response.suggest.titles[0].options
        return [{"title": o._source.title, "url": o._source.url} for o in options]

    def call(self, function, *args, **kwargs):
        """Runs an Elasticsearch call, turning its failures into EngineUnavailable."""
        try:
            return function(*args, **kwargs)
        except ERRORS as error:
            raise EngineUnavailable(str(error)) from error

    # Writing ---------------------------------------------------------------

    def replace(self, keys: Iterable, documents: Iterable[SearchDocument]) -> None:
        """Replaces every document of the translation ``keys`` by ``documents``."""
        deletes = [
            {"_op_type": "delete", "_id": f"{key}-{language}"}
            for key in keys
            for language in LANGUAGES
        ]
        actions = deletes + sources(documents)
        self.call(self.bulk, self.alias, actions, refresh=refresh_setting())

    def bulk(self, index: str, actions: Iterable[dict], refresh=False) -> int:
        done, errors = helpers.bulk(
            self.client.options(request_timeout=BULK_TIMEOUT),
            actions,
            index=index,
            raise_on_error=False,
            refresh=refresh,
            chunk_size=1000,
        )
        failures = [e for e in errors if not is_missing_delete(e)]
        if failures:
            raise EngineUnavailable(
                f"{len(failures)} bulk actions failed: {failures[:3]}"
            )
        return done

    def bulk_load(
        self,
        name: str,
        chunks: Iterable[list[dict]],
        done: Callable[[int], None] = lambda count: None,
    ) -> None:
        """Sends each chunk of actions to the index ``name`` in a bulk request,
        ``SENDERS`` at a time, calling ``done`` with the count of each one
        taken; then turns refreshing back on and refreshes.

        The chunks are built in the calling thread (so database reads stay on
        its connection); only the requests run in the pool. Raises
        EngineUnavailable when a request fails.
        """
        with ThreadPoolExecutor(SENDERS, thread_name_prefix="search-bulk") as pool:
            sent = deque()
            for chunk in chunks:
                sent.append(pool.submit(self.call, self.bulk, name, chunk))
                if len(sent) >= SENDERS:
                    done(sent.popleft().result())
            while sent:
                done(sent.popleft().result())
        self.call(
            self.client.indices.put_settings,
            index=name,
            settings={"index": {"refresh_interval": None}},
        )
        self.call(self.client.indices.refresh, index=name)

    def create_index(self, bulk_load: bool = False) -> str:
        """Creates a new, empty concrete index and returns its name; with
        ``bulk_load``, one that does not refresh until ``bulk_load`` ends."""
        name = f"{self.alias}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 10**6}"
        index = Index(name, using=self.client)
        index.settings(number_of_shards=1, number_of_replicas=0, **analysis())
        if bulk_load:
            index.settings(refresh_interval="-1")
        index.mapping(mapping())
        self.call(index.create)
        return name

    def switch_alias(self, name: str) -> list[str]:
        """Points the alias at index ``name`` in one step; returns the indexes
        it left, which the caller deletes."""
        old = self.indexes()
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.call(self.client.indices.update_aliases, actions=actions)
        return [index for index in old if index != name]

    def indexes(self) -> list[str]:
        """Returns the concrete indexes behind the alias (none if it is missing)."""
        if not self.call(self.client.indices.exists_alias, name=self.alias):
            return []
        return list(self.call(self.client.indices.get_alias, name=self.alias))

    def ensure_index(self) -> None:
        """Creates the index behind the alias if there is none."""
        if not self.call(self.client.indices.exists_alias, name=self.alias):
            self.switch_alias(self.create_index())

    def delete_index(self, name: str) -> None:
        self.call(self.client.indices.delete, index=name, ignore_unavailable=True)

    def refresh(self) -> None:
        self.call(self.client.indices.refresh, index=self.alias)


def refresh_setting():
    return bool(getattr(settings, "SEARCH_REFRESH_ON_WRITE", False))


def is_missing_delete(error: dict) -> bool:
    delete = error.get("delete")
    return bool(delete) and delete.get("status") == 404


def text_query(text: str, query: SearchQuery):
    """Returns the query: every word must match (in the text field of any
    language, with fuzziness), title matches score higher. Sorting by
    upcoming events turns the text into a filter and scores what is coming."""
    if not text:
        matched = Q("match_all")
    else:
        matched = Q(
            "bool",
            must=Q(
                "multi_match",
                query=text,
                fields=[f"text_{language}" for language in LANGUAGES],
                operator="and",
                fuzziness="AUTO",
                prefix_length=1,
            ),
            should=Q(
                "multi_match",
                query=text,
                fields=[f"title_{language}^4" for language in LANGUAGES],
            ),
        )
    language = Q("term", language=query.language)
    if query.sort == SORT_UPCOMING:
        upcoming = Q("range", end={"gte": timezone.now().isoformat()})
        return Q(
            "bool",
            filter=[matched, language],
            should=[Q("constant_score", filter=upcoming, boost=1.0)],
        )
    return Q("bool", must=matched, filter=language)


def filters(query: SearchQuery, skip: str = "") -> list:
    return [
        Q("terms", **{FACET_FIELDS[facet]: sorted(values)})
        for facet, values in sorted(query.filters.items())
        if facet != skip and values
    ]


def sort_order(query: SearchQuery, text: str) -> list:
    newest = [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"page_id": "desc"},
    ]
    if query.sort == SORT_UPCOMING:
        return ["_score", {"start": {"order": "asc", "missing": "_last"}}, *newest]
    if query.sort == SORT_NEWEST or not text:
        return newest
    return ["_score", *newest]


def facets(aggregations) -> dict:
    counts = {}
    for facet in FACETS:
        buckets = aggregations[facet]["values"]["buckets"]
        values = [(str(bucket["key"]), bucket["doc_count"]) for bucket in buckets]
        if values:
            counts[facet] = sorted(values, key=lambda item: (-item[1], item[0]))
    return counts


def to_hit(hit, stems: set[str]) -> Hit:
    document = hit.to_dict()
    language = document["content_language"]
    start = document.get("start")
    return Hit(
        title=document["title"],
        url=document["url"],
        type=document["type"],
        language=language,
        snippet=best_snippet(
            document.get("summary"), document.get("body"), stems, language
        ),
        start=datetime.datetime.fromisoformat(start) if start else None,
    )
