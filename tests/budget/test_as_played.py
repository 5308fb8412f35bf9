"""The table game rule, on small examples computed by hand."""

from __future__ import annotations

from decimal import Decimal

from civic.budget import (
    Instance,
    Profile,
    Project,
    TablePackage,
    compute,
    dumps_pb,
    parse_pb,
    profile_from_tables,
    tables_from_profile,
)
from civic.budget.pabulib import pabulib_data


def _instance(budget: int, costs: dict[str, int]) -> Instance:
    projects = tuple(Project(pid, Decimal(cost)) for pid, cost in costs.items())
    return Instance(Decimal(budget), projects)


def _tables(*packages: set[str]) -> Profile:
    return profile_from_tables(
        TablePackage(f"T{i}", frozenset(p)) for i, p in enumerate(packages, start=1)
    )


KORTRIJK = _instance(
    100_000,
    {"A": 40_000, "B": 30_000, "C": 50_000, "D": 20_000, "E": 10_000, "F": 5_000},
)
FIVE_TABLES = _tables(
    {"A", "B", "C"}, {"A", "C", "D"}, {"A", "B", "E"}, {"B", "C"}, {"A", "C", "D"}
)


def test_majority_options_are_funded_while_money_lasts() -> None:
    # Tables per option: A 4, B 3, C 4, D 2, E 1, F 0. Five tables, so a
    # strict majority is 3 or more: A, B and C. Order: A and C (4 tables,
    # tie broken by id: A first), then B (3 tables).
    # A: 100,000 left, costs 40,000 -> funded, 60,000 left.
    # C: 60,000 left, costs 50,000 -> funded, 10,000 left.
    # B: 10,000 left, costs 30,000 -> not funded, 20,000 short.
    outcome = compute("as-played", KORTRIJK, FIVE_TABLES)
    assert outcome.selected == ("A", "C")
    assert outcome.spent == Decimal(90_000)
    a, b, c = (outcome.explanations[x] for x in "ABC")
    assert (a.reason, a.support, a.money_left, a.position) == ("funded", 4, 100_000, 1)
    assert (c.reason, c.support, c.money_left, c.position) == ("funded", 4, 60_000, 2)
    assert (b.reason, b.support, b.money_left, b.position) == (
        "over_budget",
        3,
        10_000,
        None,
    )
    assert b.shortfall == Decimal(20_000)
    assert a.details == {"tables": 5, "majority": 3}


def test_options_without_majority_or_support_are_explained() -> None:
    # D: 2 of 5 tables, E: 1 of 5, F: none; none reaches the 3 needed, none
    # is weighed against the money, so money_left stays unknown.
    outcome = compute("as-played", KORTRIJK, FIVE_TABLES)
    reasons = {pid: outcome.explanations[pid].reason for pid in "DEF"}
    assert reasons == {"D": "no_majority", "E": "no_majority", "F": "no_support"}
    assert outcome.explanations["D"].support == 2
    assert outcome.explanations["D"].money_left is None
    assert outcome.explanations["D"].shortfall is None


def test_an_option_that_does_not_fit_is_skipped_and_the_next_tried() -> None:
    # All three tables chose X (70), Y (50) and Z (30): equal counts, so id
    # order X, Y, Z. X: 100 left -> funded, 30 left. Y: needs 50, 30 left ->
    # skipped. Z: needs 30, 30 left -> funded; the budget runs out exactly.
    instance = _instance(100, {"X": 70, "Y": 50, "Z": 30})
    outcome = compute("as-played", instance, _tables({"X", "Y", "Z"}, {"X", "Y", "Z"}))
    assert outcome.selected == ("X", "Z")
    assert outcome.left_over == 0
    y = outcome.explanations["Y"]
    assert (y.reason, y.money_left, y.shortfall) == ("over_budget", 30, 20)
    assert outcome.explanations["Z"].money_left == Decimal(30)


def test_half_of_the_tables_is_not_a_majority() -> None:
    # Four tables: P has 2 (exactly half: no), Q has 3 (yes).
    instance = _instance(10, {"P": 1, "Q": 1})
    outcome = compute(
        "as-played", instance, _tables({"P", "Q"}, {"P", "Q"}, {"Q"}, set())
    )
    assert outcome.selected == ("Q",)
    assert outcome.explanations["P"].details["majority"] == 3


def test_ties_use_plain_string_order_of_ids() -> None:
    # "10" sorts before "9" as a string; only one of them fits.
    instance = _instance(5, {"9": 5, "10": 5})
    outcome = compute("as-played", instance, _tables({"9", "10"}))
    assert outcome.selected == ("10",)


def test_table_amounts_travel_through_a_pb_file() -> None:
    # Two tables put 20,000 + 25,000 on A; one table put 5,000 on B.
    packages = [
        TablePackage(
            "T1", frozenset({"A", "B"}), {"A": Decimal(20_000), "B": Decimal(5_000)}
        ),
        TablePackage("T2", frozenset({"A"}), {"A": Decimal(25_000)}),
    ]
    profile = profile_from_tables(packages)
    assert profile.vote_type == "cumulative"
    data = parse_pb(dumps_pb(pabulib_data(KORTRIJK, profile)))
    assert tables_from_profile(data.profile) == packages
    outcome = compute("as-played", data.instance, data.profile)
    # A: 2 of 2 tables (majority 2) -> funded; B: 1 of 2 -> no majority.
    assert outcome.selected == ("A",)
    assert outcome.explanations["A"].details["amount_total"] == Decimal(45_000)
    assert outcome.explanations["B"].reason == "no_majority"
