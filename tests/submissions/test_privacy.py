"""Contact data stays private and is forgotten on time or on request."""

import datetime
import json
import logging

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from civic.models import InitiativePage
from civic.submissions import flow
from civic.submissions.models import OutgoingMail, Submission
from tests.submissions.helpers import SUBMIT_URL, act, form_data, post

pytestmark = pytest.mark.django_db

EMAIL = "an@example.org"
PHONE = "056 12 34 56"


def submit_and_confirm(client, site, capture, **fields):
    post(client, capture, SUBMIT_URL, form_data(site, **fields))
    submission = Submission.objects.latest("pk")
    with capture(execute=True):
        flow.confirm(submission)
    submission.refresh_from_db()
    return submission


def publish(submission):
    page = submission.page.specific
    page.save_revision().publish()
    submission.refresh_from_db()
    return page


def age(submission, days, field="decided_at"):
    Submission.objects.filter(pk=submission.pk).update(
        **{field: timezone.now() - datetime.timedelta(days=days)}
    )


@pytest.fixture
def civic_log(caplog):
    """Captures the "civic" loggers, which do not propagate to the root."""
    logger = logging.getLogger("civic")
    logger.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    yield caplog
    logger.removeHandler(caplog.handler)


def test_contact_data_is_in_no_page_revision_and_no_log_line(
    client, site, moderator, communicator, civic_log, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    caplog = civic_log

    submission = submit_and_confirm(client, site, capture)
    act(client, capture, moderator, submission.page, "approve")
    act(client, capture, communicator, submission.page, "approve")

    revisions = json.dumps(list(Revision.objects.values_list("content", flat=True)))
    assert EMAIL not in revisions and PHONE not in revisions
    assert EMAIL not in caplog.text and PHONE not in caplog.text
    assert f"Submission {submission.pk}" in caplog.text


def test_contact_data_cannot_be_found_through_search(
    client, site, django_capture_on_commit_callbacks
):
    submission = submit_and_confirm(client, site, django_capture_on_commit_callbacks)
    publish(submission)

    by_email = InitiativePage.objects.live().search("an@example.org")
    by_title = InitiativePage.objects.live().search("Plantenbakken")

    assert list(by_email) == []
    assert [page.pk for page in by_title] == [submission.page_id]
    indexed = {field.field_name for field in InitiativePage.get_search_fields()}
    assert not {"email", "phone"} & indexed


def test_expired_unconfirmed_submissions_are_deleted(
    client, site, django_capture_on_commit_callbacks
):
    post(client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site))
    post(
        client,
        django_capture_on_commit_callbacks,
        SUBMIT_URL,
        form_data(site, title="Nieuw"),
    )
    old = Submission.objects.get(title_key="plantenbakken in de kapelstraat")
    age(old, 8, field="created_at")

    call_command("expire_unconfirmed_submissions", verbosity=0)
    call_command("expire_unconfirmed_submissions", verbosity=0)

    assert list(Submission.objects.values_list("title_key", flat=True)) == ["nieuw"]
    assert OutgoingMail.objects.count() == 1


def test_retention_erases_contact_data_of_published_submissions_after_90_days(
    client, site, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    old = submit_and_confirm(client, site, capture)
    recent = submit_and_confirm(client, site, capture, title="Recent")
    publish(old)
    publish(recent)
    age(old, 91)
    age(recent, 89)

    call_command("apply_submission_retention", verbosity=0)

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.email == old.phone == "" and old.contact_erased_at
    assert old.page.live and old.district_id == site["heule"].pk
    assert recent.email == EMAIL
    assert not OutgoingMail.objects.filter(submission=old).exists()


def test_retention_period_is_configurable(
    client, site, settings, django_capture_on_commit_callbacks
):
    submission = submit_and_confirm(client, site, django_capture_on_commit_callbacks)
    publish(submission)
    age(submission, 11)
    settings.CIVIC_SUBMISSION_RETENTION_DAYS = 10

    call_command("apply_submission_retention", verbosity=0)

    submission.refresh_from_db()
    assert submission.email == ""


def test_retention_deletes_declined_and_abandoned_submissions_with_their_pages(
    client, site, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    declined = submit_and_confirm(client, site, capture)
    abandoned = submit_and_confirm(client, site, capture, title="Stil")
    Submission.objects.filter(pk=declined.pk).update(status=Submission.STATUS_DECLINED)
    flow.request_changes(abandoned, "Meer uitleg?")
    age(declined, 91)
    age(abandoned, 91, field="changes_requested_at")

    call_command("apply_submission_retention", verbosity=0)

    assert not Submission.objects.exists()
    assert not InitiativePage.objects.exists()


def test_erasure_removes_everything_of_one_address_but_keeps_published_pages(
    client, site, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    published = submit_and_confirm(client, site, capture)
    publish(published)
    submit_and_confirm(client, site, capture, title="In moderatie")
    post(client, capture, SUBMIT_URL, form_data(site, title="Onbevestigd"))
    other = submit_and_confirm(client, site, capture, title="Ander", email="b@x.org")

    call_command("erase_submitter", "AN@example.org", verbosity=0)

    assert list(Submission.objects.all()) == [other]
    assert list(OutgoingMail.objects.values_list("to", flat=True).distinct()) == [
        "b@x.org"
    ]
    titles = set(InitiativePage.objects.values_list("title", flat=True))
    assert titles == {"Plantenbakken in de Kapelstraat", "Ander"}
    assert InitiativePage.objects.get(pk=published.page_id).live


def test_erasure_with_unpublish_takes_the_pages_offline(
    client, site, django_capture_on_commit_callbacks
):
    submission = submit_and_confirm(client, site, django_capture_on_commit_callbacks)
    page = publish(submission)

    call_command("erase_submitter", EMAIL, "--unpublish", verbosity=0)

    assert not Submission.objects.exists()
    assert not InitiativePage.objects.filter(pk=page.pk).exists()
    assert client.get(page.url).status_code == 404


def test_erasure_refuses_something_that_is_no_address():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("erase_submitter", "not-an-address")
