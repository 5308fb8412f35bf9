"""Read and write the pabulib ``.pb`` format.

A ``.pb`` file has three sections in this order, each introduced by a line
holding only its name and followed by a header row; fields are separated by
semicolons (double quotes protect a semicolon inside a field)::

    META
    key;value
    budget;100000
    num_projects;2
    num_votes;3
    vote_type;approval
    PROJECTS
    project_id;cost;name
    p1;60000;Park
    p2;50000;Bike lane
    VOTES
    voter_id;vote
    v1;p1,p2
    v2;p1
    v3;p2

``vote`` lists project ids separated by commas (best first for ordinal votes);
cumulative and scoring votes add a ``points`` column aligned with ``vote``.
The reader accepts a UTF-8 byte order mark and Windows line endings and reports
every inconsistency as a BudgetDataError naming the line and the column.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from civic.budget.instance import (
    VOTE_TYPES,
    BudgetDataError,
    Instance,
    Profile,
    Project,
    as_money,
    check_id,
    gettext_noop,
)

SECTIONS: Final = ("META", "PROJECTS", "VOTES")
STRUCTURAL_KEYS: Final = ("budget", "num_projects", "num_votes", "vote_type")
PROJECT_COLUMNS: Final = ("project_id", "cost", "name")
VOTE_COLUMNS: Final = ("voter_id", "vote", "points")
POINT_TYPES: Final = ("cumulative", "scoring")


@dataclass
class PabulibData:
    """A parsed ``.pb`` file.

    ``meta`` keeps the META rows other than budget, num_projects, num_votes and
    vote_type (those live in ``instance`` and ``profile``); ``project_extra``
    and ``voter_extra`` keep the additional columns, keyed by id.
    """

    instance: Instance
    profile: Profile
    meta: dict[str, str] = field(default_factory=dict)
    project_extra: dict[str, dict[str, str]] = field(default_factory=dict)
    voter_extra: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class _Row:
    """One data row: its line number and its fields by column name."""

    line: int
    fields: dict[str, str]


@dataclass
class _Section:
    """One section: its header line, column names and rows."""

    name: str
    line: int
    columns: list[str] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)


def read_pb(path: str | os.PathLike[str]) -> PabulibData:
    """Read a ``.pb`` file from disk."""
    with open(path, "rb") as handle:
        return parse_pb(decode(handle.read()))


def decode(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM), naming the line of a bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise BudgetDataError(
            gettext_noop("the file is not valid UTF-8"), line=line
        ) from None


def parse_pb(text: str) -> PabulibData:
    """Parse the text of a ``.pb`` file."""
    meta, projects, votes = _split_sections(text)
    values = _meta_values(meta)
    instance = _instance(meta, projects, values)
    profile, voter_extra = _profile(meta, votes, instance, values)
    _check_count(meta, "num_votes", len(votes.rows), "VOTES")
    extra_meta = {k: v for k, v in values.items() if k not in STRUCTURAL_KEYS}
    return PabulibData(
        instance, profile, extra_meta, _extras(projects, "project_id"), voter_extra
    )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) without line endings or a leading BOM."""
    text = text.removeprefix("\ufeff")
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.removesuffix("\r")


def _split_sections(text: str) -> tuple[_Section, _Section, _Section]:
    """Cut the text into its three sections, in the required order."""
    sections: list[_Section] = []
    last = 0
    for number, line in _lines(text):
        last = number
        if not line.strip():
            continue
        name = line.strip().upper()
        if name in SECTIONS and ";" not in line:
            sections.append(_open_section(name, number, sections))
        elif not sections:
            raise BudgetDataError(
                gettext_noop("expected section META, found %(line)r"),
                {"line": line},
                line=number,
            )
        else:
            _add_row(sections[-1], number, line)
    _check_complete(sections, last)
    meta, projects, votes = sections
    return meta, projects, votes


def _open_section(name: str, line: int, sections: list[_Section]) -> _Section:
    """Start section ``name``, checking it comes next in order."""
    expected = SECTIONS[len(sections)] if len(sections) < len(SECTIONS) else None
    if name != expected:
        if expected is None:
            raise BudgetDataError(
                gettext_noop("no more sections expected, found section %(name)s"),
                {"name": name},
                line=line,
            )
        raise BudgetDataError(
            gettext_noop("expected section %(expected)s, found section %(name)s"),
            {"expected": expected, "name": name},
            line=line,
        )
    return _Section(name, line)


def _add_row(section: _Section, line: int, text: str) -> None:
    """Add a header or data row to ``section``."""
    fields = _fields(text, line)
    if not section.columns:
        section.columns = [name.strip() for name in fields]
        section.line = line
        _check_header(section)
        return
    if len(fields) != len(section.columns):
        raise BudgetDataError(
            gettext_noop(
                "expected %(expected)s fields as in the header on line "
                "%(header)s, found %(found)s"
            ),
            {
                "expected": len(section.columns),
                "header": section.line,
                "found": len(fields),
            },
            line=line,
        )
    section.rows.append(_Row(line, dict(zip(section.columns, fields, strict=True))))


def _fields(text: str, line: int) -> list[str]:
    """Split one line on semicolons, honouring double quotes."""
    try:
        return next(csv.reader([text], delimiter=";", strict=True))
    except csv.Error as error:
        raise BudgetDataError(
            gettext_noop("cannot split the line: %(error)s"),
            {"error": error},
            line=line,
        ) from None


def _check_header(section: _Section) -> None:
    """Check a header row for duplicates and required columns."""
    required = {
        "META": ("key", "value"),
        "PROJECTS": ("project_id", "cost"),
        "VOTES": ("voter_id", "vote"),
    }[section.name]
    if len(set(section.columns)) != len(section.columns):
        raise BudgetDataError(
            gettext_noop("the header repeats a column"), line=section.line
        )
    for column in required:
        if column not in section.columns:
            raise BudgetDataError(
                gettext_noop("the %(section)s header lacks column %(column)r"),
                {"section": section.name, "column": column},
                line=section.line,
                column=column,
            )


def _check_complete(sections: list[_Section], last: int) -> None:
    """Check that all three sections exist and have a header row."""
    if len(sections) < len(SECTIONS):
        missing = SECTIONS[len(sections)]
        raise BudgetDataError(
            gettext_noop("missing section %(section)s"),
            {"section": missing},
            line=last,
        )
    for section in sections:
        if not section.columns:
            raise BudgetDataError(
                gettext_noop("section %(section)s has no header row"),
                {"section": section.name},
                line=section.line,
            )


def _meta_values(meta: _Section) -> dict[str, str]:
    """Return META as a key -> value dict, rejecting repeated keys."""
    values: dict[str, str] = {}
    for row in meta.rows:
        key = row.fields["key"].strip()
        if key in values:
            raise BudgetDataError(
                gettext_noop("META key %(key)r repeated"), {"key": key}, line=row.line
            )
        values[key] = row.fields["value"].strip()
    return values


def _meta_line(meta: _Section, key: str) -> int:
    """Return the line of META ``key`` (the section line if it is absent)."""
    for row in meta.rows:
        if row.fields["key"].strip() == key:
            return row.line
    return meta.line


def _instance(meta: _Section, projects: _Section, values: dict[str, str]) -> Instance:
    """Build the Instance from META and PROJECTS."""
    if "budget" not in values:
        raise BudgetDataError(
            gettext_noop("META has no budget"), line=meta.line, column="key"
        )
    budget = _located_money(values["budget"], "budget", _meta_line(meta, "budget"))
    items = [_project(row) for row in projects.rows]
    _check_unique(projects.rows, "project_id")
    _check_count(meta, "num_projects", len(items), "PROJECTS")
    return Instance(budget, tuple(items))


def _project(row: _Row) -> Project:
    """Build one Project from its row."""
    project_id = _located_id(row, "project_id")
    cost = row.fields["cost"]
    if not cost.strip():
        raise BudgetDataError(
            gettext_noop("cost is empty"), line=row.line, column="cost"
        )
    money = _located_money(cost, "cost", row.line, "cost")
    return Project(project_id, money, row.fields.get("name", ""))


def _located_money(value: str, what: str, line: int, column: str = "value") -> Decimal:
    """Parse money, locating any error at ``line`` and ``column``."""
    try:
        return as_money(value, what)
    except BudgetDataError as error:
        raise error.located(line, column) from None


def _located_id(row: _Row, column: str) -> str:
    """Check an id field, locating any error."""
    try:
        return check_id(row.fields[column], column)
    except BudgetDataError as error:
        raise error.located(row.line, column) from None


def _check_unique(rows: list[_Row], column: str) -> None:
    """Reject a value of ``column`` that appears on two rows."""
    seen: dict[str, int] = {}
    for row in rows:
        value = row.fields[column]
        if value in seen:
            raise BudgetDataError(
                gettext_noop("%(column)s %(value)r already used on line %(line)s"),
                {"column": column, "value": value, "line": seen[value]},
                line=row.line,
                column=column,
            )
        seen[value] = row.line


def _check_count(meta: _Section, key: str, actual: int, section: str) -> None:
    """Check META ``key`` (if present) against the number of rows."""
    for row in meta.rows:
        if row.fields["key"].strip() != key:
            continue
        text = row.fields["value"].strip()
        if not text.isdigit():
            raise BudgetDataError(
                gettext_noop("%(key)s %(value)r is not a whole number"),
                {"key": key, "value": text},
                line=row.line,
                column="value",
            )
        if int(text) != actual:
            raise BudgetDataError(
                gettext_noop(
                    "%(key)s is %(value)s but section %(section)s has %(count)s rows"
                ),
                {"key": key, "value": text, "section": section, "count": actual},
                line=row.line,
                column="value",
            )


def _vote_type(meta: _Section, votes: _Section, values: dict[str, str]) -> str:
    """Return the vote type (approval when META has none), checking points."""
    vote_type = values.get("vote_type", "approval").lower()
    if vote_type not in VOTE_TYPES:
        raise BudgetDataError(
            gettext_noop("vote_type %(value)r is not one of %(choices)s"),
            {"value": vote_type, "choices": ", ".join(VOTE_TYPES)},
            line=_meta_line(meta, "vote_type"),
            column="value",
        )
    if vote_type in POINT_TYPES and "points" not in votes.columns:
        raise BudgetDataError(
            gettext_noop("%(vote_type)s votes need a points column"),
            {"vote_type": vote_type},
            line=votes.line,
            column="points",
        )
    return vote_type


def _profile(
    meta: _Section, votes: _Section, instance: Instance, values: dict[str, str]
) -> tuple[Profile, dict[str, dict[str, str]]]:
    """Build the Profile from VOTES; return it with the extra voter columns."""
    vote_type = _vote_type(meta, votes, values)
    voter_ids = tuple(_located_id(row, "voter_id") for row in votes.rows)
    _check_unique(votes.rows, "voter_id")
    orders = [_vote(row, instance) for row in votes.rows]
    points: tuple[dict[str, Decimal], ...] = ()
    if vote_type in POINT_TYPES:
        pairs = zip(votes.rows, orders, strict=True)
        points = tuple(_points(row, order) for row, order in pairs)
    rankings = tuple(orders) if vote_type == "ordinal" else ()
    ballots = tuple(frozenset(order) for order in orders)
    profile = Profile(ballots, vote_type, voter_ids, points, rankings)
    return profile, _extras(votes, "voter_id", VOTE_COLUMNS)


def _vote(row: _Row, instance: Instance) -> tuple[str, ...]:
    """Return the project ids of one vote, in file order."""
    text = row.fields["vote"].strip()
    order = tuple(item.strip() for item in text.split(",")) if text else ()
    for project_id in order:
        if project_id not in instance:
            raise BudgetDataError(
                gettext_noop("vote of %(voter)r names unknown project %(project)r"),
                {"voter": row.fields["voter_id"], "project": project_id},
                line=row.line,
                column="vote",
            )
    if len(set(order)) != len(order):
        raise BudgetDataError(
            gettext_noop("a vote names a project twice"), line=row.line, column="vote"
        )
    return order


def _points(row: _Row, order: tuple[str, ...]) -> dict[str, Decimal]:
    """Return the points of one vote, aligned with its projects."""
    text = row.fields["points"].strip()
    items = [item.strip() for item in text.split(",")] if text else []
    if len(items) != len(order):
        raise BudgetDataError(
            gettext_noop("%(found)s points for %(count)s projects"),
            {"found": len(items), "count": len(order)},
            line=row.line,
            column="points",
        )
    return {
        pid: _located_money(item, "points", row.line, "points")
        for pid, item in zip(order, items, strict=True)
    }


def _extras(
    section: _Section, key: str, known: tuple[str, ...] = PROJECT_COLUMNS
) -> dict[str, dict[str, str]]:
    """Return the columns beyond ``known`` per row id."""
    extra = [column for column in section.columns if column not in known]
    if not extra:
        return {}
    return {row.fields[key]: {c: row.fields[c] for c in extra} for row in section.rows}


def dumps_pb(data: PabulibData) -> str:
    """Return ``data`` as the text of a ``.pb`` file."""
    rows = _meta_rows(data) + _project_rows(data) + _vote_rows(data)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerows([[_safe(value) for value in row] for row in rows])
    return buffer.getvalue()


def write_pb(data: PabulibData, path: str | os.PathLike[str]) -> None:
    """Write ``data`` to ``path`` as UTF-8 with Unix line endings."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(dumps_pb(data))


def _plain(value: Decimal) -> str:
    """Format a Decimal without exponent notation."""
    return format(value, "f")


def _safe(value: str) -> str:
    """Reject line breaks, which the line-based format cannot hold."""
    if "\n" in value or "\r" in value:
        raise BudgetDataError(
            "cannot write a line break in %(value)r", {"value": value}
        )
    return value


def _meta_rows(data: PabulibData) -> list[list[str]]:
    """Return the META section rows."""
    rows = [["META"], ["key", "value"]]
    rows += [[k, v] for k, v in data.meta.items() if k not in STRUCTURAL_KEYS]
    rows.append(["budget", _plain(data.instance.budget)])
    rows.append(["num_projects", str(len(data.instance))])
    rows.append(["num_votes", str(len(data.profile))])
    rows.append(["vote_type", data.profile.vote_type])
    return rows


def _extra_columns(extra: dict[str, dict[str, str]], known: tuple) -> list[str]:
    """Return the extra column names in first-seen order."""
    columns: dict[str, None] = {}
    for fields in extra.values():
        columns.update(dict.fromkeys(c for c in fields if c not in known))
    return list(columns)


def _project_rows(data: PabulibData) -> list[list[str]]:
    """Return the PROJECTS section rows."""
    extra = _extra_columns(data.project_extra, PROJECT_COLUMNS)
    rows = [["PROJECTS"], [*PROJECT_COLUMNS, *extra]]
    for project in data.instance:
        more = data.project_extra.get(project.id, {})
        values = [project.id, _plain(project.cost), project.name]
        rows.append(values + [more.get(column, "") for column in extra])
    return rows


def _vote_rows(data: PabulibData) -> list[list[str]]:
    """Return the VOTES section rows."""
    with_points = data.profile.vote_type in POINT_TYPES
    extra = _extra_columns(data.voter_extra, VOTE_COLUMNS)
    header = ["voter_id", "vote", *(["points"] if with_points else []), *extra]
    rows = [["VOTES"], header]
    for index, voter_id in enumerate(data.profile.voter_ids):
        order = _vote_order(data, index)
        values = [voter_id, ",".join(order)]
        if with_points:
            points = data.profile.points[index]
            values.append(",".join(_plain(points[pid]) for pid in order))
        more = data.voter_extra.get(voter_id, {})
        rows.append(values + [more.get(column, "") for column in extra])
    return rows


def _vote_order(data: PabulibData, index: int) -> list[str]:
    """Return a ballot's project ids: its ranking, else instance order."""
    profile = data.profile
    if profile.rankings:
        return list(profile.rankings[index])
    ballot = profile.ballots[index]
    return [pid for pid in data.instance.ids if pid in ballot]


def pabulib_data(
    instance: Instance, profile: Profile, meta: dict[str, str] | None = None
) -> PabulibData:
    """Bundle an instance and a profile for writing, checking they match."""
    profile.check_against(instance)
    if profile.vote_type in POINT_TYPES and not profile.points and len(profile):
        raise BudgetDataError(
            "%(kind)s profile without points", {"kind": profile.vote_type}
        )
    return PabulibData(instance, profile, dict(meta or {}))
