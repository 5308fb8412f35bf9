"""Mail is never lost: an outage delays it, retries bring it, and a refusal is
recorded instead of retried for ever.
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from civic.submissions.mail import retry_pause
from civic.submissions.models import OutgoingMail, Submission
from tests.submissions.helpers import SUBMIT_URL, form_data, link_in, post

pytestmark = pytest.mark.django_db


def test_an_smtp_outage_delays_the_mail_and_a_retry_delivers_it(
    client, site, smtp, settings, django_capture_on_commit_callbacks
):
    settings.CIVIC_MAIL_RETRY_SECONDS = 0
    smtp.stop()

    response = post(
        client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site)
    )
    waiting = OutgoingMail.objects.get()
    smtp.start()
    call_command("send_pending_mail", verbosity=0)

    assert response.status_code == 302
    assert Submission.objects.count() == 1
    assert waiting.status == OutgoingMail.STATUS_PENDING and waiting.attempts == 1
    assert waiting.last_error.startswith("ConnectionRefusedError")
    sent = OutgoingMail.objects.get()
    assert sent.status == OutgoingMail.STATUS_SENT and sent.attempts == 2
    received = smtp.inbox.last_to("an@example.org")
    assert link_in(received).startswith("/nl/submit/confirm/")


def test_mail_is_not_retried_before_its_pause_is_over(
    client, site, smtp, django_capture_on_commit_callbacks
):
    smtp.stop()
    post(client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site))
    smtp.start()

    call_command("send_pending_mail", verbosity=0)

    mail = OutgoingMail.objects.get()
    assert mail.status == OutgoingMail.STATUS_PENDING
    assert mail.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)
    assert smtp.inbox.messages == []


def test_pauses_double_up_to_an_hour():
    pauses = [retry_pause(attempts).total_seconds() for attempts in (1, 2, 3, 8, 20)]

    assert pauses == [60, 120, 240, 3600, 3600]


def test_a_refused_recipient_is_marked_failed_and_not_retried(
    client, site, smtp, django_capture_on_commit_callbacks
):
    async def refuse(server, session, envelope, address, rcpt_options):
        return "550 No such user"

    smtp.inbox.handle_RCPT = refuse

    post(client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site))
    call_command("send_pending_mail", verbosity=0)

    mail = OutgoingMail.objects.get()
    assert mail.status == OutgoingMail.STATUS_FAILED and mail.attempts == 1
    assert "an@example.org" not in mail.last_error


def test_mail_is_written_in_the_submitters_language(
    client, site, smtp, django_capture_on_commit_callbacks
):
    post(client, django_capture_on_commit_callbacks, "/en/submit/", form_data(site))

    message = smtp.inbox.last_to("an@example.org")

    assert "Confirm your submission" in message["Subject"]
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "text/plain"
