"""Context shared by every template of the site."""

from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from civic.cache import content_version


def site_menu(request):
    """Returns the main menu: the live pages under the home page, in the active
    language, that editors marked "show in menus". Cached until content changes.
    """
    site = Site.find_for_request(request)
    if site is None:
        return {"site_menu": []}
    key = f"site-menu:{site.pk}:{get_language()}:{content_version()}"
    items = cache.get(key)
    if items is None:
        items = menu_items(request, site)
        cache.set(key, items, timeout=60 * 60)
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
