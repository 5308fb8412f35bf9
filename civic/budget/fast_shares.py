"""A floating-point run of equal shares that knows when it cannot be trusted.

The completed rule needs equal shares at many budget steps, which is too slow
with exact arithmetic on large votes. This engine works in floats while
keeping a bound on the rounding error of every amount. Each decision that
shapes the outcome (which project is cheapest per unit of utility, whether a
project is still affordable) is accepted only if it holds for every value
inside those bounds; otherwise ``Ambiguous`` is raised and the caller falls
back to the exact engine. An accepted run therefore selects exactly what the
exact engine would select.

Two states can also settle a round for a whole range of steps at once (see
``advance_range``). With the purchase sequence held fixed, raising every share
can only raise what each voter has left after each purchase, so prices only
fall. Hence if a project is affordable at the range's first step and every
rival's ratio at its last step is above that project's ratio at the first
step, every step in between buys that project next; and if nothing is
affordable at the last step, nothing is at any step below it.

Voters are grouped by the set of bought projects they support. That grouping
does not depend on the step or on the order of purchases, so it is cached per
set of bought projects and shared between states. On large votes a project's
supporters fall into hundreds of groups, which are priced with numpy. Its sums
may be taken in any order (BLAS); the error bounds hold for any order.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import mul

import numpy as np

from civic.budget.equal_shares import Prepared

ULP = 2.0**-50
"""Relative rounding allowance per operation, with a generous margin."""

SMALL = 64
"""Histograms of up to this many groups are priced with Python lists.

numpy costs about 25 microseconds per pricing whatever the size; plain Python
grows with the size and was faster below about 80 groups when measured. Votes
of a thousand ballots mostly have small histograms, of ten thousand large.
"""


class _Hist:
    """The groups among one project's supporters, their sizes and last order.

    ``classes`` (sorted group ids) is a numpy array; how amounts are summed
    and sorted is left to the two kinds below.
    """

    __slots__ = ("classes", "counts", "order")

    def __init__(self, classes: np.ndarray) -> None:
        self.classes = classes


class _ListHist(_Hist):
    """Few groups: amounts as Python floats."""

    __slots__ = ()

    def __init__(self, classes: np.ndarray, counts: np.ndarray) -> None:
        super().__init__(classes)
        self.counts = counts.tolist()
        self.order = list(range(len(classes)))

    def amounts(self, values: np.ndarray) -> list[float]:
        """Return what each group holds, in the order of ``classes``."""
        return values.take(self.classes).tolist()

    @staticmethod
    def lowest(amounts: list[float]) -> float:
        """Return the smallest amount."""
        return min(amounts)

    def available(self, amounts: list[float]) -> float:
        """Return what the supporters hold together."""
        return sum(map(mul, amounts, self.counts))

    def split(
        self, amounts: list[float], cost: float, total: int
    ) -> tuple[float, int, float, float]:
        """Return ``_split`` of the groups in increasing order of amount.

        The order changes little between rounds, so it is kept and sorted
        again (timsort is then almost linear).
        """
        self.order.sort(key=amounts.__getitem__)
        ranked = list(map(amounts.__getitem__, self.order))
        sizes = list(map(self.counts.__getitem__, self.order))
        paid = list(accumulate(map(mul, ranked, sizes), initial=0.0))
        heads = list(accumulate(sizes, initial=0))
        index, high = bisect_right(ranked, 0.0), len(ranked) - 1
        while index < high:
            middle = (index + high) // 2
            if ranked[middle] * (total - heads[middle]) >= cost - paid[middle]:
                high = middle
            else:
                index = middle + 1
        return _split(ranked, total, cost, index, heads[index], paid[index])


class _ArrayHist(_Hist):
    """Many groups: amounts as numpy arrays."""

    __slots__ = ()

    def __init__(self, classes: np.ndarray, counts: np.ndarray) -> None:
        super().__init__(classes)
        self.counts = counts.astype(np.float64)
        self.order = np.arange(len(classes))

    def amounts(self, values: np.ndarray) -> np.ndarray:
        """Return what each group holds, in the order of ``classes``."""
        return values.take(self.classes)

    @staticmethod
    def lowest(amounts: np.ndarray) -> float:
        """Return the smallest amount."""
        return float(amounts.min())

    def available(self, amounts: np.ndarray) -> float:
        """Return what the supporters hold together."""
        return float(amounts @ self.counts)

    def split(
        self, amounts: np.ndarray, cost: float, total: int
    ) -> tuple[float, int, float, float]:
        """Return ``_split`` of the groups in increasing order of amount.

        A group holding nothing never reaches the equal split (``cost`` is
        positive), so the first group that does is searched among all.
        """
        before = amounts.take(self.order)
        moved = before.argsort(kind="stable")
        self.order = self.order.take(moved)
        ranked, sizes = before.take(moved), self.counts.take(self.order)
        count = len(ranked)
        paid = np.zeros(count)
        (ranked[:-1] * sizes[:-1]).cumsum(out=paid[1:])
        heads = np.zeros(count)
        sizes[:-1].cumsum(out=heads[1:])
        can = ranked * (total - heads) >= cost - paid
        # argmax finds the first group that can; if none but the last can,
        # or none at all, the last one pays the rest.
        hit = int(can.argmax())
        index = hit if can[hit] else count - 1
        return _split(ranked, total, cost, index, int(heads[index]), float(paid[index]))


class _Node:
    """The voter groups once a set of projects is bought, with histograms.

    ``moves`` maps a project to buy next to the node reached and the group
    moves it causes (see ``FastEngine.move``).
    """

    __slots__ = ("assign", "bought", "hists", "moves")

    def __init__(self, assign: np.ndarray, bought: frozenset[int]) -> None:
        self.assign = assign
        self.bought = bought
        self.hists: dict[int, _ListHist | _ArrayHist] = {}
        self.moves: dict[int, tuple[_Node, np.ndarray, np.ndarray]] = {}


@dataclass(slots=True)
class Priced:
    """A project's price per unit of utility (``ratio``) with error bounds."""

    project: int
    ratio: float
    ratio_error: float
    simple: bool
    price: float
    price_error: float


class Ambiguous(Exception):
    """Raised when rounding errors could change a decision."""


class FastEngine:
    """Builds float states for any step, sharing the group tree between them."""

    def __init__(self, data: Prepared) -> None:
        self.data = data
        self.supporters = [
            np.asarray(group, dtype=np.intp) for group in data.supporters
        ]
        self.root = _Node(np.zeros(data.voters, dtype=np.intp), frozenset())
        self.nodes = {self.root.bought: self.root}
        self.groups: dict[int, int] = {0: 0}
        self.members: list[int] = [0]
        self.costs = [cost / data.unit for cost in data.costs]

    def hist(self, node: _Node, q: int) -> _ListHist | _ArrayHist:
        """Return the groups of the supporters of ``q`` and their sizes."""
        cached = node.hists.get(q)
        if cached is None:
            classes, counts = np.unique(
                node.assign[self.supporters[q]], return_counts=True
            )
            kind = _ListHist if len(classes) <= SMALL else _ArrayHist
            cached = node.hists[q] = kind(classes, counts)
        return cached

    def group(self, mask: int) -> int:
        """Return the id of the group supporting exactly the bought ``mask``."""
        found = self.groups.get(mask)
        if found is None:
            found = self.groups[mask] = len(self.members)
            self.members.append(mask)
        return found

    def move(self, node: _Node, p: int) -> tuple[_Node, np.ndarray, np.ndarray]:
        """Return the node after buying ``p`` and the group moves it causes.

        The moves are two aligned arrays: the groups of ``p``'s supporters
        (sorted) and the groups they join.
        """
        found = node.moves.get(p)
        if found is None:
            olds = self.hist(node, p).classes
            bit, members, group = 1 << p, self.members, self.group
            news = np.fromiter(
                (group(members[c] | bit) for c in olds.tolist()),
                dtype=np.intp,
                count=len(olds),
            )
            child = self.node(node, p, olds, news)
            found = node.moves[p] = (child, olds, news)
        return found

    def node(self, parent: _Node, p: int, olds: np.ndarray, news: np.ndarray) -> _Node:
        """Return the node for ``parent``'s purchases plus ``p``, whose
        supporters move from the groups ``olds`` to ``news``."""
        bought = parent.bought | {p}
        found = self.nodes.get(bought)
        if found is None:
            assign = parent.assign.copy()
            voters = self.supporters[p]
            assign[voters] = news[np.searchsorted(olds, assign[voters])]
            found = self.nodes[bought] = _Node(assign, bought)
        return found

    def state(self, step: int) -> FloatState:
        """Return the state at ``step`` before any purchase."""
        return FloatState(self, step)

    def replay(self, step: int, like: FloatState) -> FloatState:
        """Return the state at ``step`` after the purchases of ``like``.

        ``step`` must not exceed ``like.step`` and ``like``'s purchases must be
        what equal shares buys at ``step``: the new state then inherits
        ``like``'s lower bounds, dropped and short projects, which stay valid
        at smaller steps. The state is marked ``broken`` if floats cannot price
        one of the purchases.
        """
        state = FloatState(self, step)
        state.alive = list(like.alive)
        state.stale = dict(like.stale)
        state.short = set(like.short)
        try:
            for p in like.path:
                priced = state.evaluate(p)
                if priced is None:
                    raise Ambiguous
                state.buy(priced)
        except Ambiguous:
            state.broken = True
            state.path = list(like.path)
        return state

    def run(self, step: int) -> list[int] | None:
        """Return what equal shares buys at ``step``, or None if floats cannot
        decide."""
        try:
            return self.state(step).finish()
        except Ambiguous:
            return None


class FloatState:
    """Equal shares in floats at one step, after the purchases in ``path``.

    ``delta`` bounds the absolute error of every amount; ``stale`` holds a
    lower bound of each alive project's ratio; ``alive`` the projects not
    bought nor found unaffordable; ``short`` the projects some supporter of
    which may not afford an equal split.
    """

    def __init__(self, engine: FastEngine, step: int) -> None:
        data = engine.data
        self.engine = engine
        self.step = step
        self.share = data.budget / data.unit / data.voters + step
        # What each group holds, by group id; grows as groups are created.
        self.values = np.zeros(max(64, len(engine.members)))
        self.values[0] = self.share
        self.delta = self.share * ULP
        self.node = engine.root
        self.path: list[int] = []
        self.alive = list(data.candidates)
        self.stale = {q: (1 - ULP) / len(data.supporters[q]) for q in data.candidates}
        self.short: set[int] = set()
        self.broken = False

    def evaluate(self, q: int) -> Priced | None:
        """Price ``q`` within error bounds, or return None if unaffordable.

        Raises Ambiguous if rounding could decide either.
        """
        hist = self.engine.hist(self.node, q)
        amounts = hist.amounts(self.values)
        cost = self.engine.costs[q]
        total = len(self.engine.data.supporters[q])
        if q not in self.short:
            if (hist.lowest(amounts) - self.delta) * total >= cost * (1 + ULP):
                price = cost / total
                return Priced(q, 1 / total, ULP / total, True, price, price * ULP)
            # Amounts only fall from round to round, so a supporter short of
            # an equal split stays short: later prices skip this pass.
            self.short.add(q)
        return self.general(q, amounts, hist, cost, total)

    def general(
        self,
        q: int,
        amounts: list[float] | np.ndarray,
        hist: _ListHist | _ArrayHist,
        cost: float,
        total: int,
    ) -> Priced | None:
        """Price a project when some supporters may pay all they have left."""
        size = len(amounts)
        available = hist.available(amounts)
        slack = total * self.delta + (size + 2) * ULP * (available + cost)
        if abs(available - cost) <= slack:
            raise Ambiguous
        if available < cost:
            return None
        price, rich, poor_max, rich_min = hist.split(amounts, cost, total)
        error = ((total - rich) * self.delta + (2 * size + 2) * ULP * cost) / rich
        error += price * ULP
        margin = error + self.delta
        if poor_max >= price - margin or rich_min < price + margin:
            raise Ambiguous
        ratio = price / cost
        return Priced(q, ratio, error / cost + ratio * ULP, False, price, error)

    def scan(self) -> list[Priced]:
        """Price projects in order of their lower bounds until none can win.

        Drops the projects found unaffordable and returns those priced (empty
        when nothing is affordable). Raises Ambiguous.
        """
        stale = self.stale
        self.alive.sort(key=stale.__getitem__)
        best_high = math.inf
        found: list[Priced] = []
        for q in list(self.alive):
            if stale[q] > best_high:
                break
            priced = self.evaluate(q)
            if priced is None:
                self.alive.remove(q)
                continue
            stale[q] = priced.ratio - priced.ratio_error
            found.append(priced)
            best_high = min(best_high, priced.ratio + priced.ratio_error)
        return found

    def pick(self, found: list[Priced]) -> Priced:
        """Return the winner among the priced projects; raise Ambiguous if
        floats cannot tell it.

        Several candidates are only told apart when each had no supporter
        short of money: then the exact ratio is one over its supporter count.
        """
        best_high = min(item.ratio + item.ratio_error for item in found)
        close = [item for item in found if item.ratio - item.ratio_error <= best_high]
        if len(close) > 1 and not all(item.simple for item in close):
            raise Ambiguous
        return min(close, key=self.rank)

    def rank(self, item: Priced) -> tuple[float, int, str]:
        """Return a sort key: lower ratio, then more supporters, then id."""
        q = item.project
        return (
            item.ratio,
            -len(self.engine.data.supporters[q]),
            self.engine.data.ids[q],
        )

    def rivals_above(self, p: int, bound: float, simple: bool, fresh: set[int]) -> bool:
        """Tell whether every alive rival of ``p`` has a ratio above ``bound``.

        ``fresh`` are the projects whose lower bound was computed this round;
        others are priced when their older bound is not conclusive. With
        ``simple`` (``p`` costs one over its support), rivals that rank below
        ``p`` in any case are skipped. Raises Ambiguous.
        """
        stale = self.stale
        self.alive.sort(key=stale.__getitem__)
        for q in list(self.alive):
            if stale[q] > bound:
                return True
            if q == p or (simple and self.ranks_below(q, p)):
                continue
            if q not in fresh:
                priced = self.evaluate(q)
                if priced is None:
                    self.alive.remove(q)
                    continue
                stale[q] = priced.ratio - priced.ratio_error
                if stale[q] > bound:
                    continue
            return False
        return True

    def ranks_below(self, q: int, p: int) -> bool:
        """Tell whether ``q`` loses to ``p`` when ``p`` costs one over support.

        Any project's ratio is at least one over its number of supporters,
        so fewer supporters, or as many and a later id, means it loses.
        """
        supporters, ids = self.engine.data.supporters, self.engine.data.ids
        return len(supporters[q]) < len(supporters[p]) or (
            len(supporters[q]) == len(supporters[p]) and ids[p] < ids[q]
        )

    def buy(self, chosen: Priced) -> None:
        """Charge the supporters of the chosen project and move to its node."""
        engine = self.engine
        child, olds, news = engine.move(self.node, chosen.project)
        values, price = self.values, chosen.price
        if len(values) < len(engine.members):
            grown = np.zeros(max(2 * len(values), len(engine.members)))
            grown[: len(values)] = values
            self.values = values = grown
        held = values.take(olds)
        values[news] = np.where(held >= price, held - price, 0.0)
        self.delta += chosen.price_error + self.share * ULP
        self.node = child
        self.path.append(chosen.project)
        self.stale.pop(chosen.project, None)
        if chosen.project in self.alive:
            self.alive.remove(chosen.project)

    def learn(self, higher: FloatState) -> None:
        """Adopt what ``higher``, at a larger step after the same purchases,
        found: its lower bounds hold here too, and so does unaffordability."""
        alive = set(higher.alive)
        self.alive = [q for q in self.alive if q in alive]
        self.short |= higher.short
        stale = self.stale
        for q, bound in higher.stale.items():
            if bound > stale.get(q, bound):
                stale[q] = bound

    def finish(self) -> list[int]:
        """Run the remaining rounds and return every purchase in order.

        Raises Ambiguous.
        """
        while found := self.scan():
            self.buy(self.pick(found))
        return self.path


def advance_range(low: FloatState, high: FloatState) -> bool | None:
    """Settle the next round for every step from ``low.step`` to ``high.step``.

    Both states must hold the same purchases. Returns None if nothing is
    affordable at any of those steps (their runs end), True if one project is
    proven to be bought next at all of them (both states then bought it),
    False if no such proof was found (both states unchanged but for better
    bounds).
    """
    try:
        found = high.scan()
        if not found:
            return None
        chosen = min(found, key=high.rank)
        at_low = low.evaluate(chosen.project)
        if at_low is None:
            return False
        bound = at_low.ratio + at_low.ratio_error
        fresh = {item.project for item in found}
        if not high.rivals_above(chosen.project, bound, at_low.simple, fresh):
            return False
    except Ambiguous:
        return False
    low.buy(at_low)
    high.buy(chosen)
    return True


def _split(
    ranked: Sequence[float], total: int, cost: float, index: int, poor: int, paid: float
) -> tuple[float, int, float, float]:
    """Return (price, payers of the price, largest amount of those paying all,
    smallest amount of the others) once the search found who pays all.

    ``ranked`` holds the groups' amounts in increasing order; the ``poor``
    supporters of the first ``index`` groups pay all they have, ``paid``
    together.
    """
    rich = total - poor
    poor_max = float(ranked[index - 1]) if index else -1.0
    return (cost - paid) / rich, rich, poor_max, float(ranked[index])
