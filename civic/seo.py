"""What search engines and link previews read: descriptions, Open Graph and
schema.org data.
"""

import json

from django.utils import timezone
from django.utils.text import Truncator

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    "in_person": "OfflineEventAttendanceMode",
    "online": "OnlineEventAttendanceMode",
    "hybrid": "MixedEventAttendanceMode",
}
# Characters that would end or confuse a <script> element, as JSON escapes.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def page_description(page):
    """Returns the page's search description, else its summary or introduction,
    at most 300 characters; "" when it has none.
    """
    for name in ("search_description", "summary", "introduction"):
        text = getattr(page, name, "")
        if text:
            return Truncator(text).chars(300)
    return ""


def json_for_script(data):
    """Returns ``data`` as JSON that is safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)


def event_structured_data(page, request):
    """Returns the schema.org ``Event`` of an ``EventPage``."""
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + ATTENDANCE_MODES[page.format],
        "location": event_locations(page),
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }
    if page.capacity:
        data["maximumAttendeeCapacity"] = page.capacity
    return data


def event_locations(page):
    """Returns the schema.org places of an event: a venue, a link, or both."""
    locations = []
    if page.place_name or page.address:
        locations.append(
            {
                "@type": "Place",
                "name": page.place_name or page.address,
                "address": page.address or page.place_name,
            }
        )
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    return locations
