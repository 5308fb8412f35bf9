"""Computes a session's result from its options and its tables' packages (or
its ballots) with the session's rule; nothing of it is typed in.

How a table game is counted (the issue leaves this open; decided here):

- Savings and revenues are accepted when a strict majority of tables chose
  them; under the rule "budget plus savings and revenues" they raise the money
  available for investments by their amount.
- Investments are then decided by the session's rule, on the tables'
  packages as approval ballots: one table, one ballot.
- An option that can be partly funded costs what the middle table of those
  that chose it put on it (the lower median), so a single generous table does
  not set the price.
"""

import hashlib
import logging
import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache

from civic.budget import Instance, Profile, Project
from civic.models.budget_games import BudgetGameBallots, BudgetGamePage

from .explain import explain_extra, explain_investment
from .packages import PackageError, check_package, options_by_code
from .rules import get_rule, rule_label

logger = logging.getLogger("civic.budget_games")
CACHE_SECONDS = 24 * 3600


@dataclass
class OptionResult:
    """One option's line in the result: its support and why it was (not) funded."""

    option: object
    support: int
    amounts: list = field(default_factory=list)
    funded: bool = False
    reason: str = ""
    cost: Decimal = Decimal(0)
    position: int | None = None
    explanation: str = ""
    voters: int = 0


@dataclass
class GameResult:
    """A session's result under its rule, ready for a template or open data."""

    rule_name: str
    rule_label: str
    voters: int
    by_tables: bool
    budget: Decimal
    available: Decimal = Decimal(0)
    investments: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    error: str = ""

    @property
    def funded(self):
        return sorted(
            (row for row in self.investments if row.funded),
            key=lambda row: row.position or 0,
        )

    @property
    def spent(self):
        return sum((row.cost for row in self.funded), Decimal(0))

    @property
    def left(self):
        return self.available - self.spent

    @property
    def rows(self):
        """Returns every option's line: investments, then savings and revenues."""
        return self.investments + self.extras


def game_result(page, draft=False):
    """Returns the GameResult of ``page`` (a BudgetGamePage, saved or previewed).

    With ``draft`` (a preview), imported ballots that wait for publication
    count instead of the public ones.

    Data the rules cannot take (a package an editor never validated, an
    unknown rule) gives a result with ``error`` set, never an exception: the
    public page still renders. A ballot's choice of an option no longer in
    the list does not count (the editor's form and the options import refuse
    to remove an option imported ballots name).
    """
    # The page shows each option's theme and its follow-up's links.
    options = list(page.options.select_related("theme", "initiative", "event"))
    result = GameResult(
        rule_name=page.result_rule,
        rule_label="",
        voters=0,
        by_tables=page.plays_with_tables,
        budget=page.budget or Decimal(0),
    )
    try:
        rule = get_rule(page.result_rule)
        result.rule_label = rule_label(rule)
        ballots = (
            table_ballots(page, options)
            if result.by_tables
            else online_ballots(page, draft)
        )
        fill_result(result, rule, options, ballots, page.package_limit)
    except (PackageError, LookupError, ValueError) as error:
        logger.warning("Budget Game %s: no result: %s", page.pk, error)
        result.error = str(error)
    return result


def table_ballots(page, options):
    """Returns one {code: amount} ballot per table, checked as the editor's
    form checks them.
    """
    by_code = options_by_code(options)
    return [
        {
            choice.option.code: choice.amount
            for choice in check_package(
                table.name, table.package, by_code, page.budget, page.package_limit
            )
        }
        for table in page.tables.all()
    ]


def online_ballots(page, draft=False):
    """Returns the imported ballots of ``page`` as {code: None} dicts: the
    public ones, or with ``draft`` those waiting for publication if any."""
    stored = BudgetGameBallots.for_page(page, draft) if page.translation_key else None
    if stored is None:
        return []
    return [dict.fromkeys(ballot) for ballot in stored.ballots()]


def fill_result(result, rule, options, ballots, limit):
    """Fills ``result`` with the extras' and the investments' lines."""
    result.voters = len(ballots)
    extras = [option for option in options if not option.is_investment]
    result.extras = [extra_line(option, ballots) for option in extras]
    result.available = result.budget
    if result.by_tables and limit == BudgetGamePage.LIMIT_WITH_EXTRAS:
        accepted = [row.cost for row in result.extras if row.funded]
        result.available += sum(accepted, Decimal(0))
    investments = [option for option in options if option.is_investment]
    lines = {option.code: support_line(option, ballots) for option in investments}
    outcome = cached_outcome(rule, result.available, lines.values(), ballots)
    for code, line in lines.items():
        apply_explanation(line, outcome.explanations.get(code), result)
    result.investments = list(lines.values())
    for row in result.extras:
        row.explanation = explain_extra(row, result, limit)


def support_line(option, ballots):
    """Returns an option's line with its support, amounts and cost."""
    amounts = [ballot[option.code] for ballot in ballots if option.code in ballot]
    given = [amount for amount in amounts if amount is not None]
    if not option.partly_fundable or all(a == option.amount for a in given):
        given = []
    cost = option.amount
    if given:
        cost = statistics.median_low(given)
    return OptionResult(
        option=option,
        support=len(amounts),
        amounts=given,
        cost=cost,
        voters=len(ballots),
    )


def extra_line(option, ballots):
    """Returns the line of a saving or revenue: accepted by a strict majority."""
    line = support_line(option, ballots)
    line.funded = 2 * line.support > len(ballots)
    line.reason = "accepted" if line.funded else "not_accepted"
    return line


def apply_explanation(line, explanation, result):
    """Copies the rule's verdict on one option into its line and phrases it."""
    if explanation is None:
        return
    line.funded = explanation.funded
    line.reason = explanation.reason
    line.position = explanation.position
    line.explanation = explain_investment(explanation, result)


def cached_outcome(rule, budget, lines, ballots):
    """Returns ``rule``'s Outcome, cached under a digest of its input."""
    projects = tuple(Project(line.option.code, line.cost, "") for line in lines)
    codes = {project.id for project in projects}
    approvals = [
        frozenset(code for code in ballot if code in codes) for ballot in ballots
    ]
    instance = Instance(budget, projects)
    profile = Profile.from_approvals(approvals)
    key = outcome_key(rule.name, budget, projects, approvals)
    outcome = cache.get(key)
    if outcome is None:
        outcome = rule.compute(instance, profile)
        cache.set(key, outcome, CACHE_SECONDS)
    return outcome


def outcome_key(rule_name, budget, projects, approvals):
    """Returns a cache key that changes whenever the rule's input does."""
    digest = hashlib.sha256(repr((rule_name, budget, projects)).encode())
    for ballot in approvals:
        digest.update(",".join(sorted(ballot)).encode() + b"\n")
    return f"civic:budget-outcome:{digest.hexdigest()}"
