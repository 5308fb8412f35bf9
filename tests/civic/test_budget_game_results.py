"""Results are computed from the tables' packages and explain themselves in
the visitor's language, with money written the way that language writes it.
"""

import subprocess
from decimal import Decimal

import pytest
from django.utils import translation

from civic.budget_games.money import format_money, parse_amount
from civic.budget_games.results import game_result
from civic.budget_games.rules import budget_rules, get_rule
from tests.civic.budget_game_helpers import make_game, make_game_index

pytestmark = pytest.mark.django_db

# A test catalogue: the lead translates the real one at the end of the issue.
CATALOGUE = {
    "nl": [
        (
            "Funded: supported by %(support)s of %(total)s table.",
            "Funded: supported by %(support)s of %(total)s tables.",
            "Gefinancierd: gekozen door %(support)s van de %(total)s tafel.",
            "Gefinancierd: gekozen door %(support)s van de %(total)s tafels.",
        ),
        (
            "Not funded: %(left)s was left and it needed %(cost)s.",
            None,
            "Niet gefinancierd: er bleef %(left)s over en het kost %(cost)s.",
            None,
        ),
    ],
    "fr": [
        (
            "Funded: supported by %(support)s of %(total)s table.",
            "Funded: supported by %(support)s of %(total)s tables.",
            "Financé : choisi par %(support)s table sur %(total)s.",
            "Financé : choisi par %(support)s tables sur %(total)s.",
        ),
        (
            "Not funded: %(left)s was left and it needed %(cost)s.",
            None,
            "Non financé : il fallait %(cost)s et il restait %(left)s.",
            None,
        ),
    ],
}


def po_entry(msgid, plural, translated, translated_plural):
    if plural is None:
        return f'msgid "{msgid}"\nmsgstr "{translated}"\n\n'
    return (
        f'msgid "{msgid}"\nmsgid_plural "{plural}"\n'
        f'msgstr[0] "{translated}"\nmsgstr[1] "{translated_plural}"\n\n'
    )


@pytest.fixture
def catalogue(settings, tmp_path):
    """Compiles the test catalogue and puts it before the project's own."""
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    header += '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    for language, entries in CATALOGUE.items():
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        text = header + "".join(po_entry(*entry) for entry in entries)
        (folder / "django.po").write_text(text, encoding="utf-8")
        subprocess.run(
            ["msgfmt", "-o", folder / "django.mo", folder / "django.po"], check=True
        )
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]


@pytest.fixture
def game(tree):
    return make_game(make_game_index(tree["home"]))


def rows_by_code(result):
    return {row.option.code: row for row in result.rows}


def test_as_played_funds_majority_options_by_support_within_budget(game):
    result = game_result(game)

    rows = rows_by_code(result)
    assert result.error == ""
    assert [row.option.code for row in result.funded] == ["A01", "A03"]
    assert rows["A01"].support == 3 and rows["A04"].support == 2
    assert rows["A03"].amounts == [Decimal(20000), Decimal(30000), Decimal(10000)]
    assert rows["A03"].cost == Decimal(20000)
    assert result.available == Decimal(210_000)
    assert rows["S01"].funded and not rows["R01"].funded


def test_explanations_follow_the_visitors_language(game, catalogue):
    expected = {
        "nl": "Gefinancierd: gekozen door 3 van de 4 tafels.",
        "fr": "Financé : choisi par 3 tables sur 4.",
        "en": "Funded: supported by 3 of 4 tables.",
    }

    for language, sentence in expected.items():
        with translation.override(language):
            rows = rows_by_code(game_result(game))

        assert rows["A01"].explanation == sentence


def test_over_budget_explanation_names_money_left_and_needed(tree, catalogue):
    index = make_game_index(tree["home"])
    options = [
        ("A01", "Groot plein", "investment", 40_000, False),
        ("A02", "Klein plein", "investment", 30_000, False),
    ]
    tables = [("T1", "A01"), ("T2", "A01"), ("T3", "A02"), ("T4", "A02")]
    game = make_game(
        index,
        options=options,
        tables=tables,
        budget=Decimal(52_000),
        result_rule="greedy",
    )
    expected = {
        "nl": "Niet gefinancierd: er bleef €\xa012.000 over en het kost €\xa030.000.",
        "fr": (
            "Non financé : il fallait 30\u202f000\xa0€ et il restait 12\u202f000\xa0€."
        ),
        "en": "Not funded: €12,000 was left and it needed €30,000.",
    }

    for language, sentence in expected.items():
        with translation.override(language):
            rows = rows_by_code(game_result(game))

        assert rows["A02"].explanation == sentence


def test_no_majority_and_no_support_are_explained(game):
    with translation.override("en"):
        rows = rows_by_code(game_result(game))

    assert rows["A02"].explanation == (
        "Not funded: chosen by 2 of 4 tables; a majority is 3."
    )
    assert rows["R01"].explanation == (
        "Not accepted: chosen by 1 of 4 tables; a majority is 3."
    )


@pytest.mark.parametrize(
    "language, expected",
    [("nl", "€\xa012.000"), ("fr", "12\u202f000\xa0€"), ("en", "€12,000")],
)
def test_money_is_written_in_the_language(language, expected):
    assert format_money(Decimal(12000), language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12000", "12000"),
        ("12.000", "12000"),
        ("12 000", "12000"),
        ("12000,50", "12000.50"),
        ("12.000,50", "12000.50"),
        ("1,234.5", "1234.5"),
        ("€ 40.000", "40000"),
    ],
)
def test_amounts_are_read_as_excel_writes_them(text, expected):
    assert parse_amount(text) == Decimal(expected)


def test_a_hook_adds_a_rule_that_sessions_can_use(game):
    from wagtail import hooks

    class NothingRule:
        name = "nothing"
        label = "Fund nothing"

        def compute(self, instance, profile):
            return get_rule("greedy").compute(
                type(instance)(0, instance.projects), profile
            )

    def register():
        return NothingRule()

    game.result_rule = "nothing"
    with hooks.register_temporarily("register_budget_rule", register):
        names = list(budget_rules())
        result = game_result(game)

    assert "nothing" in names and "as-played" in names
    assert result.funded == [] and result.error == ""


def test_an_unknown_rule_gives_an_error_not_a_crash(game):
    game.result_rule = "no-such-rule"

    result = game_result(game)

    assert result.error and result.funded == []


def test_ballot_game_with_equal_shares_explains_what_supporters_paid(tree):
    from civic.models import BudgetGameBallots, BudgetGamePage

    options = [
        ("A01", "Park", "investment", 60_000, False),
        ("A02", "Fietspad", "investment", 50_000, False),
        ("A03", "Banken", "investment", 40_000, False),
    ]
    game = make_game(
        make_game_index(tree["home"]),
        options=options,
        tables=[],
        budget=Decimal(100_000),
        variant=BudgetGamePage.VARIANT_BALLOTS,
        result_rule="mes",
    )
    BudgetGameBallots.objects.create(
        translation_key=game.translation_key,
        lines="A01,A03\nA01\nA02,A03\nA03",
        count=4,
    )

    with translation.override("en"):
        result = game_result(game)

    # Shares of €25,000: A03's three supporters pay €13,333.33 each; then A01's
    # two supporters hold €11,666.67 + €25,000, short of €60,000.
    rows = rows_by_code(result)
    assert [row.option.code for row in result.funded] == ["A03"]
    assert rows["A03"].explanation == (
        "Funded: its 3 supporters paid €13,333.33 each out of their equal shares."
    )
    assert rows["A01"].explanation == (
        "Not funded: its supporters had €36,666.66 of their equal shares left and "
        "it needed €60,000."
    )


def test_greedy_says_when_it_funds_an_option_nobody_chose(tree):
    options = [
        ("A01", "Groot plein", "investment", 40_000, False),
        ("A02", "Bank", "investment", 5_000, False),
    ]
    game = make_game(
        make_game_index(tree["home"]),
        options=options,
        tables=[("T1", "A01"), ("T2", "A01")],
        budget=Decimal(50_000),
        result_rule="greedy",
    )

    with translation.override("en"):
        rows = rows_by_code(game_result(game))

    assert rows["A02"].funded
    assert rows["A02"].explanation == (
        "Funded without support: it fits in what the chosen options left."
    )


def test_a_saving_in_a_ballot_game_is_explained_with_voters(tree):
    from civic.models import BudgetGameBallots, BudgetGamePage

    game = make_game(
        make_game_index(tree["home"]),
        options=[
            ("A01", "Park", "investment", 60_000, False),
            ("S01", "Minder bloembakken", "saving", 10_000, False),
        ],
        tables=[],
        budget=Decimal(100_000),
        variant=BudgetGamePage.VARIANT_BALLOTS,
    )
    BudgetGameBallots.objects.create(
        translation_key=game.translation_key,
        lines="A01,S01\nA01\nA01\nA01",
        count=4,
    )

    with translation.override("en"):
        rows = rows_by_code(game_result(game))

    assert rows["S01"].explanation == (
        "Not accepted: chosen by 1 of 4 voters; a majority is 3."
    )


def test_the_session_follows_up_savings_too_as_its_district_and_open_data_do(game):
    from civic.budget_games.presentation import page_context

    game.options.filter(code__in=["A01", "S01"]).update(status="decided")

    follow_up = page_context(game)["follow_up"]

    assert [row.option.code for row in follow_up] == ["A01", "S01"]
