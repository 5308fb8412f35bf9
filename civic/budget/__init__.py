"""City-agnostic participatory-budgeting rules (no Django; numpy for speed).

Typical use::

    from civic.budget import Instance, Profile, Project, compute

    instance = Instance(Decimal("100000"), (Project("p1", Decimal("60000")),))
    profile = Profile.from_approvals([{"p1"}, {"p1"}])
    outcome = compute("mes", instance, profile)
"""

from civic.budget.instance import BudgetDataError, Instance, Profile, Project
from civic.budget.outcome import Explanation, Outcome
from civic.budget.pabulib import PabulibData, dumps_pb, parse_pb, read_pb, write_pb
from civic.budget.rules import (
    Rule,
    UnknownRuleError,
    compute,
    get_rule,
    register,
    rule_names,
)
from civic.budget.tables import TablePackage, profile_from_tables, tables_from_profile

__all__ = [
    "BudgetDataError",
    "Explanation",
    "Instance",
    "Outcome",
    "PabulibData",
    "Profile",
    "Project",
    "Rule",
    "TablePackage",
    "UnknownRuleError",
    "compute",
    "dumps_pb",
    "get_rule",
    "parse_pb",
    "profile_from_tables",
    "read_pb",
    "register",
    "rule_names",
    "tables_from_profile",
    "write_pb",
]
