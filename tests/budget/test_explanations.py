"""Explanations of greedy and equal shares, on examples computed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from civic.budget import Instance, Profile, Project, compute


def _instance(budget: int, costs: dict[str, int]) -> Instance:
    projects = tuple(Project(pid, Decimal(cost)) for pid, cost in costs.items())
    return Instance(Decimal(budget), projects)


# Budget 100; a costs 60, b 50, c 30. Voter 1 approves a and b, voter 2
# approves a, voter 3 approves b and c.
THREE = _instance(100, {"a": 60, "b": 50, "c": 30})
VOTERS = Profile.from_approvals([{"a", "b"}, {"a"}, {"b", "c"}])


def test_equal_shares_explanations() -> None:
    # Each voter holds 100/3 = 33.33. Round 1: a costs its 2 supporters 30
    # each, 30/60 = 0.5 per unit; b costs its 2 supporters 25 each, 25/50 =
    # 0.5; c costs voter 3 30, 30/30 = 1. a and b tie at 0.5: id a wins.
    # Voters 1 and 2 keep 3.33. Round 2: b's supporters hold 3.33 + 33.33 =
    # 36.67 < 50, unaffordable; c: voter 3 pays 30 of 33.33. Bought: a, c.
    outcome = compute("mes", THREE, VOTERS)
    assert outcome.selected == ("a", "c")
    a, b, c = (outcome.explanations[x] for x in "abc")
    assert (a.funded, a.reason, a.position, a.support) == (True, "funded", 1, 2)
    assert a.money_left == Decimal("66.66")  # 2 x 33.333..., rounded down
    assert a.details["price_per_supporter"] == Decimal("30.00")
    assert a.details["share_per_voter"] == Decimal("33.33")
    assert (c.position, c.money_left) == (2, Decimal("33.33"))
    # b: its supporters end with 3.333... + 3.333... = 6.666..., 43.34 short.
    assert (b.funded, b.reason, b.support) == (False, "supporters_short", 2)
    assert b.money_left == Decimal("6.66")
    assert b.shortfall == Decimal("43.34")


def test_greedy_explanations() -> None:
    # Approvals: a 2, b 2, c 1. a and b tie: id a first. a: 100 left ->
    # funded, 40 left; b: needs 50, 40 left -> over budget; c: 30 <= 40 ->
    # funded, 10 left.
    outcome = compute("greedy", THREE, VOTERS)
    assert outcome.selected == ("a", "c")
    b = outcome.explanations["b"]
    assert (b.reason, b.money_left, b.shortfall) == ("over_budget", 40, 10)
    assert outcome.explanations["c"].money_left == Decimal(40)
    assert outcome.explanations["c"].position == 2


def test_completion_raises_shares_until_the_outcome_is_exhaustive() -> None:
    # Budget 100: a (60) approved by voters 1, 2; b (40) by voters 3, 4.
    # Shares of 25: a's supporters hold 50 < 60; b is bought at 20 each.
    # Spent 40 and a would still fit, so shares grow by 1 per step. At 30
    # each a's supporters hold 60: a and b both cost 0.5 per unit, a wins
    # the tie, then b; spent 100, nothing else fits: that outcome is kept.
    instance = _instance(100, {"a": 60, "b": 40})
    profile = Profile.from_approvals([{"a"}, {"a"}, {"b"}, {"b"}])
    assert compute("mes", instance, profile).selected == ("b",)
    outcome = compute("mes-completed", instance, profile)
    assert outcome.selected == ("a", "b")
    a = outcome.explanations["a"]
    assert a.details["share_per_voter"] == Decimal("30.00")
    assert a.details["price_per_supporter"] == Decimal("30.00")
    assert a.money_left == Decimal("60.00")


def test_unsupported_and_free_projects() -> None:
    # z is free and approved, n is approved by nobody. Equal shares with
    # cost utilities never weighs a free project (not_reached), and nobody
    # backs n (no_support). Greedy funds both: they fit, ranked last.
    instance = _instance(10, {"p": 10, "z": 0, "n": 0})
    profile = Profile.from_approvals([{"p", "z"}])
    mes = compute("mes", instance, profile)
    assert mes.reasons() == {"p": "funded", "z": "not_reached", "n": "no_support"}
    greedy = compute("greedy", instance, profile)
    assert set(greedy.selected) == {"p", "z", "n"}


def test_greedy_can_leave_unsupported_projects_out() -> None:
    from civic.budget.rules import GreedyRule

    instance = _instance(10, {"p": 4, "n": 1})
    outcome = GreedyRule(fund_unsupported=False).compute(
        instance, Profile.from_approvals([{"p"}])
    )
    assert outcome.selected == ("p",)
    assert outcome.explanations["n"].reason == "no_support"


@pytest.mark.parametrize("rule", ["greedy", "mes", "mes-completed", "as-played"])
def test_every_project_is_explained_with_a_known_reason(rule: str) -> None:
    from civic.budget.outcome import REASONS

    outcome = compute(rule, THREE, VOTERS)
    assert list(outcome.explanations) == ["a", "b", "c"]
    assert all(item.reason in REASONS for item in outcome.explanations.values())
    assert all(
        outcome.explanations[pid].funded == (pid in outcome.selected) for pid in "abc"
    )
    assert outcome.spent <= THREE.budget


def test_no_voters_funds_nothing_with_equal_shares() -> None:
    outcome = compute("mes-completed", THREE, Profile(()))
    assert outcome.selected == ()
    assert set(outcome.reasons().values()) == {"no_support"}
