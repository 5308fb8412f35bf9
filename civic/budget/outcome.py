"""The result of a rule: what was funded, in which order, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Final

FUNDED: Final = "funded"
"""Selected by the rule."""
OVER_BUDGET: Final = "over_budget"
"""Considered, but ``money_left`` of the budget was less than its cost."""
SUPPORTERS_SHORT: Final = "supporters_short"
"""Equal shares: its supporters' remaining shares (``money_left``) fell short."""
NO_SUPPORT: Final = "no_support"
"""Nobody supported it."""
NO_MAJORITY: Final = "no_majority"
"""As played: supported by some tables, but not by a strict majority."""
NOT_REACHED: Final = "not_reached"
"""The rule never weighs it (equal shares with cost utilities ignores free
projects, so they are neither funded nor short of money)."""

REASONS: Final = (
    FUNDED,
    OVER_BUDGET,
    SUPPORTERS_SHORT,
    NO_SUPPORT,
    NO_MAJORITY,
    NOT_REACHED,
)


def money_down(amount: Fraction | Decimal) -> Decimal:
    """Round an exact amount down to cents, so money left is never overstated."""
    value = Fraction(amount)
    return Decimal(value.numerator * 100 // value.denominator).scaleb(-2)


def money_near(amount: Fraction | Decimal) -> Decimal:
    """Round an exact amount to the nearest cent (ties to even)."""
    return Decimal(round(Fraction(amount) * 100)).scaleb(-2)


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why one project was or was not funded, in numbers a UI can phrase.

    ``money_left`` is what was available when the project was weighed (the
    budget left for greedy rules, the supporters' remaining shares for equal
    shares), rounded down to cents; ``None`` when the rule never weighed it.
    ``support`` counts supporting ballots (tables, for the table game).
    ``details`` holds rule-specific numbers, e.g. ``price_per_supporter``.
    """

    project_id: str
    funded: bool
    reason: str
    support: int
    cost: Decimal
    money_left: Decimal | None = None
    position: int | None = None
    details: Mapping[str, Decimal | int] = field(default_factory=dict)

    @property
    def shortfall(self) -> Decimal | None:
        """Return how much money was missing, for unfunded weighed projects."""
        if self.funded or self.money_left is None:
            return None
        return max(self.cost - self.money_left, Decimal(0))


@dataclass(frozen=True)
class Outcome:
    """Selected project ids in selection order plus one Explanation per project."""

    rule: str
    budget: Decimal
    selected: tuple[str, ...]
    explanations: Mapping[str, Explanation]

    @property
    def spent(self) -> Decimal:
        """Return the total cost of the selected projects."""
        costs = (self.explanations[pid].cost for pid in self.selected)
        return sum(costs, Decimal(0))

    @property
    def left_over(self) -> Decimal:
        """Return the part of the budget that is not spent."""
        return self.budget - self.spent

    def is_funded(self, project_id: str) -> bool:
        """Tell whether ``project_id`` was selected."""
        return self.explanations[project_id].funded

    def reasons(self) -> dict[str, str]:
        """Map each project id to its reason code."""
        return {pid: item.reason for pid, item in self.explanations.items()}
