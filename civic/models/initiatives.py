"""Citizen initiatives and wishes, and the index page that lists them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page
from wagtail.search import index

from civic.blocks import BodyBlock
from civic.serializers import ThemesField

from .listing import (
    children_of_any_translation,
    in_locale_with_fallback,
    paginate,
    public,
)
from .themes import Theme


class InitiativePageTag(TaggedItemBase):
    """Links an initiative to one of its themes."""

    content_object = ParentalKey(
        "civic.InitiativePage", related_name="tagged_items", on_delete=models.CASCADE
    )
    tag = models.ForeignKey(
        Theme, related_name="initiative_items", on_delete=models.CASCADE
    )


class InitiativePage(Page):
    """One resident's (or group's) initiative or wish, followed through its life."""

    KIND_INITIATIVE = "initiative"
    KIND_WISH = "wish"
    KIND_CHOICES = [
        (KIND_INITIATIVE, _("Initiative")),
        (KIND_WISH, _("Wish")),
    ]

    STATUS_IDEA = "idea"
    STATUS_LOOKING_FOR_HELP = "looking_for_help"
    STATUS_UNDER_WAY = "under_way"
    STATUS_REALISED = "realised"
    STATUS_PAUSED = "paused"
    STATUS_STOPPED = "stopped"
    STATUS_CHOICES = [
        (STATUS_IDEA, _("Idea")),
        (STATUS_LOOKING_FOR_HELP, _("Looking for help")),
        (STATUS_UNDER_WAY, _("Under way")),
        (STATUS_REALISED, _("Realised")),
        (STATUS_PAUSED, _("Paused")),
        (STATUS_STOPPED, _("Stopped")),
    ]

    # What an initiative may need, as (field name, label) pairs.
    NEEDS = [
        ("needs_volunteers", _("Volunteers")),
        ("needs_material", _("Material")),
        ("needs_place", _("A place")),
        ("needs_money", _("Money")),
    ]

    kind = models.CharField(
        _("kind"), max_length=20, choices=KIND_CHOICES, default=KIND_INITIATIVE
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=STATUS_IDEA
    )
    summary = models.CharField(
        _("summary"),
        max_length=280,
        help_text=_("One or two sentences, shown in listings and search results."),
    )
    district = models.ForeignKey(
        "civic.DistrictPage",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ClusterTaggableManager(
        through=InitiativePageTag,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Pick from the curated themes; ask the web team for a new one."),
    )
    needs_volunteers = models.BooleanField(_("needs volunteers"), default=False)
    needs_material = models.BooleanField(_("needs material"), default=False)
    needs_place = models.BooleanField(_("needs a place"), default=False)
    needs_money = models.BooleanField(_("needs money"), default=False)
    location_name = models.CharField(
        _("location"),
        max_length=200,
        blank=True,
        help_text=_("A street, square or building; never a private address."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alternative text of the main image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required with an image: what it shows, for people who cannot see it."
        ),
    )
    public_author = models.CharField(
        _("shown as author"),
        max_length=120,
        blank=True,
        help_text=_("A first name or “a resident of Heule”; never contact data."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Main image")
        ),
        FieldPanel("public_author"),
    ]
    context_panels = [
        FieldPanel("district"),
        FieldPanel("themes"),
        MultiFieldPanel(
            [FieldPanel(name) for name, _label in NEEDS], heading=_("What it needs")
        ),
        MultiFieldPanel(
            [
                FieldPanel("location_name"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(context_panels, heading=_("District and themes")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("location_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("district"),
    ]
    # What the read-only API shows: public fields only, never contact data.
    api_fields = [
        APIField("kind"),
        APIField("status"),
        APIField("summary"),
        APIField("district"),
        APIField("themes", serializer=ThemesField()),
        *[APIField(name) for name, _label in NEEDS],
        APIField("location_name"),
        APIField("latitude"),
        APIField("longitude"),
        APIField(
            "image_thumbnail",
            serializer=ImageRenditionField("fill-480x270", source="image"),
        ),
        APIField("image_alt"),
        APIField("public_author"),
        APIField("body"),
    ]
    parent_page_types = ["civic.InitiativeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("initiative or wish")
        verbose_name_plural = _("initiatives and wishes")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Describe the image for people who cannot see it.")}
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    @property
    def needs(self):
        """Returns the labels of what the initiative needs."""
        return [label for name, label in self.NEEDS if getattr(self, name)]

    @classmethod
    def for_listing(cls, queryset):
        """Returns ``queryset`` with what a listing card shows fetched up front."""
        return queryset.select_related("district", "image", "locale").prefetch_related(
            "themes", "image__renditions"
        )


class InitiativeIndexPage(RoutablePageMixin, Page):
    """Lists initiatives and wishes, filtered by district, theme, status and kind."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["civic.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiative index")

    def initiatives(self):
        """Returns the live initiatives under this index or its translations."""
        pages = public(InitiativePage.objects.live())
        pages = children_of_any_translation(pages, self)
        return in_locale_with_fallback(pages, self.locale)

    def get_context(self, request, *args, **kwargs):
        from civic.forms import InitiativeFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = InitiativeFilterForm(request.GET, locale=self.locale)
        pages = form.filter(self.initiatives()).order_by("-first_published_at", "-pk")
        context["filter_form"] = form
        context["initiatives"] = paginate(
            request, pages, fetch=InitiativePage.for_listing, cache_count=True
        )
        context["themes"] = form.themes
        return context

    @path("feed/", name="feed")
    @path("feed/<slug:feed_format>/", name="feed")
    def feed(self, request, feed_format="rss"):
        """Serves the newest initiatives as an RSS (or ``atom/``) feed."""
        from civic.feeds import FeedSubject, serve_feed

        subject = FeedSubject(
            title=_("New initiatives and wishes"),
            link=self.get_url(request),
            pages=self.initiatives(),
        )
        return serve_feed(request, subject, feed_format)

    @path("themes/<slug:theme>/feed/", name="theme_feed")
    @path("themes/<slug:theme>/feed/<slug:feed_format>/", name="theme_feed")
    def theme_feed(self, request, theme, feed_format="rss"):
        """Serves the newest initiatives of one theme as a feed.

        Raises:
            Http404: when no theme has the slug ``theme``.
        """
        from civic.feeds import FeedSubject, serve_feed

        found = Theme.objects.filter(slug=theme).first()
        if found is None:
            raise Http404(_("There is no theme with this name."))
        subject = FeedSubject(
            title=_("New initiatives: %(theme)s") % {"theme": found.label()},
            link=f"{self.get_url(request)}?theme={found.slug}",
            pages=self.initiatives().filter(themes=found),
        )
        return serve_feed(request, subject, feed_format)
