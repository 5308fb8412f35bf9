"""The plugin's settings, each with a default, read through ``civic_setting``."""

from django.conf import settings

DEFAULTS = {
    # Items per page on listing pages.
    "CIVIC_PAGE_SIZE": 12,
    # Upcoming events shown on a district page and on the home page.
    "CIVIC_UPCOMING_EVENTS": 5,
    # ISO 4217 code of the money at stake in Budget Games.
    "CIVIC_CURRENCY": "EUR",
    # Seconds an anonymous visitor's page stays cached; 0 turns the cache off.
    # Publishing ends it sooner; the timeout only bounds how long time-based
    # lists (upcoming events) may lag behind the clock.
    "CIVIC_PAGE_CACHE_SECONDS": 300,
    # Newest initiatives in a feed.
    "CIVIC_FEED_ITEMS": 30,
    # Map tiles: a Leaflet URL template and the attribution its licence asks.
    "CIVIC_MAP_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "CIVIC_MAP_ATTRIBUTION": (
        '&copy; <a href="https://www.openstreetmap.org/copyright">'
        "OpenStreetMap</a> contributors"
    ),
    # Highest zoom level the tile server offers.
    "CIVIC_MAP_MAX_ZOOM": 19,
    # Open Graph locale per language code, e.g. {"nl": "nl_BE"}.
    "CIVIC_OG_LOCALES": {},
}


def civic_setting(name):
    """Returns the project's value for ``name``, or the plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
