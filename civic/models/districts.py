"""District hubs: one page per district or neighbourhood, and their index."""

import json

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from civic.blocks import RICH_TEXT_FEATURES
from civic.conf import civic_setting

from .listing import first_items, in_locale_with_fallback, public


def validate_geojson(value):
    """Checks that ``value`` is a GeoJSON Polygon, MultiPolygon or Feature."""
    try:
        data = json.loads(value)
    except ValueError as error:
        raise ValidationError(_("This is not valid JSON.")) from error
    if not isinstance(data, dict):
        raise ValidationError(_("GeoJSON must be an object."))
    geometry = data.get("geometry", data) if data.get("type") == "Feature" else data
    if not isinstance(geometry, dict) or geometry.get("type") not in {
        "Polygon",
        "MultiPolygon",
    }:
        raise ValidationError(
            _("Give a Polygon or MultiPolygon, or a Feature holding one.")
        )


class DistrictIndexPage(Page):
    """Lists the districts; the parent of every ``DistrictPage``."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["civic.DistrictPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("district index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["districts"] = public(
            DistrictPage.objects.child_of(self).live()
        ).order_by("title")
        return context


class DistrictPage(RoutablePageMixin, Page):
    """A district or neighbourhood hub.

    It lists the district's initiatives, upcoming events and (with the Budget
    Games) its games by query, so nothing is copied by hand.
    """

    introduction = models.TextField(
        _("introduction"),
        help_text=_("Two or three sentences on the district, shown at the top."),
    )
    body = RichTextField(
        _("about the district"), blank=True, features=RICH_TEXT_FEATURES
    )
    boundary = models.TextField(
        _("boundary (GeoJSON)"),
        blank=True,
        validators=[validate_geojson],
        help_text=_(
            "Optional outline of the district as a GeoJSON Polygon or MultiPolygon "
            "in WGS84 longitude/latitude."
        ),
    )
    latitude = models.DecimalField(
        _("latitude of the centre"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude of the centre"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    people_panels = [
        InlinePanel(
            "contacts",
            heading=_("District workers"),
            label=_("District worker"),
            help_text=_("The social district workers residents can contact."),
        ),
        InlinePanel(
            "visits",
            heading=_("“Kortrijk spreekt” visits"),
            label=_("Visit"),
        ),
    ]
    map_panels = [
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("boundary"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(people_panels, heading=_("People and visits")),
            ObjectList(map_panels, heading=_("Map")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    # The read-only API leaves out the district workers' contact details.
    api_fields = [
        APIField("introduction"),
        APIField("body"),
        APIField("boundary"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("visits"),
    ]
    parent_page_types = ["civic.DistrictIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("area of the city", "district")
        verbose_name_plural = pgettext_lazy("areas of the city", "districts")

    def initiatives(self):
        """Returns the live initiatives of this district, in the active locale,
        with what a listing shows of each.
        """
        from .initiatives import InitiativePage

        return InitiativePage.for_listing(self.district_initiatives())

    def district_initiatives(self):
        """Returns the live initiatives of this district, in the active locale."""
        from .initiatives import InitiativePage

        pages = public(InitiativePage.objects.live()).filter(
            district__in=self.translation_pks
        )
        return in_locale_with_fallback(pages, self.locale)

    @cached_property
    def translation_pks(self):
        """Returns the primary keys of this district and its translations.

        Filtering on these numbers, rather than joining the district's
        translation key, lets the database start from the initiatives' district
        index even without planner statistics (issue 6).
        """
        pages = DistrictPage.objects.filter(translation_key=self.translation_key)
        return list(pages.values_list("pk", flat=True))

    def upcoming_events(self):
        """Returns the district's events that have not ended yet, soonest first."""
        from .events import EventPage

        pages = public(EventPage.objects.live()).filter(
            district__in=self.translation_pks, end__gte=timezone.now()
        )
        return EventPage.for_listing(in_locale_with_fallback(pages, self.locale))

    def budget_game_follow_up(self):
        """Returns the options of the district's live Budget Games that the
        city follows up, with their session, newest session first, in one query.
        """
        from .budget_games import BudgetGameOption, BudgetGamePage

        games = public(BudgetGamePage.objects.live()).filter(
            district__translation_key=self.translation_key
        )
        games = in_locale_with_fallback(games, self.locale)
        return (
            BudgetGameOption.objects.filter(page__in=games.values("pk"))
            .exclude(status="")
            .select_related("page")
            .order_by("-page__date", "page_id", "sort_order")
        )

    def cached_follow_up(self):
        """Returns ``budget_game_follow_up`` as a list, cached until published
        content changes: it keeps the district page within its query budget.
        """
        from django.core.cache import cache

        from civic.cache import content_version

        key = f"civic:district-follow-up:{self.pk}:{content_version()}"
        return cache.get_or_set(key, lambda: list(self.budget_game_follow_up()))

    def get_context(self, request, *args, **kwargs):
        from .initiatives import InitiativePage

        context = super().get_context(request, *args, **kwargs)
        context["budget_game_follow_up"] = self.cached_follow_up()
        context["initiatives"] = first_items(
            self.district_initiatives(),
            civic_setting("CIVIC_PAGE_SIZE"),
            fetch=InitiativePage.for_listing,
        )
        context["events"] = self.upcoming_events()[
            : civic_setting("CIVIC_UPCOMING_EVENTS")
        ]
        context["contacts"] = self.contacts.all()
        context["visits"] = self.visits.all()
        return context

    @path("feed/", name="feed")
    @path("feed/<slug:feed_format>/", name="feed")
    def feed(self, request, feed_format="rss"):
        """Serves the district's newest initiatives as an RSS (or ``atom/``) feed."""
        from civic.feeds import FeedSubject, serve_feed

        subject = FeedSubject(
            title=_("New initiatives in %(district)s") % {"district": self.title},
            link=self.get_url(request),
            pages=self.initiatives(),
        )
        return serve_feed(request, subject, feed_format)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Serves the district's events as an iCalendar feed."""
        from civic.calendar import calendar_response

        from .events import EventPage

        events = public(EventPage.objects.live()).filter(
            district__translation_key=self.translation_key
        )
        events = in_locale_with_fallback(events, self.locale)
        return calendar_response(request, events, f"{self.slug}.ics", self.title)


class DistrictContact(Orderable):
    """A social district worker whom residents can contact (staff, not citizens)."""

    page = ParentalKey(DistrictPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("work email"), blank=True)
    phone = models.CharField(_("work phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("district worker")


class DistrictVisit(Orderable):
    """A "Kortrijk spreekt" Sunday visit: where, what residents said, what followed."""

    STATUS_OPEN = "open"
    STATUS_FOLLOWED_UP = "followed_up"
    STATUS_DONE = "done"
    STATUS_CHOICES = [
        (STATUS_OPEN, _("Heard, not yet followed up")),
        (STATUS_FOLLOWED_UP, _("Being followed up")),
        (STATUS_DONE, _("Followed up")),
    ]

    page = ParentalKey(DistrictPage, related_name="visits", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    streets = models.CharField(
        _("streets visited"), max_length=250, help_text=_("No house numbers.")
    )
    heard = models.TextField(
        _("what residents said"),
        help_text=_("A summary of needs and ideas; never names or addresses."),
    )
    follow_up = models.TextField(_("follow-up"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=STATUS_OPEN
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("status")]),
        FieldPanel("streets"),
        FieldPanel("heard"),
        FieldPanel("follow_up"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("“Kortrijk spreekt” visit")
        ordering = ["-date"]
