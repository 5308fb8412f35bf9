"""Table packages of the Budget Games, carried as ballots of a Profile.

At the table game each table agrees on a package: the options it wants funded
and, optionally, the amount it put on each. One table becomes one ballot, so
the ``as-played`` rule also runs on a ``.pb`` file whose voters are tables.
Amounts travel as ballot points (vote type ``cumulative``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from civic.budget.instance import BudgetDataError, Profile, as_money, check_id


@dataclass(frozen=True)
class TablePackage:
    """The options one table chose, with the amounts it put on them (if any)."""

    table: str
    options: frozenset[str]
    amounts: Mapping[str, Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_id(self.table, "table id")
        object.__setattr__(self, "options", frozenset(self.options))
        amounts = {k: as_money(v, f"amount for {k}") for k, v in self.amounts.items()}
        if amounts and set(amounts) != self.options:
            raise BudgetDataError(
                "table %(table)r: amounts must name exactly its options",
                {"table": self.table},
            )
        object.__setattr__(self, "amounts", amounts)


def profile_from_tables(packages: Iterable[TablePackage]) -> Profile:
    """Return a Profile with one ballot per table (points hold the amounts)."""
    items = list(packages)
    with_amounts = [bool(package.amounts) for package in items]
    if any(with_amounts) and not all(with_amounts):
        raise BudgetDataError("either every table gives amounts or none does")
    points = tuple(package.amounts for package in items) if any(with_amounts) else ()
    return Profile(
        tuple(package.options for package in items),
        "cumulative" if points else "approval",
        tuple(package.table for package in items),
        points,
    )


def tables_from_profile(profile: Profile) -> list[TablePackage]:
    """Return the table packages a Profile carries (amounts from its points)."""
    amounts = profile.points or tuple({} for _ in profile.ballots)
    rows = zip(profile.voter_ids, profile.ballots, amounts, strict=True)
    return [TablePackage(table, options, dict(given)) for table, options, given in rows]
