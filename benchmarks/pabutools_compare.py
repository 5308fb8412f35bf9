"""Time pabutools on the budget-rules benchmark elections and compare outcomes.

Run from the repository root (pabutools is a test dependency)::

    .venv/bin/python benchmarks/pabutools_compare.py [--timeout SECONDS]

For each size of ``budget_rules.py`` and for equal shares alone and completed,
it times pabutools once (stopping it after ``--timeout`` seconds) and the
project's own rule (median of 3), checks that both select the same projects,
prints a Markdown table and writes it to docs/benchmarks/pabutools.md. This is
the speed half of the reason pabutools is a test oracle and not a runtime
dependency.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from budget_rules import SEED, SIZES, Election, _load, generate, machine  # noqa: E402

from civic.budget import compute  # noqa: E402
from tests.budget.oracle import oracle_mes, oracle_mes_completed  # noqa: E402

OUTPUT = ROOT / "docs" / "benchmarks" / "pabutools.md"
COMMAND = ".venv/bin/python benchmarks/pabutools_compare.py"
ORACLES = {"mes": oracle_mes, "mes-completed": oracle_mes_completed}


class TimedOut(Exception):
    """Raised in the main thread when pabutools runs past the timeout."""


def _alarm(_signum: int, _frame: object) -> None:
    raise TimedOut


def time_pabutools(rule: str, election: Election, timeout: int) -> tuple:
    """Return (seconds, selected ids), or (None, None) after ``timeout``."""
    costs = {p.id: Fraction(p.cost) for p in election.instance}
    budget = Fraction(election.instance.budget)
    ballots = election.profile.ballots
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    start = time.perf_counter()
    try:
        selected = ORACLES[rule](costs, budget, ballots)
    except TimedOut:
        return None, None
    finally:
        signal.alarm(0)
    return time.perf_counter() - start, selected


def time_ours(rule: str, election: Election) -> tuple[float, list[str]]:
    """Return the median seconds of 3 runs of our rule and its selection."""
    seconds = []
    for _ in range(3):
        start = time.perf_counter()
        outcome = compute(rule, election.instance, election.profile)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), list(outcome.selected)


def row(ballots: int, projects: int, rule: str, timeout: int) -> str:
    """Measure one size and rule; return its table row."""
    election = generate(ballots, projects, SEED + ballots + projects)
    theirs, their_pick = time_pabutools(rule, election, timeout)
    ours, our_pick = time_ours(rule, election)
    if theirs is None:
        shown, same = f"> {timeout} s (stopped)", "not compared"
    else:
        # pabutools returns a set-like outcome: compare as sets of ids.
        shown = f"{theirs:.1f} s"
        same = "yes" if sorted(their_pick) == sorted(our_pick) else "**no**"
    return (
        f"| {ballots:,} | {projects} | {rule} | {shown} | "
        f"{ours * 1000:.0f} ms | {same} |"
    )


def main() -> None:
    """Run the comparison, print the table and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, default=300)
    timeout = parser.parse_args().timeout
    load_before = _load()
    lines = [
        "| ballots | projects | rule | pabutools | ours (median of 3) "
        "| same selection |",
        "|---:|---:|---|---:|---:|---|",
    ]
    print("\n".join(lines), flush=True)
    for ballots, projects in SIZES:
        for rule in ORACLES:
            lines.append(row(ballots, projects, rule, timeout))
            print(lines[-1], flush=True)
    report = (
        "# pabutools against our rules\n\n"
        "Wall-clock time of pabutools 1.2 (one run, stopped after "
        f"{timeout} s) and of `civic.budget` on the elections of "
        "`budget_rules.py`, and whether both select the same projects.\n\n"
        + "\n".join(lines)
        + f"\n\nMachine:\n\n{machine(load_before)}\nCommand: `{COMMAND}`\n"
    )
    OUTPUT.write_text(report, encoding="utf-8")
    print(f"\nwritten to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
