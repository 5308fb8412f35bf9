"""The editor's form checks every table's package and names the table."""

from decimal import Decimal

import pytest
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data

from civic.budget_games.packages import options_by_code, parse_package
from civic.models import BudgetGamePage
from tests.civic.budget_game_helpers import make_game, make_game_index
from tests.civic.test_budget_game_pages import edit_data, option_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Runs each test in English: these tests check that a message names the
    table and the fault, whatever language the site speaks.
    """
    with translation.override("en"):
        yield


@pytest.fixture
def game(tree):
    return make_game(make_game_index(tree["home"]))


def bound_form(game, tables, **changes):
    form_class = BudgetGamePage.get_edit_handler().get_form_class()
    data = {**edit_data(game, tables), **changes}
    return form_class(nested_form_data(data), instance=game, for_user=None)


def table_errors(form):
    return {
        table_form.cleaned_data.get("name"): table_form.errors.get("package")
        for table_form in form.formsets["tables"].forms
        if table_form.errors and not table_form.cleaned_data.get("DELETE")
    }


def test_package_over_budget_names_the_table_and_the_amounts(game):
    form = bound_form(game, [("Table 1", "A01"), ("Table 3", "A02, A04, A01")])

    valid = form.is_valid()

    message = (
        "Table 3: investments €250,000 exceed the budget plus accepted savings and "
        "revenues €200,000"
    )
    assert not valid
    assert table_errors(form) == {"Table 3": [message]}
    assert message in form.non_field_errors()


def test_savings_a_table_accepts_raise_its_limit(game):
    form = bound_form(game, [("Table 1", "A02, A04, S01, R01")])

    assert form.is_valid(), (form.errors, table_errors(form))


def test_budget_only_rule_ignores_savings(game):
    form = bound_form(game, [("Table 1", "A02, A04, S01, R01")], package_limit="budget")

    assert not form.is_valid()
    assert "Table 1: investments" in table_errors(form)["Table 1"][0]


@pytest.mark.parametrize(
    "package, fragment",
    [
        ("A01, Z99", "option Z99 is not in the option list"),
        ("A01: 1000", "A01 cannot be partly funded"),
        ("A03: -5", "is not a positive number"),
        ("A03: veel", "is not a positive number"),
        ("A03: 90000", "must lie between"),
        ("A01, A01", "chosen twice"),
    ],
)
def test_bad_packages_are_refused_with_the_table_named(game, package, fragment):
    form = bound_form(game, [("Tafel 7", package)])

    assert not form.is_valid()
    [error] = table_errors(form)["Tafel 7"]
    assert error.startswith("Tafel 7: ") and fragment in error


def test_unknown_result_rule_is_refused(game):
    form = bound_form(game, [], result_rule="coin-toss")

    assert not form.is_valid()
    assert "result_rule" in form.errors


@pytest.mark.parametrize(
    "package, amount",
    [
        ("A03: 15000,50, A01", "15000.50"),
        ("A03: 15.000,50; A01", "15000.50"),
        ("A03: 15,000\nA01", "15000"),
        ("A03: 15 000,5,A01", "15000.5"),
    ],
)
def test_partial_amounts_keep_their_thousands_and_cents(game, package, amount):
    options = options_by_code(game.options.all())

    choices = parse_package("Table 1", package, options)

    assert [(c.option.code, c.amount) for c in choices] == [
        ("A03", Decimal(amount)),
        ("A01", Decimal(40_000)),
    ]


def test_a_comma_between_codes_still_separates_them(game):
    options = options_by_code(game.options.all())

    choices = parse_package("Table 1", "A01,A03: 20000,A02", options)

    assert [c.option.code for c in choices] == ["A01", "A03", "A02"]


def test_the_editor_cannot_remove_an_option_imported_ballots_name(game, admin_user):
    from wagtail.test.utils.form_data import inline_formset

    from civic.budget_games.imports import import_file

    import_file(game, "ballots", b"A01;A04\n1;1\n", admin_user)
    options = option_rows(game, delete={"A04"})

    form = bound_form(game, [], options=inline_formset(options, initial=len(options)))

    assert not form.is_valid()
    assert form.non_field_errors() == [
        "The imported ballots name options that are no longer in the list: A04. "
        "Keep those options, or import ballots without them."
    ]
