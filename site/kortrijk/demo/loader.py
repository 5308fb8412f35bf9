"""Loads the Kortrijk showcase: locales, themes, images, pages, translations,
groups and accounts.

Each step looks its objects up by a stable key (a slug, a title, a username)
and creates only what is missing, so loading twice changes nothing.
Translations are made with Wagtail's ``copy_for_translation`` and then
published as plain pages: the demo has finished texts in every language, which
wagtail-localize's segment-by-segment machinery would only take apart again.
Editors can still convert them to synchronised translations in the admin.
"""

import datetime
import logging
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from civic.models import (
    DistrictContact,
    DistrictIndexPage,
    DistrictPage,
    DistrictVisit,
    EventIndexPage,
    EventPage,
    EventPageRelatedInitiative,
    EventPageTag,
    InformationPage,
    InitiativeIndexPage,
    InitiativePage,
    InitiativePageTag,
    Theme,
)
from home.models import HomePage, HomePageFeaturedInitiative
from kortrijk.demo.accounts import ensure_accounts, ensure_group_permissions
from kortrijk.demo.budget_games import BudgetGameLoader
from kortrijk.demo.data.districts import CONTACT_ROLES, DISTRICTS, EMAIL_DOMAIN
from kortrijk.demo.data.pages import DEMO_NOTE, HOME, INFORMATION_PAGES, SECTIONS
from kortrijk.demo.data.themes import THEMES
from kortrijk.demo.images import ensure_images
from kortrijk.demo.plans import hexagon, plan_events, plan_initiatives, visit_date
from kortrijk.demo.tree import (
    add_published_child,
    backdate,
    find_child,
    publish,
    translate,
)

logger = logging.getLogger("kortrijk.demo")

SEED = 2026
LANGUAGES = ("nl", "fr", "en")
TRANSLATIONS = ("fr", "en")
SECTION_MODELS = {
    "DistrictIndexPage": DistrictIndexPage,
    "InitiativeIndexPage": InitiativeIndexPage,
    "EventIndexPage": EventIndexPage,
}
FEATURED = (
    ("zitbanken-leie", "kortrijk-centrum"),
    ("buurtmoestuin", "lange-munte"),
    ("speelstraat", "sint-jan"),
    ("repair-cafe", "heule"),
)
SITE_NAME = "Kortrijk spreekt én doet mee"


@dataclass
class DemoReport:
    """What a load did: objects created, generated passwords to show once, and
    the page totals afterwards.
    """

    created: Counter = field(default_factory=Counter)
    passwords: list = field(default_factory=list)
    pages_per_type: dict = field(default_factory=dict)
    pages_per_locale: dict = field(default_factory=dict)


def demo_exists():
    """Returns whether a home page exists, i.e. whether the site is set up."""
    return HomePage.objects.exists()


class DemoLoader:
    """Creates what is missing of the demo content; see ``load``."""

    def __init__(self, now=None):
        self.now = now or timezone.now()
        rng = random.Random(SEED)
        self.initiative_plans = plan_initiatives(rng, self.now)
        self.event_plans = plan_events(self.now)
        self.report = DemoReport()
        self.locales = {}

    def load(self):
        """Loads everything and returns a ``DemoReport``; call inside a
        transaction, as a failure halfway leaves a half-built tree.
        """
        self.ensure_locales()
        self.themes = self.ensure_themes()
        self.images, new_images = ensure_images()
        self.report.created["images"] += new_images
        home = self.ensure_home()
        sections = self.ensure_sections(home)
        information = self.ensure_information_pages(home)
        districts = self.ensure_districts(sections["DistrictIndexPage"])
        initiatives = self.ensure_initiatives(
            sections["InitiativeIndexPage"], districts
        )
        events = self.ensure_events(sections["EventIndexPage"], districts, initiatives)
        games = BudgetGameLoader(self, self.themes, self.images, initiatives)
        game_index, game_pages = games.ensure(home, districts)
        home = self.ensure_featured(home, initiatives)

        homes = [home]
        for language in TRANSLATIONS:
            locale = self.locales[language]
            homes.append(self.translate_home(home, locale))
            self.translate_sections(sections, information, locale)
            self.translate_districts(districts, locale)
            self.translate_initiatives(initiatives, locale)
            self.translate_events(events, locale)
            games.translate(game_index, game_pages, locale)
            self.localise_featured(homes[-1], locale)

        ensure_group_permissions(homes)
        new_users = ensure_accounts()
        self.report.created["users"] += len(new_users)
        self.report.passwords = [(name, secret) for name, secret in new_users if secret]
        self.count_pages()
        return self.report

    def count(self, what, created=True):
        """Counts one created object of kind ``what`` in the report."""
        if created:
            self.report.created[what] += 1

    # Locales, themes
    def ensure_locales(self):
        """Creates the Dutch, French and English locales where missing."""
        for language in LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=language)
            self.locales[language] = locale
            self.count("locales", created)

    def ensure_themes(self):
        """Returns {slug: Theme}, creating missing themes and filling in missing
        French or English names.
        """
        themes = {}
        for slug, (name, name_fr, name_en) in THEMES.items():
            theme = Theme.objects.filter(Q(slug=slug) | Q(name=name)).first()
            if theme is None:
                theme = Theme.objects.create(
                    slug=slug, name=name, name_fr=name_fr, name_en=name_en
                )
                self.count("themes")
            elif not (theme.name_fr and theme.name_en):
                theme.name_fr = theme.name_fr or name_fr
                theme.name_en = theme.name_en or name_en
                theme.save(update_fields=["name_fr", "name_en"])
            themes[slug] = theme
        return themes

    def theme_tags(self, tag_model, slugs):
        """Returns unsaved tag links of a page to the themes ``slugs``."""
        return [tag_model(tag=self.themes[slug]) for slug in slugs]

    # Home page and site
    def ensure_home(self):
        """Returns the Dutch home page, creating it under the tree root and
        making it the default site's root in place of Wagtail's welcome page.
        """
        nl = self.locales["nl"]
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=nl, depth=2).first()
        if home is None:
            texts = HOME["nl"]
            home = HomePage(
                title=texts["title"],
                slug=texts["slug"],
                introduction=texts["introduction"],
                locale=nl,
            )
            home = add_published_child(root, home)
            self.count("pages")
        self.point_default_site(home)
        self.remove_welcome_page()
        return home

    def point_default_site(self, home):
        """Makes ``home`` the root of the default site (localhost:80 if none)."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site, created = Site.objects.get_or_create(
                hostname="localhost",
                port=80,
                defaults={"root_page": home, "is_default_site": True},
            )
            self.count("sites", created)
        if site.root_page_id != home.pk or not site.site_name:
            site.root_page = home
            site.is_default_site = True
            site.site_name = site.site_name or SITE_NAME
            site.save()

    def remove_welcome_page(self):
        """Deletes Wagtail's "Welcome to your new Wagtail site!" page: a plain,
        childless ``Page`` with slug "home" under the root that no site uses.
        """
        plain_page = ContentType.objects.get_for_model(Page)
        welcome = Page.objects.filter(
            depth=2, content_type=plain_page, numchild=0, slug="home"
        ).exclude(sites_rooted_here__isnull=False)
        for page in welcome:
            logger.info("Deleting the welcome page %r (id %s)", page.title, page.pk)
            page.delete()

    def ensure_featured(self, home, initiatives):
        """Puts four initiatives on the home page, unless editors picked some."""
        if home.featured_initiatives.exists():
            return home
        home.featured_initiatives = [
            HomePageFeaturedInitiative(initiative=initiatives[key]) for key in FEATURED
        ]
        return self.republish(home)

    def republish(self, page):
        """Publishes a changed page through a new revision."""
        self.count("pages republished")
        return publish(page)

    # Sections under the home page
    def ensure_sections(self, home):
        """Returns {model name: index page}, creating the missing ones."""
        sections = {}
        for model_name, texts in SECTIONS:
            model = SECTION_MODELS[model_name]
            nl = texts["nl"]
            page = find_child(home, model, nl["slug"])
            if page is None:
                page = model(
                    title=nl["title"],
                    slug=nl["slug"],
                    introduction=nl["introduction"],
                    show_in_menus=True,
                )
                page = add_published_child(home, page)
                self.count("pages")
            sections[model_name] = page
        return sections

    def ensure_information_pages(self, home):
        """Returns the privacy and accessibility pages, creating missing ones."""
        pages = []
        for texts in INFORMATION_PAGES:
            nl = texts["nl"]
            page = find_child(home, InformationPage, nl["slug"])
            if page is None:
                page = InformationPage(
                    title=nl["title"],
                    slug=nl["slug"],
                    body=information_body(nl, "nl"),
                )
                page = add_published_child(home, page)
                self.count("pages")
            pages.append((page, texts))
        return pages

    # Districts, initiatives, events
    def ensure_districts(self, index):
        """Returns {slug: DistrictPage}, creating the missing districts."""
        pages = {}
        for district in DISTRICTS:
            page = find_child(index, DistrictPage, district.slug)
            if page is None:
                page = add_published_child(index, self.build_district(district))
                self.count("pages")
            pages[district.slug] = page
        return pages

    def build_district(self, district):
        """Returns an unsaved DistrictPage with its workers and visits."""
        boundary = ""
        if district.boundary_km:
            boundary = hexagon(
                district.latitude, district.longitude, district.boundary_km
            )
        return DistrictPage(
            title=district.title,
            slug=district.slug,
            introduction=district.introduction,
            body=district.body,
            latitude=Decimal(district.latitude),
            longitude=Decimal(district.longitude),
            boundary=boundary,
            contacts=[
                DistrictContact(
                    name=name,
                    role=CONTACT_ROLES["nl"],
                    email=f"{mailbox}@{EMAIL_DOMAIN}",
                )
                for name, mailbox in district.contacts
            ],
            visits=[
                DistrictVisit(
                    date=visit_date(visit, self.now.date()),
                    streets=visit.streets,
                    heard=visit.heard,
                    follow_up=visit.follow_up,
                    status=visit.status,
                )
                for visit in district.visits
            ],
        )

    def ensure_initiatives(self, index, districts):
        """Returns {(template key, district slug): InitiativePage}, creating and
        backdating the missing initiatives.
        """
        pages = {}
        for plan in self.initiative_plans:
            page = find_child(index, InitiativePage, plan.slug)
            if page is None:
                page = add_published_child(
                    index, self.build_initiative(plan, districts)
                )
                backdate(page, plan.first_published, plan.last_published)
                self.count("pages")
            pages[plan.key] = page
        return pages

    def build_initiative(self, plan, districts):
        """Returns an unsaved InitiativePage from its plan."""
        texts = plan.texts["nl"]
        return InitiativePage(
            title=texts["title"],
            slug=plan.slug,
            kind=plan.kind,
            status=plan.status,
            summary=texts["summary"],
            body=texts["body"],
            district=districts[plan.district],
            tagged_items=self.theme_tags(InitiativePageTag, plan.themes),
            location_name=plan.location_name,
            latitude=Decimal(plan.latitude),
            longitude=Decimal(plan.longitude),
            image=self.images.get(plan.image),
            image_alt=texts["image_alt"],
            public_author=texts["public_author"],
            **plan.needs,
        )

    def ensure_events(self, index, districts, initiatives):
        """Returns {slug: EventPage}, creating the missing events."""
        pages = {}
        for plan in self.event_plans:
            page = find_child(index, EventPage, plan.slug)
            if page is None:
                page = EventPage(
                    slug=plan.slug,
                    district=districts.get(plan.district),
                    tagged_items=self.theme_tags(EventPageTag, plan.themes),
                    related_initiatives=[
                        EventPageRelatedInitiative(initiative=initiatives[key])
                        for key in plan.related
                    ],
                    **plan.fields,
                    **plan.texts["nl"],
                )
                page = add_published_child(index, page)
                backdate(page, *self.event_publication(page))
                self.count("pages")
            pages[plan.slug] = page
        return pages

    def event_publication(self, event):
        """Returns (first, last) publication: four weeks ahead of the event,
        and for a past event again two days after it, with its outcome.
        """
        first = min(event.start - datetime.timedelta(weeks=4), self.now)
        last = first
        if event.outcome:
            last = min(event.end + datetime.timedelta(days=2), self.now)
        return first, last

    # Translations
    def translate_home(self, home, locale):
        """Returns the home page in ``locale``, translating it if needed."""
        texts = HOME[locale.language_code]
        page, created = translate(
            home,
            locale,
            {"title": texts["title"], "introduction": texts["introduction"]},
        )
        self.count("translations", created)
        return page

    def translate_sections(self, sections, information, locale):
        """Translates the three index pages and the information pages."""
        language = locale.language_code
        for model_name, texts in SECTIONS:
            text = texts[language]
            fields = {"title": text["title"], "introduction": text["introduction"]}
            _page, created = translate(
                sections[model_name], locale, fields, text["slug"]
            )
            self.count("translations", created)
        for page, texts in information:
            text = texts[language]
            fields = {"title": text["title"], "body": information_body(text, language)}
            _page, created = translate(page, locale, fields, text["slug"])
            self.count("translations", created)

    def translate_districts(self, districts, locale):
        """Translates the districts that have texts in ``locale``."""
        language = locale.language_code
        for district in DISTRICTS:
            if language not in district.translations:
                continue
            title, introduction, body = district.translations[language]
            page = districts[district.slug]
            fields = {
                "title": title,
                "introduction": introduction,
                "body": body,
                "contacts": translated_contacts(page, language),
            }
            _page, created = translate(page, locale, fields, title)
            self.count("translations", created)

    def translate_initiatives(self, initiatives, locale):
        """Translates the initiatives planned in ``locale`` and backdates them
        to a few days after the Dutch original.
        """
        language = locale.language_code
        delay = datetime.timedelta(days=TRANSLATIONS.index(language) + 3)
        for plan in self.initiative_plans:
            if language not in plan.texts:
                continue
            source = initiatives[plan.key]
            fields = dict(plan.texts[language])
            fields["district"] = localised(source.district, locale)
            page, created = translate(source, locale, fields, fields["title"])
            if created:
                first = min(plan.first_published + delay, self.now)
                backdate(page, first, max(first, plan.last_published))
                self.count("translations")

    def translate_events(self, events, locale):
        """Translates the events planned in ``locale``."""
        language = locale.language_code
        for plan in self.event_plans:
            if language not in plan.texts:
                continue
            source = events[plan.slug]
            fields = dict(plan.texts[language])
            fields["district"] = localised(source.district, locale)
            fields["related_initiatives"] = [
                EventPageRelatedInitiative(
                    initiative=localised(item.initiative, locale)
                )
                for item in source.related_initiatives.all()
            ]
            _page, created = translate(source, locale, fields, fields["title"])
            self.count("translations", created)

    def localise_featured(self, home, locale):
        """Points the picks of a translated home page at the translations of
        the picked initiatives, where there are any.
        """
        picks = list(home.featured_initiatives.all())
        wanted = [localised(pick.initiative, locale) for pick in picks]
        if [pick.initiative_id for pick in picks] == [page.pk for page in wanted]:
            return home
        home.featured_initiatives = [
            HomePageFeaturedInitiative(initiative=page) for page in wanted
        ]
        return self.republish(home)

    # Summary
    def count_pages(self):
        """Fills the report's page totals per type and per locale."""
        pages = Page.objects.filter(depth__gt=1)
        per_type = pages.values_list("content_type__model").annotate(total=Count("pk"))
        per_locale = pages.values_list("locale__language_code").annotate(
            total=Count("pk")
        )
        self.report.pages_per_type = dict(per_type.order_by("content_type__model"))
        self.report.pages_per_locale = dict(per_locale.order_by())


def information_body(texts, language):
    """Returns the StreamField value of an information page."""
    return [("paragraph", html) for html in texts["body"] + [DEMO_NOTE[language]]]


def translated_contacts(district_page, language):
    """Returns unsaved copies of a district's workers with the role translated."""
    return [
        DistrictContact(
            name=contact.name,
            role=CONTACT_ROLES[language],
            email=contact.email,
            phone=contact.phone,
        )
        for contact in district_page.contacts.all()
    ]


def localised(page, locale):
    """Returns the translation of ``page`` in ``locale``, or ``page`` itself
    (None stays None), so links prefer the reader's language.
    """
    if page is None:
        return None
    translation = page.get_translation_or_none(locale)
    return translation.specific if translation else page
