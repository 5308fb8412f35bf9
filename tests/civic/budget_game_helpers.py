"""Builders of Budget Game sessions for tests."""

from decimal import Decimal

from civic.models import (
    BudgetGameIndexPage,
    BudgetGameOption,
    BudgetGamePage,
    BudgetGameTable,
)
from tests.utils import add_page

# (code, title, kind, amount, partly fundable)
OPTIONS = [
    ("A01", "Speeltuin vernieuwen", "investment", 40_000, False),
    ("A02", "Fietspad Kapelstraat", "investment", 120_000, False),
    ("A03", "Bomen planten", "investment", 30_000, True),
    ("A04", "Buurthuis isoleren", "investment", 90_000, False),
    ("S01", "Minder bloembakken", "saving", 10_000, False),
    ("R01", "Parkeertarief", "revenue", 20_000, False),
]
# Four tables; a strict majority is three.
TABLES = [
    ("Tafel 1", "A01, A02, A03: 20000, S01"),
    ("Tafel 2", "A01, A04, S01, R01"),
    ("Tafel 3", "A01, A03, A04"),
    ("Tafel 4", "A02, A03: 10000, S01"),
]


def make_game_index(home):
    return add_page(home, BudgetGameIndexPage(title="Budgetspel", slug="budgetspel"))


def make_options(specs=OPTIONS):
    return [
        BudgetGameOption(
            code=code,
            title=title,
            kind=kind,
            amount=Decimal(amount),
            partly_fundable=partly,
        )
        for code, title, kind, amount, partly in specs
    ]


def make_game(
    index, title="Budgetspel Heule", options=OPTIONS, tables=TABLES, **fields
):
    fields.setdefault("summary", "Bewoners verdeelden het budget.")
    fields.setdefault("date", "2025-03-20")
    fields.setdefault("budget", Decimal(200_000))
    fields.setdefault("adults", 20)
    page = BudgetGamePage(
        title=title,
        options=make_options(options),
        tables=[
            BudgetGameTable(name=name, package=package, participants=5)
            for name, package in tables
        ],
        **fields,
    )
    return add_page(index, page)
