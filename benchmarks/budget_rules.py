"""Time every budget rule on seeded random elections.

Run from the repository root::

    .venv/bin/python benchmarks/budget_rules.py

Prints a Markdown table (median wall-clock time of 5 runs per rule and size)
and writes it, with the matching CPU times and the machine description, to
docs/benchmarks/budget_rules.md.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civic.budget import Instance, Profile, Project, compute, rule_names  # noqa: E402

SIZES = ((1_000, 50), (1_000, 100), (10_000, 50), (10_000, 100))
REPEATS = 5
SEED = 2024
OUTPUT = ROOT / "docs" / "benchmarks" / "budget_rules.md"
COMMAND = ".venv/bin/python benchmarks/budget_rules.py"


@dataclass(frozen=True)
class Election:
    """One generated vote."""

    instance: Instance
    profile: Profile


def generate(ballots: int, projects: int, seed: int) -> Election:
    """Return a seeded election resembling a city vote.

    Costs are 5,000 to 80,000 in steps of 500; the budget is 30% of the
    total cost; project popularity is skewed; each voter approves 1 to 12
    projects drawn by popularity.
    """
    rng = random.Random(seed)
    ids = [f"p{i:03d}" for i in range(1, projects + 1)]
    costs = [Decimal(rng.randrange(10, 161) * 500) for _ in ids]
    budget = (sum(costs) * 3 / 10).quantize(Decimal(1))
    weights = [rng.random() ** 2 + 0.01 for _ in ids]
    votes = [
        frozenset(rng.choices(ids, weights=weights, k=rng.randint(1, 12)))
        for _ in range(ballots)
    ]
    items = tuple(Project(pid, cost) for pid, cost in zip(ids, costs, strict=True))
    return Election(Instance(budget, items), Profile(tuple(votes)))


def median_seconds(rule: str, election: Election) -> tuple[float, float]:
    """Return the median wall-clock and CPU time of ``REPEATS`` runs of ``rule``.

    CPU time depends less than wall-clock time on what else runs on the
    machine, but on a shared virtual machine it still varies by about a third
    from one run to the next (measured): hence the median.
    """
    walls, cpus = [], []
    for _ in range(REPEATS):
        start, cpu = time.perf_counter(), time.process_time()
        compute(rule, election.instance, election.profile)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def table() -> tuple[str, str]:
    """Return Markdown tables of wall-clock and of CPU timings, one row per
    size."""
    rules = rule_names()
    head = [
        "| ballots | projects | " + " | ".join(rules) + " |",
        "|---:|---:|" + "---:|" * len(rules),
    ]
    walls, cpus = list(head), list(head)
    for ballots, projects in SIZES:
        election = generate(ballots, projects, SEED + ballots + projects)
        timings = [median_seconds(rule, election) for rule in rules]
        row = f"| {ballots:,} | {projects} | "
        walls.append(row + " | ".join(f"{w * 1000:.0f} ms" for w, _ in timings) + " |")
        cpus.append(row + " | ".join(f"{c * 1000:.0f} ms" for _, c in timings) + " |")
        print(walls[-1], flush=True)
    return "\n".join(walls), "\n".join(cpus)


def machine(load_before: str) -> str:
    """Describe the machine the timings come from."""
    return (
        f"- CPUs (nproc): {os.cpu_count()}\n"
        f"- Python: {platform.python_implementation()} {platform.python_version()}\n"
        f"- Platform: {platform.platform()}\n"
        f"- Load average before measuring (1/5/15 min): {load_before}\n"
        f"- Load average after measuring (1/5/15 min): {_load()}\n"
    )


def _load() -> str:
    """Return the load average, which shows if other work shared the CPUs."""
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> None:
    """Run the benchmark, print the table and write the report."""
    print("| ballots | projects | " + " | ".join(rule_names()) + " |")
    # Other work on the machine slows every timing down: record the load on
    # both sides of the measurement so readers can tell.
    load_before = _load()
    walls, cpus = table()
    report = (
        "# Budget rule timings\n\n"
        f"Median wall-clock time of {REPEATS} runs of "
        "`compute(rule, instance, profile)` "
        "on seeded random elections (costs 5,000-80,000, budget 30% of the "
        "total cost, 1-12 approvals per ballot, skewed popularity).\n\n"
        f"{walls}\n\n"
        "CPU time of the same runs (median), which other work on the machine "
        "affects less:\n\n"
        f"{cpus}\n\n"
        f"Machine:\n\n{machine(load_before)}\n"
        f"Command: `{COMMAND}`\n"
    )
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(report, encoding="utf-8")
    print(f"\nwritten to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
