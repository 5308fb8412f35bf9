"""Maps come with the same places as a text list; their settings are JSON."""

import json
import re

import pytest

from tests.utils import make_district, make_initiative

pytestmark = pytest.mark.django_db

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[3.2, 50.8], [3.3, 50.8], [3.3, 50.9], [3.2, 50.8]]],
}


def map_settings(html, map_id):
    match = re.search(
        rf'<script id="{map_id}" type="application/json">(.*?)</script>', html, re.S
    )
    return json.loads(match.group(1))


def test_district_map_has_boundary_markers_and_a_text_list(client, tree, settings):
    settings.CIVIC_MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    heule = make_district(tree["districts"], "Heule", boundary=json.dumps(SQUARE))
    make_initiative(
        tree["initiatives"],
        "Geveltuinen",
        district=heule,
        location_name="Kerkstraat",
        latitude="50.85",
        longitude="3.25",
    )
    make_initiative(tree["initiatives"], "Zonder plek", district=heule)

    html = client.get(heule.url).content.decode()

    config = map_settings(html, "district-map")
    assert config["boundary"] == SQUARE
    assert config["tiles"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert [marker["title"] for marker in config["markers"]] == ["Geveltuinen"]
    assert config["markers"][0]["lat"] == 50.85
    (text_list,) = re.findall(r'<ul class="map-list">(.*?)</ul>', html, re.S)
    assert "Geveltuinen</a>: Kerkstraat" in text_list
    assert "Zonder plek" not in text_list
    assert "/static/vendor/leaflet/leaflet.js" in html


def test_map_stays_hidden_until_javascript_draws_it(client, tree):
    make_initiative(tree["initiatives"], latitude="50.8", longitude="3.2")

    html = client.get(tree["initiatives"].url).content.decode()

    assert re.search(
        r'<div class="map" data-civic-map="initiatives-map"[^>]* hidden>', html
    )


def test_no_map_without_places_or_boundary(client, tree):
    heule = make_district(tree["districts"], "Heule")
    make_initiative(tree["initiatives"], district=heule)

    html = client.get(heule.url).content.decode()

    assert "data-civic-map" not in html
    assert "leaflet" not in html
