"""Wagtail's own admin search runs on the matching Wagtail Elasticsearch backend."""

import os
import uuid

import pytest
from django.core.management import call_command
from elasticsearch import Elasticsearch

from tests.utils import make_initiative

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture
def wagtail_on_elasticsearch(settings):
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set")
    prefix = f"search-test-wagtail-{uuid.uuid4().hex[:8]}-"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
        }
    }
    yield
    Elasticsearch(url).indices.delete(index=f"{prefix}*", ignore_unavailable=True)


def test_admin_page_search_finds_pages(wagtail_on_elasticsearch, tree, admin_client):
    make_initiative(tree["initiatives"], "Fietsherstel in Heule")
    call_command("update_index", verbosity=0)

    response = admin_client.get("/admin/pages/search/", {"q": "fietsherstel"})

    assert response.status_code == 200
    assert "Fietsherstel in Heule" in response.content.decode()
