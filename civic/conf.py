"""The plugin's settings, each with a default, read through ``civic_setting``."""

from django.conf import settings

DEFAULTS = {
    # Items per page on listing pages.
    "CIVIC_PAGE_SIZE": 12,
    # Upcoming events shown on a district page and on the home page.
    "CIVIC_UPCOMING_EVENTS": 5,
    # ISO 4217 code of the money at stake in Budget Games.
    "CIVIC_CURRENCY": "EUR",
}


def civic_setting(name):
    """Returns the project's value for ``name``, or the plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
