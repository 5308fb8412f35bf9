"""Events where residents meet, and the index page that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from civic.blocks import RICH_TEXT_FEATURES, BodyBlock
from civic.serializers import ThemesField

from .listing import (
    children_of_any_translation,
    in_locale_with_fallback,
    paginate,
    public,
)
from .themes import Theme


class EventPageTag(TaggedItemBase):
    """Links an event to one of its themes."""

    content_object = ParentalKey(
        "civic.EventPage", related_name="tagged_items", on_delete=models.CASCADE
    )
    tag = models.ForeignKey(Theme, related_name="event_items", on_delete=models.CASCADE)


class EventPage(RoutablePageMixin, Page):
    """A meeting, activity or "Kortrijk spreekt" visit, with its outcome afterwards.

    Times are stored timezone-aware (UTC in the database) and shown in the site's
    time zone, Europe/Brussels for Kortrijk.
    """

    FORMAT_IN_PERSON = "in_person"
    FORMAT_ONLINE = "online"
    FORMAT_HYBRID = "hybrid"
    FORMAT_CHOICES = [
        (FORMAT_IN_PERSON, _("In person")),
        (FORMAT_ONLINE, _("Online")),
        (FORMAT_HYBRID, _("In person and online")),
    ]

    TYPE_ACTIVITY = "activity"
    TYPE_MEETING = "meeting"
    TYPE_VISIT = "visit"
    TYPE_BUDGET_GAME = "budget_game"
    TYPE_CHOICES = [
        (TYPE_ACTIVITY, _("Activity")),
        (TYPE_MEETING, _("Meeting")),
        (TYPE_VISIT, _("“Kortrijk spreekt” visit")),
        (TYPE_BUDGET_GAME, _("Budget Game")),
    ]

    event_type = models.CharField(
        _("type"), max_length=20, choices=TYPE_CHOICES, default=TYPE_ACTIVITY
    )
    summary = models.CharField(
        _("summary"),
        max_length=280,
        help_text=_("One or two sentences, shown in listings and calendars."),
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    format = models.CharField(
        _("format"), max_length=20, choices=FORMAT_CHOICES, default=FORMAT_IN_PERSON
    )
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    district = models.ForeignKey(
        "civic.DistrictPage",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ClusterTaggableManager(
        through=EventPageTag, blank=True, verbose_name=_("themes")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Number of places; leave empty when there is no limit."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    outcome = RichTextField(
        _("outcome"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("After the event: what was decided or done, and what comes next."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("body"),
    ]
    practical_panels = [
        FieldPanel("format"),
        MultiFieldPanel(
            [FieldPanel("place_name"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("district"),
        FieldPanel("themes"),
        FieldRowPanel([FieldPanel("registration_url"), FieldPanel("capacity")]),
        InlinePanel(
            "related_initiatives",
            heading=_("Related initiatives"),
            label=_("Initiative"),
        ),
    ]
    outcome_panels = [FieldPanel("outcome")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(practical_panels, heading=_("Practical")),
            ObjectList(outcome_panels, heading=_("Outcome")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.SearchField("outcome"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("event_type"),
        index.FilterField("district"),
    ]
    api_fields = [
        APIField("themes", serializer=ThemesField()),
        *[
            APIField(name)
            for name in (
                "event_type",
                "summary",
                "start",
                "end",
                "format",
                "place_name",
                "address",
                "online_url",
                "district",
                "registration_url",
                "capacity",
                "body",
                "outcome",
            )
        ],
    ]
    parent_page_types = ["civic.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if self.format != self.FORMAT_ONLINE and not (self.place_name or self.address):
            raise ValidationError(
                {"place_name": _("Say where people meet, or choose “Online”.")}
            )
        if self.format != self.FORMAT_IN_PERSON and not self.online_url:
            raise ValidationError(
                {"online_url": _("Give the link for joining online.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            item.initiative
            for item in self.related_initiatives.select_related("initiative")
            if item.initiative.live
        ]
        return context

    @property
    def is_past(self):
        return self.end < timezone.now()

    @classmethod
    def for_listing(cls, queryset):
        """Returns ``queryset`` with what a listing row shows fetched up front."""
        return queryset.select_related("district", "locale").order_by("start", "pk")

    @path("ics/", name="ics")
    def ics(self, request):
        """Serves this event alone as an ``.ics`` file to add to a calendar.

        Wagtail serves no page path with a dot in it, hence ``ics/``; the
        download is still named ``<slug>.ics``.
        """
        from civic.calendar import calendar_response

        events = type(self).objects.filter(pk=self.pk)
        return calendar_response(
            request, events, f"{self.slug}.ics", self.title, feed=False
        )


class EventPageRelatedInitiative(Orderable):
    """An initiative that an event is about."""

    page = ParentalKey(
        EventPage, related_name="related_initiatives", on_delete=models.CASCADE
    )
    initiative = models.ForeignKey(
        "civic.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("initiative", "civic.InitiativePage")]


class EventIndexPage(RoutablePageMixin, Page):
    """Lists upcoming (or past) events, filtered by district, theme and dates."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["civic.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def events(self):
        """Returns the live events under this index or its translations."""
        pages = children_of_any_translation(public(EventPage.objects.live()), self)
        return in_locale_with_fallback(pages, self.locale)

    def get_context(self, request, *args, **kwargs):
        from civic.forms import EventFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = EventFilterForm(request.GET, locale=self.locale)
        pages = EventPage.for_listing(form.filter(self.events()))
        if form.shows_past():
            pages = pages.order_by("-start", "-pk")
        context["filter_form"] = form
        context["events"] = paginate(request, pages)
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """Serves every event as an iCalendar feed to subscribe to."""
        from civic.calendar import calendar_response

        return calendar_response(request, self.events(), "events.ics", self.title)
