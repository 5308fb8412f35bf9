"""Command line: ``python -m civic.budget FILE.pb --rule NAME``.

Prints one line per project (funded first, in selection order) or, with
``--json``, the whole outcome. Exit status 2 means the file or rule is bad.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from civic.budget.instance import BudgetDataError
from civic.budget.outcome import Explanation, Outcome
from civic.budget.pabulib import read_pb
from civic.budget.rules import UnknownRuleError, compute, rule_names


def parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``budget_outcome``."""
    result = argparse.ArgumentParser(
        prog="budget_outcome", description="Compute the outcome of a .pb file."
    )
    result.add_argument("path", help="pabulib .pb file")
    result.add_argument("--rule", default="mes", choices=rule_names())
    result.add_argument("--json", action="store_true", help="print JSON")
    return result


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command; return the exit status."""
    stream = out or sys.stdout
    args = parser().parse_args(argv)
    try:
        data = read_pb(args.path)
        outcome = compute(args.rule, data.instance, data.profile)
    except (BudgetDataError, UnknownRuleError, OSError) as error:
        sys.stderr.write(f"budget_outcome: {error}\n")
        return 2
    stream.write(as_json(outcome) if args.json else as_text(outcome))
    return 0


def as_text(outcome: Outcome) -> str:
    """Return a plain-text report, funded projects first."""
    order = list(outcome.selected)
    order += [pid for pid in outcome.explanations if pid not in outcome.selected]
    lines = [f"rule {outcome.rule}: spent {outcome.spent} of {outcome.budget}"]
    lines += [_line(outcome.explanations[pid]) for pid in order]
    return "\n".join(lines) + "\n"


def _line(item: Explanation) -> str:
    """Return one project's report line."""
    left = "" if item.money_left is None else f" left={item.money_left}"
    return f"{item.reason:<17} {item.project_id} cost={item.cost}{left}"


def as_json(outcome: Outcome) -> str:
    """Return the outcome as indented JSON (numbers as strings)."""
    payload = {
        "rule": outcome.rule,
        "budget": str(outcome.budget),
        "selected": list(outcome.selected),
        "explanations": [_item(item) for item in outcome.explanations.values()],
    }
    return json.dumps(payload, indent=2) + "\n"


def _item(item: Explanation) -> dict[str, object]:
    """Return one Explanation as JSON-ready data."""
    return {
        "project_id": item.project_id,
        "funded": item.funded,
        "reason": item.reason,
        "support": item.support,
        "cost": str(item.cost),
        "money_left": None if item.money_left is None else str(item.money_left),
        "position": item.position,
        "details": {key: str(value) for key, value in item.details.items()},
    }
