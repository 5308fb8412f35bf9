"""Property-based: no input to the form or to a link produces a server error."""

from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.submissions.helpers import SUBMIT_URL, form_data, stamp

pytestmark = pytest.mark.django_db

FIELDS = [
    "kind",
    "title",
    "summary",
    "description",
    "district",
    "themes",
    "needs",
    "location_name",
    "latitude",
    "longitude",
    "public_author",
    "email",
    "phone",
    "age_group",
    "consent",
    "website",
    "photo_1_alt",
]
text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300
)
markup = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "\x00",
        "'; DROP TABLE x;--",
        "9" * 400,
        "nan",
        "1e999",
        "-91",
        "{{ 7*7 }}",
        "%s%n",
        "\u202e",
    ]
)
values = st.one_of(text, markup, st.lists(text, max_size=3))
upload = st.binary(max_size=2048).map(lambda data: SimpleUploadedFile("x.jpg", data))

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def open_form(settings):
    settings.CIVIC_SUBMISSION_RATE_LIMIT = 0
    settings.CIVIC_SUBMISSION_MIN_FILL_SECONDS = 0


@SETTINGS
@given(
    changes=st.dictionaries(st.sampled_from(FIELDS), values, max_size=8),
    dropped=st.sets(st.sampled_from(FIELDS + ["stamp"]), max_size=4),
    photo=st.none() | upload,
    language=st.sampled_from(["nl", "fr", "en"]),
    school=st.booleans(),
)
def test_no_form_input_gives_a_server_error(
    client, site, open_form, changes, dropped, photo, language, school
):
    data = {**form_data(site, stamp=stamp()), **changes}
    for name in dropped:
        data.pop(name, None)
    if photo is not None:
        data["photo_1"] = photo
    url = f"/{language}/submit/{'school/' if school else ''}"

    response = client.post(url, data)

    assert response.status_code in (302, 400), response.status_code


@SETTINGS
@given(token=text, purpose=st.sampled_from(["confirm", "edit"]), post=st.booleans())
def test_no_link_gives_a_server_error(client, site, token, purpose, post):
    url = f"{SUBMIT_URL}{purpose}/{quote(token, safe='')}/"

    response = client.post(url) if post else client.get(url)

    assert response.status_code in (400, 404, 410)
