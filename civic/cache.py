"""A content version that changes whenever published content changes, and the
page cache built on it.

Cached pages put the version in their key, so one bump on publish, unpublish,
move or delete (or a change of theme) invalidates all of them at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import has_vary_header
from django.utils.translation import get_language

from civic.conf import civic_setting

VERSION_KEY = "civic:content-version"
# Longer query strings are served but not cached, to bound the key space.
MAX_CACHED_QUERY = 200


def content_version():
    """Returns the current content version."""
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version(**kwargs):
    """Starts a new content version; connected to Wagtail's page signals."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def cached(name, build, *parts, timeout=60 * 60):
    """Returns ``build()``, cached per ``parts`` and active language until
    content changes: a fragment shared by many pages (menus, filter choices).
    """
    key = ":".join(
        ["civic", name, str(content_version()), get_language() or "", *map(str, parts)]
    )
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Lets the page cache keep this response; a ``before_serve_page`` hook."""
    request.civic_cacheable_page = True


def page_cache_key(request):
    """Returns the cache key of an anonymous GET request, or None when the
    request must not be answered from the cache.
    """
    if request.method not in ("GET", "HEAD") or not civic_setting(
        "CIVIC_PAGE_CACHE_SECONDS"
    ):
        return None
    query = request.META.get("QUERY_STRING", "")
    if settings.SESSION_COOKIE_NAME in request.COOKIES or len(query) > MAX_CACHED_QUERY:
        return None
    address = f"{request.get_host()}{request.path}?{query}".encode()
    digest = hashlib.md5(address, usedforsecurity=False).hexdigest()
    return f"civic:page:{content_version()}:{get_language()}:{digest}"


def is_cacheable(request, response):
    """Returns whether ``response`` is the same for every anonymous visitor."""
    return (
        getattr(request, "civic_cacheable_page", False)
        and request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and "private" not in response.get("Cache-Control", "")
    )


class PageCacheMiddleware:
    """Serves Wagtail pages to anonymous visitors from the cache.

    Place it after ``LocaleMiddleware`` (the key holds the active language) and
    before ``CsrfViewMiddleware``, so that a page which set a CSRF cookie or
    varies on cookies is seen as such and never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_cache_key(request)
        if key is None:
            return self.get_response(request)
        response = cache.get(key)
        if response is None:
            response = self.get_response(request)
            if is_cacheable(request, response):
                timeout = civic_setting("CIVIC_PAGE_CACHE_SECONDS")
                cache.set(key, response, timeout)
        return response
