"""Settings for the Leaflet maps of district pages and the initiative index.

The map only enhances a page: the same places are always listed as text, and
without JavaScript (or tiles) the list is all there is.
"""

import json

from django.utils.translation import gettext

from civic.conf import civic_setting


def map_config(request, places, boundary=""):
    """Returns what ``static/civic/js/map.js`` needs to draw one map."""
    return {
        "tiles": civic_setting("CIVIC_MAP_TILE_URL"),
        "attribution": civic_setting("CIVIC_MAP_ATTRIBUTION"),
        "maxZoom": civic_setting("CIVIC_MAP_MAX_ZOOM"),
        "boundary": json.loads(boundary) if boundary else None,
        "markers": [
            marker(place, request) for place in places if place.latitude is not None
        ],
        "labels": {"zoomIn": gettext("Zoom in"), "zoomOut": gettext("Zoom out")},
    }


def marker(page, request):
    """Returns the marker of a page with ``latitude`` and ``longitude``."""
    return {
        "lat": float(page.latitude),
        "lng": float(page.longitude),
        "title": page.title,
        "url": page.get_url(request),
    }
