"""The private side of a citizen submission, its mail, and its review task.

The public content lives on a draft ``InitiativePage``; everything that could
identify the submitter (email, phone) lives only in ``Submission``, which no
page, search index, API or log line reaches.
"""

import uuid

from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TranslatableMixin

from .conf import private_media_root


def private_storage():
    """Returns the storage of photos that wait for confirmation."""
    return FileSystemStorage(location=private_media_root())


class Submission(models.Model):
    """One resident's submission: its state, its private contact data, and the
    public content until it becomes a draft page on confirmation.
    """

    STATUS_UNCONFIRMED = "unconfirmed"
    STATUS_IN_MODERATION = "in_moderation"
    STATUS_CHANGES_REQUESTED = "changes_requested"
    STATUS_APPROVED = "approved"
    STATUS_DECLINED = "declined"
    STATUS_CHOICES = [
        (STATUS_UNCONFIRMED, _("Waiting for the submitter's confirmation")),
        (STATUS_IN_MODERATION, _("In moderation")),
        (STATUS_CHANGES_REQUESTED, _("Changes requested")),
        (STATUS_APPROVED, _("Published")),
        (STATUS_DECLINED, _("Declined")),
    ]
    OPEN_STATUSES = [STATUS_IN_MODERATION, STATUS_CHANGES_REQUESTED]

    AGE_UNDER_16 = "under_16"
    AGE_16_PLUS = "16_plus"
    AGE_GROUP = "group"
    AGE_CHOICES = [
        (AGE_UNDER_16, _("Under 16")),
        (AGE_16_PLUS, _("16 or over")),
        (AGE_GROUP, _("A class or youth group (school mode)")),
    ]

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    form_nonce = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default=STATUS_UNCONFIRMED
    )
    language = models.CharField(_("language"), max_length=10)
    school_mode = models.BooleanField(_("school mode"), default=False)
    age_group = models.CharField(_("age group"), max_length=10, choices=AGE_CHOICES)
    title_key = models.CharField(max_length=255, editable=False, db_index=True)
    content = models.JSONField(
        default=dict, help_text=_("The public fields, until the draft page exists.")
    )
    district = models.ForeignKey(
        "civic.DistrictPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.OneToOneField(
        "civic.InitiativePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_ids = models.JSONField(default=list, blank=True)

    # Private contact data: erased after the retention period.
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    decline_reason = models.ForeignKey(
        "DeclineReason", null=True, blank=True, on_delete=models.SET_NULL
    )
    decision_message = models.TextField(_("message to the submitter"), blank=True)
    change_round = models.PositiveIntegerField(default=0)

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    changes_requested_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    contact_erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("citizen submission")
        verbose_name_plural = _("citizen submissions")
        indexes = [models.Index(fields=["email", "title_key", "created_at"])]

    def __str__(self):
        return f"Submission {self.pk}"

    @property
    def is_open(self):
        return self.status in self.OPEN_STATUSES


class SubmissionPhoto(models.Model):
    """A re-encoded photo that waits, outside the public media, for confirmation."""

    submission = models.ForeignKey(
        Submission, related_name="photos", on_delete=models.CASCADE
    )
    file = models.FileField(storage=private_storage, upload_to="submissions/")
    alt_text = models.CharField(max_length=250)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return f"Photo {self.position} of submission {self.submission_id}"


class DeclineReason(TranslatableMixin, models.Model):
    """A reason moderators pick when they decline a submission; the submitter
    reads ``text`` in their language. Registered as a snippet in ``wagtail_hooks``.
    """

    title = models.CharField(
        _("title"), max_length=120, help_text=_("A short name for moderators.")
    )
    text = models.TextField(
        _("text for the submitter"),
        help_text=_("Polite and clear: the submitter reads this in the email."),
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("decline reason")
        verbose_name_plural = _("decline reasons")
        ordering = ["title"]

    def __str__(self):
        return self.title


class OutgoingMail(models.Model):
    """A rendered message to a submitter, kept until it is sent.

    Written in the same transaction as the change it reports, so neither can be
    lost without the other; ``send_pending_mail`` retries failed deliveries.
    """

    STATUS_PENDING = "pending"
    STATUS_SENT = "sent"
    STATUS_FAILED = "failed"
    STATUS_CHOICES = [
        (STATUS_PENDING, _("Waiting to be sent")),
        (STATUS_SENT, _("Sent")),
        (STATUS_FAILED, _("Refused by the mail server")),
    ]

    submission = models.ForeignKey(
        Submission,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mails",
    )
    kind = models.CharField(max_length=30)
    to = models.EmailField()
    subject = models.CharField(max_length=255)
    body = models.TextField()
    status = models.CharField(
        max_length=10, choices=STATUS_CHOICES, default=STATUS_PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"Mail {self.pk} ({self.kind})"


class CitizenReviewTask(AbstractGroupApprovalTask):
    """A workflow step in which a group approves a submission, asks the
    submitter for changes, or declines it with a reason.
    """

    ACTION_APPROVE = "approve"
    ACTION_REQUEST_CHANGES = "request_changes"
    ACTION_DECLINE = "decline"

    class Meta:
        verbose_name = _("citizen submission review")
        verbose_name_plural = _("citizen submission reviews")

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [
            (self.ACTION_APPROVE, _("Approve"), False),
            (self.ACTION_REQUEST_CHANGES, _("Ask the submitter for changes"), True),
            (self.ACTION_DECLINE, _("Decline with a reason"), True),
        ]

    def get_form_for_action(self, action):
        from .forms import DeclineForm, RequestChangesForm

        forms = {
            self.ACTION_REQUEST_CHANGES: RequestChangesForm,
            self.ACTION_DECLINE: DeclineForm,
        }
        return forms.get(action) or super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        from . import flow

        if action_name == self.ACTION_REQUEST_CHANGES:
            task_state.reject(user=user, comment=kwargs["comment"])
        elif action_name == self.ACTION_DECLINE:
            flow.decline(task_state, user, kwargs["reason"], kwargs["comment"])
        else:
            super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve a citizen submission, ask the "
            "submitter for changes, or decline it with a reason."
        )
