"""Page tree helpers: find a page by slug, add and publish it, translate it.

Every page is published through a revision, as an editor would, so the search
index, the reference index and the audit log follow.
"""

import logging

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Revision

logger = logging.getLogger("kortrijk.demo")


def find_child(parent, model, slug):
    """Returns the ``model`` page with ``slug`` under ``parent``, or None."""
    return model.objects.child_of(parent).filter(slug=slug).first()


def publish(page):
    """Publishes ``page`` through a new revision; returns it fresh from the
    database (publishing works on a copy, so ``page`` itself is stale).
    """
    # Publishing saves the revision's copy of the page, tree fields included:
    # reload them, or children added since ``page`` was loaded (for example by
    # copy_for_translation, under the translated parent) would be lost from
    # ``numchild``, and treebeard would then take the page for a leaf.
    page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    revision = page.save_revision()
    revision.publish()
    return type(page).objects.get(pk=page.pk)


def add_published_child(parent, page):
    """Adds ``page`` under ``parent`` as a draft, then publishes it."""
    page.live = False
    parent.add_child(instance=page)
    logger.debug("Created %s %r (id %s)", type(page).__name__, page.slug, page.pk)
    return publish(page)


def backdate(page, first_published, last_published):
    """Sets when ``page`` was first and last published, without a revision, so
    listings ordered by date look like two years of history.
    """
    Page.objects.filter(pk=page.pk).update(
        first_published_at=first_published,
        last_published_at=last_published,
        latest_revision_created_at=last_published,
    )
    Revision.objects.filter(pk=page.live_revision_id).update(created_at=last_published)


def translate(page, locale, fields, slug=""):
    """Returns the translation of ``page`` into ``locale`` and whether it was
    created now: an existing translation is returned untouched.

    A new one is copied with Wagtail's ``copy_for_translation`` (its parent
    must be translated already), given ``fields`` and, if given, its own
    ``slug``, then published.
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False

    copy = page.copy_for_translation(locale, copy_parents=False, alias=False)
    for name, value in fields.items():
        setattr(copy, name, value)
    if slug:
        copy.slug = find_available_slug(
            copy.get_parent(), slugify(slug), ignore_page_id=copy.pk
        )
    logger.debug("Translated %r into %s (id %s)", page.slug, locale, copy.pk)
    return publish(copy), True
