"""Background tasks that keep the search index in step (django-tasks).

They take only translation keys (strings), so they run the same on the
immediate backend and on a persistent queue with a worker; every run rebuilds
the documents of its keys from the pages, so a repeated or late run is harmless.
"""

import datetime

from django.utils import timezone
from django_tasks import default_task_backend, task

RETRY_AFTER = datetime.timedelta(minutes=1)


@task()
def update_search_index(translation_keys: list[str]) -> bool:
    """Rewrites the search documents of ``translation_keys``."""
    from .indexing import sync

    done = sync(translation_keys)
    if not done:
        schedule_retry()
    return done


@task()
def retry_elasticsearch_updates() -> bool:
    """Sends the updates that Elasticsearch missed while it was down."""
    from .indexing import push_pending

    done = push_pending()
    if not done:
        schedule_retry()
    return done


def schedule_retry() -> None:
    """Tries again in a minute on a queue that can wait; with the immediate
    backend the next publish, or ``rebuild_search_index --pending``, retries."""
    if default_task_backend.supports_defer:
        run_after = timezone.now() + RETRY_AFTER
        retry_elasticsearch_updates.using(run_after=run_after).enqueue()
