"""A content version that changes whenever published content changes.

Cached fragments put the version in their key, so one bump on publish,
unpublish, move or delete invalidates all of them at once.
"""

from django.core.cache import cache

VERSION_KEY = "civic:content-version"


def content_version():
    """Returns the current content version."""
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    """Starts a new content version; connected to Wagtail's page signals."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
