"""Facet groups as the search page shows them: labelled, counted, checked."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from civic.models import DistrictPage, Theme
from civic.models.listing import default_language_code

from .adapters import choice_labels, type_labels
from .types import FACETS, SearchQuery, SearchResults

LEGENDS = {
    "type": _("Type"),
    "district": pgettext_lazy("area of the city", "District"),
    "theme": _("Theme"),
    "status": _("Status"),
    "kind": _("Kind"),
    "year": _("Year"),
}


def facet_groups(results: SearchResults, query: SearchQuery, language: str):
    """Returns [{"name", "legend", "options": [{value, label, count, checked}]}]
    for each facet with values; a checked value stays listed at zero."""
    groups = []
    for facet in FACETS:
        counts = dict(results.facets.get(facet, []))
        for value in query.filters.get(facet, ()):
            counts.setdefault(value, 0)
        if not counts:
            continue
        labels = facet_labels(facet, set(counts), language)
        options = [
            {
                "value": value,
                "label": labels.get(value, value),
                "count": count,
                "checked": value in query.filters.get(facet, ()),
            }
            for value, count in counts.items()
        ]
        groups.append({"name": facet, "legend": LEGENDS[facet], "options": options})
    return groups


def facet_labels(facet: str, values: set[str], language: str) -> dict[str, str]:
    if facet == "type":
        return type_labels()
    if facet in ("status", "kind"):
        return choice_labels(facet)
    if facet == "theme":
        return {
            t.slug: t.label(language) for t in Theme.objects.filter(slug__in=values)
        }
    if facet == "district":
        return district_labels(values, language)
    return {}


def district_labels(slugs: set[str], language: str) -> dict[str, str]:
    """Returns {default-language slug: title in ``language``, else Dutch}."""
    originals = DistrictPage.objects.filter(
        slug__in=slugs, locale__language_code=default_language_code()
    ).values_list("translation_key", "slug", "title")
    keys = {key: (slug, title) for key, slug, title in originals}
    translated = DistrictPage.objects.filter(
        translation_key__in=keys, locale__language_code=language
    ).values_list("translation_key", "title")
    titles = {keys[key][0]: title for key, title in translated}
    return {slug: titles.get(slug, title) for slug, title in keys.values()}
