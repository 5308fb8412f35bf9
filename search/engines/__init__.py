"""Chooses the search engine from the settings, and falls back when it fails.

``SEARCH_URL`` empty (the default): the database engine, no server needed.
``SEARCH_URL=elasticsearch+http://host:9200``: Elasticsearch, with the
database engine answering whenever Elasticsearch cannot.
"""

import functools
import logging

from django.conf import settings

from search.types import SearchQuery, SearchResults

from .database import DatabaseEngine

logger = logging.getLogger("search")

ELASTICSEARCH_SCHEME = "elasticsearch+"


class EngineUnavailable(Exception):
    """The search engine could not answer (down, timing out, index missing)."""


def elasticsearch_engine():
    """Returns the configured Elasticsearch engine, or None."""
    url = getattr(settings, "SEARCH_URL", "") or ""
    if not url.startswith(ELASTICSEARCH_SCHEME):
        return None
    index = getattr(settings, "SEARCH_INDEX", "civic-search")
    return _elasticsearch(url.removeprefix(ELASTICSEARCH_SCHEME), index)


@functools.lru_cache(maxsize=4)
def _elasticsearch(url: str, index: str):
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine(url, index)


def configured_engine():
    return elasticsearch_engine() or DatabaseEngine()


def search(query: SearchQuery) -> SearchResults:
    """Returns the results of ``query`` from the configured engine, or from the
    database engine (``fallback`` set) when that engine is unavailable."""
    engine = configured_engine()
    try:
        return engine.search(query)
    except EngineUnavailable:
        logger.exception("Search engine %s failed; the database answers", engine.name)
    results = DatabaseEngine().search(query)
    results.fallback = True
    return results


def suggest(text: str, language: str) -> list[dict]:
    """Returns title suggestions for ``text``, from the database if need be."""
    engine = configured_engine()
    try:
        return engine.suggest(text, language)
    except EngineUnavailable:
        logger.warning("Search engine %s failed to suggest", engine.name)
    return DatabaseEngine().suggest(text, language)
