from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from civic.cache import bump_content_version

        # The footer shows the statement these settings point to.
        post_save.connect(
            bump_content_version,
            sender=self.get_model("AccessibilitySettings"),
            dispatch_uid="home-accessibility-settings",
        )
