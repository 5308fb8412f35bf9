"""The .ics downloads and iCal feeds parse back and point at the event pages."""

import datetime

import pytest
from icalendar import Calendar

from tests.utils import brussels, make_district, make_event

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_parses_back_with_url_and_brussels_time(client, tree):
    event = make_event(
        tree["events"], "Buurtfeest", start=brussels(2030, 7, 1, 14), hours=3
    )

    calendar = parse(client.get(event.url + "ics/"))

    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Buurtfeest"
    assert str(vevent["URL"]) == "http://testserver" + event.url
    start = vevent.decoded("DTSTART")
    assert start == datetime.datetime(2030, 7, 1, 12, tzinfo=datetime.UTC)
    assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=3)


def test_uid_is_stable_across_edits(client, tree):
    event = make_event(tree["events"], "Vergadering")
    before = parse(client.get(event.url + "ics/")).walk("VEVENT")[0]["UID"]

    event.title = "Vergadering (nieuw uur)"
    event.start = brussels(2030, 8, 1, 19)
    event.end = brussels(2030, 8, 1, 21)
    event.save()
    after = parse(client.get(event.url + "ics/")).walk("VEVENT")[0]["UID"]

    assert before == after
    assert str(after).startswith(str(event.translation_key))


def test_district_feed_holds_only_its_events(client, tree):
    heule = make_district(tree["districts"], "Heule")
    marke = make_district(tree["districts"], "Marke")
    make_event(tree["events"], "In Heule", district=heule)
    make_event(tree["events"], "In Marke", district=marke)

    calendar = parse(client.get(heule.url + "calendar/"))

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["In Heule"]


def test_all_events_feed_leaves_out_events_older_than_a_year(client, tree):
    make_event(tree["events"], "Volgende week", start=brussels(2030, 1, 1, 10))
    make_event(tree["events"], "Lang geleden", start=brussels(2001, 1, 1, 10))

    calendar = parse(client.get(tree["events"].url + "calendar/"))

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Volgende week"]
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Brussels"


def test_event_page_shows_brussels_time(client, tree):
    event = make_event(tree["events"], "Zondagbezoek", start=brussels(2030, 3, 3, 10))

    html = client.get(event.url).content.decode()

    assert "10:00" in html
    assert 'href="' + event.url + 'ics/"' in html
