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

The completed variant re-runs the rule with every share raised by one currency
unit per step. For that it also tracks every amount as an affine function of
the step number ``t``; each comparison made during a run then tells until
which step its answer stays the same, so runs that cannot differ are skipped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
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
    """The price of one project in one round, or the fact it is unaffordable."""

    project: int
    need: int
    rich: int
    items: list[tuple[int, int]]
    split: int
    scale: int
    affordable: bool

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
    """Outcome of one run: purchases in order, final shares, skip limit."""

    purchases: list[Purchase]
    leftover: dict[int, Fraction]
    share: Fraction
    limit: int | None = None

    @property
    def selected(self) -> list[int]:
        """Return the bought project indices in order."""
        return [purchase.project for purchase in self.purchases]


@dataclass
class _Affine:
    """Per-class coefficients: amount at step t is ``base + slope * t``."""

    base: list[int] = field(default_factory=list)
    slope: list[int] = field(default_factory=list)


def first_failure(g0: int, g1: int, strict: bool) -> int | None:
    """Return the first step where ``g0 + g1*t`` leaves its current sign class.

    ``strict`` means the condition is ``g < 0``; otherwise it is ``g >= 0``.
    The condition holds at the current step; ``None`` means it always will.
    """
    if strict:
        return -(g0 // g1) if g1 > 0 else None
    return g0 // -g1 + 1 if g1 < 0 else None


class _Run:
    """One run of equal shares at a given step of the share increase."""

    def __init__(self, data: Prepared, step: int, track: bool) -> None:
        self.data = data
        self.step = step
        self.track = track
        self.scale = data.voters
        share = data.budget + step * data.voters * data.unit
        self.values = [0, share]
        self.sizes = [0, data.voters]
        self.classes = [1] * data.voters
        self.affine = _Affine([0, data.budget], [0, data.voters * data.unit])
        self.limit: int | None = None
        self.stale: dict[int, tuple[int, int, int]] = {
            q: (1, 0, len(data.supporters[q])) for q in data.candidates
        }

    def bound(self, g0: int, g1: int, strict: bool) -> None:
        """Lower the skip limit to where condition ``g0 + g1*t`` may fail."""
        failure = first_failure(g0, g1, strict)
        if failure is not None and (self.limit is None or failure < self.limit):
            self.limit = failure

    def evaluate(self, q: int) -> Evaluation:
        """Compute the lowest equal price the supporters of ``q`` can pay."""
        values = self.values
        counts = Counter(map(self.classes.__getitem__, self.data.supporters[q]))
        items = sorted(counts.items(), key=lambda item: values[item[0]])
        need = self.data.costs[q] * self.scale
        rich = len(self.data.supporters[q])
        for index, (cls, count) in enumerate(items):
            if values[cls] * rich >= need:
                return Evaluation(q, need, rich, items, index, self.scale, True)
            need -= values[cls] * count
            rich -= count
        return Evaluation(q, need, 0, items, len(items), self.scale, False)

    def price_line(self, ev: Evaluation) -> tuple[int, int]:
        """Return the price numerator of ``ev`` as (base, slope) in t."""
        base = self.data.costs[ev.project] * ev.scale
        slope = 0
        for cls, count in ev.items[: ev.split]:
            base -= self.affine.base[cls] * count
            slope -= self.affine.slope[cls] * count
        return base, slope

    def track_evaluation(self, ev: Evaluation) -> None:
        """Record the step range where ``ev`` keeps its rich/poor split."""
        line = self.price_line(ev)
        if not ev.affordable:
            self.bound(-line[0], -line[1], True)
            return
        for index, (cls, _count) in enumerate(ev.items):
            g0 = self.affine.base[cls] * ev.rich - line[0]
            g1 = self.affine.slope[cls] * ev.rich - line[1]
            self.bound(g0, g1, index < ev.split)
        den = ev.ratio_den(self.data.costs[ev.project])
        self.stale[ev.project] = (line[0], line[1], den)

    def track_choice(self, best: int, others: list[int]) -> None:
        """Record the step range where ``best`` still beats ``others``."""
        b0, b1, bden = self.stale[best]
        ids = self.data.ids
        for q in others:
            q0, q1, qden = self.stale[q]
            g0, g1 = q0 * bden - b0 * qden, q1 * bden - b1 * qden
            if ids[best] < ids[q]:
                self.bound(g0, g1, False)
            else:
                self.bound(-g0, -g1, True)

    def round(self, alive: list[int]) -> Evaluation | None:
        """Find this round's purchase, dropping unaffordable projects."""
        keys = {q: self.stale_key(q) for q in alive}
        alive.sort(key=keys.__getitem__)
        best: Evaluation | None = None
        best_key = math.inf
        ties: list[Evaluation] = []
        for q in list(alive):
            if keys[q] > best_key:
                break
            ev = self.evaluate(q)
            self.record(ev, alive)
            if not ev.affordable:
                continue
            order = self.compare(ev, best)
            if order < 0:
                best, ties = ev, [ev]
                best_key = ev.need / ev.ratio_den(self.data.costs[q])
            elif order == 0:
                ties.append(ev)
        if best is None:
            return None
        return min(ties, key=lambda ev: self.data.ids[ev.project])

    def stale_key(self, q: int) -> float:
        """Return the last known price per cost of ``q`` at this step, as float."""
        base, slope, den = self.stale[q]
        return (base + slope * self.step) / den

    def record(self, ev: Evaluation, alive: list[int]) -> None:
        """Store the fresh ratio of ``ev``; drop it from ``alive`` if unaffordable."""
        if self.track:
            self.track_evaluation(ev)
        if not ev.affordable:
            alive.remove(ev.project)
        elif not self.track:
            den = ev.ratio_den(self.data.costs[ev.project])
            self.stale[ev.project] = (ev.need, 0, den)

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
        line = self.price_line(ev) if self.track else (0, 0)
        self.rescale(ev.rich)
        remap = self.split_classes(ev, line)
        classes = self.classes
        for voter in self.data.supporters[ev.project]:
            classes[voter] = remap[classes[voter]]
        self.reduce()
        return purchase

    def rescale(self, factor: int) -> None:
        """Multiply every amount by ``factor`` (the new common denominator)."""
        self.scale *= factor
        self.values = [value * factor for value in self.values]
        if self.track:
            self.affine.base = [value * factor for value in self.affine.base]
            self.affine.slope = [value * factor for value in self.affine.slope]

    def split_classes(self, ev: Evaluation, line: tuple[int, int]) -> dict[int, int]:
        """Move paying supporters to classes holding what they have left."""
        remap: dict[int, int] = {}
        for index, (cls, count) in enumerate(ev.items):
            if index < ev.split:
                remap[cls] = 0
            else:
                remap[cls] = self.new_class(cls, count, ev.need, line)
            self.sizes[cls] -= count
            self.sizes[remap[cls]] += count
            if self.sizes[cls] == 0 and cls:
                self.values[cls] = self.affine.base[cls] = self.affine.slope[cls] = 0
        return remap

    def new_class(self, cls: int, count: int, need: int, line: tuple) -> int:
        """Return the class for ``count`` members of ``cls`` after paying."""
        value = self.values[cls] - need
        base = self.affine.base[cls] - line[0] if self.track else 0
        slope = self.affine.slope[cls] - line[1] if self.track else 0
        target = cls if self.sizes[cls] == count else len(self.values)
        if target == len(self.values):
            self.values.append(0)
            self.sizes.append(0)
            self.affine.base.append(0)
            self.affine.slope.append(0)
        self.values[target] = value
        self.affine.base[target], self.affine.slope[target] = base, slope
        return target

    def reduce(self) -> None:
        """Divide all amounts and the denominator by their common factor."""
        numbers = [self.scale, *self.values]
        if self.track:
            numbers += self.affine.base + self.affine.slope
        factor = math.gcd(*numbers)
        if factor > 1:
            self.scale //= factor
            self.values = [value // factor for value in self.values]
            if self.track:
                self.affine.base = [v // factor for v in self.affine.base]
                self.affine.slope = [v // factor for v in self.affine.slope]

    def leftovers(self, projects: list[int]) -> dict[int, Fraction]:
        """Return what the supporters of each project hold at the end."""
        unit_money = self.data.unit * self.scale
        result = {}
        for q in projects:
            held = sum(map(self.values.__getitem__, self.supporter_classes(q)))
            result[q] = Fraction(held, unit_money)
        return result

    def supporter_classes(self, q: int) -> list[int]:
        """Return the class of every supporter of ``q``."""
        return [self.classes[v] for v in self.data.supporters[q]]

    def execute(self) -> RunResult:
        """Run rounds until nothing is affordable."""
        alive = list(self.data.candidates)
        purchases: list[Purchase] = []
        while alive:
            chosen = self.round(alive)
            if chosen is None:
                break
            if self.track:
                self.track_choice(chosen.project, self.rivals(chosen, alive))
            alive.remove(chosen.project)
            purchases.append(self.buy(chosen))
        bought = {purchase.project for purchase in purchases}
        unbought = [q for q in self.data.candidates if q not in bought]
        share = Fraction(self.data.budget, self.data.voters * self.data.unit)
        return RunResult(
            purchases, self.leftovers(unbought), share + self.step, self.limit
        )

    def rivals(self, chosen: Evaluation, alive: list[int]) -> list[int]:
        """Return the alive projects, other than ``chosen``, it had to beat."""
        return [q for q in alive if q != chosen.project]


def run(data: Prepared, step: int = 0, track: bool = False) -> RunResult:
    """Run equal shares with each share raised by ``step`` currency units."""
    if data.voters == 0:
        return RunResult([], {}, Fraction(0), None)
    return _Run(data, step, track).execute()


def complete(data: Prepared, costs: Sequence[Fraction], budget: Fraction) -> RunResult:
    """Raise every share by one unit per step until the outcome overspends.

    Stops at the first step whose outcome is over ``budget`` (returning the
    previous outcome) or exhaustive (returning it), and after step
    ``floor(budget)`` at the latest. Steps whose run is provably identical to
    the previous one are skipped; the result is recomputed at the last step
    that produced it, so its prices are those of that step.
    """
    if data.voters == 0:
        return RunResult([], {}, Fraction(0), None)
    previous: RunResult | None = None
    step, last = 0, math.floor(budget)
    while step <= last:
        result = run(data, step, track=True)
        spent = sum((costs[q] for q in result.selected), Fraction(0))
        if spent > budget:
            return _rerun(data, previous, step - 1)
        if _exhaustive(result.selected, spent, costs, budget):
            return result
        previous = result
        step = last + 1 if result.limit is None else max(result.limit, step + 1)
    return _rerun(data, previous, min(step - 1, last))


def _rerun(data: Prepared, result: RunResult | None, step: int) -> RunResult:
    """Return ``result`` as computed at ``step`` (same selection, exact prices)."""
    if result is None:
        return RunResult([], {}, Fraction(0), None)
    if result.share == Fraction(data.budget, data.voters * data.unit) + step:
        return result
    return run(data, step)


def _exhaustive(
    selected: list[int], spent: Fraction, costs: Sequence[Fraction], budget: Fraction
) -> bool:
    """Tell whether no unselected project still fits in the budget."""
    chosen = set(selected)
    return all(spent + cost > budget for q, cost in enumerate(costs) if q not in chosen)
