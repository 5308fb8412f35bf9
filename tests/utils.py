"""Helpers that build small page trees for tests."""

import datetime
import io
import itertools
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from civic.models import (
    DistrictIndexPage,
    DistrictPage,
    EventIndexPage,
    EventPage,
    InitiativeIndexPage,
    InitiativePage,
    Theme,
)
from home.models import HomePage

BRUSSELS = ZoneInfo("Europe/Brussels")
_numbers = itertools.count(1)


def add_page(parent, page):
    """Adds ``page`` under ``parent`` as a live page and returns it."""
    if not page.slug:
        page.slug = f"{slugify(page.title)}-{next(_numbers)}"
    parent.add_child(instance=page)
    return page


def make_locales():
    """Returns the nl, fr and en locales, creating fr and en."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("nl", "fr", "en")
    }


def make_site_tree():
    """Returns a dict with a home page set as the default site and the three
    index pages under it.
    """
    make_locales()
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Kortrijk doet mee", slug="home-test")
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home},
    )
    return {
        "home": home,
        "districts": add_page(home, DistrictIndexPage(title="Wijken", slug="wijken")),
        "initiatives": add_page(
            home, InitiativeIndexPage(title="Initiatieven", slug="initiatieven")
        ),
        "events": add_page(
            home, EventIndexPage(title="Activiteiten", slug="activiteiten")
        ),
    }


def make_district(index, title="Heule", **fields):
    fields.setdefault("introduction", f"Over {title}.")
    return add_page(index, DistrictPage(title=title, slug=slugify(title), **fields))


def make_theme(name="Vergroening", **fields):
    theme, _created = Theme.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, **fields}
    )
    return theme


def make_initiative(index, title=None, themes=(), **fields):
    fields.setdefault("summary", "Een initiatief van bewoners.")
    page = InitiativePage(title=title or f"Initiatief {next(_numbers)}", **fields)
    for theme in themes:
        page.themes.add(theme)
    return add_page(index, page)


def brussels(*args):
    """Returns an aware datetime in Europe/Brussels."""
    return datetime.datetime(*args, tzinfo=BRUSSELS)


def make_event(index, title=None, start=None, hours=2, themes=(), **fields):
    start = start or brussels(2030, 5, 5, 10, 0)
    fields.setdefault("summary", "Kom langs.")
    fields.setdefault("place_name", "Buurthuis")
    page = EventPage(
        title=title or f"Activiteit {next(_numbers)}",
        start=start,
        end=start + datetime.timedelta(hours=hours),
        **fields,
    )
    for theme in themes:
        page.themes.add(theme)
    return add_page(index, page)


def translate(page, language_code, title, **fields):
    """Returns a live translation of ``page`` (its parent must be translated),
    with ``title`` and any other translated ``fields``.
    """
    locale = Locale.objects.get(language_code=language_code)
    copy = page.copy_for_translation(locale)
    copy.title = title
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.live = True
    copy.save()
    return copy


def make_image(title="Foto", colour=(40, 120, 90), size=(960, 640)):
    """Returns a stored Wagtail image: a plain PNG of ``colour``."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(buffer, "PNG")
    file = ImageFile(buffer, name=f"{slugify(title)}.png")
    return Image.objects.create(title=title, file=file)
