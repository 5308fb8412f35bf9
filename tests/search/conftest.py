import contextlib
import os
import uuid

import pytest
from django.test import override_settings

from search.engines import DatabaseEngine, elasticsearch_engine
from tests.utils import (
    make_district,
    make_event,
    make_initiative,
    make_theme,
    translate,
)


@pytest.fixture(
    params=["database", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
)
def engine(request, db):
    """Each engine in turn; content made after this fixture reaches it."""
    if request.param == "database":
        yield DatabaseEngine()
    else:
        with elasticsearch_index() as es:
            yield es


@contextlib.contextmanager
def elasticsearch_index():
    """Points the search at ELASTICSEARCH_URL with an index of the test's own,
    deleted afterwards; skips the test when ELASTICSEARCH_URL is unset."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set")
    with override_settings(
        SEARCH_URL=f"elasticsearch+{url}",
        SEARCH_INDEX=f"search-test-{uuid.uuid4().hex[:10]}",
    ):
        es = elasticsearch_engine()
        es.ensure_index()
        try:
            yield es
        finally:
            for index in es.indexes():
                es.delete_index(index)


@pytest.fixture
def content(engine, tree):
    """Initiatives and events in two districts, some translated."""
    heule = make_district(tree["districts"], "Heule")
    marke = make_district(tree["districts"], "Marke")
    mobility = make_theme("Mobiliteit", name_fr="Mobilité", name_en="Mobility")
    green = make_theme("Vergroening", name_fr="Verdure", name_en="Greening")
    pages = {
        "bikes": make_initiative(
            tree["initiatives"],
            "Fietsherstel in de buurt",
            summary="Wij herstellen fietsen samen met de buren.",
            district=heule,
            themes=[mobility],
            status="under_way",
        ),
        "bike": make_initiative(
            tree["initiatives"],
            "Een fiets voor iedereen",
            summary="Een gedeelde fiets voor wie er geen heeft.",
            district=marke,
            themes=[mobility],
            kind="wish",
        ),
        "cafe": make_initiative(
            tree["initiatives"],
            "Café De Kring",
            summary="Elke vrijdag koffie en een babbel tegen eenzaamheid.",
            district=heule,
            themes=[green],
            status="realised",
        ),
        "playground": make_initiative(
            tree["initiatives"],
            "Nieuw speelplein",
            summary="Een speelplein naast de school.",
            district=marke,
            themes=[green],
        ),
        "market": make_event(
            tree["events"],
            "Fietsenmarkt",
            summary="Tweedehands fietsen kopen en verkopen.",
            district=heule,
        ),
    }
    for page in [heule, marke, *pages.values()]:
        publish(page)
    return {**tree, **pages, "heule": heule, "marke": marke, "engine": engine}


def publish(page):
    """Publishes ``page`` the way an editor does, which updates the index."""
    page.save_revision().publish()
    return page


def translate_tree(tree, language):
    """Translates the home and initiative index, so initiatives can follow."""
    translate(tree["home"], language, "Home")
    translate(tree["initiatives"], language, "Initiatives")
