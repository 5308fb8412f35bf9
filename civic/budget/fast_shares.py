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
set of bought projects and shared between states.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, deque
from dataclasses import dataclass
from itertools import accumulate
from operator import mul

from civic.budget.equal_shares import Prepared

ULP = 2.0**-50
"""Relative rounding allowance per operation, with a generous margin."""


class _Hist:
    """The groups among one project's supporters, their sizes and last order."""

    __slots__ = ("classes", "counts", "order")

    def __init__(self, classes: list[int], counts: list[int]) -> None:
        self.classes = classes
        self.counts = counts
        self.order = list(range(len(classes)))


class _Node:
    """The voter groups once a set of projects is bought, with histograms.

    ``moves`` maps a project to buy next to the node reached and the group
    moves it causes (see ``FastEngine.move``).
    """

    __slots__ = ("assign", "bought", "hists", "moves")

    def __init__(self, assign: list[int], bought: frozenset[int]) -> None:
        self.assign = assign
        self.bought = bought
        self.hists: dict[int, _Hist] = {}
        self.moves: dict[int, tuple[_Node, list[int], list[int]]] = {}


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
        self.root = _Node([0] * data.voters, frozenset())
        self.nodes = {self.root.bought: self.root}
        self.groups: dict[int, int] = {0: 0}
        self.members: list[int] = [0]
        self.costs = [cost / data.unit for cost in data.costs]

    def hist(self, node: _Node, q: int) -> _Hist:
        """Return the groups of the supporters of ``q`` and their sizes."""
        cached = node.hists.get(q)
        if cached is None:
            counts = Counter(map(node.assign.__getitem__, self.data.supporters[q]))
            cached = node.hists[q] = _Hist(list(counts), list(counts.values()))
        return cached

    def group(self, mask: int) -> int:
        """Return the id of the group supporting exactly the bought ``mask``."""
        found = self.groups.get(mask)
        if found is None:
            found = self.groups[mask] = len(self.members)
            self.members.append(mask)
        return found

    def move(self, node: _Node, p: int) -> tuple[_Node, list[int], list[int]]:
        """Return the node after buying ``p`` and the group moves it causes.

        The moves are two aligned lists: the groups of ``p``'s supporters and
        the groups they join.
        """
        found = node.moves.get(p)
        if found is None:
            olds = self.hist(node, p).classes
            bit, members, group = 1 << p, self.members, self.group
            news = [group(members[c] | bit) for c in olds]
            child = self.node(node, p, dict(zip(olds, news, strict=True)))
            found = node.moves[p] = (child, olds, news)
        return found

    def node(self, parent: _Node, p: int, remap: dict[int, int]) -> _Node:
        """Return the node for ``parent``'s purchases plus ``p``."""
        bought = parent.bought | {p}
        found = self.nodes.get(bought)
        if found is None:
            assign = parent.assign.copy()
            voters = self.data.supporters[p]
            moved = list(map(remap.__getitem__, map(assign.__getitem__, voters)))
            deque(map(assign.__setitem__, voters, moved), maxlen=0)
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
        self.values = [0.0] * len(engine.members)
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
        values = list(map(self.values.__getitem__, hist.classes))
        cost = self.engine.costs[q]
        total = len(self.engine.data.supporters[q])
        if q not in self.short:
            if (min(values) - self.delta) * total >= cost * (1 + ULP):
                price = cost / total
                return Priced(q, 1 / total, ULP / total, True, price, price * ULP)
            # Amounts only fall from round to round, so a supporter short of
            # an equal split stays short: later prices skip this pass.
            self.short.add(q)
        return self.general(q, values, hist, cost, total)

    def general(
        self, q: int, values: list[float], hist: _Hist, cost: float, total: int
    ) -> Priced | None:
        """Price a project when some supporters may pay all they have left."""
        size = len(values)
        available = sum(map(mul, values, hist.counts))
        slack = total * self.delta + (size + 2) * ULP * (available + cost)
        if abs(available - cost) <= slack:
            raise Ambiguous
        if available < cost:
            return None
        hist.order.sort(key=values.__getitem__)
        ranked = list(map(values.__getitem__, hist.order))
        sizes = list(map(hist.counts.__getitem__, hist.order))
        price, rich, poor_max, rich_min = _split(ranked, sizes, cost, total)
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
            values.extend([0.0] * (len(engine.members) - len(values)))
        left = [
            value - price if value >= price else 0.0
            for value in map(values.__getitem__, olds)
        ]
        deque(map(values.__setitem__, news, left), maxlen=0)
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
    ranked: list[float], sizes: list[int], cost: float, total: int
) -> tuple[float, int, float, float]:
    """Find who pays all they have: return (price, payers of the price,
    largest amount of those paying all, smallest amount of the others).

    ``ranked`` holds the groups' amounts in increasing order, ``sizes`` their
    sizes; the supporters together hold more than ``cost``.
    """
    paid = list(accumulate(map(mul, ranked, sizes), initial=0.0))
    heads = list(accumulate(sizes, initial=0))
    index, high = bisect_right(ranked, 0.0), len(ranked) - 1
    while index < high:
        middle = (index + high) // 2
        if ranked[middle] * (total - heads[middle]) >= cost - paid[middle]:
            high = middle
        else:
            index = middle + 1
    rich = total - heads[index]
    poor_max = ranked[index - 1] if index else -1.0
    return (cost - paid[index]) / rich, rich, poor_max, ranked[index]
