"""The search documents: what the public may find, one row a page and language.

Rows are written only by ``search.indexing`` from live, public pages through
the registered adapters, and hold only the fields listed in
``search.documents.INDEXED_FIELDS``. The full-text side table (an FTS5 table
on SQLite, a tsvector with a GIN index on PostgreSQL) is created by the
migration and kept by ``search.engines.database``: one row per page text
(``SearchText``, same id), shared by the documents that show that text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchText(models.Model):
    """A page's text in one language, indexed once in the full-text table (a
    row with the same id) for every visitor language that is shown it.

    An untranslated page has one text, its Dutch one, and three documents.
    """

    translation_key = models.UUIDField(_("translation key"))
    language = models.CharField(_("language of the text"), max_length=8)

    class Meta:
        verbose_name = _("search text")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "language"], name="search_text_unique"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.language})"


class SearchDocument(models.Model):
    """A page as the search page shows it to visitors of one language.

    A page not yet translated into French or English is stored once more for
    those visitors, with its Dutch text (``content_language`` "nl").
    """

    text = models.ForeignKey(
        SearchText,
        verbose_name=_("indexed text"),
        related_name="documents",
        on_delete=models.CASCADE,
        db_index=False,  # leads the covering index below
    )
    page_id = models.PositiveIntegerField(_("page"), db_index=True)
    translation_key = models.UUIDField(_("translation key"))
    language = models.CharField(_("shown to visitors in"), max_length=8)
    content_language = models.CharField(_("language of the text"), max_length=8)
    page_type = models.CharField(_("type"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("URL"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body text"), blank=True)
    district = models.CharField(_("district"), max_length=255, blank=True)
    status = models.CharField(_("status"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True)
    published_at = models.DateTimeField(_("first published"), null=True)
    start = models.DateTimeField(_("starts"), null=True)
    end = models.DateTimeField(_("ends"), null=True)

    class Meta:
        verbose_name = _("search document")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "language"], name="search_doc_unique"
            )
        ]
        indexes = [
            models.Index(fields=["language", "published_at"]),
            # Every column a search reads before its page of hits: a matching
            # text's documents come from this index alone, without reading
            # their wide rows (for a common word at 100,000 initiatives on
            # SQLite, 200 ms down to 25 ms).
            models.Index(
                fields=[
                    "text",
                    "language",
                    "id",
                    "page_type",
                    "district",
                    "status",
                    "kind",
                    "year",
                    "published_at",
                    "start",
                    "end",
                ],
                name="search_doc_by_text",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchDocumentTheme(models.Model):
    """A theme (by slug) of a search document: themes are the one facet with
    several values a document."""

    document = models.ForeignKey(
        SearchDocument, related_name="themes", on_delete=models.CASCADE
    )
    theme = models.CharField(_("theme"), max_length=100)

    class Meta:
        indexes = [models.Index(fields=["theme", "document"])]

    def __str__(self):
        return self.theme


class SearchWord(models.Model):
    """A word that occurs in some document: the vocabulary the database engine
    corrects misspelt queries against. Only ever grows; a rebuild trims it.
    """

    word = models.CharField(_("word"), max_length=60, unique=True)

    def __str__(self):
        return self.word


class PendingIndexUpdate(models.Model):
    """A translation key whose documents still have to reach Elasticsearch,
    kept until Elasticsearch has taken them (an outbox)."""

    translation_key = models.UUIDField(_("translation key"), unique=True)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)

    def __str__(self):
        return str(self.translation_key)
