"""End to end over HTTP: submit, confirm by mail, and every moderator decision,
with the mail going through a real SMTP server.
"""

import pytest
from wagtail.models import WorkflowState

from civic.models import InitiativePage
from civic.submissions.models import DeclineReason, OutgoingMail, Submission
from tests.submissions.helpers import SUBMIT_URL, act, form_data, link_in, post

pytestmark = pytest.mark.django_db

EMAIL = "an@example.org"


@pytest.fixture
def confirmed_page(client, site, smtp, django_capture_on_commit_callbacks):
    """Returns the draft page of a submission that was sent and confirmed."""
    capture = django_capture_on_commit_callbacks
    post(client, capture, SUBMIT_URL, form_data(site))
    post(client, capture, link_in(smtp.inbox.last_to(EMAIL)))
    return InitiativePage.objects.get()


def test_submission_is_confirmed_by_mail_and_enters_the_workflow(
    client, site, smtp, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks

    sent = post(client, capture, SUBMIT_URL, form_data(site))
    link = link_in(smtp.inbox.last_to(EMAIL))
    shown = client.get(link)
    pages_before = InitiativePage.objects.count()
    confirmed = post(client, capture, link)

    assert sent.status_code == 302 and sent["Location"] == "/nl/submit/sent/"
    assert shown.status_code == 200 and pages_before == 0
    assert confirmed.status_code == 200
    page = InitiativePage.objects.get()
    assert not page.live and page.locale.language_code == "nl"
    assert page.get_parent().pk == site["initiatives"].pk
    assert page.district_id == site["heule"].pk
    assert list(page.themes.values_list("slug", flat=True)) == ["vergroening"]
    assert page.needs_material and page.needs_volunteers and not page.needs_money
    assert page.public_author == "An uit Heule"
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow.name == "Citizen submission"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert state.current_task_state.task.name == "Admissibility check"
    received, confirmation = smtp.inbox.to(EMAIL)
    assert "Plantenbakken in de Kapelstraat" in received.get_content()
    assert "Plantenbakken in de Kapelstraat" in confirmation.get_content()


def test_two_approvals_publish_the_page_and_mail_its_link(
    client,
    confirmed_page,
    moderator,
    communicator,
    smtp,
    django_capture_on_commit_callbacks,
):
    capture = django_capture_on_commit_callbacks

    first = act(client, capture, moderator, confirmed_page, "approve")
    second = act(client, capture, communicator, confirmed_page, "approve")

    assert first.status_code == 302 and second.status_code == 302
    page = InitiativePage.objects.get()
    assert page.live
    public = client.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "Plantenbakken in de Kapelstraat" in html
    assert EMAIL not in html and "056 12 34 56" not in html
    published = smtp.inbox.last_to(EMAIL)
    assert link_in(published) == page.url
    submission = Submission.objects.get()
    assert submission.status == Submission.STATUS_APPROVED
    assert submission.decided_at >= submission.confirmed_at


def test_the_communication_team_cannot_act_before_the_admissibility_check(
    client, confirmed_page, communicator, django_capture_on_commit_callbacks
):
    response = act(
        client,
        django_capture_on_commit_callbacks,
        communicator,
        confirmed_page,
        "approve",
    )

    assert response.status_code == 302 and response["Location"] == "/admin/"
    page = InitiativePage.objects.get()
    assert not page.live
    assert page.current_workflow_task.name == "Admissibility check"


def test_decline_mails_the_reason_and_publishes_nothing(
    client, confirmed_page, moderator, smtp, django_capture_on_commit_callbacks
):
    reason = DeclineReason.objects.get(title="Bestaat al", locale__language_code="nl")

    response = act(
        client,
        django_capture_on_commit_callbacks,
        moderator,
        confirmed_page,
        "decline",
        reason=str(reason.pk),
        comment="Kijk bij de buurtmoestuin.",
    )

    assert response.status_code == 302
    page = InitiativePage.objects.get()
    assert not page.live
    assert client.get(f"/nl/initiatieven/{page.slug}/").status_code == 404
    body = smtp.inbox.last_to(EMAIL).get_content()
    assert reason.text.split()[0] in body
    assert "Kijk bij de buurtmoestuin." in body
    submission = Submission.objects.get()
    assert submission.status == Submission.STATUS_DECLINED
    assert submission.decline_reason == reason
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_CANCELLED


def test_request_changes_then_resubmit_then_approve(
    client,
    confirmed_page,
    moderator,
    communicator,
    smtp,
    django_capture_on_commit_callbacks,
):
    capture = django_capture_on_commit_callbacks
    act(
        client,
        capture,
        moderator,
        confirmed_page,
        "request_changes",
        comment="Welke straat precies?",
    )
    changes_mail = smtp.inbox.last_to(EMAIL)
    edit_link = link_in(changes_mail)

    form = client.get(edit_link)
    resent = post(
        client,
        capture,
        edit_link,
        {
            **form_data(),
            "title": "Plantenbakken in de Kapelstraat 1-20",
            "district": "",
            "location_name": "Kapelstraat 1 tot 20",
        },
    )
    replay = post(client, capture, edit_link, form_data())
    act(client, capture, moderator, confirmed_page, "approve")
    act(client, capture, communicator, confirmed_page, "approve")

    assert "Welke straat precies?" in changes_mail.get_content()
    assert form.status_code == 200
    assert 'value="Plantenbakken in de Kapelstraat"' in form.content.decode()
    assert resent.status_code == 200
    assert replay.status_code == 409
    page = InitiativePage.objects.get()
    assert page.live and page.title == "Plantenbakken in de Kapelstraat 1-20"
    assert page.location_name == "Kapelstraat 1 tot 20"
    assert Submission.objects.get().status == Submission.STATUS_APPROVED
    kinds = list(OutgoingMail.objects.order_by("pk").values_list("kind", flat=True))
    assert kinds == [
        "received",
        "confirmed",
        "changes_requested",
        "resubmitted",
        "published",
    ]
    assert OutgoingMail.objects.filter(status=OutgoingMail.STATUS_SENT).count() == 5


def test_confirmation_stays_under_a_query_budget(
    client,
    site,
    smtp,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    capture = django_capture_on_commit_callbacks
    post(client, capture, SUBMIT_URL, form_data(site))
    link = link_in(smtp.inbox.last_to(EMAIL))

    # Page creation, its revision, the workflow start and Wagtail's own staff
    # notifications account for most of these.
    with django_assert_max_num_queries(130):
        response = post(client, capture, link)

    assert response.status_code == 200


def test_deleting_a_page_in_moderation_still_answers_the_submitter(
    confirmed_page, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        confirmed_page.delete()

    submission = Submission.objects.get()
    assert submission.status == Submission.STATUS_DECLINED
    assert submission.page is None
    assert OutgoingMail.objects.latest("pk").kind == "declined"
    declined = smtp.inbox.last_to(EMAIL).get_content()
    assert "De moderatoren besloten om ze niet te publiceren." in declined


def test_an_approval_scheduled_for_later_mails_only_once_the_page_is_live(
    confirmed_page,
):
    from civic.submissions import flow

    flow.mark_published(confirmed_page)

    assert Submission.objects.get().status == Submission.STATUS_IN_MODERATION
    assert not OutgoingMail.objects.filter(kind="published").exists()


def test_the_decline_dialog_offers_the_editable_reasons(
    client, confirmed_page, moderator
):
    from django.urls import reverse

    client.force_login(moderator)
    task_state = confirmed_page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[confirmed_page.pk, "decline", task_state.pk],
    )

    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")

    html = response.json()["html"]
    assert response.status_code == 200
    assert 'name="reason"' in html and "Bestaat al" in html
    assert 'name="comment"' in html
