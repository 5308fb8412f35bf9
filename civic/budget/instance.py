"""Projects, budgets and ballots of one participatory-budgeting vote.

Everything here is plain Python: the Django model layer converts its rows into
these dataclasses before calling a rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Final

VOTE_TYPES: Final = ("approval", "cumulative", "scoring", "ordinal")
FORBIDDEN_ID_CHARACTERS: Final = frozenset(",;\r\n")

MoneyLike = Decimal | int | str


def gettext_noop(message: str) -> str:
    """Mark ``message`` for the translation catalogues; return it unchanged.

    This package knows no Django. Django's ``makemessages`` collects strings
    passed to a function of this name, so the Django side can translate
    ``BudgetDataError.template`` into the reader's language.
    """
    return message


class BudgetDataError(ValueError):
    """Report invalid budget data; ``line`` and ``column`` locate it in a file.

    ``template`` is an English message with ``%(name)s`` placeholders filled
    from ``params``; ``reason`` is the filled-in message. Callers speaking
    another language translate the template and fill it themselves.
    """

    def __init__(
        self,
        template: str,
        params: Mapping[str, object] | None = None,
        *,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.template = template
        self.params = dict(params or {})
        self.reason = template % self.params if self.params else template
        self.line = line
        self.column = column
        super().__init__(_located(self.reason, line, column))

    def located(self, line: int | None, column: str | None) -> BudgetDataError:
        """Return the same error placed at ``line`` and ``column``."""
        return BudgetDataError(self.template, self.params, line=line, column=column)


def _located(message: str, line: int | None, column: str | None) -> str:
    """Prefix a message with its line number and column, when known."""
    where = []
    if line is not None:
        where.append(f"line {line}")
    if column is not None:
        where.append(f"column '{column}'")
    return f"{', '.join(where)}: {message}" if where else message


def as_money(value: object, what: str) -> Decimal:
    """Return ``value`` as a finite, non-negative Decimal or raise BudgetDataError."""
    if isinstance(value, bool | float):
        raise BudgetDataError(
            "%(what)s must be a Decimal, int or str, not %(value)r",
            {"what": what, "value": value},
        )
    shown = repr(value) if isinstance(value, str) else str(value)
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        raise BudgetDataError(
            gettext_noop("%(what)s %(value)s is not a number"),
            {"what": what, "value": shown},
        ) from None
    if not amount.is_finite():
        raise BudgetDataError(
            gettext_noop("%(what)s %(value)s is not a finite number"),
            {"what": what, "value": shown},
        )
    if amount < 0:
        raise BudgetDataError(
            gettext_noop("%(what)s %(value)s is negative"),
            {"what": what, "value": shown},
        )
    return amount


def check_id(value: object, what: str) -> str:
    """Return ``value`` if it is a usable identifier, else raise BudgetDataError."""
    if not isinstance(value, str) or not value.strip():
        raise BudgetDataError(
            gettext_noop("%(what)s must be a non-empty string, not %(value)r"),
            {"what": what, "value": value},
        )
    if value != value.strip() or FORBIDDEN_ID_CHARACTERS & set(value):
        raise BudgetDataError(
            gettext_noop(
                "%(what)s %(value)r has surrounding spaces, a comma, a semicolon "
                "or a line break"
            ),
            {"what": what, "value": value},
        )
    return value


@dataclass(frozen=True, slots=True)
class Project:
    """A fundable option: ``id`` is its stable key, ``cost`` its price."""

    id: str
    cost: Decimal
    name: str = ""

    def __post_init__(self) -> None:
        check_id(self.id, "project id")
        object.__setattr__(self, "cost", as_money(self.cost, f"cost of {self.id}"))
        if not isinstance(self.name, str):
            raise BudgetDataError(
                "name of project %(id)s must be a string", {"id": self.id}
            )


@dataclass(frozen=True)
class Instance:
    """The budget limit and the ordered projects competing for it."""

    budget: Decimal
    projects: tuple[Project, ...]
    _by_id: dict[str, Project] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "budget", as_money(self.budget, "budget"))
        projects = _project_tuple(self.projects)
        object.__setattr__(self, "projects", projects)
        object.__setattr__(self, "_by_id", _index_projects(projects))

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the project ids in instance order."""
        return tuple(self._by_id)

    def project(self, project_id: str) -> Project:
        """Return the project with ``project_id`` or raise BudgetDataError."""
        try:
            return self._by_id[project_id]
        except KeyError:
            raise BudgetDataError(
                "unknown project %(id)r", {"id": project_id}
            ) from None

    def __contains__(self, project_id: object) -> bool:
        return project_id in self._by_id

    def __iter__(self) -> Iterator[Project]:
        return iter(self.projects)

    def __len__(self) -> int:
        return len(self.projects)

    def total_cost(self, project_ids: Iterable[str]) -> Decimal:
        """Return the summed cost of ``project_ids``."""
        return sum((self._by_id[pid].cost for pid in project_ids), Decimal(0))


def _project_tuple(projects: object) -> tuple[Project, ...]:
    """Turn a mapping or iterable of projects into a tuple, checking types."""
    if isinstance(projects, Mapping):
        projects = projects.values()
    if not isinstance(projects, Iterable):
        raise BudgetDataError("projects must be a list or a mapping of Project")
    result = tuple(projects)
    for item in result:
        if not isinstance(item, Project):
            raise BudgetDataError("expected a Project, got %(item)r", {"item": item})
    return result


def _index_projects(projects: tuple[Project, ...]) -> dict[str, Project]:
    """Index projects by id, rejecting duplicates."""
    index: dict[str, Project] = {}
    for project in projects:
        if project.id in index:
            raise BudgetDataError("duplicate project id %(id)r", {"id": project.id})
        index[project.id] = project
    return index


@dataclass(frozen=True)
class Profile:
    """The ballots: per voter the set of project ids they support.

    ``points`` (cumulative or scoring votes, or the amounts a game table put on
    its options) and ``rankings`` (ordinal votes, best first) are optional and
    aligned with ``ballots``. Rules only read ``ballots``: a voter supports a
    project when its id is in their ballot.
    """

    ballots: tuple[frozenset[str], ...]
    vote_type: str = "approval"
    voter_ids: tuple[str, ...] = ()
    points: tuple[Mapping[str, Decimal], ...] = ()
    rankings: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        ballots = tuple(frozenset(_ballot_ids(b)) for b in self.ballots)
        object.__setattr__(self, "ballots", ballots)
        object.__setattr__(self, "voter_ids", _voter_ids(self.voter_ids, ballots))
        object.__setattr__(self, "points", _points(self.points, ballots))
        object.__setattr__(self, "rankings", _rankings(self.rankings, ballots))
        _check_vote_type(self)

    @classmethod
    def from_approvals(cls, ballots: Iterable[Iterable[str]]) -> Profile:
        """Build an approval profile from iterables of project ids."""
        return cls(tuple(frozenset(ballot) for ballot in ballots))

    def __len__(self) -> int:
        return len(self.ballots)

    def approval_counts(self) -> dict[str, int]:
        """Count, per project id, the ballots that support it."""
        counts: dict[str, int] = {}
        for ballot in self.ballots:
            for project_id in ballot:
                counts[project_id] = counts.get(project_id, 0) + 1
        return counts

    def supporters(self, project_ids: Iterable[str]) -> dict[str, list[int]]:
        """Map each of ``project_ids`` to the indices of the ballots supporting it."""
        result: dict[str, list[int]] = {pid: [] for pid in project_ids}
        for index, ballot in enumerate(self.ballots):
            for project_id in ballot:
                result[project_id].append(index)
        return result

    def check_against(self, instance: Instance) -> None:
        """Raise BudgetDataError if a ballot names a project ``instance`` lacks."""
        for voter_id, ballot in zip(self.voter_ids, self.ballots, strict=True):
            unknown = sorted(pid for pid in ballot if pid not in instance)
            if unknown:
                raise BudgetDataError(
                    "ballot of voter %(voter)r names unknown project %(project)r",
                    {"voter": voter_id, "project": unknown[0]},
                )


def _check_vote_type(profile: Profile) -> None:
    """Check that points and rankings are present exactly when the type needs."""
    kind = profile.vote_type
    if kind not in VOTE_TYPES:
        raise BudgetDataError(
            "vote_type %(kind)r is not one of %(choices)s",
            {"kind": kind, "choices": VOTE_TYPES},
        )
    wants_points = kind in ("cumulative", "scoring")
    if profile.ballots and wants_points != bool(profile.points):
        need = "need" if wants_points else "cannot have"
        raise BudgetDataError(
            "%(kind)s ballots %(need)s points", {"kind": kind, "need": need}
        )
    if profile.ballots and (kind == "ordinal") != bool(profile.rankings):
        need = "need" if kind == "ordinal" else "cannot have"
        raise BudgetDataError(
            "%(kind)s ballots %(need)s rankings", {"kind": kind, "need": need}
        )


def _ballot_ids(ballot: object) -> Iterable[str]:
    """Check that a ballot is an iterable of valid project ids."""
    if isinstance(ballot, str) or not isinstance(ballot, Iterable):
        raise BudgetDataError(
            "a ballot must be a set of project ids, not %(ballot)r", {"ballot": ballot}
        )
    return [check_id(pid, "project id in a ballot") for pid in ballot]


def _voter_ids(voter_ids: Iterable[str], ballots: tuple) -> tuple[str, ...]:
    """Return checked voter ids, numbering voters 1..n when none are given."""
    ids = tuple(voter_ids) or tuple(str(i) for i in range(1, len(ballots) + 1))
    if len(ids) != len(ballots):
        raise BudgetDataError(
            "%(ids)s voter ids for %(ballots)s ballots",
            {"ids": len(ids), "ballots": len(ballots)},
        )
    if len(set(ids)) != len(ids):
        raise BudgetDataError("voter ids are not unique")
    return tuple(check_id(voter_id, "voter id") for voter_id in ids)


def _points(points: Iterable[Mapping[str, object]], ballots: tuple) -> tuple:
    """Return checked per-ballot points (Decimal) aligned with ``ballots``."""
    rows = tuple(points)
    if not rows:
        return ()
    if len(rows) != len(ballots):
        raise BudgetDataError(
            "%(rows)s point rows for %(ballots)s ballots",
            {"rows": len(rows), "ballots": len(ballots)},
        )
    return tuple(
        _point_row(row, ballot) for row, ballot in zip(rows, ballots, strict=True)
    )


def _point_row(row: Mapping[str, object], ballot: frozenset[str]) -> Mapping:
    """Check one ballot's points: keys must be exactly the ballot's projects."""
    if set(row) != ballot:
        raise BudgetDataError("points must name exactly the projects of the ballot")
    return {pid: as_money(value, f"points for {pid}") for pid, value in row.items()}


def _rankings(rankings: Iterable[Iterable[str]], ballots: tuple) -> tuple:
    """Return checked rankings aligned with ``ballots``."""
    rows = tuple(tuple(row) for row in rankings)
    if not rows:
        return ()
    if len(rows) != len(ballots):
        raise BudgetDataError(
            "%(rows)s rankings for %(ballots)s ballots",
            {"rows": len(rows), "ballots": len(ballots)},
        )
    for row, ballot in zip(rows, ballots, strict=True):
        if len(row) != len(ballot) or set(row) != ballot:
            raise BudgetDataError("a ranking must list each project of its ballot once")
    return rows
