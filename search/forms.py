"""The search form: a plain GET query string, read leniently.

Nothing a visitor types is an error worth a 4xx here: an unknown facet value
is ignored and reported beside the results, a page number that is not one
becomes the first page, and an overlong query is cut to its start.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from civic.models import DistrictPage, Theme
from civic.models.listing import default_language_code

from .adapters import choice_labels, type_labels
from .types import FACETS, SORT_NEWEST, SORT_RELEVANCE, SORT_UPCOMING, SearchQuery

MAX_QUERY = 200
MAX_PAGE = 1000
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Best match")),
    (SORT_NEWEST, _("Newest first")),
    (SORT_UPCOMING, _("Upcoming events first")),
]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    sort = forms.ChoiceField(label=_("Order"), choices=SORT_CHOICES, required=False)

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.is_valid()
        self.unknown = {}

    @property
    def text(self) -> str:
        return (self.cleaned_data.get("q") or "")[:MAX_QUERY]

    def too_long(self) -> bool:
        return len(self.cleaned_data.get("q") or "") > MAX_QUERY

    def has_search(self) -> bool:
        return bool(self.text or self.filters())

    def filters(self) -> dict[str, frozenset[str]]:
        """Returns the known values asked for each facet; keeps the unknown
        ones in ``self.unknown`` to tell the visitor."""
        known, self.unknown = {}, {}
        for facet in FACETS:
            asked = {value[:100] for value in self.data.getlist(facet) if value}
            allowed = asked & known_values(facet, asked)
            if allowed:
                known[facet] = frozenset(allowed)
            if asked - allowed:
                self.unknown[facet] = sorted(asked - allowed)
        return known

    def page(self) -> int:
        try:
            number = int(self.data.get("page", 1))
        except (TypeError, ValueError):
            return 1
        return min(max(number, 1), MAX_PAGE)

    def search_query(self, language: str) -> SearchQuery:
        return SearchQuery(
            text=self.text,
            language=language,
            filters=self.filters(),
            sort=self.cleaned_data.get("sort") or SORT_RELEVANCE,
            page=self.page(),
        )


def known_values(facet: str, asked: set[str]) -> set[str]:
    """Returns which of the ``asked`` values of ``facet`` exist."""
    if facet == "type":
        return set(type_labels())
    if facet in ("status", "kind"):
        return set(choice_labels(facet))
    if facet == "year":
        return {value for value in asked if value.isdigit() and len(value) == 4}
    if facet == "theme":
        return set(Theme.objects.filter(slug__in=asked).values_list("slug", flat=True))
    districts = DistrictPage.objects.filter(
        slug__in=asked, locale__language_code=default_language_code()
    )
    return set(districts.values_list("slug", flat=True))
