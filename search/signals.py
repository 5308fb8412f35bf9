"""Page events that change what the public search may find."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .tasks import update_search_index


def enqueue(keys) -> None:
    keys = sorted({str(key) for key in keys})
    if keys:
        update_search_index.enqueue(keys)


def page_changed(sender, instance, **kwargs):
    """Published, unpublished or deleted: the page's translations change too
    (a French visitor sees the Dutch page until the French one is live)."""
    enqueue([instance.translation_key])


def subtree_changed(sender, instance, **kwargs):
    """Moved: the URLs of the page and everything below it change."""
    enqueue(subtree_keys(instance))


def restriction_changed(sender, instance, **kwargs):
    """A view restriction hides, or shows, a whole branch."""
    enqueue(subtree_keys(instance.page))


def subtree_keys(page):
    pages = Page.objects.descendant_of(page, inclusive=True)
    return pages.values_list("translation_key", flat=True)


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="search-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-unpublished")
    post_delete.connect(page_changed, sender=Page, dispatch_uid="search-deleted")
    post_page_move.connect(subtree_changed, dispatch_uid="search-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal!r}",
        )
