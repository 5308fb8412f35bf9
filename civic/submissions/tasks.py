"""Background work of the submission flow, run through django-tasks."""

from django_tasks import task


@task()
def deliver_mail(mail_id):
    """Sends one queued message to a submitter (see ``mail.deliver``)."""
    from .mail import deliver

    return deliver(mail_id)
