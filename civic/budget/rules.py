"""Voting rules and their registry.

Every rule has a ``name`` (the registry key), a ``label`` (plain English now,
to be marked for translation by the Django layer) and
``compute(instance, profile) -> Outcome``.

Ties between projects are always broken in favour of the smaller project id in
plain ``str`` order, like pabutools' default lexicographic tie-breaking on
project names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Protocol

from civic.budget import outcome as codes
from civic.budget.completion import complete
from civic.budget.equal_shares import Prepared, RunResult, prepare, run
from civic.budget.instance import Instance, Profile, Project
from civic.budget.outcome import Explanation, Outcome, money_down, money_near

logger = logging.getLogger("civic.budget")


class Rule(Protocol):
    """What the registry holds: a named, labelled outcome computation."""

    name: str
    label: str

    def compute(self, instance: Instance, profile: Profile) -> Outcome:
        """Return the outcome of this rule."""
        ...


class UnknownRuleError(KeyError):
    """Raised when no rule is registered under a name."""


_REGISTRY: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    """Add ``rule`` to the registry under its name and return it."""
    if rule.name in _REGISTRY:
        raise ValueError(f"a rule named {rule.name!r} is already registered")
    _REGISTRY[rule.name] = rule
    return rule


def get_rule(name: str) -> Rule:
    """Return the rule registered as ``name``."""
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownRuleError(f"no rule {name!r}; known rules: {known}") from None


def rule_names() -> tuple[str, ...]:
    """Return the registered rule names in registration order."""
    return tuple(_REGISTRY)


def compute(name: str, instance: Instance, profile: Profile) -> Outcome:
    """Run the rule registered as ``name``."""
    return get_rule(name).compute(instance, profile)


def _build(
    rule: str, instance: Instance, selected: list[str], explain: Callable
) -> Outcome:
    """Assemble an Outcome, explaining every project in instance order."""
    explanations = {project.id: explain(project) for project in instance}
    return Outcome(rule, instance.budget, tuple(selected), explanations)


def _walk(instance: Instance, order: list[Project]) -> _Line:
    """Walk ``order`` funding what still fits; record the money left each time."""
    left, selected, seen = instance.budget, [], {}
    for project in order:
        seen[project.id] = left
        if project.cost <= left:
            selected.append(project.id)
            left -= project.cost
    return _Line(selected, seen)


@dataclass(frozen=True)
class _Line:
    """A ranked walk: ids funded in order, money left when each was weighed."""

    selected: list[str]
    seen: dict[str, Decimal]

    def explain(
        self, project: Project, support: int, details: Mapping | None = None
    ) -> Explanation:
        """Explain a project: funded, over budget, or never weighed."""
        details = details or {}
        if project.id not in self.seen:
            reason = codes.NO_MAJORITY if support else codes.NO_SUPPORT
            return Explanation(
                project.id, False, reason, support, project.cost, details=details
            )
        funded = project.id in self.selected
        position = self.selected.index(project.id) + 1 if funded else None
        reason = codes.FUNDED if funded else codes.OVER_BUDGET
        left = self.seen[project.id]
        return Explanation(
            project.id, funded, reason, support, project.cost, left, position, details
        )


@dataclass(frozen=True)
class GreedyRule:
    """Fund projects by decreasing approval count, skipping what no longer fits.

    Matches pabutools' ``greedy_utilitarian_welfare`` with cost satisfaction
    (support per euro times cost is the approval count). Like it, projects
    nobody approved are funded last if money is left; set
    ``fund_unsupported=False`` to leave them out.
    """

    name: str = "greedy"
    label: str = "Most votes first"
    fund_unsupported: bool = True

    def compute(self, instance: Instance, profile: Profile) -> Outcome:
        """Return the greedy outcome."""
        profile.check_against(instance)
        counts = profile.approval_counts()
        allowed = [p for p in instance if self.fund_unsupported or p.id in counts]
        line = _walk(
            instance, sorted(allowed, key=lambda p: (-counts.get(p.id, 0), p.id))
        )
        return _build(
            self.name,
            instance,
            line.selected,
            lambda project: line.explain(project, counts.get(project.id, 0)),
        )


@dataclass(frozen=True)
class AsPlayedRule:
    """The table game: options a strict majority of tables chose, in order.

    Options chosen by more than half of the tables are ranked by number of
    tables (more first); ties go to the smaller option id, then the lower
    cost (ids are unique, so cost never decides in practice). They are
    funded in that order while the budget lasts; an option that no longer
    fits is skipped and the next one is tried.
    """

    name: str = "as-played"
    label: str = "As played at the tables"

    def compute(self, instance: Instance, profile: Profile) -> Outcome:
        """Return the outcome the tables reached."""
        profile.check_against(instance)
        counts = profile.approval_counts()
        tables = len(profile)
        chosen = [p for p in instance if 2 * counts.get(p.id, 0) > tables]
        line = _walk(
            instance, sorted(chosen, key=lambda p: (-counts[p.id], p.id, p.cost))
        )
        amounts = _amount_totals(profile)

        def explain(project: Project) -> Explanation:
            """Explain one option, with the table counts behind it."""
            details = {"tables": tables, "majority": tables // 2 + 1}
            if project.id in amounts:
                details["amount_total"] = amounts[project.id]
            return line.explain(project, counts.get(project.id, 0), details)

        return _build(self.name, instance, line.selected, explain)


def _amount_totals(profile: Profile) -> dict[str, Decimal]:
    """Sum, per option, the amounts tables put on it (empty without amounts)."""
    totals: dict[str, Decimal] = {}
    for row in profile.points:
        for option, amount in row.items():
            totals[option] = totals.get(option, Decimal(0)) + amount
    return totals


def _prepared(instance: Instance, profile: Profile) -> Prepared:
    """Return the integer data equal shares works on."""
    profile.check_against(instance)
    supporters = profile.supporters(instance.ids)
    return prepare(
        instance.ids,
        [Fraction(project.cost) for project in instance],
        [supporters[pid] for pid in instance.ids],
        len(profile),
        Fraction(instance.budget),
    )


def _shares_outcome(
    rule: str, instance: Instance, profile: Profile, result: RunResult
) -> Outcome:
    """Explain an equal-shares run in terms of supporters' remaining money."""
    explainer = _SharesExplainer(instance, profile, result)
    selected = [instance.ids[p.project] for p in result.purchases]
    return _build(rule, instance, selected, explainer.explain)


class _SharesExplainer:
    """Turns the money figures of an equal-shares run into Explanations."""

    def __init__(self, instance: Instance, profile: Profile, result: RunResult):
        ids = instance.ids
        self.counts = profile.approval_counts()
        self.bought = {ids[p.project]: (i, p) for i, p in enumerate(result.purchases)}
        self.short = {ids[q]: money for q, money in result.leftover.items()}
        self.share = money_near(result.share)

    def explain(self, project: Project) -> Explanation:
        """Explain one project."""
        support = self.counts.get(project.id, 0)
        if project.id in self.bought:
            return self.funded(project, support)
        if project.id in self.short:
            left = money_down(self.short[project.id])
            details = {"share_per_voter": self.share}
            reason = codes.SUPPORTERS_SHORT
            return Explanation(
                project.id, False, reason, support, project.cost, left, None, details
            )
        reason = codes.NOT_REACHED if support else codes.NO_SUPPORT
        return Explanation(project.id, False, reason, support, project.cost)

    def funded(self, project: Project, support: int) -> Explanation:
        """Explain a bought project: what its supporters had and each paid."""
        index, purchase = self.bought[project.id]
        details = {
            "price_per_supporter": money_near(purchase.price),
            "share_per_voter": self.share,
        }
        left = money_down(purchase.available)
        return Explanation(
            project.id,
            True,
            codes.FUNDED,
            support,
            project.cost,
            left,
            index + 1,
            details,
        )


@dataclass(frozen=True)
class EqualSharesRule:
    """The Method of Equal Shares with cost utilities.

    Matches pabutools' ``method_of_equal_shares(..., sat_class=Cost_Sat)``:
    projects nobody supports and projects costing nothing are never funded.
    """

    name: str = "mes"
    label: str = "Equal shares"

    def compute(self, instance: Instance, profile: Profile) -> Outcome:
        """Return the equal-shares outcome."""
        result = run(_prepared(instance, profile))
        return _shares_outcome(self.name, instance, profile, result)


@dataclass(frozen=True)
class CompletedEqualSharesRule:
    """Equal shares, with every share raised one unit at a time while that helps.

    Matches pabutools' ``exhaustion_by_budget_increase`` around
    ``method_of_equal_shares(..., sat_class=Cost_Sat)`` with
    ``budget_step`` equal to the number of voters; see ``completion``.
    """

    name: str = "mes-completed"
    label: str = "Equal shares, completed"

    def compute(self, instance: Instance, profile: Profile) -> Outcome:
        """Return the completed equal-shares outcome."""
        data = _prepared(instance, profile)
        costs = [Fraction(project.cost) for project in instance]
        result = complete(data, costs, Fraction(instance.budget))
        logger.debug("mes-completed settled on share %s", result.share)
        return _shares_outcome(self.name, instance, profile, result)


GREEDY = register(GreedyRule())
MES = register(EqualSharesRule())
MES_COMPLETED = register(CompletedEqualSharesRule())
AS_PLAYED = register(AsPlayedRule())
