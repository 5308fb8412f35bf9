from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CivicConfig(AppConfig):
    name = "civic"
    verbose_name = _("Civic showcase")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from civic.cache import bump_content_version
        from civic.models.budget_games import (
            BudgetGamePage,
            delete_orphan_ballots,
            publish_ballots,
        )

        # Connected first, so that the caches are emptied once a session's
        # imported ballots are the public ones.
        page_published.connect(
            publish_ballots,
            sender=BudgetGamePage,
            dispatch_uid="civic-budget-game-publish-ballots",
        )
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(bump_content_version, dispatch_uid=f"civic-{signal!r}")
        post_delete.connect(
            bump_content_version, sender=Page, dispatch_uid="civic-page-delete"
        )
        # A section made private must leave every cached page and listing.
        for signal in (post_save, post_delete):
            uid = f"civic-restriction-{signal!r}"
            signal.connect(
                bump_content_version, sender=PageViewRestriction, dispatch_uid=uid
            )

        post_delete.connect(
            delete_orphan_ballots,
            sender=BudgetGamePage,
            dispatch_uid="civic-budget-game-ballots",
        )

        # Theme labels show on every listing.
        theme = self.get_model("Theme")
        for signal in (post_save, post_delete):
            uid = f"civic-theme-{signal!r}"
            signal.connect(bump_content_version, sender=theme, dispatch_uid=uid)
