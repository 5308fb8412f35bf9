"""What the session's templates show: the result, the chart, the tables'
packages, the photos and the follow-up, gathered in a few queries.
"""

from dataclasses import dataclass

from django.http import Http404

from .chart import support_chart
from .packages import PackageError, options_by_code, parse_package
from .results import game_result


@dataclass(frozen=True)
class TableView:
    """A table as the public page shows it: its package as Choices."""

    table: object
    choices: list
    unreadable: bool


def page_context(page, draft=False):
    """Returns the template context of a session page (``draft``: a preview,
    see ``game_result``)."""
    result = game_result(page, draft)
    return {
        "result": result,
        "chart": support_chart(result),
        "table_views": table_views(page, result),
        "photos": page.photos.select_related("image").prefetch_related(
            "image__renditions"
        ),
        "follow_up": [row for row in result.rows if row.option.status],
    }


def table_views(page, result):
    """Returns the tables with their packages read against the option list."""
    if not result.by_tables:
        return []
    # The result's rows hold every option, fetched with their relations,
    # unless the result could not be computed.
    rows = page.options.all() if result.error else (r.option for r in result.rows)
    options = options_by_code(rows)
    views = []
    for table in page.tables.all():
        try:
            choices, unreadable = (
                parse_package(table.name, table.package, options),
                False,
            )
        except PackageError:
            choices, unreadable = [], True
        views.append(TableView(table, choices, unreadable))
    return views


def option_context(context, code):
    """Returns what one option's timeline adds to the page's ``context``.

    Raises:
        Http404: when the session has no option with ``code``.
    """
    row = next((r for r in context["result"].rows if r.option.code == code), None)
    if row is None:
        raise Http404("No such option")
    milestones = sorted(
        (block.value for block in row.option.milestones),
        key=lambda value: value["date"],
    )
    return {"row": row, "milestones": milestones}
