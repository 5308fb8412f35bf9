from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubmissionsConfig(AppConfig):
    name = "civic.submissions"
    label = "civic_submissions"
    verbose_name = _("Citizen submissions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signals

        signals.connect()
        post_migrate.connect(create_cache_tables, sender=self)


def create_cache_tables(using="default", **kwargs):
    """Creates the database cache table (the rate limit's shared counters) after
    every ``migrate``; it does nothing when the table exists.
    """
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
