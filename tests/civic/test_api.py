"""The read-only API serves initiatives, events, districts and Budget Games,
never contact data, and answers bad requests with a 400 or 404 and a plain
message.
"""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from civic.models import DistrictContact, DistrictVisit
from tests.civic.budget_game_helpers import make_game, make_game_index
from tests.utils import (
    make_district,
    make_event,
    make_image,
    make_initiative,
    make_theme,
    translate,
)

pytestmark = pytest.mark.django_db

ENDPOINTS = ["initiatives", "events", "districts", "budget-games"]
# Names that suggest a person's contact data (or an account behind a page).
PERSONAL = re.compile(
    r"e-?mail|phone|contact|submitter|owner|user|password|ip_?address", re.I
)


@pytest.fixture
def content(tree):
    heule = make_district(tree["districts"], "Heule", boundary="")
    DistrictContact.objects.create(
        page=heule, name="An", email="an@example.org", phone="056 00 00 00"
    )
    DistrictVisit.objects.create(
        page=heule, date="2030-01-05", streets="Kerkstraat", heard="Meer groen."
    )
    green = make_theme("Vergroening")
    initiative = make_initiative(
        tree["initiatives"],
        "Geveltuinen",
        district=heule,
        themes=[green],
        image=make_image(),
        image_alt="Een geveltuin",
        latitude="50.85",
        longitude="3.27",
    )
    make_initiative(tree["initiatives"], "Speelstraat")
    event = make_event(tree["events"], "Plantdag", district=heule, themes=[green])
    games = make_game_index(tree["home"])
    game = make_game(games, district=heule, facilitators="An Demeyer, buurtwerk")
    return {
        **tree,
        "heule": heule,
        "initiative": initiative,
        "event": event,
        "games": games,
        "game": game,
    }


def keys_in(value):
    """Returns every dictionary key anywhere inside ``value``."""
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in keys_in(item)}
    if isinstance(value, list):
        return {key for item in value for key in keys_in(item)}
    return set()


def get_json(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200, response.content
    return response.json()


def reachable_keys(client, endpoint):
    """Returns every key the endpoint can return: its listing with all fields,
    and each item's detail with all fields and every relation expanded.
    """
    listing = get_json(client, f"/api/v2/{endpoint}/", fields="*")
    keys = keys_in(listing)
    for item in listing["items"]:
        detail_url = f"/api/v2/{endpoint}/{item['id']}/"
        detail = get_json(client, detail_url, fields="*")
        relations = [
            name
            for name, value in detail.items()
            if isinstance(value, dict) and "meta" in value
        ]
        expanded = ",".join(["*", *[f"{name}(*)" for name in relations]])
        keys |= keys_in(detail) | keys_in(get_json(client, detail_url, fields=expanded))
    return keys


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_no_reachable_field_is_contact_data(client, content, endpoint):
    keys = reachable_keys(client, endpoint)

    assert {"id", "title", "html_url"} <= keys
    assert [key for key in keys if PERSONAL.search(key)] == []


def test_enumeration_reaches_nested_relations(client, content):
    keys = reachable_keys(client, "initiatives")

    assert {"district", "introduction", "image_thumbnail", "themes"} <= keys


def contact_like_field_names():
    """Returns the name of every model field, in any app, that looks personal."""
    return {
        field.name
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if PERSONAL.search(field.name)
    }


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_no_field_named_like_contact_data_can_be_asked_for(client, content, endpoint):
    names = contact_like_field_names()
    detail_id = get_json(client, f"/api/v2/{endpoint}/")["items"][0]["id"]

    answers = {
        name: (
            client.get(f"/api/v2/{endpoint}/", {"fields": name}).status_code,
            client.get(
                f"/api/v2/{endpoint}/{detail_id}/", {"fields": name}
            ).status_code,
        )
        for name in names
    }

    assert {"email", "phone", "contacts", "owner"} <= names
    assert {name: codes for name, codes in answers.items() if codes != (400, 400)} == {}


def test_budget_game_detail_carries_its_result_but_not_its_facilitators(
    client, content
):
    url = f"/api/v2/budget-games/{content['game'].pk}/"

    detail = get_json(client, url)
    listing = get_json(client, "/api/v2/budget-games/", fields="*")

    funded = [row["code"] for row in detail["result"]["options"] if row["funded"]]
    assert funded == ["A01", "A03", "S01"]  # S01 is a saving the tables accepted
    assert detail["result"]["rule"] == "as-played"
    assert [table["name"] for table in detail["tables"]][:2] == ["Tafel 1", "Tafel 2"]
    assert "An Demeyer" not in str(detail) + str(listing)
    assert not {"options", "tables", "result"} & set(listing["items"][0])


def test_budget_games_filter_by_district_and_refuse_a_theme(client, content):
    heule = get_json(client, "/api/v2/budget-games/", district=content["heule"].pk)
    theme = client.get("/api/v2/budget-games/", {"theme": "vergroening"})

    assert [item["title"] for item in heule["items"]] == ["Budgetspel Heule"]
    assert theme.status_code == 400


def test_district_filter_finds_initiatives_through_a_translation(client, content):
    translate(content["home"], "fr", "Accueil")
    translate(content["districts"], "fr", "Quartiers")
    french_heule = translate(content["heule"], "fr", "Heule (fr)")

    data = get_json(client, "/api/v2/initiatives/", district=french_heule.pk)

    assert [item["title"] for item in data["items"]] == ["Geveltuinen"]


def test_theme_filter_narrows_events_and_initiatives(client, content):
    initiatives = get_json(client, "/api/v2/initiatives/", theme="vergroening")
    events = get_json(client, "/api/v2/events/", theme="vergroening")

    assert [item["title"] for item in initiatives["items"]] == ["Geveltuinen"]
    assert [item["title"] for item in events["items"]] == ["Plantdag"]


def test_drafts_are_not_served(client, content):
    content["initiative"].unpublish()

    listing = get_json(client, "/api/v2/initiatives/")
    detail = client.get(f"/api/v2/initiatives/{content['initiative'].pk}/")

    assert [item["title"] for item in listing["items"]] == ["Speelstraat"]
    assert detail.status_code == 404


@pytest.mark.parametrize(
    ("path", "query", "status"),
    [
        ("initiatives/", {"limit": "100000"}, 400),
        ("initiatives/", {"limit": "-5"}, 400),
        ("initiatives/", {"offset": "abc"}, 400),
        ("initiatives/", {"offset": "-1"}, 400),
        ("initiatives/", {"district": "999999"}, 400),
        ("initiatives/", {"district": "heule"}, 400),
        ("initiatives/", {"theme": "atlantis"}, 400),
        ("events/", {"theme": "<script>"}, 400),
        ("initiatives/", {"type": "civic.EventPage"}, 400),
        ("districts/", {"district": "1"}, 400),
        ("initiatives/", {"order": "no_such_field"}, 400),
        ("initiatives/", {"fields": "body("}, 400),
        ("initiatives/", {"format": "xml"}, 404),
        ("initiatives/999999/", {}, 404),
    ],
)
def test_bad_request_gets_a_plain_4xx(client, content, path, query, status):
    response = client.get(f"/api/v2/{path}", query)

    assert response.status_code == status
    assert response.json()["message"]


def test_an_event_is_not_found_among_initiatives(client, content):
    response = client.get(f"/api/v2/initiatives/{content['event'].pk}/")

    assert response.status_code == 404


def test_api_answers_json_only(client, content):
    response = client.get("/api/v2/events/", HTTP_ACCEPT="text/html")

    assert response.status_code == 406


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_listing_queries_do_not_grow_with_items(client, content, endpoint):
    url = f"/api/v2/{endpoint}/?fields=*"
    few = count_queries(client, url)

    for number in range(8):
        make_initiative(content["initiatives"], district=content["heule"])
        make_event(content["events"], district=content["heule"])
        make_district(content["districts"], f"Wijk {number}")
        make_game(content["games"], title=f"Budgetspel {number}")
    many = count_queries(client, url)

    assert many == few
