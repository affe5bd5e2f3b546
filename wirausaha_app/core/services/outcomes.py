"""Pairing outcomes and their roll-ups: the API the PDF and Excel reports call.

Usage::

    with db.session() as session:
        outcomes = pairing_outcomes(session, cohort_id=3)           # list[PairingOutcome]
        by_region = rollup(outcomes, by="region")                   # list[OutcomeRollup]
        totals = rollup(outcomes, by="all")[0]                      # one row for everything

``pairing_outcomes(session, cohort_id=None, region_code=None, statuses=REPORTED_STATUSES,
today=None, team_id=None)`` returns one :class:`PairingOutcome` per pairing (ordered by
cohort, team, UMKM), measured from the UMKM's snapshots as defined in
:mod:`wirausaha_app.core.rules.outcomes` (baseline at the start, final at the end date,
or ``today`` for a pairing without an end). By default only ``active`` and ``finished``
pairings are included: proposed or cancelled ones had no chance to change anything.

``rollup(outcomes, by=...)`` with ``by`` in ``"team"``, ``"cohort"``, ``"university"``,
``"region"``, ``"all"`` gives two kinds of figures per group:

* **Pairings** — ``pairings``, ``measured``, ``formalised``, ``naik_kelas``,
  ``digital`` count pairings, and ``sales_before`` / ``sales_after`` sum over
  measured pairings whose both sales figures are known. They say how much work the
  teams did and how each pairing went: an UMKM paired with two teams (at once or one
  after the other) is counted once per pairing, so these may count it twice.
* **Distinct UMKM** — ``umkm``, ``umkm_measured``, ``umkm_formalised``,
  ``umkm_naik_kelas``, ``umkm_digital`` count each UMKM once per group: it counts for
  a transformation if *any* of its pairings in the group shows it. This is the number
  of UMKM transformed that Dinas KUKM Jatim asks for; use it wherever a label says
  "UMKM". (It can be smaller than the pairing figure, never larger.)

University = the *origin university of the team's students* (perguruan tinggi asal).
A team may mix universities: a pairing counts once for **each** university that has
at least one member in the team, so the university rows may add up to more than
the number of pairings (a team of students from two universities credits both); the
same holds for the distinct-UMKM figures, and likewise an UMKM paired with teams from
two cohorts counts once in each cohort row.
Region = the UMKM's kabupaten/kota.

``outcome_counts(session)`` gives the three headline counts (``formalised``,
``naik_kelas``, ``digital``) for ``wirausaha stats`` and the dashboard: distinct UMKM
over all active and finished pairings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from wirausaha_app.core.models import (
    Cohort,
    Pairing,
    Region,
    Student,
    Team,
    TeamMember,
    Umkm,
    UmkmSnapshot,
    University,
)
from wirausaha_app.core.models.enums import PairingStatus
from wirausaha_app.core.rules.outcomes import Change, SnapshotFigures, outcome_of, percent_of_totals
from wirausaha_app.core.rules.scale import load_scale_rules
from wirausaha_app.core.services.snapshots import parse_channels

REPORTED_STATUSES = (PairingStatus.ACTIVE.value, PairingStatus.FINISHED.value)
RollupKey = Literal["team", "cohort", "university", "region", "all"]
_CHUNK = 500  # keeps IN (...) lists under SQLite's variable limit


@dataclass(frozen=True)
class PairingOutcome:
    pairing_id: int
    status: str
    role_code: str
    start_date: date
    end_date: date | None  # as stored
    measured_until: date  # end date, or today for an open pairing
    team_id: int
    team_name: str
    cohort_id: int
    cohort_name: str
    umkm_id: int
    umkm_name: str
    region_code: str
    region_name: str
    universities: tuple[tuple[int, str], ...]  # origin universities of the team's members
    change: Change

    # Flat accessors so report code can read fields without knowing ``Change``.
    @property
    def measured(self) -> bool:
        return self.change.measured

    @property
    def formalised(self) -> bool:
        return self.change.formalised

    @property
    def naik_kelas(self) -> bool:
        return self.change.naik_kelas

    @property
    def digital(self) -> bool:
        return self.change.digital

    @property
    def sales_change(self) -> int | None:
        return self.change.sales_change

    @property
    def sales_change_percent(self) -> float | None:
        return self.change.sales_change_percent


@dataclass
class OutcomeRollup:
    key: str  # team/cohort/university id as text, region code, or "all"
    label: str
    pairings: int = 0
    measured: int = 0
    formalised: int = 0
    naik_kelas: int = 0
    digital: int = 0
    sales_before: int = 0  # sums over pairings with both sales figures known
    sales_after: int = 0
    pairing_ids: list[int] = field(default_factory=list)
    # Distinct UMKM: each counted once in the group, for a transformation if any of
    # its pairings in the group shows it.
    umkm: int = 0
    umkm_measured: int = 0
    umkm_formalised: int = 0
    umkm_naik_kelas: int = 0
    umkm_digital: int = 0

    @property
    def sales_change(self) -> int:
        return self.sales_after - self.sales_before

    @property
    def sales_change_percent(self) -> float | None:
        return percent_of_totals(self.sales_before, self.sales_after)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _snapshots_by_umkm(
    session: Session, umkm_ids: Sequence[int]
) -> dict[int, list[SnapshotFigures]]:
    found: dict[int, list[SnapshotFigures]] = defaultdict(list)
    for chunk in _chunks(umkm_ids):
        rows = session.execute(
            select(
                UmkmSnapshot.umkm_id,
                UmkmSnapshot.snapshot_date,
                UmkmSnapshot.annual_sales,
                UmkmSnapshot.capital,
                UmkmSnapshot.employees,
                UmkmSnapshot.channels,
                UmkmSnapshot.has_nib,
            ).where(UmkmSnapshot.umkm_id.in_(chunk))
        )
        for uid, day, sales, capital, employees, channels, has_nib in rows:
            found[uid].append(
                SnapshotFigures(day, sales, capital, employees, parse_channels(channels), has_nib)
            )
    return found


def _universities_by_team(
    session: Session, team_ids: Sequence[int]
) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(team_ids):
        rows = session.execute(
            select(TeamMember.team_id, University.id, University.name)
            .join(Student, Student.id == TeamMember.student_id)
            .join(University, University.id == Student.university_id)
            .where(TeamMember.team_id.in_(chunk))
            .distinct()
            .order_by(TeamMember.team_id, University.name)
        )
        for team_id, uni_id, name in rows:
            found[team_id].append((uni_id, name))
    return found


def pairing_outcomes(
    session: Session,
    cohort_id: int | None = None,
    region_code: str | None = None,
    statuses: Sequence[str] = REPORTED_STATUSES,
    today: date | None = None,
    team_id: int | None = None,
) -> list[PairingOutcome]:
    today = today or date.today()
    query = (
        select(
            Pairing.id,
            Pairing.status,
            Pairing.role_code,
            Pairing.start_date,
            Pairing.end_date,
            Team.id,
            Team.name,
            Cohort.id,
            Cohort.name,
            Umkm.id,
            Umkm.name,
            Region.code,
            Region.name,
            Umkm.nib,
        )
        .join(Team, Team.id == Pairing.team_id)
        .join(Cohort, Cohort.id == Team.cohort_id)
        .join(Umkm, Umkm.id == Pairing.umkm_id)
        .join(Region, Region.code == Umkm.region_code)
        .where(Pairing.status.in_(list(statuses)))
        .order_by(Cohort.name, Team.name, Umkm.name, Pairing.id)
    )
    if cohort_id is not None:
        query = query.where(Team.cohort_id == cohort_id)
    if region_code is not None:
        query = query.where(Umkm.region_code == region_code)
    if team_id is not None:
        query = query.where(Pairing.team_id == team_id)
    rows = session.execute(query).all()
    rules = load_scale_rules(session)
    snapshots = _snapshots_by_umkm(session, sorted({r[9] for r in rows}))
    universities = _universities_by_team(session, sorted({r[5] for r in rows}))
    result = []
    for (
        pid,
        status,
        role,
        start,
        end,
        tid,
        tname,
        cid,
        cname,
        uid,
        uname,
        rcode,
        rname,
        nib,
    ) in rows:
        until = end or today
        change = outcome_of(snapshots.get(uid, []), start, until, rules, nib is not None)
        result.append(
            PairingOutcome(
                pid,
                status,
                role,
                start,
                end,
                until,
                tid,
                tname,
                cid,
                cname,
                uid,
                uname,
                rcode,
                rname,
                tuple(universities.get(tid, [])),
                change,
            )
        )
    return result


def _keys(outcome: PairingOutcome, by: RollupKey) -> list[tuple[str, str]]:
    if by == "team":
        return [(str(outcome.team_id), outcome.team_name)]
    if by == "cohort":
        return [(str(outcome.cohort_id), outcome.cohort_name)]
    if by == "region":
        return [(outcome.region_code, outcome.region_name)]
    if by == "university":
        return [(str(uid), name) for uid, name in outcome.universities]
    if by == "all":
        return [("all", "")]
    raise ValueError(f"unknown roll-up key {by!r}")


class _UmkmSets:
    """UMKM ids of one group: all, and those with a measured / transformed pairing."""

    __slots__ = ("all", "digital", "formalised", "measured", "naik_kelas")

    def __init__(self) -> None:
        self.all: set[int] = set()
        self.measured: set[int] = set()
        self.formalised: set[int] = set()
        self.naik_kelas: set[int] = set()
        self.digital: set[int] = set()


def rollup(outcomes: Iterable[PairingOutcome], by: RollupKey = "region") -> list[OutcomeRollup]:
    """Sum outcomes per team / cohort / university / region (sorted by label) or ``all``.

    Per-pairing counts and sales sums, plus the distinct-UMKM counts (see the module
    docstring), in one pass over the outcomes.
    """
    groups: dict[str, OutcomeRollup] = {}
    umkm_sets: dict[str, _UmkmSets] = defaultdict(_UmkmSets)
    if by == "all":
        groups["all"] = OutcomeRollup("all", "")
    for outcome in outcomes:
        uid = outcome.umkm_id
        change = outcome.change
        for key, label in _keys(outcome, by):
            group = groups.setdefault(key, OutcomeRollup(key, label))
            seen = umkm_sets[key]
            group.pairings += 1
            group.pairing_ids.append(outcome.pairing_id)
            seen.all.add(uid)
            if not change.measured:
                continue
            group.measured += 1
            seen.measured.add(uid)
            if change.formalised:
                group.formalised += 1
                seen.formalised.add(uid)
            if change.naik_kelas:
                group.naik_kelas += 1
                seen.naik_kelas.add(uid)
            if change.digital:
                group.digital += 1
                seen.digital.add(uid)
            if change.sales_before is not None and change.sales_after is not None:
                group.sales_before += change.sales_before
                group.sales_after += change.sales_after
    for key, seen in umkm_sets.items():
        group = groups[key]
        group.umkm = len(seen.all)
        group.umkm_measured = len(seen.measured)
        group.umkm_formalised = len(seen.formalised)
        group.umkm_naik_kelas = len(seen.naik_kelas)
        group.umkm_digital = len(seen.digital)
    return sorted(groups.values(), key=lambda g: (g.label.casefold(), g.key))


def outcome_counts(session: Session, today: date | None = None) -> dict[str, int]:
    """Distinct UMKM formalised / naik kelas / digital over active and finished pairings.

    An UMKM counts once for a transformation if any of its reported pairings shows it,
    however many teams it was paired with (the per-pairing counts are in :func:`rollup`).
    """
    total = rollup(pairing_outcomes(session, today=today), by="all")[0]
    return {
        "formalised": total.umkm_formalised,
        "naik_kelas": total.umkm_naik_kelas,
        "digital": total.umkm_digital,
    }
