"""Spreadsheets from a game night are imported whole or not at all, and every
problem names its row and column.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from civic.budget_games.csv_import import ImportFailed
from civic.budget_games.imports import import_file
from civic.budget_games.results import game_result
from civic.models import BudgetGameBallots, BudgetGamePage
from tests.civic.budget_game_helpers import make_game, make_game_index

pytestmark = pytest.mark.django_db

OPTIONS_CSV = (
    "code;title;kind;amount;origin;partly_fundable;theme\n"
    "A01;Speeltuin;investment;40.000;city;no;\n"
    "A02;Fietspad;investment;120000,50;residents;no;\n"
    "A03;Bomen;investment;30 000;city;yes;\n"
    "S01;Minder bloembakken;saving;10000;city;no;\n"
)


@pytest.fixture(autouse=True)
def english():
    """Runs each test in English: these tests check that a message names the
    row, the column and the fault, whatever language the site speaks.
    """
    with translation.override("en"):
        yield


@pytest.fixture
def game(tree, admin_user):
    return make_game(make_game_index(tree["home"]), tables=[])


def latest(game):
    return game.get_latest_revision_as_object()


def problems_of(game, kind, text, encoding="utf-8", user=None):
    with pytest.raises(ImportFailed) as failure:
        import_file(game, kind, text.encode(encoding), user)
    return [str(problem) for problem in failure.value.problems]


def test_options_import_with_semicolons_comma_decimals_and_bom(game, admin_user):
    raw = OPTIONS_CSV.encode("utf-8-sig")

    count = import_file(game, "options", raw, admin_user)

    draft = latest(game)
    amounts = {o.code: str(o.amount) for o in draft.options.all()}
    assert count == 4
    assert amounts == {
        "A01": "40000",
        "A02": "120000.50",
        "A03": "30000",
        "S01": "10000",
    }
    assert draft.options.get(code="A03").partly_fundable


def test_options_import_reads_windows_1252_and_commas(game, admin_user):
    text = 'code,title,kind,amount\nA01,Café-terras,investment,"12000,5"\n'

    import_file(game, "options", text.encode("cp1252"), admin_user)

    [option] = latest(game).options.all()
    assert option.title == "Café-terras" and str(option.amount) == "12000.5"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "code;title;kind\nA01;Speeltuin;investment\n",
            "Row 1, column “amount”: this column is missing.",
        ),
        (
            "code;title;kind;amount;colour\nA01;Speeltuin;investment;5;red\n",
            "Row 1, column “colour”: this column is unknown",
        ),
        (
            "code;title;kind;amount\nA01;Speeltuin;investment;-40000\n",
            "Row 2, column “amount”: the amount -40000 is negative.",
        ),
        (
            "code;title;kind;amount\nA01;Speeltuin;investment;veel\n",
            "Row 2, column “amount”: “veel” is not an amount.",
        ),
        (
            "code;title;kind;amount\nA01;Speeltuin;present;5\n",
            "Row 2, column “kind”: “present” is not one of",
        ),
        (
            "code;title;kind;amount\nA01;Speeltuin;investment;5\nA01;Plein;saving;6\n",
            "Row 3, column “code”: code A01 is already used on row 2.",
        ),
        (
            "code;title;kind;amount\nA01;Speeltuin;investment;5;6\n",
            "Row 2: 5 values, but the header has 4 columns.",
        ),
    ],
)
def test_bad_option_files_name_row_and_column(game, text, expected):
    problems = problems_of(game, "options", text)

    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_file_with_one_bad_row_imports_nothing(game, admin_user):
    revisions = game.revisions.count()
    text = OPTIONS_CSV + "A09;Plein;investment;abc;city;no;\n"

    problems = problems_of(game, "options", text)

    assert problems == ["Row 6, column “amount”: “abc” is not an amount."]
    assert game.revisions.count() == revisions
    assert [o.code for o in latest(game).options.all()] == [
        o.code for o in game.options.all()
    ]


def test_tables_grid_becomes_packages(game, admin_user):
    text = (
        "table;participants;note;A01;A02;A03;S01\n"
        "Tafel 1;6;Snel akkoord;x;x;20000;x\n"
        "Tafel 2;5;;x;;x;\n"
    )

    import_file(game, "tables", text.encode("utf-8"), admin_user)

    tables = {t.name: t for t in latest(game).tables.all()}
    assert tables["Tafel 1"].package == "A01, A02, A03: 20000, S01"
    assert tables["Tafel 2"].package == "A01, A03"
    assert tables["Tafel 1"].participants == 6


@pytest.mark.parametrize(
    "row, expected",
    [
        (
            "Tafel 3;6;;x;x;;x;x",
            "Row 2, column “table”: Tafel 3: investments €250,000 exceed the "
            "budget plus accepted savings and revenues €210,000",
        ),
        ("Tafel 3;6;;x;5000;;;", "Row 2, column “a02”: Tafel 3: option A02 cannot be"),
        ("Tafel 3;6;;x;;-5;;", "Row 2, column “a03”: Tafel 3: the amount “-5”"),
        ("Tafel 3;zes;;x;;;;", "Row 2, column “participants”: give a whole number"),
    ],
)
def test_bad_table_rows_name_row_and_column(game, row, expected):
    header = "table;participants;note;A01;A02;A03;A04;S01\n"

    problems = problems_of(game, "tables", header + row + "\n")

    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_table_choosing_an_option_not_in_the_list_is_refused(game):
    text = "table;A01;Z99\nTafel 1;x;x\n"

    problems = problems_of(game, "tables", text)

    assert problems[0].startswith("Row 1, column “z99”: this column is unknown")


def test_ballots_import_for_every_translation(game, admin_user):
    text = "ballot;A01;A02;A03\n1;1;0;1\n2;x;;\n3;0;1;1\n"

    import_file(game, "ballots", text.encode("utf-8"), admin_user)

    stored = BudgetGameBallots.for_page(game, draft=True)
    assert stored.count == 3
    assert stored.ballots() == [{"A01", "A03"}, {"A01"}, {"A02", "A03"}]


def test_basket_over_budget_is_refused(game, admin_user):
    text = "A01;A02;A03;A04\n1;1;1;1\n"

    with pytest.raises(ImportFailed) as failure:
        import_file(game, "ballots", text.encode(), admin_user, "basket")

    assert str(failure.value.problems[0]).startswith("Row 2: this basket costs")
    assert BudgetGameBallots.for_page(game, draft=True) is None


PB = """META
key;value
budget;100000
num_projects;2
num_votes;3
vote_type;approval
PROJECTS
project_id;cost;name
p1;60000;Park
p2;50000;Bike lane
VOTES
voter_id;vote;age
v1;p1,p2;34
v2;p1;71
v3;p2;19
"""


def test_pabulib_file_creates_options_and_anonymous_ballots(tree, admin_user):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])

    import_file(game, "pabulib", PB.encode(), admin_user)

    draft = latest(game)
    assert [(o.code, str(o.amount)) for o in draft.options.all()] == [
        ("p1", "60000"),
        ("p2", "50000"),
    ]
    assert draft.variant == BudgetGamePage.VARIANT_BALLOTS
    assert BudgetGameBallots.for_page(game, draft=True).lines == "p1,p2\np1\np2"


def test_pabulib_file_with_inconsistent_totals_names_line_and_column(tree):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])

    problems = problems_of(game, "pabulib", PB.replace("num_votes;3", "num_votes;4"))

    assert problems == [
        "Row 5, column “value”: the file does not follow the pabulib format: "
        "num_votes is 4 but section VOTES has 3 rows"
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Rij 5, kolom “value”: het bestand volgt het pabulib-formaat niet: "
            "num_votes is 9 maar sectie VOTES heeft 3 rijen",
        ),
        (
            "fr",
            "Ligne 5, colonne “value”\u00a0: le fichier ne suit pas le format "
            "pabulib\u00a0: num_votes vaut 9 mais la section VOTES a 3 lignes",
        ),
    ],
)
def test_pabulib_problems_are_in_the_editors_language(tree, language, expected):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])

    with translation.override(language):
        problems = problems_of(
            game, "pabulib", PB.replace("num_votes;3", "num_votes;9")
        )

    assert problems == [expected]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("p1;60000;Park", "p1;60.000,5;Park"), "cost '60.000,5' is geen getal"),
        (
            ("v2;p1;71", "v2;p1,p9;71"),
            "de stem van 'v2' noemt een onbekend project 'p9'",
        ),
        (("META\n", "METAX\n"), "sectie META verwacht, 'METAX' gevonden"),
    ],
)
def test_pabulib_reasons_are_translated(tree, change, expected):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])

    with translation.override("nl"):
        problems = problems_of(game, "pabulib", PB.replace(*change))

    assert len(problems) == 1
    assert problems[0].endswith(expected)


def test_admin_upload_shows_every_problem_with_a_400(admin_client, admin_user, game):
    prefer_english(admin_user)
    url = reverse("civic_budget_game_import", args=[game.pk])
    upload = {"kind": "options", "file": csv_file("code;title;kind;amount\nA1;;x;-1\n")}

    response = admin_client.post(url, upload)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Row 2, column “title”" in html and "Row 2, column “amount”" in html


def test_admin_template_download_holds_the_option_codes(admin_client, game):
    url = reverse("civic_budget_game_template", args=[game.pk, "tables"])

    response = admin_client.get(url)

    body = response.content.decode("utf-8")
    assert body.startswith("\ufefftable;participants;note;A01;A02;A03;A04;S01;R01")


def prefer_english(user):
    """Gives ``user`` the English admin an editor can choose in their account."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def csv_file(text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("options.csv", text.encode(), content_type="text/csv")


def online_game(tree, **fields):
    game = make_game(
        make_game_index(tree["home"]),
        tables=[],
        variant=BudgetGamePage.VARIANT_BALLOTS,
        **fields,
    )
    game.save_revision().publish()
    game.refresh_from_db()
    return game


def test_imported_ballots_wait_for_the_session_to_be_published(tree, admin_user):
    game = online_game(tree)
    import_file(game, "ballots", b"A01\n1\n1\n", admin_user)
    import_file(game, "ballots", b"A01;A02\n1;0\n0;1\n1;1\n", admin_user)

    public, preview = game_result(game), game_result(game, draft=True)

    assert (public.voters, preview.voters) == (0, 3)

    game.get_latest_revision().publish()

    assert game_result(game).voters == 3
    assert game_result(game, draft=True).voters == 3
    assert (
        BudgetGameBallots.objects.filter(translation_key=game.translation_key).count()
        == 1
    )


def test_a_later_import_replaces_the_published_ballots_only_on_publishing(
    tree, admin_user
):
    game = online_game(tree)
    import_file(game, "ballots", b"A01\n1\n1\n", admin_user)
    game.get_latest_revision().publish()
    import_file(game, "ballots", b"A02\n1\n1\n1\n1\n", admin_user)

    assert game_result(game).voters == 2
    assert game_result(game, draft=True).voters == 4

    game.get_latest_revision().publish()

    assert game_result(game).voters == 4


def test_a_preview_request_shows_the_waiting_ballots(tree, admin_user, rf):
    game = online_game(tree)
    import_file(game, "ballots", b"A01\n1\n1\n", admin_user)
    request = rf.get(game.url)
    request.is_preview = True

    previewed = game.get_context(request)["result"]
    request.is_preview = False
    public = game.get_context(request)["result"]

    assert (previewed.voters, public.voters) == (2, 0)


def test_a_first_publication_scheduled_ahead_leaves_the_ballots_waiting(
    tree, admin_user
):
    game = make_game(
        make_game_index(tree["home"]),
        tables=[],
        variant=BudgetGamePage.VARIANT_BALLOTS,
        live=False,
    )
    import_file(game, "ballots", b"A01\n1\n", admin_user)
    game.go_live_at = timezone.now() + datetime.timedelta(hours=1)

    game.save_revision().publish()

    game.refresh_from_db()
    assert not game.live
    assert game_result(game).voters == 0


def test_scheduled_publication_publishes_the_ballots(tree, admin_user):
    game = online_game(tree)
    import_file(game, "ballots", b"A01\n1\n", admin_user)
    game.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = game.save_revision()
    revision.publish()  # only schedules it: the go-live time lies ahead
    assert revision.approved_go_live_at is not None
    assert game_result(game).voters == 0
    # The hour passes.
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])

    call_command("publish_scheduled")

    assert game_result(game).voters == 1


def test_an_option_code_the_model_refuses_is_a_problem_not_a_crash(game):
    long_code = "A" * 21
    text = OPTIONS_CSV + f"{long_code};Plein;investment;1000;city;no;\n"

    problems = problems_of(game, "options", text)

    assert problems == [
        "Row 6, column “code”: Ensure this value has at most 20 characters (it has 21)."
    ]


def test_a_table_name_the_model_refuses_is_a_problem(game):
    problems = problems_of(game, "tables", f"table;A01\n{'T' * 101};x\n")

    assert problems == [
        "Row 2, column “table”: Ensure this value has at most 100 characters "
        "(it has 101)."
    ]


def test_removing_an_option_a_table_chose_names_the_table_not_a_row(game, admin_user):
    import_file(game, "tables", b"table;A01;A02\nTafel 1;x;x\n", admin_user)
    without_a02 = OPTIONS_CSV.replace(
        "A02;Fietspad;investment;120000,50;residents;no;\n", ""
    )

    problems = problems_of(game, "options", without_a02)

    assert problems == ["Tafel 1: option A02 is not in the option list."]


def test_pabulib_votes_turn_a_table_session_into_a_ballot_session(tree, admin_user):
    game = make_game(
        make_game_index(tree["home"]),
        options=[
            ("p1", "Park", "investment", 60_000, False),
            ("p2", "Fietspad", "investment", 50_000, False),
        ],
        tables=[],
        budget=100_000,
    )
    assert game.plays_with_tables

    import_file(game, "pabulib", PB.encode(), admin_user)

    assert latest(game).variant == BudgetGamePage.VARIANT_BALLOTS
    assert game_result(latest(game), draft=True).voters == 3


def test_pabulib_votes_other_than_approval_are_refused(tree):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])
    text = PB.replace("vote_type;approval", "vote_type;ordinal")

    problems = problems_of(game, "pabulib", text)

    assert problems == [
        "Column “vote_type”: only approval votes can be imported; this file "
        "holds ordinal votes."
    ]
    assert BudgetGameBallots.for_page(game, draft=True) is None


def test_pabulib_project_ids_that_cannot_be_option_codes_are_refused(tree):
    game = make_game(make_game_index(tree["home"]), options=[], tables=[])
    text = PB.replace("p1", "project.1")

    problems = problems_of(game, "pabulib", text)

    assert len(problems) == 1
    assert problems[0].startswith("Column “project_id”: project project.1: ")
    assert latest(game).options.count() == 0


def test_an_option_imported_ballots_name_cannot_be_removed(game, admin_user):
    import_file(game, "ballots", b"A01;A02\n1;1\n0;1\n", admin_user)
    without_a02 = OPTIONS_CSV.replace(
        "A02;Fietspad;investment;120000,50;residents;no;\n", ""
    )

    problems = problems_of(game, "options", without_a02)

    assert problems == [
        "Column “code”: The imported ballots name options that are no longer in "
        "the list: A02. Keep those options, or import ballots without them."
    ]
    assert {o.code for o in latest(game).options.all()} >= {"A01", "A02"}
