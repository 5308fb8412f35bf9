"""Queries shared by listing pages: the right language, and fast to render."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_supported_language_variant

from civic.conf import civic_setting


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


def paginate(request, items, per_page=None):
    """Returns the page of ``items`` that ``?page=`` asks for.

    Raises:
        Http404: when ``page`` is not a whole number or lies past the last page.
    """
    paginator = Paginator(items, per_page or civic_setting("CIVIC_PAGE_SIZE"))
    try:
        return paginator.page(request.GET.get("page") or 1)
    except (PageNotAnInteger, EmptyPage) as error:
        raise Http404(str(error)) from error


def children_of_any_translation(queryset, page):
    """Returns the pages of ``queryset`` under ``page`` or under any of its
    translations, so that a French index also reaches Dutch-only children.
    """
    parents = type(page).objects.filter(translation_key=page.translation_key)
    condition = Q(pk__in=[])
    for path, depth in parents.values_list("path", "depth"):
        condition |= Q(path__startswith=path, depth=depth + 1)
    return queryset.filter(condition)
