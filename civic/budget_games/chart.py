"""Geometry of the server-rendered SVG bar chart of a session's result.

The template ``civic/includes/budget_game_chart.html`` draws it; the same
numbers stand in the table beside it, so the chart is never the only source.
"""

from dataclasses import dataclass

from django.utils.text import Truncator

WIDTH = 720
LABEL_WIDTH = 300
BAR_AREA = 340
ROW_HEIGHT = 30
BAR_HEIGHT = 20
TOP = 10


@dataclass(frozen=True)
class Bar:
    """One option's bar: where it stands, how long it is, what it says."""

    y: int
    text_y: int
    width: int
    label: str
    value: str
    funded: bool


@dataclass(frozen=True)
class Chart:
    bars: list
    width: int
    height: int
    bar_x: int
    majority_x: int | None


def support_chart(result):
    """Returns the Chart of the investments' support, most supported first."""
    rows = sorted(result.investments, key=lambda row: (-row.support, row.option.code))
    total = max(result.voters, 1)
    bars = [bar(index, row, total) for index, row in enumerate(rows)]
    majority = None
    if result.by_tables and result.rule_name == "as-played" and result.voters:
        majority = LABEL_WIDTH + round(BAR_AREA * (result.voters // 2 + 1) / total)
    return Chart(bars, WIDTH, TOP * 2 + ROW_HEIGHT * len(bars), LABEL_WIDTH, majority)


def bar(index, row, total):
    """Returns the Bar of one option's line."""
    y = TOP + index * ROW_HEIGHT
    mark = "✓ " if row.funded else ""
    return Bar(
        y=y,
        text_y=y + BAR_HEIGHT - 5,
        width=round(BAR_AREA * row.support / total),
        label=mark + Truncator(f"{row.option.code} {row.option.title}").chars(34),
        value=f"{row.support}/{row.voters}",
        funded=row.funded,
    )
