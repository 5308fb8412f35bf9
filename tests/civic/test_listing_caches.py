"""Listings stay right while their counts, filter form and page rows are
fetched the fast way (issue 6): cached until content changes, keyed by what
the visitor asked for, and private sections left out.
"""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.utils import make_district, make_initiative

pytestmark = pytest.mark.django_db


def published(page):
    """Returns ``page`` published as an editor would, signal included."""
    page.save_revision().publish()
    return page


def results_count(response):
    match = re.search(r'<h2 class="results-count"[^>]*>\s*(\d+)', response.text)
    return int(match.group(1))


def test_count_follows_publishing(client, tree):
    make_initiative(tree["initiatives"], "Geveltuinen")
    first = client.get(tree["initiatives"].url)

    published(make_initiative(tree["initiatives"], "Speelstraat"))
    second = client.get(tree["initiatives"].url)

    assert results_count(first) == 1
    assert results_count(second) == 2


def test_count_is_kept_per_filter(client, tree):
    make_initiative(tree["initiatives"], "Geveltuinen")
    make_initiative(tree["initiatives"], "Speelstraat", kind="wish")

    everything = client.get(tree["initiatives"].url)
    wishes = client.get(tree["initiatives"].url, {"kind": "wish"})

    assert results_count(everything) == 2
    assert results_count(wishes) == 1


def test_pages_keep_newest_first_order(client, tree, settings):
    settings.CIVIC_PAGE_SIZE = 2
    for number in range(5):
        make_initiative(tree["initiatives"], f"Item {number}")

    pages = [client.get(tree["initiatives"].url, {"page": n}) for n in (1, 2, 3)]

    titles = [
        page.title for response in pages for page in response.context["initiatives"]
    ]
    assert titles == [f"Item {number}" for number in (4, 3, 2, 1, 0)]


def test_filter_form_shows_the_values_asked_for(client, tree):
    make_initiative(tree["initiatives"], "Geveltuinen")
    url = tree["initiatives"].url

    client.get(url, {"status": "realised"})
    html = client.get(url, {"status": "idea"}).text

    assert re.search(r'<option value="idea" selected>', html)
    assert not re.search(r'<option value="realised" selected>', html)


def test_filter_form_offers_a_district_published_later(client, tree):
    client.get(tree["initiatives"].url)

    published(make_district(tree["districts"], "Rollegem"))
    html = client.get(tree["initiatives"].url).text

    assert '<option value="rollegem">Rollegem</option>' in html


def test_private_initiative_is_left_out_of_listings(client, tree):
    district = make_district(tree["districts"], "Heule")
    make_initiative(tree["initiatives"], "Openbaar", district=district)
    hidden = make_initiative(tree["initiatives"], "Besloten", district=district)
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    index = client.get(tree["initiatives"].url)
    hub = client.get(district.url)

    assert [page.title for page in index.context["initiatives"]] == ["Openbaar"]
    assert [page.title for page in hub.context["initiatives"]] == ["Openbaar"]
    assert results_count(index) == 1
