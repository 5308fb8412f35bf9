"""Reading and writing pabulib .pb files."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from civic.budget import BudgetDataError, Instance, Profile, Project
from civic.budget.pabulib import (
    PabulibData,
    dumps_pb,
    pabulib_data,
    parse_pb,
    read_pb,
    write_pb,
)

GOOD = """META
key;value
description;Budget Games Kortrijk
unit;EUR
budget;100000
num_projects;3
num_votes;3
vote_type;approval
PROJECTS
project_id;cost;name;category
p1;60000;Park;green
p2;50000;"Bike lane; north";mobility
p3;30000.50;Bench;
VOTES
voter_id;vote;age
v1;p1,p2;34
v2;p1;
v3;p2,p3;71
"""


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _with_line(number: int, replacement: str) -> str:
    """Return GOOD with line ``number`` (1-based) replaced."""
    lines = _lines(GOOD)
    lines[number - 1] = replacement
    return "\n".join(lines) + "\n"


def _error(text: str) -> BudgetDataError:
    with pytest.raises(BudgetDataError) as caught:
        parse_pb(text)
    return caught.value


def test_reads_the_good_file() -> None:
    data = parse_pb(GOOD)
    assert data.instance.budget == Decimal("100000")
    assert data.instance.ids == ("p1", "p2", "p3")
    assert data.instance.project("p2").name == "Bike lane; north"
    assert data.instance.project("p3").cost == Decimal("30000.50")
    assert data.profile.ballots == (
        frozenset({"p1", "p2"}),
        frozenset({"p1"}),
        frozenset({"p2", "p3"}),
    )
    assert data.profile.voter_ids == ("v1", "v2", "v3")
    assert data.meta == {"description": "Budget Games Kortrijk", "unit": "EUR"}
    assert data.project_extra["p1"] == {"category": "green"}
    assert data.voter_extra["v3"] == {"age": "71"}


def test_accepts_bom_and_windows_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "windows.pb"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert read_pb(path) == parse_pb(GOOD)


def test_accepts_blank_lines_and_a_missing_final_newline() -> None:
    text = GOOD.replace("PROJECTS\n", "\nPROJECTS\n").rstrip("\n")
    assert parse_pb(text) == parse_pb(GOOD)


@pytest.mark.parametrize(
    "line,replacement,column,words",
    [
        (6, "num_projects;4", "value", "num_projects is 4 but section PROJECTS has 3"),
        (7, "num_votes;2", "value", "num_votes is 2 but section VOTES has 3"),
        (7, "num_votes;three", "value", "not a whole number"),
        (5, "budget;lots", "value", "not a number"),
        (5, "budget;-5", "value", "negative"),
        (8, "vote_type;secret", "value", "vote_type 'secret'"),
        (11, "p1;sixty;Park;green", "cost", "not a number"),
        (11, "p1;-60000;Park;green", "cost", "negative"),
        (11, "p1;;Park;green", "cost", "empty"),
        (11, "p1;NaN;Park;green", "cost", "not a finite number"),
        (13, "p1;30000;Bench;", "project_id", "already used on line 11"),
        (16, "v1;p1,p7;34", "vote", "unknown project 'p7'"),
        (16, "v1;p1,p1;34", "vote", "twice"),
        (18, "v1;p2,p3;71", "voter_id", "already used on line 16"),
        (10, "project_id;price;name;category", "cost", "lacks column 'cost'"),
        (15, "voter_id;ballot;age", "vote", "lacks column 'vote'"),
    ],
)
def test_inconsistent_files_name_line_and_column(
    line: int, replacement: str, column: str, words: str
) -> None:
    error = _error(_with_line(line, replacement))
    assert error.line == line
    assert error.column == column
    assert words in str(error)
    assert str(error).startswith(f"line {line}, column '{column}': ")


def test_a_row_with_too_many_fields_names_its_line() -> None:
    error = _error(_with_line(12, "p2;50000;Bike;mobility;extra"))
    assert error.line == 12
    assert "expected 4 fields as in the header on line 10, found 5" in str(error)


def test_a_missing_votes_section_is_reported_at_the_end() -> None:
    text = GOOD.split("VOTES")[0]
    error = _error(text)
    assert str(error) == "line 14: missing section VOTES"


def test_a_missing_projects_section_is_reported_at_the_end() -> None:
    text = "\n".join(_lines(GOOD)[:8])
    assert str(_error(text)) == "line 8: missing section PROJECTS"


def test_a_section_without_header_is_rejected() -> None:
    error = _error(GOOD.split("voter_id")[0])
    assert str(error) == "line 14: section VOTES has no header row"


def test_sections_out_of_order_are_rejected() -> None:
    lines = _lines(GOOD)
    text = "\n".join(lines[:8] + lines[13:] + lines[8:13]) + "\n"
    error = _error(text)
    assert error.line == 9
    assert "expected section PROJECTS, found section VOTES" in str(error)


def test_text_before_meta_is_rejected() -> None:
    error = _error("hello\n" + GOOD)
    assert error.line == 1


def test_missing_budget_is_rejected() -> None:
    error = _error(GOOD.replace("budget;100000\n", ""))
    assert str(error) == "line 2, column 'key': META has no budget"


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.pb"
    path.write_bytes(GOOD.replace("Park", "Parc Évasion").encode("latin-1"))
    with pytest.raises(BudgetDataError) as caught:
        read_pb(path)
    assert caught.value.line == 11


def test_cumulative_votes_need_aligned_points() -> None:
    text = GOOD.replace("vote_type;approval", "vote_type;cumulative")
    text = text.replace("voter_id;vote;age", "voter_id;vote;points;age")
    text = text.replace("v1;p1,p2;34", "v1;p1,p2;3,2;34")
    text = text.replace("v2;p1;", "v2;p1;5;")
    text = text.replace("v3;p2,p3;71", "v3;p2,p3;4;71")
    error = _error(text)
    assert (error.line, error.column) == (18, "points")
    data = parse_pb(text.replace("v3;p2,p3;4;71", "v3;p2,p3;4,1;71"))
    assert data.profile.points[0] == {"p1": Decimal(3), "p2": Decimal(2)}


def test_cumulative_votes_without_points_column_are_rejected() -> None:
    error = _error(GOOD.replace("vote_type;approval", "vote_type;cumulative"))
    assert (error.line, error.column) == (15, "points")


def test_round_trip_of_the_good_file(tmp_path: Path) -> None:
    data = parse_pb(GOOD)
    path = tmp_path / "out.pb"
    write_pb(data, path)
    assert read_pb(path) == data
    assert dumps_pb(parse_pb(dumps_pb(data))) == dumps_pb(data)


def test_round_trip_of_ordinal_and_scoring_profiles() -> None:
    instance = Instance(
        Decimal("10.5"), (Project("x", Decimal("4")), Project("y", Decimal("2.25")))
    )
    ordinal = Profile(
        (frozenset({"x", "y"}), frozenset()), "ordinal", rankings=(("y", "x"), ())
    )
    scoring = Profile((frozenset({"x"}),), "scoring", points=({"x": Decimal("0.5")},))
    for profile in (ordinal, scoring):
        data = pabulib_data(instance, profile, {"country": "Belgium"})
        assert parse_pb(dumps_pb(data)) == data


def test_writer_never_uses_exponent_notation() -> None:
    instance = Instance(Decimal("1E+5"), (Project("x", Decimal("2E+4")),))
    text = dumps_pb(pabulib_data(instance, Profile.from_approvals([{"x"}])))
    assert "budget;100000\n" in text
    assert "x;20000;\n" in text


def test_writer_refuses_line_breaks() -> None:
    instance = Instance(Decimal(1), (Project("x", Decimal(1), "two\nlines"),))
    with pytest.raises(BudgetDataError):
        dumps_pb(PabulibData(instance, Profile.from_approvals([{"x"}])))
