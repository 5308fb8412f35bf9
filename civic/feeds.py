"""RSS and Atom feeds of new initiatives: of all, of a district, of a theme.

Pages serve them through their own routes (``feed/`` and ``feed/atom/``), so a
feed lives under the page it follows, in that page's language.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from civic.conf import civic_setting

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


@dataclass
class FeedSubject:
    """What one feed follows: its title, the page it mirrors, its initiatives."""

    title: str
    link: str
    pages: QuerySet


class InitiativeFeed(Feed):
    """The newest initiatives of a ``FeedSubject``, newest first."""

    def __init__(self, feed_type):
        self.feed_type = feed_type

    def get_object(self, request, subject):
        self.request = request
        return subject

    def title(self, subject):
        return str(subject.title)

    def link(self, subject):
        return subject.link

    def description(self, subject):
        return str(_("Initiatives and wishes of residents, newest first."))

    subtitle = description

    def items(self, subject):
        from civic.models import InitiativePage

        pages = subject.pages.order_by("-first_published_at", "-pk")
        return InitiativePage.for_listing(pages)[: civic_setting("CIVIC_FEED_ITEMS")]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        return [theme.label() for theme in page.themes.all()]


def serve_feed(request, subject, feed_format):
    """Returns the feed of ``subject`` in ``feed_format`` ("rss" or "atom").

    Raises:
        Http404: for any other format.
    """
    feed_type = FEED_TYPES.get(feed_format)
    if feed_type is None:
        raise Http404(_("This feed format is not available."))
    return InitiativeFeed(feed_type)(request, subject=subject)
