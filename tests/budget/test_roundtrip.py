"""Writing then reading a .pb file gives back the same data."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from civic.budget import Instance, Profile, Project, dumps_pb, parse_pb
from civic.budget.pabulib import pabulib_data

ID_CHARS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters=",;"
)
IDS = st.text(ID_CHARS, min_size=1, max_size=6)
TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12
)
MONEY = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


@st.composite
def elections(draw: st.DrawFn) -> tuple[Instance, Profile, dict[str, str]]:
    ids = draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
    projects = tuple(Project(pid, draw(MONEY), draw(TEXT).strip()) for pid in ids)
    instance = Instance(draw(MONEY), projects)
    ballots = draw(st.lists(st.frozensets(st.sampled_from(ids)), max_size=6))
    kind = draw(st.sampled_from(("approval", "cumulative", "ordinal")))
    points = tuple({pid: draw(MONEY) for pid in b} for b in ballots)
    rankings = tuple(tuple(sorted(b, reverse=True)) for b in ballots)
    profile = Profile(
        tuple(ballots),
        kind,
        points=points if kind == "cumulative" else (),
        rankings=rankings if kind == "ordinal" else (),
    )
    meta = draw(st.dictionaries(st.sampled_from(("country", "unit", "x")), TEXT))
    return instance, profile, {k: v.strip() for k, v in meta.items()}


@settings(max_examples=120, deadline=None, derandomize=True)
@given(elections())
def test_write_then_read_round_trips(
    election: tuple[Instance, Profile, dict[str, str]],
) -> None:
    data = pabulib_data(*election)
    assert parse_pb(dumps_pb(data)) == data


def test_decimal_amounts_keep_their_value() -> None:
    instance = Instance(Decimal("0.10"), (Project("p", Decimal("0.05")),))
    data = parse_pb(dumps_pb(pabulib_data(instance, Profile.from_approvals([{"p"}]))))
    assert data.instance.project("p").cost == Decimal("0.05")
