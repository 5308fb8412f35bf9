"""Small generated elections used to compare our rules with the oracle."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from civic.budget import Instance, Profile, Project

ID_POOLS = (
    ("a", "b", "c", "d", "e", "f", "g"),
    ("p1", "p2", "p9", "p10", "p11", "p20", "p100"),
    ("B", "a", "b", "A", "Z", "z", "_"),
)
KINDS = (
    "random",
    "ties",
    "exact",
    "expensive",
    "unapproved",
    "single",
    "fractional",
)


@dataclass(frozen=True)
class Case:
    """Costs by project id, a budget and approval ballots."""

    costs: dict[str, Fraction]
    budget: Fraction
    ballots: tuple[frozenset[str], ...]

    def instance(self) -> Instance:
        """Return the case as our Instance."""
        projects = [Project(pid, _decimal(c)) for pid, c in self.costs.items()]
        return Instance(_decimal(self.budget), tuple(projects))

    def profile(self) -> Profile:
        """Return the case as our approval Profile."""
        return Profile(self.ballots)


def _decimal(value: Fraction) -> Decimal:
    """Convert a Fraction with a terminating decimal expansion exactly."""
    result = Decimal(value.numerator) / Decimal(value.denominator)
    assert Fraction(result) == value
    return result


def make_case(rng: random.Random, kind: str) -> Case:
    """Return one generated case of the given kind."""
    ids = list(rng.choice(ID_POOLS))[: rng.randint(1, 7)]
    rng.shuffle(ids)
    costs = {pid: Fraction(rng.choice((1, 2, 3, 5, 8, 10, 12, 20, 30))) for pid in ids}
    voters = 1 if kind == "single" else rng.randint(2, 9)
    ballots = _ballots(rng, ids, voters)
    budget = Fraction(rng.choice((0, 1, 7, 10, 20, 25, 30, 45, 60)))
    return _shape(rng, kind, Case(costs, budget, ballots))


def _ballots(
    rng: random.Random, ids: list[str], voters: int
) -> tuple[frozenset[str], ...]:
    """Return random approval ballots (empty ballots allowed)."""
    density = rng.choice((0.2, 0.4, 0.6, 0.9))
    return tuple(
        frozenset(pid for pid in ids if rng.random() < density) for _ in range(voters)
    )


def _shape(rng: random.Random, kind: str, case: Case) -> Case:
    """Adjust a random case towards the situation ``kind`` names."""
    costs, budget, ballots = dict(case.costs), case.budget, case.ballots
    ids = list(costs)
    if kind == "ties":
        level = Fraction(rng.choice((5, 10)))
        costs = {pid: level * rng.choice((1, 1, 2)) for pid in ids}
        pattern = _ballots(rng, ids, rng.randint(1, 3))
        ballots = tuple(pattern[i % len(pattern)] for i in range(2 * len(pattern)))
        budget = level * rng.randint(0, 6)
    elif kind == "exact":
        chosen = [pid for pid in ids if rng.random() < 0.6]
        budget = sum((costs[pid] for pid in chosen), Fraction(0))
    elif kind == "expensive":
        costs[rng.choice(ids)] = budget + rng.choice((1, 5, 50))
    elif kind == "unapproved":
        costs["zz_free"] = Fraction(0)
        costs["zz_nobody"] = Fraction(rng.choice((1, 5, 30)))
        ballots = tuple(b | {"zz_free"} if rng.random() < 0.5 else b for b in ballots)
    elif kind == "fractional":
        costs = {
            pid: c + Fraction(rng.choice((0, 1, 2, 3)), 4) for pid, c in costs.items()
        }
        budget += Fraction(1, 2)
    return Case(costs, budget, ballots)


def cases(seed: int, count: int) -> list[tuple[str, Case]]:
    """Return ``count`` cases cycling through every kind, reproducibly."""
    rng = random.Random(seed)
    return [
        (KINDS[i % len(KINDS)], make_case(rng, KINDS[i % len(KINDS)]))
        for i in range(count)
    ]
