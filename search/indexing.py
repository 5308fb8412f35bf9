"""Keeps the search documents in step with the pages.

The database documents are always written (they also serve as the fallback
when Elasticsearch is down). When Elasticsearch is configured, the changed
translation keys go into an outbox (``PendingIndexUpdate``) first and leave it
only once Elasticsearch has taken them, so nothing is lost while it is down.
"""

import logging
import uuid
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F

from .documents import district_slugs, documents_for
from .engines import EngineUnavailable, database, elasticsearch_engine
from .models import PendingIndexUpdate, SearchDocument

logger = logging.getLogger("search.indexing")

BATCH = 500


def sync(keys: Iterable) -> bool:
    """Rewrites the documents of the translation ``keys`` from their pages.

    Returns False when Elasticsearch is configured and could not take them
    (they stay pending), True otherwise.
    """
    keys = sorted({uuid.UUID(str(key)) for key in keys})
    slugs = district_slugs()
    with transaction.atomic():
        documents = [doc for key in keys for doc in documents_for(key, slugs)]
        database.replace_documents(keys, documents)
        if elasticsearch_engine() is None:
            return True
        for key in keys:
            PendingIndexUpdate.objects.get_or_create(translation_key=key)
    logger.info("Indexed %d documents of %d pages", len(documents), len(keys))
    return push_pending()


def push_pending() -> bool:
    """Sends the pending translation keys to Elasticsearch, a batch at a time.

    Returns False (and keeps them pending) when Elasticsearch fails.
    """
    engine = elasticsearch_engine()
    while engine is not None:
        pending = list(PendingIndexUpdate.objects.order_by("pk")[:BATCH])
        if not pending:
            break
        keys = [item.translation_key for item in pending]
        try:
            engine.replace(keys, documents_of(keys))
        except EngineUnavailable:
            logger.exception("Elasticsearch did not take %d pending updates", len(keys))
            PendingIndexUpdate.objects.filter(pk__in=[p.pk for p in pending]).update(
                attempts=F("attempts") + 1
            )
            return False
        PendingIndexUpdate.objects.filter(pk__in=[p.pk for p in pending]).delete()
    return True


def documents_of(keys) -> list[SearchDocument]:
    return list(
        SearchDocument.objects.filter(translation_key__in=keys).prefetch_related(
            "themes"
        )
    )


def searchable_keys():
    """Returns the translation keys of every page of a registered type."""
    from wagtail.models import Page

    from .adapters import ADAPTERS

    pages = Page.objects.type(*ADAPTERS).live().public()
    return (
        pages.order_by("translation_key")
        .values_list("translation_key", flat=True)
        .distinct()
    )
