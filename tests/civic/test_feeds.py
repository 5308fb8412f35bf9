"""RSS and Atom feeds of new initiatives parse back and hold the right items."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils import make_district, make_initiative, make_theme, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(tree):
    heule = make_district(tree["districts"], "Heule")
    marke = make_district(tree["districts"], "Marke")
    green = make_theme("Vergroening", name_fr="Verdissement")
    make_initiative(tree["initiatives"], "Geveltuinen", district=heule, themes=[green])
    make_initiative(tree["initiatives"], "Speelstraat", district=marke)
    make_initiative(tree["initiatives"], "Bloembakken", district=marke, themes=[green])
    return {**tree, "heule": heule, "marke": marke, "green": green}


def parse(response, content_type):
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed):
    return {entry.title for entry in feed.entries}


def test_district_feed_holds_only_its_initiatives(client, listing):
    feed = parse(client.get(listing["marke"].url + "feed/"), "application/rss+xml")

    assert titles(feed) == {"Speelstraat", "Bloembakken"}
    assert feed.version == "rss20"
    assert feed.feed.link == "http://testserver" + listing["marke"].url


def test_atom_feed_of_a_district_parses_back(client, listing):
    response = client.get(listing["heule"].url + "feed/atom/")

    feed = parse(response, "application/atom+xml")

    assert feed.version == "atom10"
    assert titles(feed) == {"Geveltuinen"}


def test_theme_feed_holds_only_that_theme(client, listing):
    url = listing["initiatives"].url + "themes/vergroening/feed/"

    feed = parse(client.get(url), "application/rss+xml")

    assert titles(feed) == {"Geveltuinen", "Bloembakken"}
    assert "Vergroening" in feed.feed.title


def test_feed_items_link_to_pages_and_carry_themes(client, listing):
    feed = parse(client.get(listing["initiatives"].url + "feed/"), "application/rss")

    entry = next(e for e in feed.entries if e.title == "Geveltuinen")
    assert entry.link.startswith("http://testserver/nl/")
    assert [tag.term for tag in entry.tags] == ["Vergroening"]
    assert entry.summary == "Een initiatief van bewoners."


def test_feed_lists_newest_first_and_stops_at_the_limit(client, listing, settings):
    settings.CIVIC_FEED_ITEMS = 2

    feed = parse(client.get(listing["initiatives"].url + "feed/"), "application/rss")

    assert [entry.title for entry in feed.entries] == ["Bloembakken", "Speelstraat"]


def test_french_feed_is_in_french(client, listing):
    translate(listing["home"], "fr", "Accueil")
    french_index = translate(listing["initiatives"], "fr", "Initiatives")

    response = client.get(french_index.url + "themes/vergroening/feed/")

    feed = parse(response, "application/rss+xml")
    assert feed.feed.language == "fr"
    assert "Verdissement" in feed.feed.title
    assert len(feed.entries) == 2


@pytest.mark.parametrize(
    "suffix",
    [
        "themes/atlantis/feed/",
        "themes/vergroening/feed/json/",
        "feed/json/",
        "feed/atom/extra/",
    ],
)
def test_unknown_theme_or_format_is_a_404(client, listing, suffix):
    response = client.get(listing["initiatives"].url + suffix)

    assert response.status_code == 404
    assert '<html lang="nl">' in response.content.decode()


def test_district_page_links_its_feeds_and_calendar(client, listing):
    url = listing["heule"].url

    html = client.get(url).content.decode()

    assert f'href="{url}feed/"' in html
    assert f'href="{url}feed/atom/"' in html
    assert f'href="{url}calendar/"' in html
    assert 'type="application/rss+xml"' in html


def test_feed_queries_do_not_grow_with_items(client, listing):
    url = listing["marke"].url + "feed/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)

    for _ in range(10):
        make_initiative(
            listing["initiatives"], district=listing["marke"], themes=[listing["green"]]
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)

    assert len(parse(response, "application/rss+xml").entries) == 12
    assert len(many) == len(few)
