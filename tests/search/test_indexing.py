"""Index sync: Elasticsearch down, retries, fallback and zero-downtime rebuild."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from elastic_transport import ConnectionError as TransportConnectionError

from search.engines import DatabaseEngine, search
from search.models import PendingIndexUpdate, SearchDocument, SearchText
from search.types import SearchQuery
from tests.search.conftest import elasticsearch_index, publish
from tests.utils import make_initiative

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def engine(db):
    """Elasticsearch alone: these tests are about it."""
    with elasticsearch_index() as es:
        yield es


@pytest.fixture
def es(content):
    return content["engine"]


def es_down(engine):
    """Failure injection: every request to Elasticsearch fails to connect."""
    error = TransportConnectionError("connection refused")
    return mock.patch.object(
        engine.client.transport, "perform_request", side_effect=error
    )


def test_publishing_succeeds_while_elasticsearch_is_down(es, content):
    page = make_initiative(content["initiatives"], "Repair café")

    with es_down(es):
        publish(page)

    page.refresh_from_db()
    assert page.live
    assert PendingIndexUpdate.objects.filter(
        translation_key=page.translation_key
    ).exists()
    assert "Repair café" in {
        h.title for h in DatabaseEngine().search(SearchQuery(text="repair")).hits
    }


def test_missed_updates_reach_elasticsearch_once_it_is_back(es, content):
    page = make_initiative(content["initiatives"], "Repair café")
    with es_down(es):
        publish(page)

    call_command("rebuild_search_index", "--pending")

    assert not PendingIndexUpdate.objects.exists()
    assert [h.title for h in es.search(SearchQuery(text="repair")).hits] == [
        "Repair café"
    ]


def test_the_next_publish_also_sends_missed_updates(es, content):
    first = make_initiative(content["initiatives"], "Repair café")
    with es_down(es):
        publish(first)

    publish(make_initiative(content["initiatives"], "Repair atelier"))

    found = {h.title for h in es.search(SearchQuery(text="repair")).hits}
    assert found == {"Repair café", "Repair atelier"}


def test_search_falls_back_to_the_database_when_elasticsearch_fails(
    es, content, client
):
    with es_down(es):
        response = client.get("/nl/search/", {"q": "fietsen"})

    assert response.status_code == 200
    assert response.context["results"].fallback
    assert response.context["results"].total == 3
    with translation.override("nl"):
        notice = gettext(
            "Search is running in a simpler mode for a moment: results may be "
            "less complete than usual."
        )
    assert notice in response.content.decode()


def test_autocomplete_falls_back_to_the_database(es, content, client):
    with es_down(es):
        response = client.get("/nl/search/suggest/", {"q": "speel"})

    assert [s["title"] for s in response.json()["suggestions"]] == ["Nieuw speelplein"]


def test_rebuild_switches_the_alias_to_a_new_index(es, content):
    before = es.indexes()

    call_command("rebuild_search_index", stderr=io.StringIO(), stdout=io.StringIO())

    after = es.indexes()
    assert len(after) == 1 and after != before
    assert not es.client.indices.exists(index=before[0])
    count = es.client.count(index=es.alias)["count"]
    assert count == SearchText.objects.count()  # one document a page text


def test_rebuild_drops_documents_of_pages_gone_without_a_signal(es, content):
    SearchDocument.objects.filter(title="Nieuw speelplein").update(title="Oud")
    type(content["playground"]).objects.filter(pk=content["playground"].pk).update(
        live=False
    )

    call_command("rebuild_search_index", stderr=io.StringIO(), stdout=io.StringIO())

    assert not SearchDocument.objects.filter(
        title__in=["Oud", "Nieuw speelplein"]
    ).exists()
    assert es.search(SearchQuery(text="speelplein")).total == 0


def test_searches_go_to_elasticsearch_when_configured(es, content):
    with mock.patch.object(DatabaseEngine, "search") as database_search:
        results = search(SearchQuery(text="fietsen"))

    database_search.assert_not_called()
    assert results.total == 3 and not results.fallback


def test_python_terms_match_the_elasticsearch_analysers(es, content):
    from search.text import terms

    text = "Fietsen fiets fietsers plaatsen Café vélo élèves Children running"
    for language, extra in (("nl", ""), ("fr", " l'école qu'il"), ("en", "")):
        analysed = es.client.indices.analyze(
            index=es.alias, analyzer=f"civic_{language}", text=text + extra
        )

        assert [t["token"] for t in analysed["tokens"]] == terms(text + extra, language)
