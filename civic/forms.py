"""Public filter forms of the listing pages: plain GET query strings, no JavaScript.

A value the form does not know (an unknown district, a theme with markup, a
malformed date) is reported next to its field and ignored; the listing still
shows, filtered by the values that were valid.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from civic.cache import cached
from civic.models import DistrictPage, InitiativePage, Theme
from civic.models.listing import in_locale_with_fallback, public

ANY = [("", _("All"))]


class ListingFilterForm(forms.Form):
    """Filters by district and theme; subclasses add their own fields."""

    district = forms.ChoiceField(
        label=pgettext_lazy("area of the city", "District"), required=False
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)

    def __init__(self, data, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.districts = cached("district-choices", lambda: district_keys(locale))
        self.fields["district"].choices = ANY + [
            (slug, title) for slug, (title, _key) in self.districts.items()
        ]
        self.themes = cached("themes", lambda: list(Theme.objects.all()))
        self.fields["theme"].choices = ANY + [
            (theme.slug, theme.label()) for theme in self.themes
        ]
        self.is_valid()

    def filter(self, pages):
        """Returns ``pages`` narrowed by the fields that hold a valid value."""
        data = getattr(self, "cleaned_data", {})
        if district := data.get("district"):
            _title, key = self.districts[district]
            pages = pages.filter(district__translation_key=key)
        if theme := data.get("theme"):
            pages = pages.filter(themes__slug=theme)
        return pages


def district_keys(locale):
    """Returns {slug: (title, translation key)} of the live districts."""
    pages = in_locale_with_fallback(public(DistrictPage.objects.live()), locale)
    pages = pages.order_by("title").values_list("slug", "title", "translation_key")
    return {slug: (title, key) for slug, title, key in pages}


class InitiativeFilterForm(ListingFilterForm):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=ANY + InitiativePage.STATUS_CHOICES
    )
    kind = forms.ChoiceField(
        label=_("Initiative or wish"),
        required=False,
        choices=ANY + InitiativePage.KIND_CHOICES,
    )

    def filter(self, pages):
        pages = super().filter(pages)
        data = getattr(self, "cleaned_data", {})
        for name in ("status", "kind"):
            if data.get(name):
                pages = pages.filter(**{name: data[name]})
        return pages


class EventFilterForm(ListingFilterForm):
    WHEN_UPCOMING = ""
    WHEN_PAST = "past"

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[(WHEN_UPCOMING, _("Upcoming")), (WHEN_PAST, _("Past"))],
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def shows_past(self):
        return getattr(self, "cleaned_data", {}).get("when") == self.WHEN_PAST

    def filter(self, pages):
        pages = super().filter(pages)
        data = getattr(self, "cleaned_data", {})
        now = timezone.now()
        pages = (
            pages.filter(end__lt=now)
            if self.shows_past()
            else pages.filter(end__gte=now)
        )
        if data.get("date_from"):
            pages = pages.filter(end__gte=start_of_day(data["date_from"]))
        if data.get("date_to"):
            next_day = data["date_to"] + datetime.timedelta(days=1)
            pages = pages.filter(start__lt=start_of_day(next_day))
        return pages


def start_of_day(date):
    """Returns midnight at the start of ``date`` in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))
