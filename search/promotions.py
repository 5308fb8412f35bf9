"""Editors' promoted results (wagtail.contrib.search_promotions) for a query."""

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from civic.models.listing import default_language_code


def promotions(text: str, language: str) -> list[dict]:
    """Returns [{"title", "url", "description"}] that editors promoted for
    ``text``; a page is shown in the visitor's language where it can be, and
    never when it is not live and public. Reads only: a visitor's query never
    creates a row."""
    query = Query.objects.filter(query_string=normalise_query_string(text)).first()
    if query is None:
        return []
    picks = query.editors_picks.select_related("page").order_by("sort_order")
    return [item for pick in picks if (item := promoted_item(pick, language))]


def promoted_item(pick, language: str) -> dict | None:
    if pick.page is None:
        url, title = pick.external_link_url, pick.external_link_text
    else:
        page = page_in_language(pick.page, language)
        if page is None:
            return None
        url, title = page.get_url(), page.title
    return {"title": title, "url": url, "description": pick.description}


def page_in_language(page, language: str):
    pages = Page.objects.filter(translation_key=page.translation_key).live().public()
    found = {p.locale.language_code: p for p in pages.select_related("locale")}
    return found.get(language) or found.get(default_language_code())
