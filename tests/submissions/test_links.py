"""Confirmation and edit links: replayed, expired, tampered or orphaned links
get a clear page and a 4xx, and change nothing.
"""

import pytest

from civic.models import InitiativePage
from civic.submissions import flow, links
from civic.submissions.models import Submission
from tests.submissions.helpers import SUBMIT_URL, form_data, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(client, site, django_capture_on_commit_callbacks):
    post(client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site))
    return Submission.objects.get()


def confirm_path(submission, language="nl"):
    return f"/{language}/submit/confirm/{links.make_token(submission, links.CONFIRM)}/"


def test_opening_the_link_confirms_nothing_until_the_button_is_pressed(
    client, submission
):
    response = client.get(confirm_path(submission))

    assert response.status_code == 200
    assert '<form method="post">' in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.STATUS_UNCONFIRMED


def test_a_replayed_confirmation_link_is_answered_409_and_creates_nothing_new(
    client, submission, django_capture_on_commit_callbacks
):
    path = confirm_path(submission)
    post(client, django_capture_on_commit_callbacks, path)

    shown = client.get(path)
    replayed = post(client, django_capture_on_commit_callbacks, path)

    assert shown.status_code == replayed.status_code == 409
    assert "Deze aanvraag was al bevestigd" in replayed.content.decode()
    assert InitiativePage.objects.count() == 1


def test_an_expired_confirmation_link_is_answered_410(client, submission, settings):
    path = confirm_path(submission)
    settings.CIVIC_SUBMISSION_CONFIRM_DAYS = -1

    response = client.post(path)

    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()
    assert not InitiativePage.objects.exists()


@pytest.mark.parametrize("change", ["cut", "flip", "other-purpose", "garbage"])
def test_a_tampered_confirmation_link_is_answered_400(client, submission, change):
    token = links.make_token(submission, links.CONFIRM)
    tampered = {
        "cut": token[:-3],
        "flip": token[:5] + ("A" if token[5] != "A" else "B") + token[6:],
        "other-purpose": links.make_token(submission, links.EDIT),
        "garbage": "%3Cscript%3E",
    }[change]

    response = client.post(f"/nl/submit/confirm/{tampered}/")

    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.STATUS_UNCONFIRMED


def test_a_link_to_a_deleted_submission_is_answered_410(client, submission):
    path = confirm_path(submission)
    submission.delete()

    response = client.get(path)

    assert response.status_code == 410


def test_an_edit_link_works_only_while_changes_are_requested(
    client, submission, django_capture_on_commit_callbacks
):
    flow.confirm(submission)
    token = links.make_token(submission, links.EDIT)

    response = client.get(f"/nl/submit/edit/{token}/")

    assert response.status_code == 409


def test_the_edit_link_of_an_earlier_change_request_is_refused(
    client, submission, django_capture_on_commit_callbacks
):
    flow.confirm(submission)
    submission.refresh_from_db()
    old_token = links.make_token(submission, links.EDIT)
    flow.request_changes(submission, "Meer uitleg graag.")

    response = client.get(f"/nl/submit/edit/{old_token}/")

    assert response.status_code == 409


def test_a_french_submission_gets_french_links_and_a_french_page(
    client, site, smtp, django_capture_on_commit_callbacks
):
    from tests.submissions.helpers import link_in
    from tests.utils import translate

    translate(site["home"], "fr", "Accueil")
    french_index = translate(site["initiatives"], "fr", "Initiatives")

    post(client, django_capture_on_commit_callbacks, "/fr/submit/", form_data(site))
    link = link_in(smtp.inbox.last_to("an@example.org"))
    post(client, django_capture_on_commit_callbacks, link)

    assert link.startswith("/fr/submit/confirm/")
    page = InitiativePage.objects.get()
    assert page.locale.language_code == "fr"
    assert page.get_parent().pk == french_index.pk
