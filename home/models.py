"""The showcase's front door."""

from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from civic.cache import cached
from civic.conf import civic_setting
from civic.models import DistrictPage, EventPage, InitiativePage
from civic.models.listing import in_locale_with_fallback, public


class HomePage(Page):
    """The home page: featured initiatives, upcoming events, the districts and
    headline counts of what residents do.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        InlinePanel(
            "featured_initiatives",
            heading=_("Featured initiatives"),
            label=_("Initiative"),
            max_num=6,
        ),
    ]
    subpage_types = [
        "civic.DistrictIndexPage",
        "civic.InitiativeIndexPage",
        "civic.EventIndexPage",
        "civic.BudgetGameIndexPage",
        "civic.InformationPage",
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def featured(self):
        """Returns the editor-picked initiatives that are live, in this locale."""
        picks = self.featured_initiatives.select_related("initiative")
        keys = [pick.initiative.translation_key for pick in picks]
        pages = public(InitiativePage.objects.live()).filter(translation_key__in=keys)
        pages = InitiativePage.for_listing(in_locale_with_fallback(pages, self.locale))
        order = {key: position for position, key in enumerate(keys)}
        return sorted(pages, key=lambda page: order[page.translation_key])

    def upcoming_events(self):
        pages = public(EventPage.objects.live()).filter(end__gte=timezone.now())
        pages = in_locale_with_fallback(pages, self.locale)
        return EventPage.for_listing(pages)[: civic_setting("CIVIC_UPCOMING_EVENTS")]

    def districts(self):
        pages = public(DistrictPage.objects.live())
        return in_locale_with_fallback(pages, self.locale).order_by("title")

    def status_counts(self):
        """Returns (label, count) for each initiative status, in status order.

        The counts go over every initiative, so they are cached until published
        content changes.
        """
        counts = cached("status-counts", self.count_statuses, self.locale_id)
        return [
            (label, counts.get(status, 0))
            for status, label in InitiativePage.STATUS_CHOICES
        ]

    def count_statuses(self):
        """Returns {status: number of live initiatives} in this page's locale."""
        pages = in_locale_with_fallback(
            public(InitiativePage.objects.live()), self.locale
        )
        return dict(pages.order_by().values_list("status").annotate(total=Count("pk")))

    def events_this_month(self):
        """Returns how many events start this month, cached like the counts."""
        now = timezone.localtime()
        return cached(
            "events-this-month",
            lambda: self.count_events(now.year, now.month),
            self.locale_id,
            f"{now:%Y-%m}",
        )

    def count_events(self, year, month):
        pages = public(EventPage.objects.live()).filter(
            start__year=year, start__month=month
        )
        return in_locale_with_fallback(pages, self.locale).count()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            featured=self.featured(),
            events=self.upcoming_events(),
            districts=self.districts(),
            status_counts=self.status_counts(),
            events_this_month=self.events_this_month(),
        )
        return context


class HomePageFeaturedInitiative(Orderable):
    """An initiative the communication team puts on the home page."""

    page = ParentalKey(
        HomePage, related_name="featured_initiatives", on_delete=models.CASCADE
    )
    initiative = models.ForeignKey(
        "civic.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("initiative", "civic.InitiativePage")]


@register_setting(icon="help")
class AccessibilitySettings(BaseSiteSetting):
    """Where the footer's accessibility statement link leads, and who reads the
    feedback residents send through the accessibility feedback form.
    """

    statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The Dutch page; visitors see its translation in their language."),
    )
    feedback_email = models.EmailField(
        _("address for accessibility feedback"),
        blank=True,
        help_text=_("Messages from the feedback form go here."),
    )

    panels = [PageChooserPanel("statement"), FieldPanel("feedback_email")]

    class Meta:
        verbose_name = _("accessibility")
