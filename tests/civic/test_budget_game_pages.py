"""Session pages render in every language with an accessible chart, a
printable sheet, option timelines and the district's follow-up, in few queries.
"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from civic.models import BudgetGameOption
from tests.civic.budget_game_helpers import make_game, make_game_index
from tests.utils import make_district, make_initiative, make_theme, translate

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def game(tree):
    district = make_district(tree["districts"], "Heule")
    index = make_game_index(tree["home"])
    game = make_game(index, district=district)
    option = game.options.get(code="A01")
    option.status = BudgetGameOption.STATUS_UNDER_WAY
    option.progress = 40
    option.milestones = [
        ("milestone", {"date": "2025-09-01", "title": "Werken gestart", "text": ""}),
        ("milestone", {"date": "2026-05-01", "title": "Opening", "text": ""}),
    ]
    option.save()
    for language in ("fr", "en"):
        translate(tree["home"], language, f"Accueil {language}")
        translate(tree["districts"], language, f"Quartiers {language}")
        translate(district, language, f"Heule {language}")
        translate(index, language, f"Jeu {language}")
        translate(game, language, f"Jeu Heule {language}")
    return game


def page_in(page, language):
    return page.get_translation(Locale.objects.get(language_code=language))


def svg_of(html):
    return ET.fromstring(re.search(r"<svg.*?</svg>", html, re.S).group(0))


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_session_renders_in_language_with_one_h1(client, game, language):
    page = page_in(game, language)

    response = client.get(page.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert "Speeltuin vernieuwen" in html


def test_chart_is_an_image_with_title_description_and_the_tables_numbers(client, game):
    html = client.get(game.url).content.decode()

    svg = svg_of(html)
    labelled_by = svg.get("aria-labelledby").split()
    ids = {element.get("id"): element for element in svg.iter()}
    assert svg.get("role") == "img"
    assert [ids[name].tag for name in labelled_by] == [f"{SVG}title", f"{SVG}desc"]
    values = [
        t.text for t in svg.iter(f"{SVG}text") if re.fullmatch(r"\d+/\d+", t.text)
    ]
    assert sorted(values) == sorted(["3/4", "3/4", "2/4", "2/4"])
    table = html[html.index('<table class="results">') :]
    for value in ("3 / 4", "2 / 4"):
        assert value in table


def test_result_sheet_and_option_timeline_render(client, game):
    sheet = client.get(game.url + "result-sheet/")
    timeline = client.get(game.url + "options/A01/")
    missing = client.get(game.url + "options/ZZZ/")

    assert sheet.status_code == 200 and "<svg" in sheet.content.decode()
    html = timeline.content.decode()
    assert timeline.status_code == 200
    assert (
        html.index("20 maart 2025")
        < html.index("Werken gestart")
        < html.index("Opening")
    )
    assert missing.status_code == 404


def test_district_page_shows_the_follow_up_of_its_games(client, game):
    html = client.get(game.district.url).content.decode()

    assert game.title in html
    assert "Speeltuin vernieuwen" in html and "(40%)" in html


def test_index_lists_the_session(client, game):
    html = client.get(game.get_parent().url).content.decode()

    assert game.title in html


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("route", ["", "result-sheet/", "options/A01/"])
def test_session_pages_stay_under_twenty_queries(client, game, language, route):
    url = page_in(game, language).url + route
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert len(queries) <= 20, [query["sql"][:120] for query in queries]


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_session_queries_do_not_grow_with_themed_and_followed_options(
    client, game, tree
):
    few = count_queries(client, game.url)

    theme = make_theme("Vergroening")
    initiative = make_initiative(tree["initiatives"], "Speeltuin")
    for option in game.options.all():
        option.theme = theme
        option.initiative = initiative
        option.status = option.status or BudgetGameOption.STATUS_DECIDED
        option.save()
    many = count_queries(client, game.url)

    assert many == few


def test_district_page_with_games_stays_under_twenty_queries(client, game):
    client.get(game.district.url)

    with CaptureQueriesContext(connection) as queries:
        client.get(game.district.url)

    assert len(queries) <= 20, "\n".join(query["sql"][:300] for query in queries)


def test_preview_shows_the_result_of_unsaved_packages(admin_client, game):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = edit_data(game, tables=[("Tafel 1", "A02"), ("Tafel 2", "A02")])

    response = admin_client.post(
        f"/admin/pages/{game.pk}/edit/preview/", nested_form_data(data)
    )
    preview = admin_client.get(f"/admin/pages/{game.pk}/edit/preview/")

    assert response.json()["is_valid"] is True
    html = preview.content.decode()
    assert "Gefinancierd: gekozen door 2 van de 2 tafels." in html
    del inline_formset


def option_rows(game, delete=()):
    """Returns the editor's form rows of ``game``'s options, those whose code
    is in ``delete`` marked for deletion."""
    from wagtail.test.utils.form_data import streamfield

    return [
        {
            "id": option.pk,
            "code": option.code,
            "title": option.title,
            "kind": option.kind,
            "amount": str(option.amount),
            "origin": option.origin,
            "partly_fundable": option.partly_fundable,
            "milestones": streamfield([]),
            "DELETE": "1" if option.code in delete else "",
        }
        for option in game.options.all()
    ]


def edit_data(game, tables):
    """Returns the editor's form data for ``game`` with other ``tables``."""
    from wagtail.test.utils.form_data import inline_formset, streamfield

    options = option_rows(game)
    return {
        "title": game.title,
        "slug": game.slug,
        "summary": game.summary,
        "date": "2025-03-20",
        "budget": str(game.budget),
        "adults": 20,
        "young_people": 0,
        "children": 0,
        "variant": game.variant,
        "package_limit": game.package_limit,
        "result_rule": game.result_rule,
        "story": streamfield([]),
        "photos": inline_formset([]),
        "options": inline_formset(options),
        "tables": inline_formset(
            [
                {"id": table.pk, "name": table.name, "package": "", "DELETE": "1"}
                for table in game.tables.all()
            ]
            + [
                {"name": name, "package": package, "participants": 4}
                for name, package in tables
            ],
            initial=game.tables.count(),
        ),
    }
