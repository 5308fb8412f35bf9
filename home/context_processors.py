"""Context shared by every template of the site."""

from django.utils.translation import get_language
from wagtail.models import Page, Site

from civic.cache import cached
from home.models import AccessibilitySettings


def cached_for_site(request, name, build):
    """Returns ``build(request, site)`` for the request's site and language,
    cached until content changes; None without a site.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    return cached(name, lambda: build(request, site), site.pk)


def site_menu(request):
    """Returns the main menu: the live pages under the home page, in the active
    language, that editors marked "show in menus". Cached until content changes.
    """
    items = cached_for_site(request, "site-menu", menu_items) or []
    current = request.path
    return {
        "site_menu": [
            {**item, "active": current.startswith(item["url"] or "//")}
            for item in items
        ]
    }


def menu_items(request, site):
    """Returns the title and URL of each page in the site's main menu."""
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    homes = Page.objects.filter(translation_key__in=root_key)
    home = homes.filter(locale__language_code=get_language()).first()
    if home is None:
        return []
    pages = home.get_children().live().in_menu().public()
    return [{"title": page.title, "url": page.get_url(request)} for page in pages]


def footer_links(request):
    """Returns the URL of the accessibility statement in the active language."""
    links = cached_for_site(request, "footer-links", statement_link) or {}
    return {"footer_links": links}


def statement_link(request, site):
    """Returns {"statement": its URL in the active language, or ""}.

    Reads the settings without ``for_site``, which would write a row from a
    public request (and so start a new content version).
    """
    found = AccessibilitySettings.objects.filter(site=site).select_related("statement")
    statement = getattr(found.first(), "statement", None)
    if statement is None or not statement.live:
        return {"statement": ""}
    return {"statement": statement.localized.get_url(request)}
