"""Mail to submitters through an outbox: render, store, then deliver.

A message is rendered in the submitter's language and stored as an
``OutgoingMail`` in the same transaction as the change it reports. After the
commit a django-tasks task delivers it; when the mail server is down the message
stays in the outbox and ``send_pending_mail`` retries it with growing pauses.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .conf import submission_setting
from .models import OutgoingMail

logger = logging.getLogger("civic.submissions.mail")

CLAIM_SECONDS = 300
MAX_PAUSE_SECONDS = 3600


def queue_mail(submission, kind, **context):
    """Renders the ``kind`` message for ``submission`` and queues it for delivery."""
    context = {"submission": submission, **context}
    with translation.override(submission.language):
        template = f"civic/submissions/mail/{kind}"
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}.txt", context)
    mail = OutgoingMail.objects.create(
        submission=submission,
        kind=kind,
        to=submission.email,
        subject=" ".join(subject.split())[:255],
        body=body,
    )
    logger.info("Queued %s mail %s for submission %s", kind, mail.pk, submission.pk)
    transaction.on_commit(lambda: enqueue_delivery(mail.pk))
    return mail


def enqueue_delivery(mail_id):
    from .tasks import deliver_mail

    try:
        deliver_mail.enqueue(mail_id)
    except Exception:
        # The message is safe in the outbox; send_pending_mail will pick it up.
        logger.exception("Could not enqueue delivery of mail %s", mail_id)


def due_mail_ids(now=None):
    """Returns the ids of the messages whose next attempt is due."""
    now = now or timezone.now()
    return list(
        OutgoingMail.objects.filter(
            status=OutgoingMail.STATUS_PENDING, next_attempt_at__lte=now
        )
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)
    )


def claim(mail_id, now):
    """Marks the message as being sent by this process; False if another has it."""
    return bool(
        OutgoingMail.objects.filter(
            pk=mail_id, status=OutgoingMail.STATUS_PENDING, next_attempt_at__lte=now
        )
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_until=now + datetime.timedelta(seconds=CLAIM_SECONDS))
    )


def deliver(mail_id):
    """Tries to send one queued message; returns its status afterwards, or None
    when it was not due or another process is sending it.
    """
    now = timezone.now()
    if not claim(mail_id, now):
        return None
    mail = OutgoingMail.objects.get(pk=mail_id)
    try:
        build_message(mail).send()
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused) as error:
        record_refusal(mail, error)
    except smtplib.SMTPResponseException as error:
        if error.smtp_code >= 500:
            record_refusal(mail, error)
        else:
            record_retry(mail, error)
    except (OSError, smtplib.SMTPException) as error:
        record_retry(mail, error)
    else:
        record_sent(mail)
    return mail.status


def build_message(mail):
    return EmailMessage(
        subject=mail.subject,
        body=mail.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        headers={"Auto-Submitted": "auto-generated"},
    )


def record_sent(mail):
    mail.status = OutgoingMail.STATUS_SENT
    mail.sent_at = timezone.now()
    mail.attempts += 1
    mail.claimed_until = None
    mail.save(update_fields=["status", "sent_at", "attempts", "claimed_until"])
    logger.info(
        "Sent mail %s (%s) of submission %s", mail.pk, mail.kind, mail.submission_id
    )


def record_retry(mail, error):
    mail.attempts += 1
    mail.next_attempt_at = timezone.now() + retry_pause(mail.attempts)
    mail.claimed_until = None
    mail.last_error = describe(error)
    mail.save(
        update_fields=["attempts", "next_attempt_at", "claimed_until", "last_error"]
    )
    logger.warning(
        "Mail %s not sent (attempt %s, %s); retrying at %s",
        mail.pk,
        mail.attempts,
        mail.last_error,
        mail.next_attempt_at.isoformat(),
    )


def record_refusal(mail, error):
    mail.attempts += 1
    mail.status = OutgoingMail.STATUS_FAILED
    mail.claimed_until = None
    mail.last_error = describe(error)
    mail.save(update_fields=["attempts", "status", "claimed_until", "last_error"])
    logger.error("Mail %s refused by the mail server (%s)", mail.pk, mail.last_error)


def retry_pause(attempts):
    """Returns the pause before the next attempt: doubling, at most an hour."""
    base = submission_setting("CIVIC_MAIL_RETRY_SECONDS")
    return datetime.timedelta(
        seconds=min(base * 2 ** (attempts - 1), MAX_PAUSE_SECONDS)
    )


def describe(error):
    """Returns the error class and SMTP code, never the text: it may quote the
    recipient's address.
    """
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__}{f' {code}' if code else ''}"[:200]
