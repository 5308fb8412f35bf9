"""Listing pages filter through plain query strings and paginate."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from civic.models import InitiativePage
from tests.utils import brussels, make_district, make_event, make_initiative, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(tree):
    heule = make_district(tree["districts"], "Heule")
    marke = make_district(tree["districts"], "Marke")
    green = make_theme("Vergroening")
    make_initiative(tree["initiatives"], "Geveltuinen", district=heule, themes=[green])
    make_initiative(
        tree["initiatives"],
        "Speelstraat",
        district=marke,
        kind="wish",
        status="realised",
    )
    make_initiative(tree["initiatives"], "Bloembakken", district=marke, themes=[green])
    return {**tree, "heule": heule, "marke": marke}


def titles(response):
    return {page.title for page in response.context["initiatives"]}


def test_filter_by_district(client, listing):
    response = client.get(listing["initiatives"].url, {"district": "marke"})

    assert titles(response) == {"Speelstraat", "Bloembakken"}


def test_filters_combine(client, listing):
    query = {"district": "marke", "theme": "vergroening"}

    response = client.get(listing["initiatives"].url, query)

    assert titles(response) == {"Bloembakken"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "realised"}, {"Speelstraat"}),
        ({"kind": "wish"}, {"Speelstraat"}),
        ({"kind": "initiative", "status": "idea"}, {"Geveltuinen", "Bloembakken"}),
    ],
)
def test_filter_by_status_and_kind(client, listing, query, expected):
    response = client.get(listing["initiatives"].url, query)

    assert titles(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        {"district": "atlantis"},
        {"theme": "<script>alert(1)</script>"},
        {"status": "' OR 1=1 --"},
        {"kind": "x" * 5000},
    ],
)
def test_unknown_filter_value_shows_a_notice_and_everything(client, listing, query):
    response = client.get(listing["initiatives"].url, query)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "<script>alert(1)</script>" not in html
    assert len(titles(response)) == 3


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5"])
def test_bad_page_number_is_a_localised_404(client, listing, page):
    response = client.get(listing["initiatives"].url, {"page": page})

    assert response.status_code == 404
    assert '<html lang="nl">' in response.content.decode()


def test_pagination_splits_the_list(client, tree, settings):
    settings.CIVIC_PAGE_SIZE = 2
    for number in range(5):
        make_initiative(tree["initiatives"], f"Item {number}")

    first = client.get(tree["initiatives"].url)
    last = client.get(tree["initiatives"].url, {"page": 3})

    assert len(first.context["initiatives"]) == 2
    assert len(last.context["initiatives"]) == 1
    assert 'rel="next"' in first.content.decode()
    assert 'rel="next"' not in last.content.decode()


def test_event_filters_by_date_and_shows_past_on_request(client, tree):
    make_event(tree["events"], "Lentefeest", start=brussels(2030, 4, 1, 14))
    make_event(tree["events"], "Zomerfeest", start=brussels(2030, 7, 1, 14))
    make_event(tree["events"], "Vorig jaar", start=brussels(2020, 7, 1, 14))
    url = tree["events"].url

    upcoming = client.get(url)
    april = client.get(url, {"date_from": "2030-04-01", "date_to": "2030-04-30"})
    past = client.get(url, {"when": "past"})
    malformed = client.get(url, {"date_from": "2030-13-45"})

    def event_titles(response):
        return [page.title for page in response.context["events"]]

    assert event_titles(upcoming) == ["Lentefeest", "Zomerfeest"]
    assert event_titles(april) == ["Lentefeest"]
    assert event_titles(past) == ["Vorig jaar"]
    assert malformed.status_code == 200
    assert event_titles(malformed) == ["Lentefeest", "Zomerfeest"]
    assert 'role="alert"' in malformed.content.decode()


def count_queries(client, url):
    """Returns the queries of a request once the cached menu is warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_initiatives(tree, district, theme, number):
    for index in range(number):
        make_initiative(
            tree["initiatives"],
            f"Initiatief {index}",
            district=district,
            themes=[theme],
        )


@pytest.mark.parametrize("name", ["initiatives", "district"])
def test_queries_do_not_grow_with_items(client, listing, settings, name):
    settings.CIVIC_PAGE_SIZE = 200
    theme = make_theme("Zorg")
    url = listing["initiatives"].url if name == "initiatives" else listing["heule"].url
    add_initiatives(listing, listing["heule"], theme, 7)
    small = count_queries(client, url)

    add_initiatives(listing, listing["heule"], theme, 90)
    large = count_queries(client, url)

    assert InitiativePage.objects.count() == 100
    assert small == large
    assert large <= 20


def test_event_listing_queries_do_not_grow(client, tree, settings):
    settings.CIVIC_PAGE_SIZE = 200
    for _ in range(10):
        make_event(tree["events"])
    small = count_queries(client, tree["events"].url)

    for _ in range(90):
        make_event(tree["events"])
    large = count_queries(client, tree["events"].url)

    assert small == large <= 20
