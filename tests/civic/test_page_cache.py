"""Anonymous visitors get cached pages, per language, until content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils import make_initiative, make_theme, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.CIVIC_PAGE_CACHE_SECONDS = 60


def queries_of(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_second_visit_is_served_without_a_query(client, tree):
    make_initiative(tree["initiatives"], "Geveltuinen")
    first, _html = queries_of(client, tree["initiatives"].url)

    second, html = queries_of(client, tree["initiatives"].url)

    assert first > 5
    assert second == 0
    assert "Geveltuinen" in html


def test_publishing_a_page_shows_at_once(client, tree):
    initiative = make_initiative(tree["initiatives"], "Geveltuinen")
    client.get(tree["initiatives"].url)

    initiative.title = "Geveltuinen in bloei"
    initiative.save_revision().publish()
    _queries, html = queries_of(client, tree["initiatives"].url)

    assert "Geveltuinen in bloei" in html


def test_unpublishing_removes_the_page_from_cached_lists(client, tree):
    initiative = make_initiative(tree["initiatives"], "Geveltuinen")
    client.get(tree["initiatives"].url)

    initiative.unpublish()
    _queries, html = queries_of(client, tree["initiatives"].url)

    assert "Geveltuinen" not in html


def test_renaming_a_theme_shows_at_once(client, tree):
    theme = make_theme("Groen")
    make_initiative(tree["initiatives"], themes=[theme])
    client.get(tree["initiatives"].url)

    theme.name = "Vergroening"
    theme.save()
    _queries, html = queries_of(client, tree["initiatives"].url)

    assert "Vergroening" in html


def test_each_language_and_query_string_is_cached_apart(client, tree):
    french_home = translate(tree["home"], "fr", "Accueil")
    make_initiative(tree["initiatives"], "Speelstraat", kind="wish")
    make_initiative(tree["initiatives"], "Repair café")
    client.get(tree["home"].url)
    client.get(tree["initiatives"].url)

    _queries, french = queries_of(client, french_home.url)
    _queries, wishes = queries_of(client, tree["initiatives"].url + "?kind=wish")

    assert '<html lang="fr">' in french and "Accueil" in french
    assert "Speelstraat" in wishes and "Repair café" not in wishes


def test_logged_in_editor_bypasses_the_cache(client, tree, django_user_model):
    client.get(tree["home"].url)
    editor = django_user_model.objects.create_superuser("editor", "", "pw")
    client.force_login(editor)

    queries, html = queries_of(client, tree["home"].url)

    assert queries > 0
    assert "wagtail-userbar" in html


def test_not_found_is_not_cached(client, tree):
    client.get(tree["home"].url + "nergens/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get(tree["home"].url + "nergens/")

    assert response.status_code == 404
    assert len(queries) > 0


def test_cache_can_be_turned_off(client, tree, settings):
    settings.CIVIC_PAGE_CACHE_SECONDS = 0
    client.get(tree["home"].url)

    queries, _html = queries_of(client, tree["home"].url)

    assert queries > 0


def test_a_section_made_private_leaves_the_cached_listing_at_once(client, tree):
    from wagtail.models import PageViewRestriction

    make_initiative(tree["initiatives"], "Openbaar")
    hidden = make_initiative(tree["initiatives"], "Besloten")
    _queries, before = queries_of(client, tree["initiatives"].url)

    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    _queries, after = queries_of(client, tree["initiatives"].url)

    assert "Besloten" in before
    assert "Besloten" not in after and "Openbaar" in after
