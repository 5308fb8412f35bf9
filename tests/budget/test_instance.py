"""Validation of projects, instances, profiles, and the rule registry."""

from __future__ import annotations

from decimal import Decimal

import pytest

from civic.budget import (
    BudgetDataError,
    Instance,
    Profile,
    Project,
    TablePackage,
    UnknownRuleError,
    compute,
    get_rule,
    profile_from_tables,
    register,
    rule_names,
)


def test_project_costs_become_decimals() -> None:
    assert Project("p", 5).cost == Decimal(5)
    assert Project("p", "12.50").cost == Decimal("12.50")


@pytest.mark.parametrize(
    "make,words",
    [
        (lambda: Project("p", -1), "cost of p -1 is negative"),
        (lambda: Project("p", 1.5), "not 1.5"),
        (lambda: Project("p", "ten"), "not a number"),
        (lambda: Project("", 1), "project id must be a non-empty string"),
        (lambda: Project("a,b", 1), "comma"),
        (lambda: Project(" a", 1), "surrounding spaces"),
        (lambda: Instance(Decimal(-1), ()), "budget -1 is negative"),
        (lambda: Instance(1, (Project("a", 1), Project("a", 2))), "duplicate"),
        (lambda: Instance(1, ("a",)), "expected a Project"),
        (lambda: Profile(("ab",)), "a ballot must be a set"),
        (lambda: Profile(({"a"}, {"a"}), voter_ids=("1", "1")), "not unique"),
        (lambda: Profile(({"a"},), voter_ids=("1", "2")), "2 voter ids for 1"),
        (lambda: Profile(({"a"},), "cumulative"), "cumulative ballots need points"),
        (lambda: Profile(({"a"},), points=({"a": 1},)), "cannot have points"),
        (lambda: Profile(({"a"},), "ordinal"), "ordinal ballots need rankings"),
        (lambda: Profile(({"a"},), "ranked"), "vote_type 'ranked'"),
        (
            lambda: Profile(({"a"},), "scoring", points=({"b": 1},)),
            "exactly the projects",
        ),
        (
            lambda: TablePackage("T", frozenset({"a"}), {"b": Decimal(1)}),
            "exactly its options",
        ),
    ],
)
def test_invalid_data_raises_budget_data_error(make, words: str) -> None:
    with pytest.raises(BudgetDataError, match=words):
        make()


def test_budget_data_error_is_a_value_error() -> None:
    assert issubclass(BudgetDataError, ValueError)


def test_instance_accepts_a_mapping_and_keeps_order() -> None:
    instance = Instance(10, {"b": Project("b", 1), "a": Project("a", 2)})
    assert instance.ids == ("b", "a")
    assert instance.total_cost(["a", "b"]) == Decimal(3)
    assert "a" in instance and "z" not in instance
    with pytest.raises(BudgetDataError, match="unknown project 'z'"):
        instance.project("z")


def test_rules_reject_ballots_naming_unknown_projects() -> None:
    instance = Instance(10, (Project("a", 1),))
    profile = Profile.from_approvals([{"a"}, {"a", "ghost"}])
    for rule in rule_names():
        with pytest.raises(BudgetDataError, match="voter '2' names unknown project"):
            compute(rule, instance, profile)


def test_tables_give_amounts_all_or_none() -> None:
    with pytest.raises(BudgetDataError, match="every table"):
        profile_from_tables(
            [
                TablePackage("T1", frozenset({"a"}), {"a": Decimal(1)}),
                TablePackage("T2", frozenset({"a"})),
            ]
        )


def test_registry() -> None:
    assert rule_names() == ("greedy", "mes", "mes-completed", "as-played")
    for name in rule_names():
        rule = get_rule(name)
        assert rule.name == name
        assert isinstance(rule.label, str) and rule.label
    with pytest.raises(UnknownRuleError, match="known rules: as-played, greedy"):
        get_rule("borda")
    with pytest.raises(ValueError, match="already registered"):
        register(get_rule("mes"))


def test_library_does_not_import_django() -> None:
    import subprocess
    import sys

    code = (
        "import sys, civic.budget, civic.budget.cli;"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
