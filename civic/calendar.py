"""iCalendar output: one ``.ics`` per event, and feeds of many events."""

import logging

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

logger = logging.getLogger("civic.calendar")

# Events older than this many days are left out of the feeds.
FEED_HISTORY_DAYS = 365


def event_uid(page, request):
    """Returns a UID that stays the same across edits, moves and translations."""
    return f"{page.translation_key}-{page.locale.language_code}@{request.get_host()}"


def build_event(page, request):
    """Returns the VEVENT of one ``EventPage``."""
    event = Event()
    event.add("uid", event_uid(page, request))
    event.add("summary", page.title)
    event.add("description", page.summary)
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("url", page.get_full_url(request))
    location = ", ".join(part for part in (page.place_name, page.address) if part)
    if location or page.online_url:
        event.add("location", vText(location or page.online_url))
    return event


def build_calendar(events, request, name):
    """Returns a Calendar of ``events`` (EventPages) named ``name``."""
    calendar = Calendar()
    calendar.add("prodid", "-//civic showcase//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_current_timezone_name())
    for page in events:
        calendar.add_component(build_event(page, request))
    return calendar


def calendar_response(request, events, filename, name, *, feed=True):
    """Returns an HTTP response with ``events`` as a ``text/calendar`` download.

    A feed (``feed=True``) leaves out events that ended over a year ago.
    """
    if feed:
        horizon = timezone.now() - timezone.timedelta(days=FEED_HISTORY_DAYS)
        events = events.filter(end__gte=horizon)
    events = events.select_related("locale").order_by("start")
    calendar = build_calendar(events, request, str(name))
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
