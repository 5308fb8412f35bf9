"""Our greedy, mes and mes-completed against pabutools on generated elections."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civic.budget import compute

from .cases import Case, cases
from .oracle import oracle_greedy, oracle_mes, oracle_mes_completed

CASES = cases(seed=20240611, count=420)


def _ours(rule: str, case: Case) -> list[str]:
    """Return our selection, in selection order."""
    return list(compute(rule, case.instance(), case.profile()).selected)


def _without_free(case: Case, selection: list[str]) -> list[str]:
    """Drop projects that cost nothing (their rank differs, see test)."""
    return [pid for pid in selection if case.costs[pid] > 0]


@pytest.mark.parametrize(
    "kind,case", CASES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(CASES)]
)
def test_rules_match_pabutools(kind: str, case: Case) -> None:
    assert _ours("mes", case) == oracle_mes(case.costs, case.budget, case.ballots)
    expected = oracle_mes_completed(case.costs, case.budget, case.ballots)
    assert _ours("mes-completed", case) == expected
    greedy, reference = (
        _ours("greedy", case),
        oracle_greedy(case.costs, case.budget, case.ballots),
    )
    # pabutools ranks a free project by its (zero) cost utility, we by its
    # approvals: both always fund it, only its rank in the order differs.
    assert set(greedy) == set(reference)
    assert _without_free(case, greedy) == _without_free(case, reference)


IDS = ("a", "b", "c", "p1", "p10", "p9", "B")


@st.composite
def elections(draw: st.DrawFn) -> Case:
    """Draw a small election, biased towards ties and tight budgets."""
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=6, unique=True))
    unit = draw(st.sampled_from((1, 5, 10)))
    costs = {pid: Fraction(unit * draw(st.integers(0, 6))) for pid in ids}
    ballot = st.frozensets(st.sampled_from(ids), max_size=len(ids))
    ballots = tuple(draw(st.lists(ballot, min_size=1, max_size=8)))
    budget = Fraction(draw(st.integers(0, 12)) * unit)
    return Case(costs, budget, ballots)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(elections())
def test_rules_match_pabutools_hypothesis(case: Case) -> None:
    assert _ours("mes", case) == oracle_mes(case.costs, case.budget, case.ballots)
    expected = oracle_mes_completed(case.costs, case.budget, case.ballots)
    assert _ours("mes-completed", case) == expected
    greedy = _ours("greedy", case)
    assert set(greedy) == set(oracle_greedy(case.costs, case.budget, case.ballots))


def _medium_case(seed: int) -> Case:
    """Return an election with dozens of voters, where shares run short."""
    rng = random.Random(seed)
    ids = [f"m{i}" for i in range(rng.randint(6, 12))]
    costs = {pid: Fraction(rng.randrange(10, 200, 5)) for pid in ids}
    weights = {pid: rng.random() for pid in ids}
    ballots = tuple(
        frozenset(pid for pid in ids if rng.random() < weights[pid])
        for _ in range(rng.randint(20, 60))
    )
    budget = Fraction(sum(costs.values()) * rng.choice((2, 4, 6)) // 10)
    return Case(costs, budget, ballots)


@pytest.mark.parametrize("seed", range(40))
def test_medium_elections_match_pabutools(seed: int) -> None:
    case = _medium_case(seed)
    assert _ours("mes", case) == oracle_mes(case.costs, case.budget, case.ballots)
    expected = oracle_mes_completed(case.costs, case.budget, case.ballots)
    assert _ours("mes-completed", case) == expected


def _tied_case(seed: int) -> Case:
    """Return an election of repeated ballots and few cost levels, where
    ratios tie exactly and the shares grow for many steps."""
    rng = random.Random(seed)
    ids = [f"t{i}" for i in range(rng.randint(4, 9))]
    level = rng.choice((4, 10, 25))
    costs = {pid: Fraction(level * rng.choice((1, 2, 2, 5))) for pid in ids}
    patterns = [
        frozenset(pid for pid in ids if rng.random() < 0.35)
        for _ in range(rng.randint(2, 6))
    ]
    ballots = tuple(patterns[i % len(patterns)] for i in range(rng.randint(8, 40)))
    budget = Fraction(level * rng.randint(1, 2 * len(ids)))
    return Case(costs, budget, ballots)


@pytest.mark.parametrize("seed", range(30))
def test_tied_elections_match_pabutools(seed: int) -> None:
    case = _tied_case(seed)
    expected = oracle_mes_completed(case.costs, case.budget, case.ballots)
    assert _ours("mes-completed", case) == expected


def _long_case(seed: int) -> Case:
    """Return an election whose shares start far too small: the outcome is
    only exhaustive after dozens to hundreds of steps."""
    rng = random.Random(seed)
    ids = [f"l{i}" for i in range(rng.randint(5, 10))]
    costs = {pid: Fraction(rng.randrange(40, 400, 10)) for pid in ids}
    ballots = tuple(
        frozenset(pid for pid in ids if rng.random() < 0.4)
        for _ in range(rng.randint(4, 12))
    )
    budget = Fraction(sum(costs.values()) * rng.choice((3, 5, 8)) // 10)
    return Case(costs, budget, ballots)


@pytest.mark.parametrize("seed", range(15))
def test_long_completions_match_pabutools(seed: int) -> None:
    case = _long_case(seed)
    expected = oracle_mes_completed(case.costs, case.budget, case.ballots)
    assert _ours("mes-completed", case) == expected
