"""The moderators' overview in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.utils import timezone

from civic.submissions import report
from civic.submissions.models import Submission

pytestmark = pytest.mark.django_db

URL = "/admin/reports/citizen-submissions/"


def make_submission(district=None, status=Submission.STATUS_IN_MODERATION, hours=None):
    confirmed = timezone.now() - datetime.timedelta(days=3)
    return Submission.objects.create(
        form_nonce=f"n{Submission.objects.count()}",
        language="nl",
        age_group=Submission.AGE_16_PLUS,
        status=status,
        district=district,
        confirmed_at=confirmed,
        decided_at=confirmed + datetime.timedelta(hours=hours) if hours else None,
    )


def test_median_time_from_confirmation_to_decision(site):
    for hours in (10, 20, 60):
        make_submission(status=Submission.STATUS_APPROVED, hours=hours)
    make_submission()

    assert report.median_decision_time() == datetime.timedelta(hours=20)


def test_report_shows_the_queue_and_submissions_per_district(client, site, moderator):
    make_submission(site["heule"])
    make_submission(site["heule"], Submission.STATUS_APPROVED, hours=30)
    make_submission(site["bissegem"], Submission.STATUS_DECLINED, hours=6)
    make_submission(None, Submission.STATUS_UNCONFIRMED)
    client.force_login(moderator)

    response = client.get(URL)

    assert response.status_code == 200
    assert response.context["queue_size"] == 1
    rows = {row["district"]: row for row in response.context["district_rows"]}
    assert set(rows) == {"Heule", "Bissegem"}
    assert rows["Heule"]["total"] == 2 and rows["Bissegem"]["total"] == 1
    assert response.context["median"] == datetime.timedelta(hours=18)
    assert "Heule" in response.content.decode()


def test_report_is_only_for_reviewers(client, site):
    editor = User.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get(URL)

    assert response.status_code in (302, 403)
    assert "queue_size" not in (response.context or {})


def test_report_menu_item_is_shown_to_moderators(client, site, moderator):
    client.force_login(moderator)

    response = client.get("/admin/")

    assert URL in response.content.decode()


def test_report_lists_waiting_submissions_with_their_age_group(
    client, site, moderator, django_capture_on_commit_callbacks
):
    from civic.submissions import flow
    from tests.submissions.helpers import SUBMIT_URL, form_data, post

    post(
        client,
        django_capture_on_commit_callbacks,
        SUBMIT_URL,
        form_data(site, age_group="under_16"),
    )
    page = flow.confirm(Submission.objects.get())
    client.force_login(moderator)

    html = client.get(URL).content.decode()

    assert f'href="/admin/pages/{page.pk}/edit/"' in html
    assert "Under 16" in html or "Jonger dan 16" in html
    assert "an@example.org" not in html
