"""Rebuilds the search documents from the pages, and Elasticsearch without downtime."""

import time

from django.core.management.base import BaseCommand, CommandError

from search.documents import district_slugs, documents_for
from search.engines import EngineUnavailable, database, elasticsearch_engine
from search.engines.elastic import source
from search.indexing import push_pending, searchable_keys
from search.models import SearchDocument, SearchText

BATCH = 200


class Command(BaseCommand):
    help = (
        "Rebuilds the search documents from the live pages, then (when "
        "Elasticsearch is configured) fills a new index with bulk requests and "
        "switches the alias to it, so searches never see a half-built index."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--pending",
            action="store_true",
            help="Only send the updates Elasticsearch missed while it was down.",
        )
        parser.add_argument(
            "--elasticsearch-only",
            action="store_true",
            help="Keep the database documents; rebuild only the Elasticsearch index.",
        )

    def handle(self, *args, pending=False, elasticsearch_only=False, **options):
        if pending:
            if not push_pending():
                raise CommandError("Elasticsearch did not take the pending updates.")
            return
        if not elasticsearch_only:
            self.rebuild_database()
        engine = elasticsearch_engine()
        if engine is not None:
            try:
                self.rebuild_elasticsearch(engine)
            except EngineUnavailable as error:
                raise CommandError(f"Elasticsearch failed: {error}") from error

    def rebuild_database(self):
        """Rewrites the documents a batch of pages at a time (each batch in one
        transaction, so searches keep working), then drops stale ones."""
        keys = list(searchable_keys())
        slugs = district_slugs()
        progress = Progress(self.stderr, "database", len(keys))
        for start in range(0, len(keys), BATCH):
            batch = keys[start : start + BATCH]
            documents = [doc for key in batch for doc in documents_for(key, slugs)]
            database.replace_documents(batch, documents)
            progress.advance(len(batch))
        stale = SearchDocument.objects.exclude(translation_key__in=keys)
        database.delete_documents(stale.values_list("translation_key", flat=True))
        database.flush_index()
        progress.done()

    def rebuild_elasticsearch(self, engine):
        name = engine.create_index(bulk_load=True)
        texts = SearchText.objects.order_by("pk").prefetch_related("documents__themes")
        progress = Progress(self.stderr, "elasticsearch", texts.count())
        chunks = (
            [source(shown) for text in chunk if (shown := list(text.documents.all()))]
            for chunk in chunked(texts, 1000)
        )
        try:
            engine.bulk_load(name, chunks, progress.advance)
        except EngineUnavailable:
            engine.delete_index(name)
            raise
        for old in engine.switch_alias(name):
            engine.delete_index(old)
        progress.done()
        push_pending()
        self.stdout.write(f"The alias {engine.alias} now points at {name}.")


def chunked(queryset, size):
    """Yields lists of ``size`` rows, keyset-paginated on the primary key."""
    last = 0
    while chunk := list(queryset.filter(pk__gt=last)[:size]):
        yield chunk
        last = chunk[-1].pk


class Progress:
    """A one-line progress bar on the command's error stream."""

    def __init__(self, stream, label, total):
        self.stream, self.label, self.total = stream, label, total
        self.count, self.started = 0, time.monotonic()

    def advance(self, step):
        self.count += step
        share = self.count / self.total if self.total else 1
        bar = "#" * int(share * 30)
        self.stream.write(
            f"\r{self.label:>13} [{bar:<30}] {self.count:,}/{self.total:,}", ending=""
        )
        self.stream.flush()

    def done(self):
        seconds = time.monotonic() - self.started
        self.stream.write(
            f"\r{self.label:>13} {self.count:,} in {seconds:.1f} s" + " " * 30
        )
