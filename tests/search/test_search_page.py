"""The public search page: accessible, lenient with input, never a 500."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

pytestmark = pytest.mark.django_db

URL = "/nl/search/"


@pytest.fixture(params=["database"])
def engine(request, db):
    """The page tests run on the default engine (the engines have their own)."""
    from search.engines import DatabaseEngine

    return DatabaseEngine()


def test_page_has_one_h1_a_labelled_search_box_and_facets(client, content):
    html = client.get(URL, {"q": "fietsen"}).content.decode()

    assert html.count("<h1") == 1
    assert 'role="search"' in html
    assert '<label for="search-q">' in html and 'id="search-q"' in html
    assert "<fieldset>" in html and "<legend>" in html
    assert re.search(r'role="status"[^>]*>\s*3 ', html)


def test_facet_checkboxes_are_labelled_with_counts(client, content):
    html = client.get(URL, {"q": "fietsen"}).content.decode()

    assert re.search(
        r'<label for="facet-district-\d+">Heule <span class="count">\(2\)', html
    )


def test_checked_filters_narrow_the_results(client, content):
    response = client.get(URL, {"q": "fietsen", "district": "marke"})

    assert [hit.title for hit in response.context["results"].hits] == [
        "Een fiets voor iedereen"
    ]
    assert 'value="marke" checked' in response.content.decode()


def test_untranslated_results_are_labelled_for_french_visitors(client, content):
    html = client.get("/fr/search/", {"q": "velo"}).content.decode()

    assert 'hreflang="nl"' in html
    assert 'class="untranslated"' in html


def test_promoted_results_come_first(client, content):
    query = Query.objects.create(query_string="fietsen")
    SearchPromotion.objects.create(
        query=query, page=content["playground"], description="Ook leuk.", sort_order=0
    )

    html = client.get(URL, {"q": "Fietsen"}).content.decode()

    assert html.index("Nieuw speelplein") < html.index("Een fiets voor iedereen")


def test_a_visitors_query_creates_no_promotion_rows(client, content):
    client.get(URL, {"q": "iets nieuws"})

    assert not Query.objects.exists()


def test_the_page_works_without_a_query(client, content):
    response = client.get(URL)

    assert response.status_code == 200
    assert response.context["results"] is None


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 10_000},
        {"q": '"fiets'},
        {"q": "fiets:herstel (AND OR) * ? ~"},
        {"q": "fiets", "district": "atlantis"},
        {"q": "fiets", "theme": "<script>alert(1)</script>"},
        {"q": "fiets", "year": "abcd"},
        {"q": "fiets", "type": "' OR 1=1 --"},
        {"q": "fiets", "page": "-1"},
        {"q": "fiets", "page": "abc"},
        {"q": "fiets", "page": "99999999999999999999"},
        {"q": "fiets", "sort": "evil"},
        {"q": "Fahrradreparatur"},
        {"q": "自行车"},
    ],
)
def test_bad_input_gets_results_or_a_clear_empty_state(client, content, params):
    response = client.get(URL, params)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    results = response.context["results"]
    assert results is None or results.total >= 0
    assert "Traceback" not in html


def test_unknown_filter_values_are_reported(client, content):
    html = client.get(URL, {"q": "fiets", "district": "atlantis"}).content.decode()

    assert 'role="alert"' in html and "atlantis" in html


def test_a_page_past_the_last_offers_the_first(client, content):
    html = client.get(URL, {"q": "fiets", "page": "7"}).content.decode()

    assert "page=1" in html


def test_a_language_the_site_does_not_serve_is_not_found(client, content):
    response = client.get("/de/search/", {"q": "fiets"}, follow=True)

    assert response.status_code == 404


def test_search_page_query_count(client, content, django_assert_max_num_queries):
    client.get(URL, {"q": "fietsen"})

    with django_assert_max_num_queries(14):
        client.get(URL, {"q": "fietsen", "district": "heule"})


def test_autocomplete_returns_json_suggestions(client, content):
    response = client.get("/nl/search/suggest/", {"q": "fiets"})

    titles = {item["title"] for item in response.json()["suggestions"]}
    assert titles == {
        "Een fiets voor iedereen",
        "Fietsherstel in de buurt",
        "Fietsenmarkt",
    }


@pytest.mark.parametrize("text", ["", "x" * 5000, '"(*', "自"])
def test_autocomplete_accepts_any_input(client, content, text):
    response = client.get("/nl/search/suggest/", {"q": text})

    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_header_links_to_the_search_page(client, content):
    html = client.get(URL).content.decode()

    assert 'class="search-link" href="/nl/search/"' in html
