"""Queries shared by listing pages: the right language, and fast to render."""

import hashlib

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import get_supported_language_variant
from wagtail.models import Page, PageViewRestriction

from civic.cache import cached
from civic.conf import civic_setting


def public(pages):
    """Returns ``pages`` without those in a private section, as Wagtail's
    ``PageQuerySet.public()`` does.

    Wagtail finds the private sections by joining every page to the view
    restrictions; with planner statistics SQLite then reads all pages to join
    an empty table. Here the restricted pages are looked up by primary key.
    """
    private = Q(pk__in=[])
    for path, depth in cached("private-sections", private_sections):
        private |= Q(path__startswith=path, depth__gte=depth)
    return pages.exclude(private)


def private_sections():
    """Returns (path, depth) of every page under a view restriction.

    Cached until content changes: civic.apps starts a new content version
    whenever a view restriction is saved or deleted.
    """
    restricted = PageViewRestriction.objects.values("page_id")
    sections = Page.objects.filter(pk__in=restricted).values_list("path", "depth")
    return list(sections)


def in_locale_with_fallback(queryset, locale):
    """Returns the pages of ``queryset`` in ``locale``, completed by the pages of
    the default locale that have no translation in ``locale`` yet.

    One query, whatever the number of pages: untranslated content stays findable
    in Dutch instead of disappearing from the French and English listings.
    """
    default = default_language_code()
    if locale.language_code == default:
        return queryset.filter(locale=locale)
    translated = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(
        Q(locale=locale)
        | (Q(locale__language_code=default) & ~Q(translation_key__in=translated))
    )


def default_language_code():
    """Returns the language code of the default locale, without a query."""
    return get_supported_language_variant(settings.LANGUAGE_CODE)


def paginate(request, items, per_page=None, fetch=None, cache_count=False):
    """Returns the page of ``items`` that ``?page=`` asks for.

    With ``fetch`` (a function of a queryset, such as
    ``InitiativePage.for_listing``, adding what each item shows), only the
    page's primary keys are taken from ``items``, and only those rows are then
    fetched through ``fetch``. With ``cache_count``, the number of items is kept
    until published content changes; leave it off when ``items`` depends on the
    clock.

    Raises:
        Http404: when ``page`` is not a whole number or lies past the last page.
    """
    listed = primary_keys(items) if fetch else items
    per_page = per_page or civic_setting("CIVIC_PAGE_SIZE")
    paginator = (CachedCountPaginator if cache_count else Paginator)(listed, per_page)
    try:
        page = paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error
    if fetch:
        page.object_list = fetch_in_order(items.model, list(page.object_list), fetch)
    return page


def first_items(items, limit, fetch):
    """Returns the first ``limit`` of ``items`` as a list, fetched through
    ``fetch`` like a page of ``paginate``.
    """
    keys = list(primary_keys(items)[:limit])
    return fetch_in_order(items.model, keys, fetch)


def primary_keys(items):
    """Returns the primary keys of ``items``, in order, and nothing else.

    Sorting and skipping rows that hold only a key costs far less than doing
    so with every column of a page and of the district and image joined to it
    (issue 6: deep pages of the initiative index).
    """
    return items.prefetch_related(None).values_list("pk", flat=True)


def fetch_in_order(model, keys, fetch):
    """Returns the ``model`` objects whose primary keys are ``keys``, in that
    order, from the queryset that ``fetch`` makes of them.

    The filters that chose ``keys`` are not repeated: looked up by primary key
    alone, the rows are found at once.
    """
    if not keys:
        return []
    found = {item.pk: item for item in fetch(model.objects.filter(pk__in=keys))}
    return [found[key] for key in keys if key in found]


class CachedCountPaginator(Paginator):
    """Counts its items once per content version and language: counting all
    10,000 initiatives cost more than fetching the page of them.
    """

    @cached_property
    def count(self):
        query = str(self.object_list.query).encode()
        digest = hashlib.md5(query, usedforsecurity=False).hexdigest()
        return cached("listing-count", lambda: Paginator.count.func(self), digest)


def children_of_any_translation(queryset, page):
    """Returns the pages of ``queryset`` under ``page`` or under any of its
    translations, so that a French index also reaches Dutch-only children.
    """
    parents = type(page).objects.filter(translation_key=page.translation_key)
    condition = Q(pk__in=[])
    for path, depth in parents.values_list("path", "depth"):
        condition |= Q(path__startswith=path, depth=depth + 1)
    return queryset.filter(condition)
