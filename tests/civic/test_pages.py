"""Every page type renders, in every language, with an accessible skeleton."""

import re

import pytest

from tests.utils import make_district, make_event, make_initiative, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(tree):
    district = make_district(tree["districts"], "Heule")
    initiative = make_initiative(
        tree["initiatives"], "Buurtmoestuin", district=district
    )
    event = make_event(tree["events"], "Buurtfeest", district=district)
    pages = {**tree, "district": district, "initiative": initiative, "event": event}
    for language in ("fr", "en"):
        translate(tree["home"], language, f"Accueil {language}")
        for name in ("districts", "initiatives", "events"):
            translate(tree[name], language, f"{name} {language}")
        for name in ("district", "initiative", "event"):
            translate(pages[name], language, f"{pages[name].title} ({language})")
    return pages


PAGE_NAMES = [
    "home",
    "districts",
    "district",
    "initiatives",
    "initiative",
    "events",
    "event",
]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_renders_in_language(client, pages, name, language):
    page = pages[name].get_translation(
        pages["home"].locale.__class__.objects.get(language_code=language)
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert 'href="#main"' in html and '<main id="main"' in html
    assert page.title in html


def test_urls_carry_the_language_prefix(pages):
    french = pages["initiative"].get_translation(
        pages["home"].locale.__class__.objects.get(language_code="fr")
    )

    assert pages["initiative"].url.startswith("/nl/")
    assert french.url.startswith("/fr/")


def test_root_redirects_to_a_language(client, pages):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_public_page_stays_under_twenty_queries(client, pages, name):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = pages[name].url
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert len(queries) <= 20, [query["sql"][:120] for query in queries]
