"""Equal shares completed by raising every voter's share one unit at a time.

This mirrors the usual completion of the Method of Equal Shares: run it with
the real budget; while the outcome is neither over budget nor exhaustive
(no unselected project fits in the money left), add one currency unit to
every voter's share (the total grows by the number of voters) and run again.
The first outcome that is exhaustive is kept; if an outcome overspends, the
one before it is kept. The search also ends after the total reached
``budget * (voters + 1)``, keeping the last outcome. No greedy top-up follows.

Stepping one unit at a time can take hundreds of runs, so the search runs
them in floats (``fast_shares``, exact fallback when rounding could matter),
proves whole ranges of steps to repeat an outcome (see ``fast_shares``), and
stops early once every voter can afford an equal split of every project they
support (nothing can change after that). The result is the one unit stepping
gives; it is finally recomputed exactly at its step for the money figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from civic.budget.equal_shares import Prepared, RunResult, run
from civic.budget.fast_shares import FastEngine, Trace


def complete(data: Prepared, costs: Sequence[Fraction], budget: Fraction) -> RunResult:
    """Return the completed equal-shares outcome, computed at its final step."""
    if data.voters == 0:
        return RunResult([], {}, Fraction(0))
    final_step = _Search(data, costs, budget).final_step()
    if final_step is None:
        return RunResult([], {}, Fraction(0))
    return run(data, final_step)


@dataclass(frozen=True, slots=True)
class _Step:
    """What is known about one step: its purchases and, if float, its trace."""

    step: int
    selected: list[int]
    trace: Trace | None


class _Found(Exception):
    """Raised by the scan when the step that decides the outcome is found."""

    def __init__(self, step: int | None) -> None:
        super().__init__(step)
        self.step = step


class _Search:
    """Walks the steps, skipping ranges proven to repeat the same outcome."""

    def __init__(
        self, data: Prepared, costs: Sequence[Fraction], budget: Fraction
    ) -> None:
        self.data = data
        self.costs = costs
        self.budget = budget
        self.engine = FastEngine(data)
        self.last = min(math.floor(budget), stable_step(data))
        self.beyond = math.floor(budget)
        self.cache: dict[int, _Step] = {}

    def probe(self, step: int, reference: _Step | None = None) -> tuple[_Step, bool]:
        """Compute ``step``; also tell if all steps since ``reference`` repeat it."""
        trace = reference.trace if reference is not None else None
        found = self.engine.run(step, trace)
        if found is None:
            return _Step(step, run(self.data, step).selected, None), False
        return _Step(step, found.selected, found.trace), found.verified

    def verdict(self, selected: list[int]) -> str:
        """Classify an outcome as 'over', 'exhaustive' or 'open'."""
        chosen = set(selected)
        spent = sum((self.costs[q] for q in chosen), Fraction(0))
        if spent > self.budget:
            return "over"
        rest = (c for q, c in enumerate(self.costs) if q not in chosen)
        return "open" if any(spent + c <= self.budget for c in rest) else "exhaustive"

    def judge(self, known: _Step) -> None:
        """Raise _Found if ``known`` ends the search."""
        verdict = self.verdict(known.selected)
        if verdict == "exhaustive":
            raise _Found(known.step)
        if verdict == "over":
            raise _Found(known.step - 1 if known.step else None)

    def final_step(self) -> int | None:
        """Return the step whose outcome is the answer (None: empty outcome).

        Ranges are checked in one go, their width doubling after a range
        that repeated one outcome and halving otherwise.
        """
        try:
            known, width = self.probe(0)[0], 2
            self.judge(known)
            while known.step < self.last:
                target = min(known.step + width, self.last)
                known, skipped = self.scan(known, target)
                width = 2 * width if skipped else max(2, width // 2)
        except _Found as found:
            return found.step
        return self.beyond

    def scan(self, start: _Step, end: int) -> tuple[_Step, bool]:
        """Settle every step after ``start`` up to ``end``, in order.

        Returns the state at ``end`` and whether the whole range repeated
        ``start``'s outcome. A run made for a failed range check is kept and
        reused when its step comes up.
        """
        if end == start.step + 1:
            known = self.cache.pop(end, None) or self.probe(end)[0]
            self.judge(known)
            return known, False
        if self.worth_checking(start, end):
            known, same = self.probe(end, start)
            if same:
                self.cache.pop(end, None)
                return known, True
            self.cache[end] = known
        middle = (start.step + end) // 2
        left, _same = self.scan(start, middle)
        return self.scan(left, end)[0], False

    def worth_checking(self, start: _Step, end: int) -> bool:
        """Tell whether a range check from ``start`` to ``end`` may succeed."""
        if start.trace is None:
            return False
        known = self.cache.get(end)
        return known is None or known.selected == start.selected


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
