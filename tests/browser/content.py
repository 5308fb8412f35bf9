"""Realistic content in Dutch, French and English for the browser tests.

Run in the dev server's database before the server starts:
``manage.py shell -c "from tests.browser.content import build; build(host, port)"``.
The slugs here are the ones ``tests/browser/paths.py`` visits.
"""

import json

from wagtail.models import Site
from wagtail.rich_text import RichText

from civic.models import DistrictContact, DistrictVisit, InformationPage
from home.models import AccessibilitySettings, HomePageFeaturedInitiative
from tests.civic.budget_game_helpers import make_game, make_game_index
from tests.utils import (
    add_page,
    brussels,
    make_district,
    make_event,
    make_image,
    make_initiative,
    make_site_tree,
    make_theme,
    translate,
)

OTHER_LANGUAGES = ("fr", "en")
HEULE_BOUNDARY = {
    "type": "Polygon",
    "coordinates": [
        [[3.22, 50.83], [3.26, 50.83], [3.26, 50.86], [3.22, 50.86], [3.22, 50.83]]
    ],
}


def build(host="127.0.0.1", port=8000):
    """Builds the site tree, districts, initiatives, events and the statement."""
    tree = make_site_tree()
    Site.objects.filter(is_default_site=True).update(hostname=host, port=port)
    translate_indexes(tree)
    themes = build_themes()
    heule = build_district(tree, themes)
    initiatives = build_initiatives(tree, heule, themes)
    build_event(tree, heule, initiatives[0])
    build_budget_game(tree, heule)
    build_statement(tree)
    for initiative in initiatives[:3]:
        HomePageFeaturedInitiative.objects.create(
            page=tree["home"], initiative=initiative
        )


def translate_indexes(tree):
    names = {
        "home": {"fr": "Courtrai participe", "en": "Kortrijk takes part"},
        "districts": {"fr": "Quartiers", "en": "Districts"},
        "initiatives": {"fr": "Initiatives", "en": "Initiatives"},
        "events": {"fr": "Activités", "en": "Events"},
    }
    for key, titles in names.items():
        tree[key].show_in_menus = key != "home"
        tree[key].save()
        for language, title in titles.items():
            page = translate(tree[key], language, title)
            page.show_in_menus = key != "home"
            page.save()


def build_themes():
    return [
        make_theme("Vergroening", name_fr="Verdissement", name_en="Greening"),
        make_theme("Eenzaamheid", name_fr="Solitude", name_en="Loneliness"),
        make_theme(
            "Verkeersveiligheid", name_fr="Sécurité routière", name_en="Road safety"
        ),
    ]


def build_district(tree, themes):
    heule = make_district(
        tree["districts"],
        "Heule",
        introduction="Heule is een dorp in de stad, met veel jonge gezinnen.",
        boundary=json.dumps(HEULE_BOUNDARY),
        latitude="50.8450",
        longitude="3.2400",
    )
    make_district(tree["districts"], "Marke", introduction="Marke ligt aan de Leie.")
    DistrictContact.objects.create(
        page=heule, name="An Demeyer", role="Buurtwerker", email="an@example.org"
    )
    DistrictVisit.objects.create(
        page=heule,
        date="2026-03-01",
        streets="Kerkstraat, Peperstraat",
        heard="Te snel verkeer aan de school; te weinig groen.",
        follow_up="Snelheidsmeting in april.",
        status=DistrictVisit.STATUS_FOLLOWED_UP,
    )
    heule.save_revision().publish()
    for language in OTHER_LANGUAGES:
        translate(heule, language, "Heule", introduction="Heule (" + language + ").")
    return heule


INITIATIVES = [
    (
        "geveltuinen",
        "Geveltuinen in de Kerkstraat",
        "Bewoners planten samen geveltuinen.",
        "50.8470",
        "3.2410",
        "Kerkstraat",
    ),
    (
        "repair-cafe",
        "Repair café",
        "Elke maand herstellen vrijwilligers spullen.",
        "50.8430",
        "3.2380",
        "Buurthuis De Vonk",
    ),
    (
        "koffie-bij-de-buren",
        "Koffie bij de buren",
        "Een wekelijkse koffieochtend.",
        None,
        None,
        "",
    ),
    (
        "speelstraat",
        "Speelstraat in de zomer",
        "Kinderen spelen veilig op straat.",
        "50.8445",
        "3.2455",
        "Peperstraat",
    ),
]


def build_initiatives(tree, heule, themes):
    image = make_image("Geveltuin")
    pages = []
    for number, (slug, title, summary, lat, lng, place) in enumerate(INITIATIVES):
        page = make_initiative(
            tree["initiatives"],
            title,
            slug=slug,
            summary=summary,
            district=heule,
            themes=[themes[number % len(themes)]],
            status="looking_for_help" if number % 2 else "under_way",
            needs_volunteers=True,
            latitude=lat,
            longitude=lng,
            location_name=place,
            image=image if number == 0 else None,
            image_alt="Een geveltuin met stokrozen" if number == 0 else "",
            public_author="Een bewoner van Heule",
            body=[("easy_read", {"text": "Wij planten bloemen. Doe je mee?"})],
        )
        pages.append(page)
    for language in OTHER_LANGUAGES:
        translate(pages[0], language, f"Geveltuinen ({language})", summary=language)
    return pages


def build_event(tree, heule, initiative):
    event = make_event(
        tree["events"],
        "Plantdag in Heule",
        slug="plantdag",
        start=brussels(2031, 4, 12, 14, 0),
        hours=3,
        district=heule,
        summary="Samen planten we geveltuinen.",
        format="hybrid",
        address="Kerkstraat 1, 8501 Heule",
        online_url="https://meet.example.org/plantdag",
        registration_url="https://example.org/inschrijven",
        capacity=30,
        body=[
            (
                "easy_read",
                {"text": "Kom planten. Het is gratis.\nBreng handschoenen mee."},
            ),
            ("paragraph", RichText("<p>We voorzien <b>plantgoed</b> en koffie.</p>")),
            ("quote", {"quote": "Onze straat wordt groener.", "attribution": "Mieke"}),
        ],
    )
    event.related_initiatives.create(initiative=initiative)
    event.save_revision().publish()
    for language in OTHER_LANGUAGES:
        translate(event, language, f"Plantdag ({language})", summary=language)


def build_budget_game(tree, heule):
    """A Heule session of four tables, so the chart, table and reasons show."""
    index = make_game_index(tree["home"])
    index.show_in_menus = True
    index.save()
    game = make_game(
        index,
        slug="heule-2025",
        district=heule,
        place="Buurthuis De Vonk",
        story=[("easy_read", {"text": "Vier tafels kozen samen. Dit kwam eruit."})],
    )
    for language, index_title, game_title in (
        ("fr", "Jeu budgétaire", "Jeu budgétaire à Heule"),
        ("en", "Budget Game", "Budget Game in Heule"),
    ):
        translate(index, language, index_title, show_in_menus=True)
        translate(game, language, game_title)


def build_statement(tree):
    statement = add_page(
        tree["home"],
        InformationPage(
            title="Toegankelijkheidsverklaring",
            slug="toegankelijkheid",
            body=[("paragraph", RichText("<p>Deze site volgt WCAG 2.1 AA.</p>"))],
        ),
    )
    for language, title in (
        ("fr", "Déclaration d'accessibilité"),
        ("en", "Accessibility statement"),
    ):
        translate(statement, language, title)
    AccessibilitySettings.objects.create(
        site=tree["home"].get_site(), statement=statement
    )
