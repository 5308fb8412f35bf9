"""The benchmark's bulk seeding makes valid, servable pages."""

import pytest
from wagtail.models import Page

from benchmarks.seed import add_initiatives, seed
from civic.models import DistrictPage, InitiativePage, Theme

pytestmark = pytest.mark.django_db


def test_bulk_seeded_initiatives_form_a_valid_tree_and_serve(client):
    tree = seed(initiatives=25, events=1, images=1)

    pages = InitiativePage.objects.live().child_of(tree["initiatives"])
    response = client.get(pages.get(slug="initiatief-7").url)
    listing = client.get(tree["initiatives"].url, {"page": 3})

    assert pages.count() == 25
    assert not any(Page.find_problems())
    assert tree["initiatives"].get_children().count() == 25
    assert response.status_code == 200
    assert "Initiatief 7: samen voor de buurt" in response.content.decode()
    assert listing.status_code == 200


def test_seeding_again_adds_after_the_last_child():
    tree = seed(initiatives=3, events=0, images=1)
    districts = list(DistrictPage.objects.all())
    themes = list(Theme.objects.all())

    add_initiatives(tree["initiatives"], 2, districts, themes, [None])

    slugs = [page.slug for page in tree["initiatives"].get_children()]
    assert not any(Page.find_problems())
    assert slugs == [f"initiatief-{number}" for number in range(1, 6)]
