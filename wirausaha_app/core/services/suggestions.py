"""Suggested UMKM partners for a team, with a score explained component by component.

Score (0–100), one row per candidate UMKM, with the best value-chain role for it:

==============  =====  ==========================================================
component       max    rule
==============  =====  ==========================================================
location        35     UMKM in the team's region 35; a neighbouring region 20
                       (:mod:`suggestions_geo`); elsewhere in the province 8
sector          20     team KBLI vs UMKM KBLI: same group (3 digits) 20,
                       same division (2 digits) 12
role fit        15     UMKM KBLI starts with one of the role's ``kbli_prefixes``
                       15; a role for any sector (no prefixes) 8
needs           20     the UMKM asked for this role (``umkm.needs``) 20; the
                       UMKM recorded no needs 5
capacity left   10     10 × free places / ``max_active_pairings_per_umkm``
==============  =====  ==========================================================

Role fit + needs depend only on the UMKM, so each UMKM gets the role maximising
them (ties: the role's sort order). Open pairings (proposed or active) use
capacity; full UMKM and UMKM already paired with the team are left out.

Speed: nothing scores a million rows in Python. The same formula is written as
one SQL expression and candidates are ranked in SQL tier by tier (the team's
region via ``ix_umkm_region_name``, then neighbours, then the rest of the
province), stopping as soon as the ``limit``-th score beats the best score any
later tier could reach. Only the returned rows are re-scored in Python (same
formula) to build the explanation. A team without a region uses its host
university's region; with neither, suggestions are refused with a message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Float, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, Message, UserError, msg
from wirausaha_app.core.models import Cohort, Pairing, Region, Team, Umkm, University
from wirausaha_app.core.services.pairings import OPEN_STATUSES, active_roles, limits
from wirausaha_app.core.services.suggestions_geo import neighbours, province_of

CTX = "Suggestions"
LOCATION_REGION, LOCATION_NEIGHBOUR, LOCATION_PROVINCE = 35, 20, 8
SECTOR_GROUP, SECTOR_DIVISION = 20, 12
ROLE_PREFIX, ROLE_ANY_SECTOR = 15, 8
NEEDS_ASKED, NEEDS_UNKNOWN = 20, 5
CAPACITY = 10


@dataclass(frozen=True)
class RoleProfile:
    code: str
    name: str
    prefixes: tuple[str, ...]  # empty = fits any sector


@dataclass(frozen=True)
class TeamProfile:
    id: int
    name: str
    region_code: str
    kbli_code: str | None
    neighbours: frozenset[str]
    taken_umkm: frozenset[int]  # UMKM with an open pairing with this team
    open_pairings: int

    @property
    def province(self) -> str | None:
        return province_of(self.region_code)


@dataclass(frozen=True)
class Candidate:
    umkm_id: int
    name: str
    region_code: str
    kbli_code: str | None
    needs: frozenset[str]
    open_pairings: int


@dataclass(frozen=True)
class ScorePart:
    code: str  # location / sector / role / needs / capacity
    points: float
    reason: Message


@dataclass(frozen=True)
class Suggestion:
    team_id: int
    umkm_id: int
    umkm_name: str
    region_code: str
    role_code: str
    role_name: str
    score: float
    parts: tuple[ScorePart, ...]

    def explanation(self) -> str:
        return "; ".join(f"{p.reason.render()} (+{p.points:g})" for p in self.parts if p.points)


def parse_needs(text: str | None) -> frozenset[str]:
    return frozenset(c.strip() for c in (text or "").split(",") if c.strip())


def load_roles(session: Session) -> list[RoleProfile]:
    return [
        RoleProfile(
            r.code,
            r.name,
            tuple(p.strip() for p in (r.kbli_prefixes or "").split(",") if p.strip()),
        )
        for r in active_roles(session)
    ]


def team_profile(session: Session, team_id: int) -> TeamProfile:
    team = session.get(Team, team_id)
    if team is None:
        raise UserError(msg(QT_TRANSLATE_NOOP(CTX, "The team no longer exists.")))
    region = team.region_code
    if region is None:
        region = session.execute(
            select(University.region_code)
            .join(Cohort, Cohort.host_university_id == University.id)
            .where(Cohort.id == team.cohort_id)
        ).scalar_one_or_none()
    if region is None:
        raise UserError(
            msg(
                QT_TRANSLATE_NOOP(CTX, "Set the region of team {team} to get suggestions."),
                team=team.name,
            )
        )
    taken = frozenset(
        session.scalars(
            select(Pairing.umkm_id).where(
                Pairing.team_id == team_id, Pairing.status.in_(OPEN_STATUSES)
            )
        )
    )
    return TeamProfile(
        team.id, team.name, region, team.kbli_code, neighbours(region), taken, len(taken)
    )


# --- the formula in Python (explanations, and the matrix of "assign all") ----------


def location_points(team: TeamProfile, region_code: str) -> float:
    if region_code == team.region_code:
        return LOCATION_REGION
    if region_code in team.neighbours:
        return LOCATION_NEIGHBOUR
    if province_of(region_code) == team.province:
        return LOCATION_PROVINCE
    return 0


def sector_points(team_kbli: str | None, umkm_kbli: str | None) -> float:
    if not team_kbli or not umkm_kbli:
        return 0
    if team_kbli[:3] == umkm_kbli[:3]:
        return SECTOR_GROUP
    if team_kbli[:2] == umkm_kbli[:2]:
        return SECTOR_DIVISION
    return 0


def role_points(
    role: RoleProfile, umkm_kbli: str | None, needs: frozenset[str]
) -> tuple[float, float]:
    """(role fit, needs) points of one role for one UMKM."""
    if not role.prefixes:
        fit: float = ROLE_ANY_SECTOR
    elif umkm_kbli and any(umkm_kbli.startswith(p) for p in role.prefixes):
        fit = ROLE_PREFIX
    else:
        fit = 0
    if role.code in needs:
        need: float = NEEDS_ASKED
    elif not needs:
        need = NEEDS_UNKNOWN
    else:
        need = 0
    return fit, need


def best_role(
    roles: Sequence[RoleProfile], umkm_kbli: str | None, needs: frozenset[str]
) -> tuple[RoleProfile, float, float]:
    best = roles[0]
    best_fit, best_need = role_points(best, umkm_kbli, needs)
    for role in roles[1:]:
        fit, need = role_points(role, umkm_kbli, needs)
        if fit + need > best_fit + best_need:
            best, best_fit, best_need = role, fit, need
    return best, best_fit, best_need


def capacity_points(open_pairings: int, umkm_limit: int) -> float:
    if umkm_limit <= 0:
        return 0
    return CAPACITY * max(umkm_limit - open_pairings, 0) / umkm_limit


def score(
    team: TeamProfile, cand: Candidate, roles: Sequence[RoleProfile], umkm_limit: int
) -> Suggestion:
    loc = location_points(team, cand.region_code)
    sector = sector_points(team.kbli_code, cand.kbli_code)
    role, fit, need = best_role(roles, cand.kbli_code, cand.needs)
    cap = capacity_points(cand.open_pairings, umkm_limit)
    free = umkm_limit - cand.open_pairings
    parts = (
        ScorePart("location", loc, _location_reason(loc)),
        ScorePart("sector", sector, _sector_reason(sector, team.kbli_code, cand.kbli_code)),
        ScorePart("role", fit, _role_reason(fit, role, cand.kbli_code)),
        ScorePart("needs", need, _needs_reason(need, role)),
        ScorePart(
            "capacity",
            cap,
            msg(
                QT_TRANSLATE_NOOP(CTX, "{free} of {limit} places free"), free=free, limit=umkm_limit
            ),
        ),
    )
    total = round(loc + sector + fit + need + cap, 2)
    return Suggestion(
        team.id, cand.umkm_id, cand.name, cand.region_code, role.code, role.name, total, parts
    )


def _location_reason(points: float) -> Message:
    if points == LOCATION_REGION:
        return msg(QT_TRANSLATE_NOOP(CTX, "same region"))
    if points == LOCATION_NEIGHBOUR:
        return msg(QT_TRANSLATE_NOOP(CTX, "neighbouring region"))
    if points == LOCATION_PROVINCE:
        return msg(QT_TRANSLATE_NOOP(CTX, "same province"))
    return msg(QT_TRANSLATE_NOOP(CTX, "other province"))


def _sector_reason(points: float, team_kbli: str | None, umkm_kbli: str | None) -> Message:
    if not team_kbli:
        return msg(QT_TRANSLATE_NOOP(CTX, "the team has no KBLI code"))
    if points == SECTOR_GROUP:
        return msg(QT_TRANSLATE_NOOP(CTX, "same KBLI group {code}"), code=team_kbli[:3])
    if points == SECTOR_DIVISION:
        return msg(QT_TRANSLATE_NOOP(CTX, "same KBLI division {code}"), code=team_kbli[:2])
    return msg(QT_TRANSLATE_NOOP(CTX, "different sector (KBLI {code})"), code=umkm_kbli or "-")


def _role_reason(points: float, role: RoleProfile, umkm_kbli: str | None) -> Message:
    if points == ROLE_PREFIX:
        return msg(
            QT_TRANSLATE_NOOP(CTX, "KBLI {code} fits the role {role}"),
            code=umkm_kbli,
            role=role.name,
        )
    if points == ROLE_ANY_SECTOR:
        return msg(QT_TRANSLATE_NOOP(CTX, "the role {role} fits any sector"), role=role.name)
    return msg(
        QT_TRANSLATE_NOOP(CTX, "the role {role} is not typical for this sector"), role=role.name
    )


def _needs_reason(points: float, role: RoleProfile) -> Message:
    if points == NEEDS_ASKED:
        return msg(QT_TRANSLATE_NOOP(CTX, "the UMKM asked for {role}"), role=role.name)
    if points == NEEDS_UNKNOWN:
        return msg(QT_TRANSLATE_NOOP(CTX, "the UMKM recorded no needs"))
    return msg(QT_TRANSLATE_NOOP(CTX, "the UMKM asked for other help"))


# --- the same formula in SQL (ranking) -----------------------------------------------


def _greatest(session: Session, items: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    if len(items) == 1:
        return items[0]
    name = "greatest" if session.get_bind().dialect.name == "postgresql" else "max"
    return getattr(func, name)(*items)


def _role_sql(session: Session, roles: Sequence[RoleProfile]) -> ColumnElement[Any]:
    wrapped = literal(",") + func.coalesce(Umkm.needs, "") + literal(",")
    no_needs = func.coalesce(Umkm.needs, "") == ""
    items = []
    for role in roles:
        if role.prefixes:
            fit: ColumnElement[Any] = case(
                (or_(*(Umkm.kbli_code.like(f"{p}%") for p in role.prefixes)), ROLE_PREFIX),
                else_=0,
            )
        else:
            fit = literal(ROLE_ANY_SECTOR)
        need = case(
            (wrapped.like(f"%,{role.code},%"), NEEDS_ASKED), (no_needs, NEEDS_UNKNOWN), else_=0
        )
        items.append(fit + need)
    return _greatest(session, items)


def _open_counts():
    return (
        select(Pairing.umkm_id.label("umkm_id"), func.count().label("n"))
        .where(Pairing.status.in_(OPEN_STATUSES))
        .group_by(Pairing.umkm_id)
        .subquery()
    )


def _ranked_query(
    session: Session,
    team: TeamProfile,
    roles: Sequence[RoleProfile],
    umkm_limit: int,
    where: ColumnElement[bool],
    limit: int,
):
    opened = _open_counts()
    n_open = func.coalesce(opened.c.n, 0)
    loc = case(
        (Umkm.region_code == team.region_code, LOCATION_REGION),
        (Umkm.region_code.in_(sorted(team.neighbours) or [""]), LOCATION_NEIGHBOUR),
        else_=LOCATION_PROVINCE,
    )
    if team.kbli_code:
        sector: ColumnElement[Any] = case(
            (func.substr(Umkm.kbli_code, 1, 3) == team.kbli_code[:3], SECTOR_GROUP),
            (func.substr(Umkm.kbli_code, 1, 2) == team.kbli_code[:2], SECTOR_DIVISION),
            else_=0,
        )
    else:
        sector = literal(0)
    cap = cast(CAPACITY * (umkm_limit - n_open), Float) / umkm_limit
    total = (loc + sector + _role_sql(session, roles) + cap).label("score")
    query = (
        select(Umkm.id, Umkm.name, Umkm.region_code, Umkm.kbli_code, Umkm.needs, n_open, total)
        .outerjoin(opened, opened.c.umkm_id == Umkm.id)
        .where(where, n_open < umkm_limit)
        .order_by(total.desc(), Umkm.id)
        .limit(limit)
    )
    if team.taken_umkm:
        query = query.where(Umkm.id.not_in(sorted(team.taken_umkm)))
    return query


def _tiers(session: Session, team: TeamProfile) -> list[tuple[ColumnElement[bool], float]]:
    """(filter, best location points) per tier, nearest first."""
    tiers: list[tuple[ColumnElement[bool], float]] = [
        (Umkm.region_code == team.region_code, LOCATION_REGION)
    ]
    if team.neighbours:
        tiers.append((Umkm.region_code.in_(sorted(team.neighbours)), LOCATION_NEIGHBOUR))
    rest = [
        code
        for code in session.scalars(
            select(Region.code).where(Region.province_code == team.province)
        )
        if code != team.region_code and code not in team.neighbours
    ]
    if rest:
        tiers.append((Umkm.region_code.in_(rest), LOCATION_PROVINCE))
    return tiers


def rank_candidates(
    session: Session, team: TeamProfile, roles: Sequence[RoleProfile], umkm_limit: int, limit: int
) -> list[tuple[Candidate, float]]:
    """Top ``limit`` candidates by SQL score, nearest tiers first (see module doc)."""
    if not roles:
        return []
    best_rest = (SECTOR_GROUP if team.kbli_code else 0) + ROLE_PREFIX + NEEDS_ASKED + CAPACITY
    found: list[tuple[Candidate, float]] = []
    for where, loc_max in _tiers(session, team):
        if len(found) >= limit and found[limit - 1][1] >= loc_max + best_rest:
            break
        for uid, name, region, kbli, needs, n_open, total in session.execute(
            _ranked_query(session, team, roles, umkm_limit, where, limit)
        ):
            found.append(
                (Candidate(uid, name, region, kbli, parse_needs(needs), int(n_open)), float(total))
            )
        found.sort(key=lambda item: (-item[1], item[0].umkm_id))
        del found[limit:]
    return found


def suggest_for_team(session: Session, team_id: int, limit: int = 10) -> list[Suggestion]:
    """The team's best ``limit`` UMKM partners, best first, each with its explanation."""
    team = team_profile(session, team_id)
    roles = load_roles(session)
    _team_max, umkm_limit = limits(session)
    ranked = rank_candidates(session, team, roles, umkm_limit, limit)
    result = [score(team, cand, roles, umkm_limit) for cand, _sql_score in ranked]
    result.sort(key=lambda s: (-s.score, s.umkm_id))
    return result
