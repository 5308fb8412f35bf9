"""Turns the demo's data into concrete plans: texts filled in, dates fixed.

Planning draws from one seeded random generator in a fixed order, before the
database is looked at, so every run plans the same content whatever is
already there; the loader then creates only what is missing.
"""

import datetime
import json
import math
from dataclasses import dataclass, field

from django.utils.text import slugify

from kortrijk.demo.data.districts import DISTRICTS
from kortrijk.demo.data.events import EVENTS, ONLINE_ROOM, REGISTRATION
from kortrijk.demo.data.initiatives import (
    DESCRIBED_AUTHORS,
    FIRST_NAMES,
    STATUS_ENDINGS,
    TEMPLATES,
)
from kortrijk.demo.dates import (
    SUNDAY,
    at,
    clear_of_holidays,
    in_current_month,
    weekday_in_week,
)

NEEDS = ("volunteers", "material", "place", "money")
STATUSES = ("idea", "looking_for_help", "under_way", "realised", "paused", "stopped")
LANGUAGES = ("nl", "fr", "en")
DISTRICTS_BY_SLUG = {district.slug: district for district in DISTRICTS}


@dataclass
class InitiativePlan:
    """Everything needed to create one initiative and its translations."""

    slug: str
    key: tuple
    district: str
    kind: str
    status: str
    themes: tuple
    needs: dict
    location_name: str
    latitude: str
    longitude: str
    image: str
    texts: dict = field(default_factory=dict)
    first_published: datetime.datetime | None = None
    last_published: datetime.datetime | None = None


@dataclass
class EventPlan:
    """Everything needed to create one event and its translations."""

    slug: str
    fields: dict
    district: str
    themes: tuple
    related: tuple
    texts: dict = field(default_factory=dict)


def bare(place):
    """Returns a place name without its article, capitalised: "het dorpsplein
    van Aalbeke" becomes "Dorpsplein van Aalbeke".
    """
    for article in ("de ", "het "):
        if place.startswith(article):
            place = place[len(article) :]
    return place[:1].upper() + place[1:]


def place_values(district, language="nl"):
    """Returns the values of a district's placeholders in ``language``."""
    values = dict(district.places)
    values["name"] = district.title
    if language in district.translations:
        values["name"] = district.translations[language][0]
    for key in ("square", "green", "hall", "school"):
        values[f"{key}_place"] = bare(district.places[key])
    square = district.places["square"]
    values["square_cap"] = square[:1].upper() + square[1:]
    values["of_name"] = of_name(values["name"])
    return values


def of_name(name):
    """Returns the French "of" before a place name, elided before a vowel."""
    return f"d'{name}" if name[:1].lower() in "aeiouy" else f"de {name}"


def paragraphs(texts):
    """Returns the StreamField value of plain paragraphs."""
    return [("paragraph", f"<p>{text}</p>") for text in texts]


# Initiatives
def plan_initiatives(rng, now):
    """Returns an ``InitiativePlan`` for every template in each of its districts."""
    pairs = [(t, d) for t in TEMPLATES for d in t.districts]
    statuses = list(STATUSES) * (len(pairs) // len(STATUSES) + 1)
    rng.shuffle(statuses)
    plans = [
        plan_initiative(template, position, statuses.pop(), rng, now)
        for template in TEMPLATES
        for position, _slug in enumerate(template.districts)
    ]
    slugs = [plan.slug for plan in plans]
    assert len(slugs) == len(set(slugs)), "two initiatives would share a slug"
    return plans


def plan_initiative(template, position, status, rng, now):
    """Returns the plan of ``template`` set in its ``position``-th district."""
    district = DISTRICTS_BY_SLUG[template.districts[position]]
    values = place_values(district)
    author = pick_author(rng)
    plan = InitiativePlan(
        slug=slugify(template.title.format(**values)),
        key=(template.key, district.slug),
        district=district.slug,
        kind=template.kind,
        status=status,
        themes=template.themes,
        needs=plan_needs(template, status),
        location_name=template.location.format(**values),
        latitude=jitter(district.latitude, rng),
        longitude=jitter(district.longitude, rng),
        image=template.image,
    )
    plan.first_published, plan.last_published = publication_dates(rng, now)
    languages = ("nl",)
    if position < template.translated:
        languages = LANGUAGES
    for language in languages:
        plan.texts[language] = initiative_texts(
            template, district, language, status, author
        )
    return plan


def initiative_texts(template, district, language, status, author):
    """Returns the translatable fields of an initiative in ``language``."""
    values = place_values(district, language)
    source = vars(template) if language == "nl" else template.translations[language]
    body = [text.format(**values) for text in source["body"]]
    body.append(STATUS_ENDINGS[status][language])
    return {
        "title": source["title"].format(**values),
        "summary": source["summary"].format(**values),
        "body": paragraphs(body),
        "image_alt": source.get("image_alt", "") if template.image else "",
        "public_author": author.get(language, author["nl"]).format(**values),
    }


def plan_needs(template, status):
    """Returns the needs_* flags: nothing is needed once a project has ended."""
    needs = {f"needs_{need}": need in template.needs for need in NEEDS}
    if status in ("realised", "stopped"):
        return dict.fromkeys(needs, False)
    if status == "looking_for_help" and not any(needs.values()):
        needs["needs_volunteers"] = True
    return needs


def pick_author(rng):
    """Returns the public author per language: a first name or a description."""
    if rng.random() < 0.45:
        return {"nl": rng.choice(FIRST_NAMES)}
    return rng.choice(DESCRIBED_AUTHORS)


def jitter(coordinate, rng):
    """Returns ``coordinate`` moved a few hundred metres at most, as text."""
    return f"{float(coordinate) + rng.uniform(-0.004, 0.004):.6f}"


def publication_dates(rng, now):
    """Returns (first, last) publication moments within the past two years."""
    age = rng.uniform(21, 730)
    first = now - datetime.timedelta(days=age)
    last = first + datetime.timedelta(days=rng.uniform(0, min(age - 1, 200)))
    return first, last


# Events
def event_day(when, today):
    """Returns the date an event's ``when`` describes, seen from ``today``."""
    if when[0] == "this_month":
        return in_current_month(today, when[1])
    if when[0] == "sunday":
        return clear_of_holidays(weekday_in_week(today, when[1], SUNDAY))
    return clear_of_holidays(weekday_in_week(today, when[1], when[2]))


def plan_events(now):
    """Returns an ``EventPlan`` for every event of the demo."""
    return [plan_event(event, now) for event in EVENTS]


def plan_event(event, now):
    """Returns the plan of one event, with its start and end in Brussels."""
    day = event_day(event.when, now.date())
    (start_hour, start_minute), (end_hour, end_minute) = event.hours
    end = at(day, end_hour, end_minute)
    fields = {
        "event_type": event.event_type,
        "start": at(day, start_hour, start_minute),
        "end": end,
        "format": event.format,
        "address": event.address,
        "online_url": "",
        "registration_url": "",
        "capacity": event.capacity,
    }
    if event.format != "in_person":
        fields["online_url"] = ONLINE_ROOM.format(slug=event.slug)
    if event.registration:
        fields["registration_url"] = REGISTRATION.format(slug=event.slug)
    plan = EventPlan(event.slug, fields, event.district, event.themes, event.related)
    is_past = end < now
    plan.texts["nl"] = event_texts(vars(event), event, is_past)
    for language, texts in event.translations.items():
        plan.texts[language] = event_texts(texts, event, is_past)
    return plan


def event_texts(source, event, is_past):
    """Returns the translatable fields of an event; the outcome only once over."""
    return {
        "title": source["title"],
        "summary": source["summary"],
        "body": paragraphs(source["body"]),
        "place_name": source.get("place_name", event.place_name),
        "outcome": source.get("outcome", "") if is_past else "",
    }


# Districts
def visit_date(visit, today):
    """Returns the Sunday of a past visit."""
    return weekday_in_week(today, -visit.weeks_ago, SUNDAY)


def hexagon(latitude, longitude, radius_km):
    """Returns a rough hexagonal GeoJSON Polygon around a centre point."""
    lat, lon = float(latitude), float(longitude)
    dlat = radius_km / 111.32
    dlon = radius_km / (111.32 * math.cos(math.radians(lat)))
    ring = [
        [
            round(lon + dlon * math.cos(math.radians(60 * step)), 5),
            round(lat + dlat * math.sin(math.radians(60 * step)), 5),
        ]
        for step in range(6)
    ]
    return json.dumps({"type": "Polygon", "coordinates": [ring + [ring[0]]]})
