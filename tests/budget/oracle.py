"""pabutools as a test oracle (GPL, test-only: never import it from civic/).

Imported once per test session; project ids become pabutools project names.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import pytest

pabutools_election = pytest.importorskip("pabutools.election")
pabutools_rules = pytest.importorskip("pabutools.rules")

from gmpy2 import mpq  # noqa: E402  (installed with pabutools)

Ballots = Sequence[frozenset[str]]


def _election(
    costs: dict[str, Fraction], budget: Fraction, ballots: Ballots
) -> tuple[object, object]:
    """Return a pabutools (Instance, ApprovalProfile)."""
    election = pabutools_election
    projects = {pid: election.Project(pid, mpq(cost)) for pid, cost in costs.items()}
    instance = election.Instance(projects.values(), budget_limit=mpq(budget))
    profile = election.ApprovalProfile(
        [election.ApprovalBallot([projects[pid] for pid in b]) for b in ballots]
    )
    return instance, profile


def oracle_mes(costs: dict[str, Fraction], budget: Fraction, ballots: Ballots):
    """Return pabutools' equal shares (cost satisfaction) selection, in order."""
    instance, profile = _election(costs, budget, ballots)
    outcome = pabutools_rules.method_of_equal_shares(
        instance, profile, sat_class=pabutools_election.Cost_Sat
    )
    return [project.name for project in outcome]


def oracle_mes_completed(
    costs: dict[str, Fraction], budget: Fraction, ballots: Ballots
) -> list[str]:
    """Return pabutools' equal shares completed by budget increase, in order."""
    instance, profile = _election(costs, budget, ballots)
    outcome = pabutools_rules.exhaustion_by_budget_increase(
        instance,
        profile,
        pabutools_rules.method_of_equal_shares,
        {"sat_class": pabutools_election.Cost_Sat},
        budget_step=len(ballots),
    )
    return [project.name for project in outcome]


def oracle_greedy(
    costs: dict[str, Fraction], budget: Fraction, ballots: Ballots
) -> list[str]:
    """Return pabutools' greedy utilitarian selection (cost satisfaction)."""
    instance, profile = _election(costs, budget, ballots)
    outcome = pabutools_rules.greedy_utilitarian_welfare(
        instance, profile, sat_class=pabutools_election.Cost_Sat
    )
    return [project.name for project in outcome]
