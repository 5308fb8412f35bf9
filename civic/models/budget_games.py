"""Budget Games: one page per session, its options, tables, photos and the
follow-up of what it decided, and the index page that lists the sessions.

Results are never stored: ``civic.budget_games.results`` computes them from
the options and the tables' packages (or the ballots) with the session's rule.
"""

import logging

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from civic.blocks import BodyBlock
from civic.budget_games.forms import BudgetGamePageForm
from civic.serializers import GameDataField

from .listing import (
    children_of_any_translation,
    in_locale_with_fallback,
    paginate,
    public,
)

logger = logging.getLogger("civic.budget_games")

MONEY = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(0)]}


class MilestoneBlock(blocks.StructBlock):
    """A dated step in the realisation of a funded option, with an optional photo."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("What happened"), max_length=200)
    text = blocks.TextBlock(label=_("More about it"), required=False)
    image = ImageChooserBlock(label=_("Photo"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Alternative text of the photo"),
        required=False,
        max_length=250,
        help_text=_("Required with a photo: what it shows."),
    )

    class Meta:
        icon = "date"
        label = _("Milestone")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt_text", "").strip():
            raise blocks.StructBlockValidationError(
                {"alt_text": ValidationError(_("Describe the photo."))}
            )
        return value


class BudgetGameIndexPage(Page):
    """Lists the Budget Game sessions, newest first."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["civic.BudgetGamePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Budget Game index")

    def games(self):
        """Returns the live sessions under this index or its translations."""
        pages = public(BudgetGamePage.objects.live())
        pages = in_locale_with_fallback(
            children_of_any_translation(pages, self), self.locale
        )
        return BudgetGamePage.for_listing(pages).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["games"] = paginate(request, self.games())
        return context


class BudgetGamePage(RoutablePageMixin, Page):
    """One Budget Game session: who played, for how much, with which options,
    what each table chose, the result under the session's rule, and what became
    of each funded option.

    Participants are counted, never named. Ballots of the online variant live
    in ``BudgetGameBallots``, outside the page's revisions.
    """

    VARIANT_TABLES = "tables"
    VARIANT_BALLOTS = "ballots"
    VARIANT_CHOICES = [
        (VARIANT_TABLES, _("Tables negotiate a package")),
        (VARIANT_BALLOTS, _("Everyone fills in a ballot (online)")),
    ]

    LIMIT_WITH_EXTRAS = "budget_plus_extras"
    LIMIT_BUDGET = "budget"
    LIMIT_CHOICES = [
        (
            LIMIT_WITH_EXTRAS,
            _(
                "Investments may not exceed the budget plus the savings and "
                "revenues the table accepted"
            ),
        ),
        (LIMIT_BUDGET, _("Investments may not exceed the budget")),
    ]

    summary = models.CharField(
        _("summary"),
        max_length=280,
        help_text=_("One or two sentences, shown in listings and search results."),
    )
    district = models.ForeignKey(
        "civic.DistrictPage",
        verbose_name=pgettext_lazy("area of the city", "district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    group_name = models.CharField(
        _("school or group"),
        max_length=200,
        blank=True,
        help_text=_("For a session with a school or a group rather than a district."),
    )
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, blank=True)
    facilitators = models.CharField(
        _("facilitators"),
        max_length=250,
        blank=True,
        help_text=_(
            "Organisations or roles, such as “district work and a city finance "
            "expert”. Kept out of the open data."
        ),
    )
    adults = models.PositiveIntegerField(_("adults"), default=0)
    young_people = models.PositiveIntegerField(_("young people"), default=0)
    children = models.PositiveIntegerField(_("children"), default=0)
    budget = models.DecimalField(_("budget at stake"), **MONEY)
    variant = models.CharField(
        _("how the game is played"),
        max_length=20,
        choices=VARIANT_CHOICES,
        default=VARIANT_TABLES,
    )
    package_limit = models.CharField(
        _("rule for a valid table package"),
        max_length=30,
        choices=LIMIT_CHOICES,
        default=LIMIT_WITH_EXTRAS,
    )
    result_rule = models.CharField(
        _("rule that decides the result"),
        max_length=40,
        default="as-played",
        help_text=_(
            "“As played” funds the options a majority of tables chose, most "
            "supported first, while the budget lasts."
        ),
    )
    story = StreamField(
        BodyBlock(), verbose_name=_("the story of the session"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldRowPanel([FieldPanel("district"), FieldPanel("group_name")]),
        FieldPanel("facilitators"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("adults"),
                        FieldPanel("young_people"),
                        FieldPanel("children"),
                    ]
                )
            ],
            heading=_("Participants (numbers only)"),
        ),
        FieldPanel("story"),
        InlinePanel("photos", heading=_("Photos of the game board"), label=_("Photo")),
    ]
    game_panels = [
        HelpPanel(template="civic/admin/budget_game_help.html"),
        FieldPanel("budget"),
        FieldRowPanel([FieldPanel("variant"), FieldPanel("result_rule")]),
        FieldPanel("package_limit"),
        InlinePanel("options", heading=_("Options"), label=_("Option")),
        InlinePanel("tables", heading=_("Tables and their packages"), label=_("Table")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Session")),
            ObjectList(game_panels, heading=_("Options and tables")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    override_translatable_fields = [SynchronizedField("result_rule")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("story"),
        index.SearchField("group_name"),
        index.FilterField("district"),
        index.FilterField("date"),
    ]
    # The facilitators stay out, as in the open data. The computed parts are
    # named after the open data's; civic.api serves them on detail only.
    api_fields = [
        APIField("summary"),
        APIField("district"),
        APIField("group_name"),
        APIField("date"),
        APIField("place"),
        APIField("adults"),
        APIField("young_people"),
        APIField("children"),
        APIField("budget"),
        APIField("variant"),
        APIField("package_limit"),
        APIField("result_rule"),
        APIField("story"),
        APIField("options", serializer=GameDataField("options")),
        APIField("tables", serializer=GameDataField("tables")),
        APIField("result", serializer=GameDataField("result")),
        APIField("follow_up", serializer=GameDataField("follow_up")),
    ]
    parent_page_types = ["civic.BudgetGameIndexPage"]
    subpage_types = []
    base_form_class = BudgetGamePageForm

    class Meta:
        verbose_name = _("Budget Game session")
        verbose_name_plural = _("Budget Game sessions")

    @property
    def participants(self):
        return self.adults + self.young_people + self.children

    @property
    def plays_with_tables(self):
        return self.variant == self.VARIANT_TABLES

    @classmethod
    def for_listing(cls, queryset):
        """Returns ``queryset`` with what a listing row shows fetched up front."""
        return queryset.select_related("district", "locale")

    def get_context(self, request, *args, **kwargs):
        from civic.budget_games.presentation import page_context

        context = super().get_context(request, *args, **kwargs)
        # Wagtail marks preview requests; a preview shows imported ballots
        # that wait for publication.
        context.update(page_context(self, getattr(request, "is_preview", False)))
        return context

    @path("result-sheet/", name="result_sheet")
    def result_sheet(self, request):
        """Serves the result on one printable page."""
        return self.render(request, template="civic/budget_game_result_sheet.html")

    @path("options/<str:code>/", name="option")
    def option_timeline(self, request, code):
        """Serves one option's story, from the game night to its opening."""
        from django.template.response import TemplateResponse

        from civic.budget_games.presentation import option_context

        context = self.get_context(request)
        context.update(option_context(context, code))
        return TemplateResponse(request, "civic/budget_game_option.html", context)

    @path("open-data/<str:kind>/", name="open_data")
    def open_data(self, request, kind):
        """Serves the session as CSV, JSON or pabulib ``.pb`` open data."""
        from civic.budget_games.open_data import open_data_response

        return open_data_response(self, kind)


class PageLocaleMixin(TranslatableMixin):
    """A translatable inline row that takes its page's locale when saved.

    New rows come from the page editor without a locale; copies made for a
    translation already carry theirs.
    """

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.locale_id:
            self.locale_id = self.page.locale_id
        super().save(*args, **kwargs)


class BudgetGameOption(PageLocaleMixin, Orderable):
    """An investment, saving or revenue the tables can choose, and, once the
    city has decided, the follow-up of its realisation.
    """

    KIND_INVESTMENT = "investment"
    KIND_SAVING = "saving"
    KIND_REVENUE = "revenue"
    KIND_CHOICES = [
        (KIND_INVESTMENT, _("Investment")),
        (KIND_SAVING, _("Saving")),
        (KIND_REVENUE, _("Revenue")),
    ]

    ORIGIN_CITY = "city"
    ORIGIN_RESIDENTS = "residents"
    ORIGIN_CHOICES = [
        (ORIGIN_CITY, _("Proposed by the city")),
        (ORIGIN_RESIDENTS, _("Proposed by residents")),
    ]

    STATUS_DECIDED = "decided"
    STATUS_PLANNED = "planned"
    STATUS_UNDER_WAY = "under_way"
    STATUS_REALISED = "realised"
    STATUS_DROPPED = "dropped"
    STATUS_CHOICES = [
        (STATUS_DECIDED, _("Decided by the city")),
        (STATUS_PLANNED, _("Planned")),
        (STATUS_UNDER_WAY, _("Under way")),
        (STATUS_REALISED, _("Realised")),
        (STATUS_DROPPED, _("Dropped")),
    ]

    page = ParentalKey(BudgetGamePage, related_name="options", on_delete=models.CASCADE)
    code = models.SlugField(
        _("code"),
        max_length=20,
        help_text=_(
            "A short code such as A01 (letters, digits, hyphens). Tables and CSV "
            "files name the option by it."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    theme = models.ForeignKey(
        "civic.Theme",
        verbose_name=_("policy domain"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=KIND_CHOICES, default=KIND_INVESTMENT
    )
    amount = models.DecimalField(_("amount"), **MONEY)
    origin = models.CharField(
        _("origin"), max_length=20, choices=ORIGIN_CHOICES, default=ORIGIN_CITY
    )
    partly_fundable = models.BooleanField(
        _("can be partly funded"),
        default=False,
        help_text=_("Tables may put a smaller amount on it."),
    )
    status = models.CharField(
        _("follow-up status"),
        max_length=20,
        choices=STATUS_CHOICES,
        blank=True,
        help_text=_("Leave empty until the city has decided on the option."),
    )
    status_note = models.TextField(
        _("follow-up note"),
        blank=True,
        help_text=_("What the city decided; for a dropped option, why."),
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    actual_cost = models.DecimalField(_("actual cost"), null=True, blank=True, **MONEY)
    initiative = models.ForeignKey(
        "civic.InitiativePage",
        verbose_name=_("related initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event = models.ForeignKey(
        "civic.EventPage",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    milestones = StreamField(
        [("milestone", MilestoneBlock())], verbose_name=_("milestones"), blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("kind"), FieldPanel("origin")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("amount"), FieldPanel("partly_fundable"), FieldPanel("theme")]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("status"),
                        FieldPanel("progress"),
                        FieldPanel("actual_cost"),
                    ]
                ),
                FieldPanel("status_note"),
                FieldRowPanel(
                    [
                        PageChooserPanel("initiative", "civic.InitiativePage"),
                        PageChooserPanel("event", "civic.EventPage"),
                    ]
                ),
                FieldPanel("milestones"),
            ],
            heading=_("Follow-up"),
            classname="collapsed",
        ),
    ]
    override_translatable_fields = [SynchronizedField("code")]

    class Meta(PageLocaleMixin.Meta):
        verbose_name = _("option")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def is_investment(self):
        return self.kind == self.KIND_INVESTMENT


class BudgetGameTable(PageLocaleMixin, Orderable):
    """One table of residents and the package it negotiated."""

    page = ParentalKey(BudgetGamePage, related_name="tables", on_delete=models.CASCADE)
    name = models.CharField(
        _("name"), max_length=100, help_text=_("Such as “Table 3”.")
    )
    participants = models.PositiveIntegerField(
        _("participants"), default=0, validators=[MaxValueValidator(50)]
    )
    package = models.TextField(
        _("package"),
        blank=True,
        help_text=_(
            "The codes of the options the table chose, separated by commas or on "
            "separate lines. For an option it funds partly, add the amount after "
            "a colon: B04: 15000."
        ),
    )
    consensus_note = models.TextField(
        _("consensus or dissent"),
        blank=True,
        help_text=_("A sentence on how the table agreed; never names."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("participants")]),
        FieldPanel("package"),
        FieldPanel("consensus_note"),
    ]
    override_translatable_fields = [SynchronizedField("package")]

    class Meta(PageLocaleMixin.Meta):
        verbose_name = _("table")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class BudgetGamePhoto(Orderable):
    """A photo of the game board, with the alternative text it needs."""

    page = ParentalKey(BudgetGamePage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo of the game board")


class BudgetGameBallots(models.Model):
    """The anonymous ballots of an online session, one line per ballot.

    Kept apart from the page so that thousands of ballots are not copied into
    every revision; shared by all translations of a session through the
    page's ``translation_key``. Each line lists the option codes a ballot
    supports, separated by commas: "A01,A04".
    """

    KIND_APPROVAL = "approval"
    KIND_BASKET = "basket"
    KIND_CHOICES = [
        (KIND_APPROVAL, _("Approval: tick every option you support")),
        (KIND_BASKET, _("Basket: fill a basket within the budget")),
    ]

    translation_key = models.UUIDField(_("session"))
    live = models.BooleanField(
        _("published"),
        default=True,
        help_text=_(
            "Imported ballots wait, like the page's other changes, until the "
            "session is published."
        ),
    )
    kind = models.CharField(
        _("kind of ballot"), max_length=20, choices=KIND_CHOICES, default=KIND_APPROVAL
    )
    lines = models.TextField(_("ballots"), blank=True)
    count = models.PositiveIntegerField(_("number of ballots"), default=0)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)
    source = models.CharField(_("imported from"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("ballots of a Budget Game")
        verbose_name_plural = _("ballots of Budget Games")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "live"],
                name="civic_budget_ballots_one_draft_one_live",
            )
        ]

    def __str__(self):
        return f"{self.count} ballots ({self.kind})"

    def ballots(self):
        """Returns the ballots as a list of sets of option codes."""
        return [set(line.split(",")) - {""} for line in self.lines.splitlines()]

    @classmethod
    def for_page(cls, page, draft=False):
        """Returns the ballots the public sees, or with ``draft`` those an
        editor previews: the imported ones waiting for publication, if any.
        """
        rows = cls.objects.filter(translation_key=page.translation_key)
        if not draft:
            return rows.filter(live=True).first()
        return rows.order_by("live").first()

    @classmethod
    def publish(cls, page):
        """Makes the ballots waiting for ``page``'s publication the public ones.

        Returns True when there were any.
        """
        with transaction.atomic():
            rows = cls.objects.select_for_update().filter(
                translation_key=page.translation_key
            )
            waiting = rows.filter(live=False).first()
            if waiting is None:
                return False
            rows.filter(live=True).delete()
            waiting.live = True
            waiting.save(update_fields=["live"])
        return True


def publish_ballots(sender, instance, **kwargs):
    """Publishes a session's waiting ballots with the session itself.

    Wagtail also sends ``page_published`` when it schedules a page's first
    publication; the page is not live then, and its ballots wait for the
    real one.
    """
    if instance.live and BudgetGameBallots.publish(instance):
        logger.info("Budget Game %s: imported ballots published", instance.pk)


def delete_orphan_ballots(instance, **kwargs):
    """Deletes a session's ballots once its last translation is deleted."""
    key = instance.translation_key
    if not BudgetGamePage.objects.filter(translation_key=key).exists():
        BudgetGameBallots.objects.filter(translation_key=key).delete()
