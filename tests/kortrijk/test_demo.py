"""The demo command loads a realistic showcase, and a second run changes nothing."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.models import Page, Revision

from civic.models import DistrictPage, EventPage, InitiativePage, Theme

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "themes": Theme.objects.count(),
        "users": list(User.objects.order_by("pk").values_list("username", "password")),
        "live": list(Page.objects.live().order_by("pk").values_list("pk", "title")),
    }


@pytest.fixture
def loaded(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_demo_loads_districts_initiatives_and_events(loaded, client):
    assert DistrictPage.objects.filter(locale__language_code="nl").count() >= 8
    assert InitiativePage.objects.filter(locale__language_code="nl").count() >= 50
    assert EventPage.objects.filter(locale__language_code="nl").count() >= 15
    assert set(
        InitiativePage.objects.values_list("locale__language_code", flat=True)
    ) == {"nl", "fr", "en"}
    assert client.get("/nl/").status_code == 200
    assert client.get("/fr/").status_code == 200


def test_second_run_changes_nothing_and_shows_no_password(loaded):
    before = snapshot()
    second, if_empty = io.StringIO(), io.StringIO()

    call_command("load_demo", stdout=second)
    call_command("load_demo", "--if-empty", stdout=if_empty)

    assert snapshot() == before
    assert "password" in loaded
    assert "password" not in second.getvalue() + if_empty.getvalue()


def test_demo_budget_games_show_results_and_follow_up_in_three_languages(
    loaded, client
):
    from civic.models import BudgetGamePage

    games = BudgetGamePage.objects.select_related("locale")

    assert games.count() == 6
    for game in games:
        html = client.get(game.url).content.decode()
        assert '<svg role="img"' in html, game.url
        assert "result-summary" in html and "follow-up" in html
    heule = games.get(slug="budget-game-heule-2025", locale__language_code="nl")
    assert heule.options.count() == 30 and heule.tables.count() == 8
    assert client.get(heule.district.url).content.decode().count(heule.title) >= 1
