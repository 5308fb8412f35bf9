"""The budget_outcome command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from civic.budget.cli import main

FILE = """META
key;value
budget;100
num_projects;3
num_votes;3
vote_type;approval
PROJECTS
project_id;cost;name
a;60;Park
b;50;Bike lane
c;30;Bench
VOTES
voter_id;vote
T1;a,b
T2;a
T3;a,b,c
"""


@pytest.fixture
def pb_file(tmp_path: Path) -> Path:
    path = tmp_path / "games.pb"
    path.write_text(FILE, encoding="utf-8")
    return path


def test_as_played_on_a_pb_file(pb_file: Path) -> None:
    # Three tables: a 3, b 2, c 1; majority is 2. a (60) funded, 40 left;
    # b (50) over budget; c lacks a majority.
    out = io.StringIO()
    assert main([str(pb_file), "--rule", "as-played"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == "rule as-played: spent 60 of 100"
    assert lines[1].split() == ["funded", "a", "cost=60", "left=100"]
    assert lines[2].split() == ["over_budget", "b", "cost=50", "left=40"]
    assert lines[3].split() == ["no_majority", "c", "cost=30"]


def test_json_output(pb_file: Path) -> None:
    out = io.StringIO()
    assert main([str(pb_file), "--rule", "mes", "--json"], out) == 0
    payload = json.loads(out.getvalue())
    assert payload["rule"] == "mes"
    # Shares of 33.33: a costs its 3 supporters 20 each and is bought; then
    # b's supporters hold 13.33 + 13.33 < 50 and c's 13.33 < 30.
    assert payload["selected"] == ["a"]
    assert {item["project_id"] for item in payload["explanations"]} == {"a", "b", "c"}


def test_bad_file_exits_with_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "bad.pb"
    path.write_text(FILE.replace("T2;a", "T2;z"), encoding="utf-8")
    assert main([str(path)], io.StringIO()) == 2
    assert "line 15, column 'vote'" in capsys.readouterr().err


def test_unknown_rule_is_refused(pb_file: Path) -> None:
    with pytest.raises(SystemExit):
        main([str(pb_file), "--rule", "borda"], io.StringIO())
