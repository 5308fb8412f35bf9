"""Registers the plugin's admin screens with Wagtail."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from civic.cache import mark_page_cacheable
from civic.models import Theme

hooks.register("before_serve_page", mark_page_cacheable)


class ThemeViewSet(SnippetViewSet):
    """The curated list of themes editors pick from."""

    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "name_fr", "name_en", "slug"]
    search_fields = ["name", "name_fr", "name_en"]


register_snippet(ThemeViewSet)
