"""The language switcher and hreflang alternates lead to the same page."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from tests.utils import make_initiative, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiative(tree):
    for language in ("fr", "en"):
        translate(tree["home"], language, f"Accueil {language}")
        translate(tree["initiatives"], language, f"Initiatives {language}")
    page = make_initiative(tree["initiatives"], "Repair café")
    return page


def test_switcher_links_to_the_translation(client, initiative):
    french = translate(initiative, "fr", "Café réparation")

    html = client.get(initiative.url).content.decode()

    assert f'href="{french.url}" lang="fr"' in html
    assert (
        f'<link rel="alternate" hreflang="fr" href="http://testserver{french.url}">'
        in html
    )


def test_switcher_says_when_no_translation_exists(client, initiative, tree):
    english_home = tree["home"].get_translation(Locale.objects.get(language_code="en"))

    html = client.get(initiative.url).content.decode()

    assert f'href="{english_home.url}" lang="en"' in html
    assert "this page is not translated yet" in html
    assert 'hreflang="en" href="http://testserver' not in html


def test_untranslated_initiative_is_listed_in_dutch_on_french_index(
    client, initiative, tree
):
    french_index = tree["initiatives"].get_translation(
        Locale.objects.get(language_code="fr")
    )

    html = client.get(french_index.url).content.decode()

    assert "Repair café" in html
    assert '<li class="card" lang="nl">' in html
    with translation.override("fr"):
        assert translation.gettext("Not translated yet: shown in Dutch.") in html
