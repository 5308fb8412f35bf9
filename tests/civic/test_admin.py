"""Editors create every page type through the admin's add view, over HTTP."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail_localize.models import TranslationSource

from civic.models import (
    DistrictIndexPage,
    DistrictPage,
    EventIndexPage,
    EventPage,
    InformationPage,
    InitiativeIndexPage,
    InitiativePage,
    Theme,
)
from home.models import HomePage
from kortrijk.demo.accounts import ensure_group_permissions
from tests.utils import make_district, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, tree):
    ensure_group_permissions([tree["home"]])
    user = User.objects.create_user("redacteur", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def add_url(model, parent):
    meta = model._meta
    return reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]
    )


def post_page(client, model, parent, **fields):
    data = nested_form_data({"action-publish": "publish", **fields})
    response = client.post(add_url(model, parent), data)
    assert response.status_code == 302, response.context["form"].errors
    return model.objects.get(slug=fields["slug"])


def test_editor_creates_a_district(client, editor, tree):
    page = post_page(
        client,
        DistrictPage,
        tree["districts"],
        title="Bissegem",
        slug="bissegem",
        introduction="Aan de Leie.",
        body=rich_text("<p>Welkom.</p>"),
        boundary="",
        contacts=inline_formset([{"name": "An", "role": "buurtwerker"}]),
        visits=inline_formset([]),
    )

    assert page.live
    assert page.contacts.get().name == "An"


def test_editor_creates_an_initiative(client, editor, tree):
    district = make_district(tree["districts"], "Heule")
    theme = make_theme("Eenzaamheid")

    page = post_page(
        client,
        InitiativePage,
        tree["initiatives"],
        title="Koffie bij de buren",
        slug="koffie",
        kind="wish",
        status="idea",
        summary="Wekelijks koffie.",
        body=streamfield([("easy_read", {"text": "Kom koffie drinken."})]),
        district=district.pk,
        themes=theme.name,
        needs_volunteers="on",
        public_author="Sofie",
    )

    assert page.district.specific == district
    assert list(page.themes.all()) == [theme]
    assert page.needs_volunteers and not page.needs_money


def test_unknown_theme_is_not_created(client, editor, tree):
    data = nested_form_data(
        {
            "title": "X",
            "slug": "x",
            "kind": "initiative",
            "status": "idea",
            "summary": "x",
            "body": streamfield([]),
            "themes": "nieuw-verzonnen-thema",
            "action-publish": "publish",
        }
    )

    client.post(add_url(InitiativePage, tree["initiatives"]), data)

    assert not InitiativePage.objects.get(slug="x").themes.exists()
    assert not Theme.objects.filter(name="nieuw-verzonnen-thema").exists()


def test_editor_creates_an_event_in_brussels_time(client, editor, tree):
    page = post_page(
        client,
        EventPage,
        tree["events"],
        title="Kortrijk spreekt in Marke",
        slug="spreekt-marke",
        event_type="visit",
        summary="Op zondag aan uw deur.",
        start="2030-03-03 10:00",
        end="2030-03-03 12:00",
        body=streamfield([]),
        format="in_person",
        place_name="Kerkplein Marke",
        related_initiatives=inline_formset([]),
    )

    assert page.start.isoformat() == "2030-03-03T09:00:00+00:00"


def test_event_without_a_place_is_refused(client, editor, tree):
    data = nested_form_data(
        {
            "title": "Nergens",
            "slug": "nergens",
            "event_type": "meeting",
            "summary": "x",
            "start": "2030-03-03 10:00",
            "end": "2030-03-03 09:00",
            "body": streamfield([]),
            "format": "hybrid",
            "related_initiatives": inline_formset([]),
            "action-publish": "publish",
        }
    )

    response = client.post(add_url(EventPage, tree["events"]), data)

    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="nergens").exists()


@pytest.mark.parametrize(
    ("model", "parent_name", "extra"),
    [
        (DistrictIndexPage, "home", {}),
        (InformationPage, "home", {"body": streamfield([])}),
    ],
)
def test_editor_creates_simple_pages(client, editor, tree, model, parent_name, extra):
    slug = f"nieuw-{model._meta.model_name}"

    if model is DistrictIndexPage:
        tree["districts"].delete()
    page = post_page(
        client, model, tree[parent_name], title="Nieuw", slug=slug, **extra
    )

    assert page.get_parent().pk == tree[parent_name].pk


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        (DistrictPage, EventPage),
        (DistrictPage, InitiativePage),
        (EventIndexPage, InitiativePage),
        (InitiativeIndexPage, EventPage),
        (HomePage, EventPage),
        (HomePage, DistrictPage),
        (InitiativePage, InitiativePage),
    ],
)
def test_page_type_cannot_go_under_the_wrong_parent(parent, child):
    assert not child.can_create_at(parent())


def test_add_view_refuses_an_event_under_a_district(client, editor, tree):
    district = make_district(tree["districts"], "Kooigem")

    data = nested_form_data(
        {"title": "Fout", "slug": "fout", "action-publish": "publish"}
    )

    shown = client.get(add_url(EventPage, district))
    client.post(add_url(EventPage, district), data)

    assert shown.status_code == 302
    assert shown["Location"] == reverse("wagtailadmin_home")
    assert not EventPage.objects.filter(slug="fout").exists()


def test_one_index_of_a_kind_per_home(tree):
    assert not EventIndexPage.can_create_at(tree["home"])
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_editor_schedules_a_page(client, editor, tree):
    data = nested_form_data(
        {
            "title": "Later",
            "slug": "later",
            "introduction": "",
            "go_live_at": "2031-01-01 09:00",
            "action-publish": "publish",
        }
    )
    tree["events"].delete()

    client.post(add_url(EventIndexPage, tree["home"]), data)

    page = EventIndexPage.objects.get(slug="later")
    assert not page.live
    assert page.scheduled_revision is not None


def test_editor_translates_a_page_with_wagtail_localize(client, editor, tree):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    url = reverse("wagtail_localize:submit_page_translation", args=[tree["home"].pk])
    district = make_district(tree["districts"], "Aalbeke")

    client.post(url, {"locales": [french.pk], "include_subtree": "on"})

    translation = district.get_translation(french)
    assert translation.title == "Aalbeke"
    assert TranslationSource.objects.get_for_instance(district.page_ptr)
