"""The budget library is plain Python: its tests need no Django setup."""

import pytest


@pytest.fixture(autouse=True)
def empty_cache():
    """Replace the project-wide cache reset, which would need Django settings."""
    yield
