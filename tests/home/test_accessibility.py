"""The footer links the accessibility statement; residents can send feedback."""

import smtplib
from unittest import mock

import pytest
from django.core import mail

from civic.models import InformationPage
from home.models import AccessibilitySettings
from tests.utils import add_page, translate

pytestmark = pytest.mark.django_db

URL = "/nl/accessibility-feedback/"


@pytest.fixture
def statement(tree):
    page = add_page(tree["home"], InformationPage(title="Toegankelijkheid"))
    AccessibilitySettings.objects.create(
        site=tree["home"].get_site(),
        statement=page,
        feedback_email="toegankelijk@example.org",
    )
    return page


def test_footer_links_the_statement_in_the_visitors_language(client, statement, tree):
    translate(tree["home"], "fr", "Accueil")
    french = translate(statement, "fr", "Accessibilité")

    dutch_html = client.get(tree["home"].url).content.decode()
    french_html = client.get("/fr/").content.decode()

    assert f'href="{statement.url}"' in dutch_html
    assert f'href="{french.url}"' in french_html
    assert 'href="/fr/accessibility-feedback/"' in french_html


def test_feedback_is_mailed_to_the_web_team(client, statement):
    data = {"message": "De kaart is niet te gebruiken.", "email": "an@example.org"}

    response = client.post(URL, data)

    assert response.status_code == 302
    assert response["Location"] == URL + "?sent=1"
    (message,) = mail.outbox
    assert message.to == ["toegankelijk@example.org"]
    assert message.reply_to == ["an@example.org"]
    assert "De kaart is niet te gebruiken." in message.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Bedankt. Je bericht is naar het webteam gestuurd." in thanks


def test_feedback_without_a_message_is_refused_with_a_clear_error(client, statement):
    response = client.post(URL, {"message": "", "email": "geen-adres"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert 'id="id_message_error"' in html and 'id="id_email_error"' in html
    assert mail.outbox == []


def test_feedback_that_cannot_be_sent_comes_back_filled_in(client, statement, caplog):
    data = {"message": "Te kleine letters.", "email": "an@example.org"}

    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException
    ):
        response = client.post(URL, data)

    assert response.status_code == 503
    html = response.content.decode()
    assert "Te kleine letters." in html and 'value="an@example.org"' in html
    assert "an@example.org" not in caplog.text


def test_feedback_form_works_without_settings(client, tree, settings):
    client.post(URL, {"message": "Geen contrast."})

    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]
