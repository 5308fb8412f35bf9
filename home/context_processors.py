"""Context shared by every template of the site."""

from wagtail.models import Locale, Site


def site_menu(request):
    """Returns the main menu: the live pages under the home page, in the active
    language, that editors marked "show in menus".
    """
    site = Site.find_for_request(request)
    if site is None:
        return {"site_menu": []}
    home = site.root_page.get_translation_or_none(Locale.get_active()) or site.root_page
    pages = home.get_children().live().in_menu().public()
    current = getattr(request, "path", "")
    return {
        "site_menu": [
            {
                "title": child.title,
                "url": child.get_url(request),
                "active": current.startswith(child.get_url(request) or "//"),
            }
            for child in pages
        ]
    }
