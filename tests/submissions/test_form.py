"""The public form: bad input gets a clear message and a 4xx, never a 500, and
nothing is stored half-way.
"""

import pytest
from django.core.cache import caches
from django.test import Client

from civic.models import InformationPage, InitiativePage
from civic.submissions.models import OutgoingMail, Submission
from tests.submissions.helpers import SUBMIT_URL, form_data, post, stamp
from tests.utils import add_page

pytestmark = pytest.mark.django_db


def nothing_stored():
    return not Submission.objects.exists() and not OutgoingMail.objects.exists()


def test_form_renders_accessibly_in_every_language(client, site):
    for language in ("nl", "fr", "en"):
        response = client.get(f"/{language}/submit/")

        html = response.content.decode()
        assert response.status_code == 200
        assert f'<html lang="{language}">' in html
        assert html.count("<h1") == 1
        assert '<label for="id_title"' in html and '<label for="id_email"' in html
        assert "<legend>" in html and 'name="csrfmiddlewaretoken"' in html


def test_index_and_district_pages_link_to_the_form(client, site):
    index = client.get(site["initiatives"].url).content.decode()
    district = client.get(site["heule"].url).content.decode()

    assert 'href="/nl/submit/"' in index
    assert f'href="/nl/submit/?district={site["heule"].pk}"' in district


def test_district_link_preselects_the_district(client, site):
    response = client.get(f"/nl/submit/?district={site['heule'].pk}")

    assert f'<option value="{site["heule"].pk}" selected>Heule</option>' in (
        response.content.decode()
    )


def test_form_links_to_the_privacy_notice(client, site):
    add_page(site["home"], InformationPage(title="Privacy", slug="privacyverklaring"))

    response = client.get(SUBMIT_URL)

    assert 'href="/nl/privacyverklaring/"' in response.content.decode()


def test_empty_form_is_refused_with_a_message_per_field(client, site):
    response = client.post(SUBMIT_URL, {"stamp": stamp()})

    assert response.status_code == 400
    html = response.content.decode()
    assert html.count('class="errorlist"') >= 7
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    assert nothing_stored()


def test_messages_follow_the_language_of_the_page(client, site):
    response = client.post("/fr/submit/", {"stamp": stamp()})

    html = response.content.decode()
    assert "Ce champ est obligatoire." in html
    assert "Dit veld is verplicht." not in html


@pytest.mark.parametrize(
    "field, length",
    [
        ("title", 121),
        ("summary", 281),
        ("description", 5001),
        ("public_author", 121),
        ("location_name", 201),
        ("phone", 31),
    ],
)
def test_oversized_fields_are_refused(client, site, field, length):
    data = form_data(site, **{field: "7" * length})

    response = client.post(SUBMIT_URL, data)

    assert response.status_code == 400
    assert f'id="id_{field}_error"' in response.content.decode()
    assert nothing_stored()


@pytest.mark.parametrize(
    "address", ["an", "an@", "@example.org", "an@@x.org", "a b@x.org"]
)
def test_invalid_email_is_refused(client, site, address):
    response = client.post(SUBMIT_URL, form_data(site, email=address))

    assert response.status_code == 400
    assert 'id="id_email_error"' in response.content.decode()
    assert nothing_stored()


def test_markup_is_stored_as_text_and_shown_escaped(
    client, site, moderator, communicator, django_capture_on_commit_callbacks
):
    script = "<script>alert('x')</script><b>vet</b>"
    data = form_data(
        site,
        title=f"Titel {script}",
        summary=script,
        description=script,
        public_author=script,
        location_name=script,
    )
    post(client, django_capture_on_commit_callbacks, SUBMIT_URL, data)
    submission = Submission.objects.get()
    from civic.submissions import flow

    page = flow.confirm(submission)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()

    assert InitiativePage.objects.get().summary == script
    assert "<script>alert" not in html and "<b>vet</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_missing_csrf_token_is_refused(site):
    client = Client(enforce_csrf_checks=True)

    response = client.post(SUBMIT_URL, form_data(site))

    assert response.status_code == 403
    assert nothing_stored()


def test_filled_honeypot_stores_nothing_but_looks_like_success(client, site):
    response = client.post(SUBMIT_URL, form_data(site, website="http://spam"))

    assert response.status_code == 302
    assert nothing_stored()


def test_form_sent_faster_than_a_person_can_type_is_refused(client, site):
    response = client.post(SUBMIT_URL, form_data(site, stamp=stamp(age=1)))

    assert response.status_code == 400
    assert "Dat ging sneller dan iemand het formulier kan invullen." in (
        response.content.decode()
    )
    assert nothing_stored()


@pytest.mark.parametrize("value", ["", "forged", stamp()[:-2] + "xx"])
def test_missing_or_forged_stamp_is_refused(client, site, value):
    response = client.post(SUBMIT_URL, form_data(site, stamp=value))

    assert response.status_code == 400
    assert 'name="stamp" value="' in response.content.decode()
    assert nothing_stored()


def test_double_clicked_submit_stores_one_submission_and_sends_one_mail(
    client, site, django_capture_on_commit_callbacks
):
    data = form_data(site)

    first = post(client, django_capture_on_commit_callbacks, SUBMIT_URL, data)
    second = post(client, django_capture_on_commit_callbacks, SUBMIT_URL, data)

    assert first.status_code == second.status_code == 302
    assert Submission.objects.count() == 1
    assert OutgoingMail.objects.count() == 1


def test_same_title_from_the_same_address_within_a_day_is_refused(client, site):
    client.post(SUBMIT_URL, form_data(site))

    again = client.post(
        SUBMIT_URL, form_data(site, title="  plantenbakken IN de kapelstraat ")
    )

    assert again.status_code == 400
    assert "Je stuurde vandaag al een idee met deze titel." in again.content.decode()
    assert Submission.objects.count() == 1


def test_rate_limit_answers_429_with_a_friendly_page(client, site, settings):
    settings.CIVIC_SUBMISSION_RATE_LIMIT = 2
    caches["shared"].clear()

    responses = [
        client.post("/en/submit/", form_data(site, title=f"Idea {n}")) for n in range(3)
    ]

    assert [r.status_code for r in responses] == [302, 302, 429]
    assert 0 < int(responses[2]["Retry-After"]) <= 3601
    assert "Too many submissions" in responses[2].content.decode()
    assert Submission.objects.count() == 2


def test_rate_limit_counts_each_client_address_apart(client, site, settings):
    settings.CIVIC_SUBMISSION_RATE_LIMIT = 1
    caches["shared"].clear()

    first = client.post(SUBMIT_URL, form_data(site), REMOTE_ADDR="192.0.2.1")
    other = client.post(
        SUBMIT_URL, form_data(site, title="Ander"), REMOTE_ADDR="192.0.2.2"
    )

    assert first.status_code == other.status_code == 302


def test_rate_limit_counters_live_in_the_database_cache(client, site):
    from django.db import connection

    client.post(SUBMIT_URL, form_data(site), REMOTE_ADDR="192.0.2.9")

    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM civic_shared_cache")
        keys = [row[0] for row in cursor.fetchall()]
    assert any("civic-submit:192.0.2.9" in key for key in keys)


def test_request_larger_than_all_photos_together_is_refused_with_413(client, site):
    response = client.post(
        SUBMIT_URL, form_data(site), CONTENT_LENGTH=str(40 * 1024 * 1024)
    )

    assert response.status_code == 413
    assert nothing_stored()


def test_school_mode_asks_nothing_about_the_children(
    client, site, django_capture_on_commit_callbacks
):
    form = client.get("/nl/submit/school/").content.decode()
    data = form_data(
        site, public_author="Klas 5B van De Vlieger", phone="0470 00 00 00"
    )
    del data["age_group"]

    response = post(
        client, django_capture_on_commit_callbacks, "/nl/submit/school/", data
    )

    assert 'name="phone"' not in form and 'name="age_group"' not in form
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.school_mode and submission.age_group == Submission.AGE_GROUP
    assert submission.phone == ""


def test_post_stays_under_twenty_queries(
    client, site, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    with django_assert_max_num_queries(20):
        post(client, django_capture_on_commit_callbacks, SUBMIT_URL, form_data(site))

    assert Submission.objects.count() == 1
