"""The page editor and the import screen of a Budget Game session."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.civic.budget_game_helpers import make_game, make_game_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def game(tree):
    return make_game(make_game_index(tree["home"]))


def test_editor_shows_the_game_tabs_and_the_import_link(admin_client, game):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[game.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Opties en tafels" in html
    assert reverse("civic_budget_game_import", args=[game.pk]) in html


def test_import_screen_offers_the_templates(admin_client, game):
    response = admin_client.get(reverse("civic_budget_game_import", args=[game.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    for kind in ("options", "tables", "ballots"):
        assert reverse("civic_budget_game_template", args=[game.pk, kind]) in html


def test_import_needs_the_right_to_edit_the_session(client, game):
    user = User.objects.create_user("lezer", password="x")
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    revisions = game.revisions.count()
    upload = SimpleUploadedFile("o.csv", b"code;title;kind;amount\nZ1;Z;saving;1\n")

    response = client.post(
        reverse("civic_budget_game_import", args=[game.pk]),
        {"kind": "options", "file": upload},
    )

    # Wagtail turns PermissionDenied in the admin into a redirect home.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert game.revisions.count() == revisions


def test_a_new_option_added_in_the_editor_takes_the_page_locale(admin_client, game):
    from wagtail.test.utils.form_data import nested_form_data

    from tests.civic.test_budget_game_pages import edit_data

    data = edit_data(game, tables=[("Tafel 1", "A01, N01")])
    form_data = nested_form_data(data)
    total = int(form_data["options-TOTAL_FORMS"])
    form_data.update(
        {
            "options-TOTAL_FORMS": str(total + 1),
            f"options-{total}-code": "N01",
            f"options-{total}-title": "Nieuw",
            f"options-{total}-kind": "investment",
            f"options-{total}-amount": "1000",
            f"options-{total}-origin": "city",
            f"options-{total}-milestones-count": "0",
            f"options-{total}-ORDER": str(total + 1),
        }
    )
    form_data["action-publish"] = "publish"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[game.pk]), form_data
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    new = game.options.get(code="N01")
    assert new.locale_id == game.locale_id
