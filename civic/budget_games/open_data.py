"""Open data of a session: CSV, JSON and pabulib ``.pb``.

What goes out: the session's facts (numbers of participants, never people),
options, packages, computed results and follow-up. What stays in: the
facilitators, photos and anything else that could name a person; ballots
leave only as anonymous sets of options, numbered afresh.
"""

import csv
import io
import json

from django.http import Http404, HttpResponse
from django.utils import translation

from civic.budget import Instance, Profile, Project
from civic.budget.pabulib import PabulibData, dumps_pb

from .results import game_result

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "pb": "text/plain; charset=utf-8",
}


def open_data_response(page, kind):
    """Returns the download of ``page`` in format ``kind``.

    Raises:
        Http404: for a format other than csv, json or pb, and for a ``.pb``
            of a session whose result cannot be computed.
    """
    if kind not in FORMATS:
        raise Http404("Unknown format")
    result = game_result(page)
    if kind == "pb" and result.error:
        raise Http404("No result to export")
    body = {"csv": as_csv, "json": as_json, "pb": as_pb}[kind](page, result)
    response = HttpResponse(body, content_type=FORMATS[kind])
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.{kind}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def money(amount):
    return None if amount is None else f"{amount.normalize():f}"


def session_facts(page, result):
    """Returns the session's public facts."""
    return {
        "title": page.title,
        "url": page.full_url,
        "language": page.locale.language_code,
        "date": page.date.isoformat(),
        "place": page.place,
        "district": page.district.title if page.district else None,
        "group": page.group_name,
        "participants": {
            "adults": page.adults,
            "young_people": page.young_people,
            "children": page.children,
        },
        "budget": money(page.budget),
        "variant": page.variant,
        "package_limit": page.package_limit,
        "result_rule": page.result_rule,
    }


def option_data(row):
    option = row.option
    return {
        "code": option.code,
        "title": option.title,
        "description": option.description,
        "theme": option.theme.slug if option.theme else None,
        "kind": option.kind,
        "amount": money(option.amount),
        "origin": option.origin,
        "partly_fundable": option.partly_fundable,
    }


def result_data(row):
    return {
        "code": row.option.code,
        "support": row.support,
        "out_of": row.voters,
        "amounts_given": [money(amount) for amount in row.amounts],
        "cost": money(row.cost),
        "funded": row.funded,
        "reason": row.reason,
        "position": row.position,
        "explanation": row.explanation,
    }


def follow_up_data(row):
    option = row.option
    return {
        "code": option.code,
        "status": option.status,
        "note": option.status_note,
        "progress": option.progress,
        "actual_cost": money(option.actual_cost),
        "initiative": option.initiative.full_url if option.initiative else None,
        "event": option.event.full_url if option.event else None,
        "milestones": [
            {
                "date": block.value["date"].isoformat(),
                "title": block.value["title"],
                "text": block.value["text"],
            }
            for block in option.milestones
        ],
    }


def tables_data(page):
    return [
        {
            "name": table.name,
            "participants": table.participants,
            "consensus_note": table.consensus_note,
            "package": table.package,
        }
        for table in page.tables.all()
    ]


# The parts of a session's data that game_data returns.
GAME_DATA = ("options", "tables", "result", "follow_up")


def game_data(page, result):
    """Returns options, tables, result and follow-up of ``page`` as plain data,
    in the page's language (the open data JSON and the API share it)."""
    with translation.override(page.locale.language_code):
        return {
            "options": [option_data(row) for row in result.rows],
            "tables": tables_data(page) if result.by_tables else [],
            "result": {
                "rule": result.rule_name,
                "available": money(result.available),
                "spent": money(result.spent),
                "left": money(result.left),
                "error": result.error,
                "options": [result_data(row) for row in result.rows],
            },
            "follow_up": [follow_up_data(r) for r in result.rows if r.option.status],
        }


def as_json(page, result):
    """Returns the session as indented JSON."""
    with translation.override(page.locale.language_code):
        payload = {"session": session_facts(page, result)}
    payload |= game_data(page, result)
    return json.dumps(payload, ensure_ascii=False, indent=2)


CSV_COLUMNS = [
    "code", "title", "kind", "amount", "origin", "partly_fundable", "theme",
    "support", "out_of", "amounts_given", "cost", "funded", "reason", "position",
    "explanation", "status", "progress", "actual_cost", "status_note",
]  # fmt: skip


def as_csv(page, result):
    """Returns one row per option, with its result and follow-up, and one
    column per table with what that table put on the option.
    """
    tables = list(page.tables.all()) if result.by_tables else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS + [f"table: {table.name}" for table in tables])
    packages = [package_cells(page, table, result) for table in tables]
    with translation.override(page.locale.language_code):
        for row in result.rows:
            cells = csv_cells(row)
            writer.writerow(
                cells + [package.get(row.option.code, "") for package in packages]
            )
    return "\ufeff" + buffer.getvalue()


def csv_cells(row):
    """Returns one option's cells, in ``CSV_COLUMNS`` order."""
    data = {**option_data(row), **result_data(row), **follow_up_data(row)}
    data["note"] = data.get("note", "")
    data["amounts_given"] = " ".join(data["amounts_given"])
    data["status_note"] = row.option.status_note
    return ["" if data.get(name) is None else data[name] for name in CSV_COLUMNS]


def package_cells(page, table, result):
    """Returns {code: "x" or amount} of what ``table`` chose."""
    from .packages import PackageError, options_by_code, parse_package

    options = options_by_code(row.option for row in result.rows)
    try:
        choices = parse_package(table.name, table.package, options)
    except PackageError:
        return {}
    return {c.option.code: money(c.amount) if c.is_partial else "x" for c in choices}


def as_pb(page, result):
    """Returns the investments and the tables' packages (or the ballots) as a
    pabulib file, one voter per table or per ballot.
    """
    projects = tuple(
        Project(row.option.code, row.cost, row.option.title)
        for row in result.investments
    )
    codes = {project.id for project in projects}
    ballots = [frozenset(codes & set(ballot)) for ballot in voter_sets(page)]
    meta = {
        "description": page.title,
        "date_begin": page.date.isoformat(),
        "unit": page.district.title if page.district else page.group_name,
        "language": page.locale.language_code,
        "rule": page.result_rule,
    }
    data = PabulibData(
        Instance(result.available, projects), Profile.from_approvals(ballots), meta
    )
    return dumps_pb(data)


def voter_sets(page):
    """Returns the tables' chosen codes, or the ballots, as sets."""
    from .results import online_ballots, table_ballots

    if page.plays_with_tables:
        return [set(ballot) for ballot in table_ballots(page, list(page.options.all()))]
    return [set(ballot) for ballot in online_ballots(page)]
