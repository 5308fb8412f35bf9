"""The one shape of a search, whichever engine answers it."""

import datetime
from dataclasses import dataclass, field

# The facets, in the order the search page shows them.
FACETS = ("type", "district", "theme", "status", "kind", "year")

SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_UPCOMING = "upcoming"
SORTS = (SORT_RELEVANCE, SORT_NEWEST, SORT_UPCOMING)


@dataclass(frozen=True)
class SearchQuery:
    """What a visitor asks: free text, facet filters, order and page.

    ``filters`` maps a facet name to the values to keep: values of one facet
    are alternatives (OR), facets combine (AND).
    """

    text: str = ""
    language: str = "nl"
    filters: dict[str, frozenset[str]] = field(default_factory=dict)
    sort: str = SORT_RELEVANCE
    page: int = 1
    page_size: int = 10

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def without_text(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Hit:
    """One result: ``language`` is the language of its text, which differs from
    the query's when the page is not translated yet.
    """

    title: str
    url: str
    type: str
    language: str
    snippet: str
    start: datetime.datetime | None = None
    type_label: str = ""


@dataclass
class SearchResults:
    """Hits of one page of results, the total, and counts per facet value.

    ``facets`` maps a facet name to [(value, count)], most frequent first.
    ``corrected_text`` is set when the engine searched a corrected spelling.
    ``fallback`` is set when the configured engine failed and the database
    engine answered instead.
    """

    query: SearchQuery
    hits: list[Hit]
    total: int
    facets: dict[str, list[tuple[str, int]]]
    corrected_text: str = ""
    fallback: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.page_size))
