"""``manage.py budget_outcome FILE.pb --rule NAME`` prints the funded ids."""

import io

import pytest
from django.core.management import CommandError, call_command

from civic.budget import compute
from civic.budget.pabulib import read_pb

PB = """META
key;value
budget;100000
num_projects;3
num_votes;4
vote_type;approval
PROJECTS
project_id;cost;name
p1;60000;Park
p2;50000;Bike lane
p3;40000;Benches
VOTES
voter_id;vote
v1;p1,p3
v2;p1
v3;p2,p3
v4;p3
"""


@pytest.fixture
def election(tmp_path):
    path = tmp_path / "election.pb"
    path.write_text(PB, encoding="utf-8")
    return path


@pytest.mark.parametrize("rule", ["as-played", "greedy", "mes", "mes-completed"])
def test_prints_the_selected_ids_one_per_line(election, rule):
    output = io.StringIO()

    call_command("budget_outcome", str(election), "--rule", rule, stdout=output)

    expected = compute(rule, read_pb(election).instance, read_pb(election).profile)
    assert output.getvalue().splitlines() == list(expected.selected)


def test_greedy_funds_most_votes_first(election):
    output = io.StringIO()

    call_command("budget_outcome", str(election), "--rule", "greedy", stdout=output)

    assert output.getvalue().splitlines() == ["p3", "p1"]


def test_help_lists_the_rule_names(capsys):
    with pytest.raises(SystemExit):
        call_command("budget_outcome", "--help")

    help_text = capsys.readouterr().out
    for name in ("as-played", "greedy", "mes", "mes-completed"):
        assert name in help_text


def test_a_broken_file_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.pb"
    path.write_text(PB.replace("num_votes;4", "num_votes;5"), encoding="utf-8")

    with pytest.raises(CommandError, match="line 5, column 'value'"):
        call_command("budget_outcome", str(path))
