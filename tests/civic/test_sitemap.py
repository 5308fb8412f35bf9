"""sitemap.xml lists every live page in every language, with hreflang links."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils import make_initiative, translate

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_pages_of_every_language_with_alternates(client, tree):
    initiative = make_initiative(tree["initiatives"], "Repair café")
    for language in ("fr", "en"):
        translate(tree["home"], language, f"Home {language}")
        translate(tree["initiatives"], language, f"Index {language}")
    french = translate(initiative, "fr", "Café réparation")

    urls = parse(client.get("/sitemap.xml"))

    dutch_url = "http://testserver" + initiative.url
    french_url = "http://testserver" + french.url
    assert urls[dutch_url] == {"nl": dutch_url, "fr": french_url}
    assert urls[french_url] == urls[dutch_url]
    assert set(urls["http://testserver/en/"]) == {"nl", "fr", "en"}


def test_sitemap_leaves_out_drafts_and_gives_no_alternates_alone(client, tree):
    alone = make_initiative(tree["initiatives"], "Alleen in het Nederlands")
    draft = make_initiative(tree["initiatives"], "Nog niet klaar")
    draft.unpublish()

    urls = parse(client.get("/sitemap.xml"))

    assert urls["http://testserver" + alone.url] == {}
    assert "http://testserver" + draft.url not in urls


def test_sitemap_queries_do_not_grow_with_pages(client, tree):
    make_initiative(tree["initiatives"])
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    for _ in range(20):
        make_initiative(tree["initiatives"])

    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap.xml")

    assert len(many) == len(few)
