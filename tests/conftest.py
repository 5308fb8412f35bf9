import pytest

from tests.utils import make_site_tree


@pytest.fixture
def tree(db):
    """A home page with the district, initiative and event indexes under it."""
    return make_site_tree()


@pytest.fixture(autouse=True)
def empty_cache():
    """Starts every test with an empty cache, so cached fragments never leak."""
    from django.core.cache import cache

    cache.clear()
