"""Which page types the public search finds, and how each becomes a document.

A page type is made searchable by registering one adapter, for example::

    register(PageAdapter(BudgetGamePage, "budget_game", _("Budget Games")))

The adapter reads the fields most page types share (``summary``, ``body``,
``district``, ``themes``, ``status``, ``kind``, ``start``/``end``) when the
page has them; give ``text_fields`` and ``choices`` for anything else, or
subclass it for a page type that needs more.
"""

import datetime
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from civic.models import DistrictPage, EventPage, InformationPage, InitiativePage


@dataclass
class PageAdapter:
    """Turns pages of ``model`` into the facets and text of a search document.

    ``type`` is the value of the "type" facet and ``label`` its plural label.
    ``text_fields`` are read in order into the searchable body text;
    ``choices`` maps a facet ("status", "kind") to {value: label}.
    """

    model: type[Page]
    type: str
    label: str
    text_fields: tuple[str, ...] = ("body",)
    choices: dict[str, dict[str, str]] = field(default_factory=dict)
    kind_field: str = "kind"

    def summary(self, page: Page) -> str:
        return field_text(page, "summary") or field_text(page, "introduction")

    def body(self, page: Page) -> str:
        texts = [field_text(page, name) for name in self.text_fields]
        texts += [theme.label(page.locale.language_code) for theme in themes(page)]
        if district := getattr(page, "district", None):
            texts.append(district.title)
        return "\n".join(text for text in texts if text)

    def facets(self, page: Page, district_slugs: dict) -> dict:
        """Returns the facet values of ``page``; ``district_slugs`` maps a
        district's translation key to its slug in the default language."""
        district = getattr(page, "district", None)
        return {
            "district": district_slugs.get(district.translation_key, "")
            if district
            else "",
            "themes": sorted({theme.slug for theme in themes(page)}),
            "status": getattr(page, "status", "") or "",
            "kind": getattr(page, self.kind_field, "") or "",
        }

    def dates(self, page: Page) -> dict:
        start, end = getattr(page, "start", None), getattr(page, "end", None)
        moment = start or page.first_published_at or timezone.now()
        return {
            "published_at": page.first_published_at,
            "start": start,
            "end": end,
            "year": timezone.localtime(moment).year,
        }


class DistrictAdapter(PageAdapter):
    """A district page is filed under its own district."""

    def facets(self, page, district_slugs):
        values = super().facets(page, district_slugs)
        values["district"] = district_slugs.get(page.translation_key, "")
        return values


def field_text(page: Page, name: str) -> str:
    """Returns the plain text of the field ``name`` of ``page`` ("" if absent)."""
    value = getattr(page, name, None)
    if value is None:
        return ""
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return " ".join(model_field.get_searchable_content(value))
    if isinstance(model_field, RichTextField):
        return get_text_for_indexing(value)
    if isinstance(value, str | int | datetime.date):
        return strip_tags(str(value))
    return ""


def themes(page: Page) -> list:
    manager = getattr(page, "themes", None)
    return list(manager.all()) if isinstance(manager, models.Manager) else []


ADAPTERS: dict[type[Page], PageAdapter] = {}


def register(adapter: PageAdapter) -> None:
    """Makes pages of ``adapter.model`` searchable (replacing an earlier one)."""
    ADAPTERS[adapter.model] = adapter


def adapter_for(page: Page) -> PageAdapter | None:
    return ADAPTERS.get(type(page))


def type_labels() -> dict[str, str]:
    return {adapter.type: adapter.label for adapter in ADAPTERS.values()}


def choice_labels(facet: str) -> dict[str, str]:
    """Returns {value: label} of ``facet`` over every registered page type."""
    labels = {}
    for adapter in ADAPTERS.values():
        labels.update(adapter.choices.get(facet, {}))
    return labels


register(
    PageAdapter(
        InitiativePage,
        "initiative",
        _("Initiatives and wishes"),
        text_fields=("body", "location_name", "public_author"),
        choices={
            "status": dict(InitiativePage.STATUS_CHOICES),
            "kind": dict(InitiativePage.KIND_CHOICES),
        },
    )
)
register(
    PageAdapter(
        EventPage,
        "event",
        _("Events"),
        text_fields=("body", "place_name", "outcome"),
        choices={"kind": dict(EventPage.TYPE_CHOICES)},
        kind_field="event_type",
    )
)
register(DistrictAdapter(DistrictPage, "district", _("Districts")))
register(PageAdapter(InformationPage, "information", _("Information")))
