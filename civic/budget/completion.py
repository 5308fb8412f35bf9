"""Equal shares completed by raising every voter's share one unit at a time.

This mirrors the usual completion of the Method of Equal Shares: run it with
the real budget; while the outcome is neither over budget nor exhaustive
(no unselected project fits in the money left), add one currency unit to
every voter's share (the total grows by the number of voters) and run again.
The first outcome that is exhaustive is kept; if an outcome overspends, the
one before it is kept. The search also ends after the total reached
``budget * (voters + 1)``, keeping the last outcome. No greedy top-up follows.

Stepping one unit at a time can take hundreds of runs, and on large votes the
outcome may change at almost every step, so the runs are not made one by one.
The search settles ranges of steps round by round in floats (``fast_shares``):
while one purchase is proven for the whole range, a state at each end buys it;
when no proof is found the range is halved, the new end states replaying the
purchases proven so far. Runs of nearby steps thus share the rounds they have
in common. Single steps fall back to the exact engine when rounding could
matter. Ranges are taken in order, in windows of doubling width, so the
search stops soon after the step that decides. It also stops once every voter
can afford an equal split of every project they support (nothing can change
after that). The result is the one unit stepping gives; its money figures are
finally computed exactly at its step.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from fractions import Fraction

from civic.budget.equal_shares import Prepared, RunResult, replay, run
from civic.budget.fast_shares import (
    Ambiguous,
    FastEngine,
    FloatState,
    advance_range,
)

Settled = tuple[int, int, list[int]]
"""A range of steps (first, last) and what equal shares buys at each of them."""


def complete(data: Prepared, costs: Sequence[Fraction], budget: Fraction) -> RunResult:
    """Return the completed equal-shares outcome, computed at its final step."""
    if data.voters == 0:
        return RunResult([], {}, Fraction(0))
    found = _Search(data, costs, budget).final()
    if found is None:
        return RunResult([], {}, Fraction(0))
    step, selected = found
    # The floats proved ``selected``; replaying it exactly only has to price
    # each purchase, a fraction of a full exact run.
    exact = replay(data, step, selected) if selected is not None else None
    return exact or run(data, step)


class _Search:
    """Walks the steps in order, settling ranges of them at once."""

    def __init__(
        self, data: Prepared, costs: Sequence[Fraction], budget: Fraction
    ) -> None:
        self.data = data
        self.costs = costs
        self.budget = budget
        self.engine = FastEngine(data)
        self.last = min(math.floor(budget), stable_step(data))
        self.beyond = math.floor(budget)

    def final(self) -> tuple[int, list[int] | None] | None:
        """Return the step whose outcome is the answer and, if known, that
        outcome.

        Returns None when the answer is the empty outcome before any step.
        """
        previous: Settled | None = None
        for settled in self.settled():
            first, _last, selected = settled
            verdict = self.verdict(selected)
            if verdict == "exhaustive":
                return first, selected
            if verdict == "over":
                return (first - 1, previous[2]) if previous else None
            previous = settled
        if self.beyond == self.last and previous is not None:
            return self.beyond, previous[2]
        return self.beyond, None

    def verdict(self, selected: list[int]) -> str:
        """Classify an outcome as 'over', 'exhaustive' or 'open'."""
        chosen = set(selected)
        spent = sum((self.costs[q] for q in chosen), Fraction(0))
        if spent > self.budget:
            return "over"
        rest = (c for q, c in enumerate(self.costs) if q not in chosen)
        return "open" if any(spent + c <= self.budget for c in rest) else "exhaustive"

    def settled(self) -> Iterator[Settled]:
        """Yield every step up to ``last`` with its outcome, in order.

        Windows double in width so that a decision near the start costs
        little and one far away is reached in few windows.
        """
        first, width = 0, 1
        while first <= self.last:
            end = min(first + width - 1, self.last)
            low = self.engine.state(first)
            high = low if end == first else self.engine.state(end)
            yield from self.settle(low, high)
            first, width = end + 1, 2 * width

    def settle(self, low: FloatState, high: FloatState) -> Iterator[Settled]:
        """Yield the outcomes of the steps from ``low`` to ``high``, in order.

        Both states hold the purchases proven so far for the whole range.
        """
        if low is high:
            yield low.step, low.step, self.single(low)
            return
        while not (low.broken or high.broken):
            moved = advance_range(low, high)
            if moved is None:
                yield low.step, high.step, list(low.path)
                return
            if not moved:
                break
        if not low.broken and not high.broken:
            low.learn(high)
        middle = (low.step + high.step) // 2
        left = low if middle == low.step else self.engine.replay(middle, high)
        yield from self.settle(low, left)
        right = (
            high if middle + 1 == high.step else self.engine.replay(middle + 1, high)
        )
        yield from self.settle(right, high)

    def single(self, state: FloatState) -> list[int]:
        """Return what equal shares buys at the state's step, finishing it."""
        if not state.broken:
            try:
                return list(state.finish())
            except Ambiguous:
                pass
        return run(self.data, state.step).selected


def stable_step(data: Prepared) -> int:
    """Return a step from which on every voter can always pay an equal split.

    From then on nobody runs short, every supported project is bought, in
    order of decreasing support, so later steps cannot change the outcome.
    Computed in floats with a safety margin; it only needs to be an upper
    bound.
    """
    per_voter = [0.0] * data.voters
    for q in data.candidates:
        split = data.costs[q] / data.unit / len(data.supporters[q])
        for voter in data.supporters[q]:
            per_voter[voter] += split
    need = max(per_voter, default=0.0) * (1 + 1e-9)
    share = data.budget / data.unit / data.voters
    return max(0, math.ceil(need - share)) + 1
