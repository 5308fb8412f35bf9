"""``sitemap.xml``: every live page of the site in every language, each with
``hreflang`` alternates pointing at its translations.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as sitemap_view
from wagtail.models import Page


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap extended to the trees of the root page's translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        in_any_tree = Q(pk__in=[])
        for path in roots.values_list("path", flat=True):
            in_any_tree |= Q(path__startswith=path)
        pages = Page.objects.filter(in_any_tree).live().public()
        return pages.order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates(items)
        urls = []
        for item in items:
            for url in item.get_sitemap_urls(self.request):
                urls.append({**url, "alternates": alternates[item.translation_key]})
        return urls

    def alternates(self, items):
        """Returns {translation key: alternates} for ``items``, in one query.

        A page without a live translation gets no alternates.
        """
        keys = {item.translation_key for item in items}
        pages = Page.objects.filter(translation_key__in=keys).live().public()
        groups = defaultdict(list)
        for page in pages.select_related("locale").order_by("locale_id"):
            groups[page.translation_key].append(
                {
                    "location": page.get_full_url(self.request),
                    "lang_code": page.locale.language_code,
                }
            )
        return defaultdict(
            list, {key: group for key, group in groups.items() if len(group) > 1}
        )


def sitemap(request):
    """Serves ``sitemap.xml``; the page cache keeps it until content changes."""
    request.civic_cacheable_page = True
    return sitemap_view(request, sitemaps={"pages": TranslatedSitemap})
