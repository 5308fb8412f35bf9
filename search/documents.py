"""Builds the search documents of a page and its translations.

Only live pages that the public may see (no view restriction on them or an
ancestor) of a registered type become documents, and only with the fields in
``INDEXED_FIELDS``: nothing else of a page, and nothing of the people behind
it, can reach the index.
"""

from django.conf import settings
from wagtail.models import Page

from civic.models import DistrictPage
from civic.models.listing import default_language_code

from .adapters import adapter_for
from .models import SearchDocument

# Every field a document holds; a test checks that no other field appears.
INDEXED_FIELDS = (
    "text",  # the full-text row, see search.models.SearchText
    "page_id",
    "translation_key",
    "language",
    "content_language",
    "page_type",
    "title",
    "url",
    "summary",
    "body",
    "district",
    "status",
    "kind",
    "year",
    "published_at",
    "start",
    "end",
)
MAX_BODY = 20_000


def district_slugs() -> dict:
    """Returns {district translation key: slug in the default language}."""
    districts = DistrictPage.objects.filter(
        locale__language_code=default_language_code()
    )
    return dict(districts.values_list("translation_key", "slug"))


def documents_for(translation_key, slugs: dict | None = None) -> list:
    """Returns [(unsaved SearchDocument, theme slugs)] for every language the
    site serves: the page in that language, else its Dutch original."""
    pages = searchable_pages(translation_key)
    default = pages.get(default_language_code())
    slugs = district_slugs() if slugs is None else slugs
    return [
        make_document(page, language, slugs)
        for language, _name in settings.LANGUAGES
        if (page := pages.get(language, default)) is not None
    ]


def searchable_pages(translation_key) -> dict:
    """Returns {language code: page} of the live public translations."""
    pages = (
        Page.objects.filter(translation_key=translation_key)
        .live()
        .public()
        .specific()
        .select_related("locale")
    )
    return {
        page.locale.language_code: page
        for page in pages
        if adapter_for(page) and page.get_url() is not None
    }


def make_document(page, language: str, slugs: dict) -> tuple:
    adapter = adapter_for(page)
    facets = adapter.facets(page, slugs)
    document = SearchDocument(
        page_id=page.pk,
        translation_key=page.translation_key,
        language=language,
        content_language=page.locale.language_code,
        page_type=adapter.type,
        title=page.title,
        url=page.get_url(),
        summary=adapter.summary(page),
        body=adapter.body(page)[:MAX_BODY],
        district=facets["district"],
        status=facets["status"],
        kind=facets["kind"],
        **adapter.dates(page),
    )
    return document, facets["themes"]
