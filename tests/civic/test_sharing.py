"""Link previews and search engines get Open Graph tags and schema.org data."""

import json
import re

import pytest

from tests.utils import brussels, make_event, make_image, make_initiative

pytestmark = pytest.mark.django_db


def json_ld(html):
    (script,) = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    return json.loads(script)


def meta(html, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)">', html)
    return match and match.group(1)


def test_event_page_carries_a_schema_org_event(client, tree):
    event = make_event(
        tree["events"],
        "Buurtfeest",
        start=brussels(2030, 7, 1, 14),
        hours=3,
        format="hybrid",
        address="Marktplein 1, Kortrijk",
        online_url="https://meet.example.org/feest",
        capacity=40,
    )

    data = json_ld(client.get(event.url).content.decode())

    assert data["@type"] == "Event"
    assert data["name"] == "Buurtfeest"
    assert data["startDate"] == "2030-07-01T14:00:00+02:00"
    assert data["endDate"] == "2030-07-01T17:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == [
        "Place",
        "VirtualLocation",
    ]
    assert data["url"] == "http://testserver" + event.url
    assert data["maximumAttendeeCapacity"] == 40


def test_markup_in_an_event_title_cannot_end_the_script(client, tree):
    event = make_event(tree["events"], "Feest </script><script>alert(1)</script>")

    html = client.get(event.url).content.decode()

    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == event.title


def test_initiative_page_has_open_graph_tags_with_its_image(client, tree):
    initiative = make_initiative(
        tree["initiatives"],
        "Geveltuinen",
        summary="Groen tegen de gevels.",
        image=make_image(),
        image_alt="Een geveltuin",
    )

    html = client.get(initiative.url).content.decode()

    assert meta(html, "og:title") == "Geveltuinen"
    assert meta(html, "og:description") == "Groen tegen de gevels."
    assert meta(html, "og:url") == "http://testserver" + initiative.url
    assert meta(html, "og:locale") == "nl_BE"
    assert meta(html, "og:image").startswith("http://")
    assert meta(html, "og:image:alt") == "Een geveltuin"
    assert '<meta name="description" content="Groen tegen de gevels.">' in html
