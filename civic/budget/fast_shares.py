"""A floating-point run of equal shares that knows when it cannot be trusted.

The completed rule re-runs equal shares once per budget step, which is too
slow with exact arithmetic on large votes. This engine works in floats while
keeping a bound on the rounding error of every amount. Each decision that
shapes the outcome (which project is cheapest per unit of utility, whether a
project is still affordable) is accepted only if it holds for every value
inside those bounds; otherwise the run gives up and the caller falls back to
the exact engine. An accepted run therefore selects exactly what the exact
engine would select.

A run can also check a whole range of steps at once. With the purchase
sequence held fixed, raising every share can only raise what each voter has
left after each purchase, so prices only fall. Hence if, in every round, each
rival's ratio at the range's last step is still above the winner's ratio at
its first step, every step in between buys the same sequence.

Voters are grouped by the set of bought projects they support. That grouping
does not depend on the step or on the order of purchases, so it is cached per
set of bought projects and shared between runs.
"""

from __future__ import annotations

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
    """Runs equal shares in floats for any step, reusing the group tree."""

    def __init__(self, data: Prepared) -> None:
        self.data = data
        self.root = _Node([0] * data.voters, frozenset())
        self.nodes = {self.root.bought: self.root}
        self.groups: dict[int, int] = {0: 0}
        self.members: list[int] = [0]
        self.costs = [cost / data.unit for cost in data.costs]
        self.values: list[float] = [0.0]

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
            self.values.append(0.0)
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

    def run(self, step: int, reference: Trace | None = None) -> Probe | None:
        """Run at ``step``; with ``reference`` (a run at an earlier step) also
        check that every step in between buys the same sequence.

        Returns None if floats cannot decide.
        """
        try:
            return _FloatRun(self, step, reference).execute()
        except Ambiguous:
            return None


@dataclass(frozen=True, slots=True)
class Won:
    """A round's winner: its ratio's upper bound and whether it was exact."""

    project: int
    ratio_high: float
    simple: bool


Trace = tuple[Won, ...]


@dataclass(frozen=True, slots=True)
class Probe:
    """A float run: its purchases, its trace, and the range check result."""

    selected: list[int]
    trace: Trace
    verified: bool


class _FloatRun:
    """One float run; ``delta`` bounds the absolute error of every amount."""

    def __init__(self, engine: FastEngine, step: int, reference: Trace | None) -> None:
        data = engine.data
        self.engine = engine
        share = data.budget / data.unit / data.voters + step
        engine.values[0] = share
        self.share = share
        self.delta = share * ULP
        self.node = engine.root
        self.stale = {q: (1 - ULP) / len(data.supporters[q]) for q in data.candidates}
        self.reference = reference
        self.verified = reference is not None

    def evaluate(self, q: int) -> Priced | None:
        """Price ``q`` within error bounds, or return None if unaffordable."""
        hist = self.engine.hist(self.node, q)
        values = list(map(self.engine.values.__getitem__, hist.classes))
        cost = self.engine.costs[q]
        total = len(self.engine.data.supporters[q])
        if (min(values) - self.delta) * total >= cost * (1 + ULP):
            price = cost / total
            return Priced(q, 1 / total, ULP / total, True, price, price * ULP)
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

    def round(self, alive: list[int], won: Won | None) -> Priced | None:
        """Choose this round's purchase; drop projects that are unaffordable.

        ``won`` is the reference run's winner of this round: rivals are then
        also priced as far as needed to check the range.
        """
        stale = self.stale
        alive.sort(key=stale.__getitem__)
        best_high = float("inf")
        found: list[Priced] = []
        for q in list(alive):
            check = won is not None and self.must_check(q, won)
            if stale[q] > best_high and not check:
                if won is None or stale[q] > won.ratio_high:
                    break
                continue
            priced = self.evaluate(q)
            if priced is None:
                alive.remove(q)
                continue
            stale[q] = priced.ratio - priced.ratio_error
            found.append(priced)
            best_high = min(best_high, priced.ratio + priced.ratio_error)
            if check and stale[q] <= won.ratio_high:
                self.verified = False
        if not found:
            return None
        return self.pick(found, best_high)

    def must_check(self, q: int, won: Won) -> bool:
        """Tell whether rival ``q`` may undercut the reference winner."""
        if q == won.project or self.stale[q] > won.ratio_high:
            return False
        return not (won.simple and self.ranks_below(q, won.project))

    def ranks_below(self, q: int, p: int) -> bool:
        """Tell whether ``q`` loses to ``p`` when ``p`` costs one over support.

        Any project's ratio is at least one over its number of supporters,
        so fewer supporters, or as many and a later id, means it loses.
        """
        supporters, ids = self.engine.data.supporters, self.engine.data.ids
        return len(supporters[q]) < len(supporters[p]) or (
            len(supporters[q]) == len(supporters[p]) and ids[p] < ids[q]
        )

    def pick(self, found: list[Priced], best_high: float) -> Priced:
        """Return the winner among projects whose ratio may be the lowest.

        Several candidates are only told apart when each had no supporter
        short of money: then the exact ratio is one over its supporter count.
        """
        close = [item for item in found if item.ratio - item.ratio_error <= best_high]
        if len(close) > 1 and not all(item.simple for item in close):
            raise Ambiguous
        ids = self.engine.data.ids
        supporters = self.engine.data.supporters
        return min(
            close, key=lambda item: (-len(supporters[item.project]), ids[item.project])
        )

    def buy(self, chosen: Priced) -> None:
        """Charge the supporters of the chosen project and move to its node."""
        child, olds, news = self.engine.move(self.node, chosen.project)
        values, price = self.engine.values, chosen.price
        left = [
            value - price if value >= price else 0.0
            for value in map(values.__getitem__, olds)
        ]
        deque(map(values.__setitem__, news, left), maxlen=0)
        self.delta += chosen.price_error + self.share * ULP
        self.node = child

    def execute(self) -> Probe:
        """Run rounds until nothing is affordable; return the purchases."""
        alive = list(self.engine.data.candidates)
        trace: list[Won] = []
        while alive:
            won = self.reference_winner(len(trace))
            chosen = self.round(alive, won)
            if chosen is None:
                break
            if won is None or won.project != chosen.project:
                self.verified = False
            high = chosen.ratio + chosen.ratio_error
            trace.append(Won(chosen.project, high, chosen.simple))
            alive.remove(chosen.project)
            self.buy(chosen)
        if self.reference is not None and len(self.reference) != len(trace):
            self.verified = False
        return Probe([won.project for won in trace], tuple(trace), self.verified)

    def reference_winner(self, index: int) -> Won | None:
        """Return the reference winner of round ``index`` while still checking."""
        if not self.verified or self.reference is None:
            return None
        return self.reference[index] if index < len(self.reference) else None


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
