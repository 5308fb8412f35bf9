"""Wagtail's workflow and publishing signals drive the submitter's mail."""

from django.db.models.signals import pre_delete
from wagtail.signals import page_published, workflow_approved, workflow_rejected

from civic.models import InitiativePage

from . import flow
from .models import Submission


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    """A review task was rejected: either a decline or a change request."""
    submission = flow.submission_for_page_id(instance.object_id)
    if submission is None:
        return
    if submission.status == Submission.STATUS_DECLINED:
        flow.mail_decline(submission)
    elif submission.is_open:
        flow.request_changes(submission, instance.current_task_state.comment)


def on_workflow_approved(sender, instance, user=None, **kwargs):
    page = instance.content_object
    page.refresh_from_db(fields=["live"])
    flow.mark_published(page)


def on_page_published(sender, instance, **kwargs):
    # A moderator may also publish straight from the editor.
    flow.mark_published(instance)


def on_page_deleted(sender, instance, **kwargs):
    # Every submitter gets an answer, even when the page is simply deleted.
    flow.decline_deleted(instance)


def connect():
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="civic-sub-rejected")
    workflow_approved.connect(on_workflow_approved, dispatch_uid="civic-sub-approved")
    page_published.connect(on_page_published, dispatch_uid="civic-sub-published")
    pre_delete.connect(
        on_page_deleted, sender=InitiativePage, dispatch_uid="civic-sub-deleted"
    )
