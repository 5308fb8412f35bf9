"""Middleware of the Kortrijk project."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_from_path


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's ``LocaleMiddleware``, except that a 404 from a view outside the
    language prefixes (the API, the sitemap) stays a 404.

    Django redirects a 404 without a language prefix to ``/nl/<path>`` when that
    path resolves, and Wagtail's catch-all page route resolves every path, so
    ``/api/v2/initiatives/999/`` would become a redirect to a page that does not
    exist. A request that reached a view got its answer; only a path that
    matched nothing is worth retrying under a language prefix.
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and request.resolver_match is not None
            and not get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
