"""The home page shows featured initiatives, events, districts and counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from civic.models import InitiativePage
from home.models import HomePageFeaturedInitiative
from tests.utils import brussels, make_district, make_event, make_initiative

pytestmark = pytest.mark.django_db


def test_home_page_counts_initiatives_per_status(client, tree):
    make_initiative(tree["initiatives"], status="realised")
    make_initiative(tree["initiatives"], status="realised")
    make_initiative(tree["initiatives"], status="idea")
    draft = make_initiative(tree["initiatives"], status="realised")
    draft.unpublish()

    response = client.get(tree["home"].url)

    statuses = [status for status, _label in InitiativePage.STATUS_CHOICES]
    counts = [count for _label, count in response.context["status_counts"]]
    counts = dict(zip(statuses, counts, strict=True))
    assert counts["realised"] == 2
    assert counts["idea"] == 1
    assert counts["stopped"] == 0


def test_home_page_shows_featured_in_editor_order(client, tree):
    first = make_initiative(tree["initiatives"], "Eerste")
    second = make_initiative(tree["initiatives"], "Tweede")
    home = tree["home"]
    for position, initiative in enumerate((second, first)):
        HomePageFeaturedInitiative.objects.create(
            page=home, initiative=initiative, sort_order=position
        )

    response = client.get(home.url)

    assert [page.title for page in response.context["featured"]] == ["Tweede", "Eerste"]


def test_home_page_lists_upcoming_events_and_districts(client, tree):
    make_district(tree["districts"], "Rollegem")
    make_event(tree["events"], "Straks", start=brussels(2031, 1, 1, 10))
    make_event(tree["events"], "Voorbij", start=brussels(2001, 1, 1, 10))

    response = client.get(tree["home"].url)

    assert [page.title for page in response.context["events"]] == ["Straks"]
    assert [page.title for page in response.context["districts"]] == ["Rollegem"]


def test_home_page_query_count_is_bounded(client, tree):
    district = make_district(tree["districts"], "Heule")
    for _number in range(6):
        initiative = make_initiative(tree["initiatives"], district=district)
        HomePageFeaturedInitiative.objects.create(
            page=tree["home"], initiative=initiative
        )
        make_event(tree["events"], district=district)
    client.get(tree["home"].url)

    with CaptureQueriesContext(connection) as queries:
        client.get(tree["home"].url)

    assert len(queries) <= 20


def test_home_page_counts_follow_publishing(client, tree):
    make_initiative(tree["initiatives"], status="realised")
    client.get(tree["home"].url)

    make_initiative(tree["initiatives"], status="realised").save_revision().publish()
    response = client.get(tree["home"].url)

    counts = dict(response.context["status_counts"])
    assert counts[dict(InitiativePage.STATUS_CHOICES)["realised"]] == 2
