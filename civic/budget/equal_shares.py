"""The Method of Equal Shares with cost utilities, in exact integer arithmetic.

Every voter gets an equal share of the budget. In each round the project that
its supporters can buy at the lowest price per unit of utility is bought, each
supporter paying an equal amount or, if that is more than they have left, all
they have left. With cost utilities a voter's utility for a project is its
cost, so the price per unit of utility is ``price / cost``. Ties go to the
smallest project id (plain ``str`` order). Projects without supporters and
projects that cost nothing are never bought.

Voters with identical payment histories hold identical amounts, so they are
kept in *classes*. Amounts are integers over a common denominator ``scale``
(one currency unit is ``unit`` integer steps), which keeps all comparisons
exact and fast.

The completed variant (see ``completion``) re-runs the rule with every share
raised by ``step`` currency units; ``fast_shares`` does most of those runs in
floats and falls back to this engine when rounding could matter.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Prepared:
    """Integer data shared by every run on one instance and profile."""

    costs: tuple[int, ...]
    supporters: tuple[tuple[int, ...], ...]
    voters: int
    budget: int
    unit: int
    candidates: tuple[int, ...]
    ids: tuple[str, ...]


def prepare(
    ids: Sequence[str],
    costs: Sequence[Fraction],
    supporters: Sequence[Sequence[int]],
    voters: int,
    budget: Fraction,
) -> Prepared:
    """Scale money to integers and list the projects equal shares can buy."""
    unit = math.lcm(budget.denominator, *(c.denominator for c in costs))
    scaled = tuple(int(cost * unit) for cost in costs)
    candidates = tuple(
        q for q in range(len(ids)) if scaled[q] > 0 and len(supporters[q]) > 0
    )
    support = tuple(tuple(group) for group in supporters)
    return Prepared(
        scaled, support, voters, int(budget * unit), unit, candidates, tuple(ids)
    )


@dataclass(slots=True)
class Evaluation:
    """The price of one project in one round, or the fact it is unaffordable.

    ``items`` are (class, supporters in it) by increasing amount; the first
    ``split`` of them pay all they have, the others pay ``need / rich`` each
    (amounts over the common denominator ``scale``).
    """

    project: int
    need: int
    rich: int
    items: list[tuple[int, int]]
    split: int
    scale: int

    @property
    def affordable(self) -> bool:
        """Tell whether the supporters together can pay the project."""
        return self.rich > 0

    def ratio_den(self, cost: int) -> int:
        """Return the denominator of price/cost (the numerator is ``need``)."""
        return self.rich * self.scale * cost


@dataclass
class Purchase:
    """One bought project with the exact money figures of that moment."""

    project: int
    price: Fraction
    available: Fraction


@dataclass
class RunResult:
    """Outcome of one run: purchases in order, leftovers, the share used."""

    purchases: list[Purchase]
    leftover: dict[int, Fraction]
    share: Fraction

    @property
    def selected(self) -> list[int]:
        """Return the bought project indices in order."""
        return [purchase.project for purchase in self.purchases]


class _Run:
    """One exact run of equal shares with every share raised by ``step``."""

    def __init__(self, data: Prepared, step: int) -> None:
        self.data = data
        self.scale = data.voters
        self.values = [0, data.budget + step * data.voters * data.unit]
        self.sizes = [0, data.voters]
        self.classes = [1] * data.voters
        self.stale = {q: (1, len(data.supporters[q])) for q in data.candidates}
        self.share = Fraction(data.budget, data.voters * data.unit) + step

    def evaluate(self, q: int) -> Evaluation:
        """Compute the lowest equal price the supporters of ``q`` can pay."""
        values = self.values
        counts = Counter(map(self.classes.__getitem__, self.data.supporters[q]))
        items = sorted(counts.items(), key=lambda item: values[item[0]])
        need = self.data.costs[q] * self.scale
        rich = len(self.data.supporters[q])
        for index, (cls, count) in enumerate(items):
            if values[cls] * rich >= need:
                return Evaluation(q, need, rich, items, index, self.scale)
            need -= values[cls] * count
            rich -= count
        return Evaluation(q, need, 0, items, len(items), self.scale)

    def round(self, alive: list[int]) -> Evaluation | None:
        """Find this round's purchase, dropping unaffordable projects.

        Projects are priced in order of their last known ratio, a lower bound
        of the current one, until that bound exceeds the best ratio found.
        """
        keys = {q: self.stale[q][0] / self.stale[q][1] for q in alive}
        alive.sort(key=keys.__getitem__)
        best: Evaluation | None = None
        best_key = math.inf
        ties: list[Evaluation] = []
        for q in list(alive):
            if keys[q] > best_key:
                break
            ev = self.evaluate(q)
            if not ev.affordable:
                alive.remove(q)
                continue
            self.stale[q] = (ev.need, ev.ratio_den(self.data.costs[q]))
            order = self.compare(ev, best)
            if order < 0:
                best, ties, best_key = ev, [ev], self.stale[q][0] / self.stale[q][1]
            elif order == 0:
                ties.append(ev)
        return min(ties, key=lambda ev: self.data.ids[ev.project]) if ties else None

    def compare(self, ev: Evaluation, best: Evaluation | None) -> int:
        """Return -1, 0 or 1 as ``ev``'s price per cost is below, at, above best."""
        if best is None:
            return -1
        left = ev.need * best.ratio_den(self.data.costs[best.project])
        right = best.need * ev.ratio_den(self.data.costs[ev.project])
        return (left > right) - (left < right)

    def buy(self, ev: Evaluation) -> Purchase:
        """Charge the supporters of the chosen project and rescale amounts."""
        unit_money = self.data.unit * self.scale
        available = sum(self.values[c] * k for c, k in ev.items)
        purchase = Purchase(
            ev.project,
            Fraction(ev.need, ev.rich * unit_money),
            Fraction(available, unit_money),
        )
        self.scale *= ev.rich
        self.values = [value * ev.rich for value in self.values]
        remap = self.split_classes(ev)
        classes = self.classes
        for voter in self.data.supporters[ev.project]:
            classes[voter] = remap[classes[voter]]
        self.reduce()
        return purchase

    def split_classes(self, ev: Evaluation) -> dict[int, int]:
        """Move paying supporters to classes holding what they have left."""
        remap: dict[int, int] = {}
        for index, (cls, count) in enumerate(ev.items):
            target = 0 if index < ev.split else self.new_class(cls, count, ev.need)
            remap[cls] = target
            self.sizes[cls] -= count
            self.sizes[target] += count
            if self.sizes[cls] == 0 and cls:
                self.values[cls] = 0
        return remap

    def new_class(self, cls: int, count: int, need: int) -> int:
        """Return the class for ``count`` members of ``cls`` after paying."""
        if self.sizes[cls] == count:
            self.values[cls] -= need
            return cls
        self.values.append(self.values[cls] - need)
        self.sizes.append(0)
        return len(self.values) - 1

    def reduce(self) -> None:
        """Divide all amounts and the denominator by their common factor."""
        factor = math.gcd(self.scale, *self.values)
        if factor > 1:
            self.scale //= factor
            self.values = [value // factor for value in self.values]

    def leftovers(self, projects: list[int]) -> dict[int, Fraction]:
        """Return what the supporters of each project hold at the end."""
        unit_money = self.data.unit * self.scale
        values, classes = self.values, self.classes
        return {
            q: Fraction(
                sum(values[classes[v]] for v in self.data.supporters[q]), unit_money
            )
            for q in projects
        }

    def execute(self) -> RunResult:
        """Run rounds until nothing is affordable."""
        alive = list(self.data.candidates)
        purchases: list[Purchase] = []
        while alive:
            chosen = self.round(alive)
            if chosen is None:
                break
            alive.remove(chosen.project)
            purchases.append(self.buy(chosen))
        bought = {purchase.project for purchase in purchases}
        unbought = [q for q in self.data.candidates if q not in bought]
        return RunResult(purchases, self.leftovers(unbought), self.share)


def run(data: Prepared, step: int = 0) -> RunResult:
    """Run equal shares with each share raised by ``step`` currency units."""
    if data.voters == 0:
        return RunResult([], {}, Fraction(0))
    return _Run(data, step).execute()


def replay(data: Prepared, step: int, order: Sequence[int]) -> RunResult | None:
    """Return the exact run at ``step`` that buys ``order``, given the caller
    knows equal shares buys exactly that there (so rivals need no pricing).

    Returns None if a purchase in ``order`` turns out unaffordable.
    """
    if data.voters == 0:
        return None
    runner = _Run(data, step)
    purchases: list[Purchase] = []
    for q in order:
        ev = runner.evaluate(q)
        if not ev.affordable:
            return None
        purchases.append(runner.buy(ev))
    bought = set(order)
    unbought = [q for q in data.candidates if q not in bought]
    return RunResult(purchases, runner.leftovers(unbought), runner.share)
