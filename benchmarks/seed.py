"""Fills a database with a showcase of many initiatives, quickly.

``Page.add_child`` costs tens of milliseconds a page; here the ``wagtailcore_page``
rows are bulk-inserted with the tree paths treebeard would have given them, the
``civic_initiativepage`` rows follow with one ``executemany``, and the tree is
checked with treebeard's own ``find_problems`` afterwards. The pages are live
but have no revisions and are not in the search index: enough to serve them.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from civic.models import InitiativePage, InitiativePageTag
from tests.utils import make_district, make_event, make_image, make_site_tree
from tests.utils import make_theme as make_theme_tag

DISTRICTS = ["Heule", "Marke", "Bissegem", "Bellegem", "Aalbeke", "Rollegem"]
THEMES = ["Vergroening", "Eenzaamheid", "Verkeersveiligheid", "Spelen", "Cultuur"]
STATUSES = [value for value, _label in InitiativePage.STATUS_CHOICES]


def seed(initiatives, events=30, images=12):
    """Builds the site tree with districts, events and ``initiatives`` pages."""
    tree = make_site_tree()
    districts = [make_district(tree["districts"], name) for name in DISTRICTS]
    themes = [make_theme_tag(name) for name in THEMES]
    pictures = [
        make_image(f"Foto {n}", colour=(20 * n, 90, 120)) for n in range(images)
    ]
    for number in range(events):
        make_event(tree["events"], district=districts[number % len(districts)])
    with transaction.atomic():
        add_initiatives(tree["initiatives"], initiatives, districts, themes, pictures)
    problems = Page.find_problems()
    if any(problems):
        raise RuntimeError(f"the page tree has problems: {problems}")
    return tree


def add_initiatives(index, count, districts, themes, pictures):
    """Adds ``count`` live initiatives under ``index`` in bulk."""
    index.refresh_from_db()  # treebeard reads numchild from the instance
    first = next_position(index)
    pages = [
        initiative(index, position, districts, pictures)
        for position in range(first, first + count)
    ]
    rows = Page.objects.bulk_create([page_row(page) for page in pages], batch_size=500)
    for page, row in zip(pages, rows, strict=True):
        page.page_ptr_id = page.pk = row.pk
    insert_specific_rows(pages)
    InitiativePageTag.objects.bulk_create(
        [
            InitiativePageTag(content_object_id=page.pk, tag=themes[n % len(themes)])
            for n, page in enumerate(pages)
        ],
        batch_size=1000,
    )
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    index.refresh_from_db()


def next_position(index):
    last = index.get_last_child()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


def initiative(index, number, districts, pictures):
    """Returns an unsaved initiative, the ``number``th child of ``index``."""
    now = timezone.now() - timezone.timedelta(minutes=number)
    slug = f"initiatief-{number}"
    image = pictures[number % len(pictures)] if number % 3 == 0 else None
    return InitiativePage(
        title=f"Initiatief {number}: samen voor de buurt",
        draft_title=f"Initiatief {number}: samen voor de buurt",
        slug=slug,
        path=Page._get_path(index.path, index.depth + 1, number),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        content_type=ContentType.objects.get_for_model(InitiativePage),
        locale_id=index.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        summary="Bewoners steken samen de handen uit de mouwen.",
        status=STATUSES[number % len(STATUSES)],
        district=districts[number % len(districts)],
        needs_volunteers=number % 2 == 0,
        latitude=50.80 + (number % 100) / 1000 if number % 2 else None,
        longitude=3.20 + (number % 100) / 1000 if number % 2 else None,
        image=image,
        image_alt="Een foto van het initiatief" if image else "",
        body=[("easy_read", {"text": "Wij helpen elkaar. Doe je mee?"})],
    )


def page_row(page):
    """Returns the ``Page`` holding the base-table fields of ``page``."""
    return Page(
        **{field.attname: getattr(page, field.attname) for field in page_fields()}
    )


def page_fields():
    return [field for field in Page._meta.concrete_fields if not field.primary_key]


def insert_specific_rows(pages):
    """Inserts the ``civic_initiativepage`` rows of ``pages`` (their ``Page``
    rows exist): Django's bulk_create refuses multi-table models.
    """
    fields = InitiativePage._meta.local_concrete_fields
    table = connection.ops.quote_name(InitiativePage._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    marks = ", ".join(["%s"] * len(fields))
    rows = [
        [
            field.get_db_prep_save(field.pre_save(page, True), connection)
            for field in fields
        ]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
