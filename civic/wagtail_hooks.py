"""Registers the plugin's admin screens with Wagtail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from civic.cache import mark_page_cacheable
from civic.models import BudgetGamePage, Theme

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


@hooks.register("register_admin_urls")
def register_budget_game_urls():
    """The Budget Game import view and its CSV templates."""
    from civic.budget_games import views

    return [
        path(
            "budget-games/<int:page_id>/import/",
            views.import_view,
            name="civic_budget_game_import",
        ),
        path(
            "budget-games/<int:page_id>/template/<str:kind>/",
            views.template_view,
            name="civic_budget_game_template",
        ),
    ]


@hooks.register("register_page_header_buttons")
def budget_game_import_button(page, user, view_name=None, next_url=None):
    """Offers the import next to a session's other actions."""
    if (
        isinstance(page.specific_deferred, BudgetGamePage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("Import from a file"),
            reverse("civic_budget_game_import", args=[page.pk]),
            icon_name="upload",
            priority=40,
        )
