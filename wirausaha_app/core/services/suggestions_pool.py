"""Candidate pool of "assign all": every team's top-K UMKM, without one SQL ranking per team.

Ranking in SQL (:func:`suggestions.rank_candidates`) costs ~0.1 s per team on a
million UMKM (the role formula runs on every row of the team's region); a cohort
has ~100 teams. Here each region's rows are read **once** (id, KBLI, needs, open
pairings: ~26,000 rows per Jawa Timur region on the large demo), the UMKM-only
part of the score (best role + capacity) is computed once per distinct
(KBLI, needs, open pairings) combination, and each team's location + sector
part is added with numpy. The result is the same top-K as ``rank_candidates``
(same formula, same tie-break by UMKM id; checked by the tests), tier by tier
with the same stopping bound.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from wirausaha_app.core.services.pairings import OPEN_STATUSES
from wirausaha_app.core.services.suggestions import (
    CAPACITY,
    NEEDS_ASKED,
    ROLE_PREFIX,
    SECTOR_DIVISION,
    SECTOR_GROUP,
    Candidate,
    RoleProfile,
    TeamProfile,
    best_role,
    capacity_points,
    parse_needs,
    tiers,
)

_CHUNK = 500


@dataclass
class RegionRows:
    ids: np.ndarray
    kbli: list[str | None]
    needs: list[str | None]
    open: list[int]
    k3: np.ndarray
    k2: np.ndarray
    own: np.ndarray  # role fit + needs + capacity points


class RegionCache:
    """Rows of each region, read on first use (UMKM with a free place only)."""

    def __init__(self, session: Session, roles: Sequence[RoleProfile], umkm_limit: int) -> None:
        self.session = session
        self.roles = roles
        self.umkm_limit = umkm_limit
        self._regions: dict[str, RegionRows] = {}
        self._own: dict[tuple[str | None, str | None, int], float] = {}
        self._tiers: dict[str, list[tuple[list[str], float]]] = {}
        statuses = ", ".join(f"'{s}'" for s in OPEN_STATUSES)  # fixed codes, not input
        self._sql = text(
            "WITH opened AS (SELECT umkm_id, count(*) AS n FROM pairings"
            f" WHERE status IN ({statuses}) GROUP BY umkm_id)"
            " SELECT u.id, u.kbli_code, u.needs, coalesce(o.n, 0) FROM umkm AS u"
            " LEFT JOIN opened AS o ON o.umkm_id = u.id"
            " WHERE u.region_code = :region AND coalesce(o.n, 0) < :ul ORDER BY u.id"
        )

    def own_points(self, kbli: str | None, needs: str | None, n_open: int) -> float:
        key = (kbli, needs, n_open)
        points = self._own.get(key)
        if points is None:
            _role, fit, need = best_role(self.roles, kbli, parse_needs(needs))
            points = fit + need + capacity_points(n_open, self.umkm_limit)
            self._own[key] = points
        return points

    def region(self, code: str) -> RegionRows:
        rows = self._regions.get(code)
        if rows is None:
            found = self.session.execute(self._sql, {"region": code, "ul": self.umkm_limit}).all()
            kbli = [r[1] for r in found]
            needs = [r[2] for r in found]
            n_open = [int(r[3]) for r in found]
            rows = RegionRows(
                ids=np.fromiter((r[0] for r in found), dtype=np.int64, count=len(found)),
                kbli=kbli,
                needs=needs,
                open=n_open,
                k3=np.array([(k or "")[:3] for k in kbli], dtype=object),
                k2=np.array([(k or "")[:2] for k in kbli], dtype=object),
                own=np.fromiter(
                    (self.own_points(k, n, o) for k, n, o in zip(kbli, needs, n_open, strict=True)),
                    dtype=float,
                    count=len(found),
                ),
            )
            self._regions[code] = rows
        return rows

    def tiers_of(self, team: TeamProfile) -> list[tuple[list[str], float]]:
        found = self._tiers.get(team.region_code)
        if found is None:
            found = tiers(self.session, team)
            self._tiers[team.region_code] = found
        return found

    def candidate(self, umkm_id: int, region_code: str, name: str) -> Candidate:
        rows = self.region(region_code)
        i = int(np.searchsorted(rows.ids, umkm_id))
        return Candidate(
            umkm_id, name, region_code, rows.kbli[i], parse_needs(rows.needs[i]), rows.open[i]
        )


def _top(ids: np.ndarray, scores: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``limit`` best (score desc, id asc)."""
    order = np.lexsort((ids, -scores))[:limit]
    return ids[order], scores[order]


def team_top(cache: RegionCache, team: TeamProfile, limit: int) -> list[tuple[int, str, float]]:
    """(UMKM id, region code, score) of the team's best ``limit`` candidates."""
    best_rest = (SECTOR_GROUP if team.kbli_code else 0) + ROLE_PREFIX + NEEDS_ASKED + CAPACITY
    taken = np.array(sorted(team.taken_umkm), dtype=np.int64)
    found: list[tuple[int, str, float]] = []
    for regions, loc_points in cache.tiers_of(team):
        if len(found) >= limit and found[limit - 1][2] > loc_points + best_rest:
            break
        for code in regions:
            rows = cache.region(code)
            if rows.ids.size == 0:
                continue
            scores = loc_points + rows.own
            if team.kbli_code:
                scores = scores + np.where(
                    rows.k3 == team.kbli_code[:3],
                    SECTOR_GROUP,
                    np.where(rows.k2 == team.kbli_code[:2], SECTOR_DIVISION, 0),
                )
            scores = np.round(scores, 6)
            ids = rows.ids
            if taken.size:
                keep = ~np.isin(ids, taken)
                ids, scores = ids[keep], scores[keep]
            top_ids, top_scores = _top(ids, scores, limit)
            found.extend((int(i), code, float(s)) for i, s in zip(top_ids, top_scores, strict=True))
        found.sort(key=lambda item: (-item[2], item[0]))
        del found[limit:]
    return found


def umkm_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows = session.execute(
            text(f"SELECT id, name FROM umkm WHERE id IN ({marks})"),
            {f"i{n}": v for n, v in enumerate(chunk)},
        )
        names.update((int(i), str(n)) for i, n in rows)
    return names
