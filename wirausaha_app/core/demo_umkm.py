"""Demo UMKM, their dated snapshots and the team↔UMKM pairings (part of the demo data).

Snapshots are planned per UMKM as a small timeline: unpaired businesses drift a
little between 1–3 snapshots; paired ones get a "before" snapshot at the start of
the pairing and, when the pairing ran, an "after" one (on or before its end, where
the outcome rules look) that shows the outcomes the program is after: an NIB
(formal), mikro→kecil (naik kelas), a marketplace or social-media channel
(digital), and sales growth. The UMKM row's denormalised
fields are copied from its latest snapshot.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from wirausaha_app.core import demo_names as N
from wirausaha_app.core.models import Base
from wirausaha_app.core.models.enums import PairingStatus, SalesChannel, values
from wirausaha_app.core.rules.scale import ScaleRules

if TYPE_CHECKING:
    from wirausaha_app.core.demo import TeamPlan

SMALL_UMKM = 2000
CHANNEL_ORDER = values(SalesChannel)
_CHANNEL_SHARE = {"shop": 0.8, "social_media": 0.45, "marketplace": 0.2, "reseller": 0.25,
                  "website": 0.03}
_SNAPSHOT_START = date(2023, 1, 10)


def nib_number(umkm_id: int, seed: int) -> str:
    """A 13-digit NIB, unique per UMKM id: a bijection of the id modulo 10^12."""
    # 7_368_787 is coprime with 10, so id → id*k mod 10^12 never repeats below 10^12.
    return "9" + f"{(umkm_id * 7_368_787 + seed * 1_000_003) % 10**12:012d}"


def channels_text(channels: set[str]) -> str:
    return ",".join(c for c in CHANNEL_ORDER if c in channels)


@dataclass
class Figures:
    annual_sales: int
    capital: int
    employees: int
    channels: set[str]
    has_nib: bool

    def copy(self) -> Figures:
        return Figures(self.annual_sales, self.capital, self.employees, set(self.channels),
                       self.has_nib)


@dataclass
class UmkmPlan:
    id: int
    region_code: str
    sector: N.Sector
    kbli: str
    figures: Figures
    needs: list[str]
    pairings: list[dict[str, Any]] = field(default_factory=list)


def draw_figures(rng: random.Random) -> Figures:
    """Figures of a typical East Java UMKM: mostly micro, a few small and medium."""
    r = rng.random()
    if r < 0.9:
        sales = min(1_950_000_000, max(12_000_000, rng.lognormvariate(math.log(1.5e8), 0.9)))
        capital = min(950_000_000, sales * rng.uniform(0.15, 0.6))
        employees = rng.randint(1, 4)
    elif r < 0.985:
        sales = math.exp(rng.uniform(math.log(2.1e9), math.log(14e9)))
        capital = rng.uniform(1.1e9, 4.5e9)
        employees = rng.randint(5, 19)
    else:
        sales = rng.uniform(15.5e9, 30e9)
        capital = rng.uniform(5.5e9, 9.5e9)
        employees = rng.randint(20, 99)
    channels = {c for c, share in _CHANNEL_SHARE.items() if rng.random() < share} or {"shop"}
    return Figures(int(round(sales, -5)), int(round(capital, -6)), employees, channels,
                   rng.random() < 0.33)


def roles_for(kbli: str, roles: list[tuple[str, str]]) -> list[str]:
    """Role codes whose KBLI prefixes fit this code ('' prefixes = any sector)."""
    fitting = []
    for code, prefixes in roles:
        wanted = [p for p in (prefixes or "").split(",") if p]
        if not wanted or any(kbli.startswith(p) for p in wanted):
            fitting.append(code)
    return fitting


class UmkmBuilder:
    def __init__(self, conn: Connection, rng: random.Random, rules: ScaleRules,
                 regions: list[Any], seed: int) -> None:
        self.conn = conn
        self.rng = rng
        self.rules = rules
        self.seed = seed
        jatim = [r for r in regions if r.province_code == "35"]
        self.jatim_codes = [r.code for r in jatim]
        self.jatim_weights = [float(r.population or 500_000) for r in jatim]
        self.roles = [(r[0], r[1]) for r in conn.execute(
            text("SELECT code, kbli_prefixes FROM value_chain_roles WHERE active "
                 "ORDER BY sort_order"))]
        self.team_umkm: dict[int, list[UmkmPlan]] = {}

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(Base.metadata.tables[table].insert(), rows)

    def address(self, region_code: str) -> str:
        rng = self.rng
        return (f"{rng.choice(N.STREET_NAMES)} No. {rng.randint(1, 250)}, "
                f"RT {rng.randint(1, 12):02d}/RW {rng.randint(1, 9):02d}")

    def business_name(self, sector: N.Sector) -> str:
        rng = self.rng
        prefix = rng.choice(N.BUSINESS_PREFIXES)
        name = f"{rng.choice(sector.products)} {rng.choice(N.BUSINESS_QUALIFIERS)}"
        return f"{prefix} {name}".strip()

    def build(self, teams: list[TeamPlan], *, max_per_team: int, max_per_umkm: int) -> None:
        rng = self.rng
        plans = []
        for uid in range(1, SMALL_UMKM + 1):
            sector = rng.choices(N.SECTORS, N.UMKM_SECTOR_WEIGHTS)[0]
            region = rng.choices(self.jatim_codes, self.jatim_weights)[0]
            kbli = rng.choice(sector.kbli)
            fitting = roles_for(kbli, self.roles)
            needs = rng.sample(fitting, k=min(len(fitting), rng.randint(1, 3)))
            plans.append(UmkmPlan(uid, region, sector, kbli, draw_figures(rng), needs))
        pairing_rows = self._pairings(plans, teams, max_per_team, max_per_umkm)
        umkm_rows, snapshot_rows = [], []
        for plan in plans:
            snaps = self._timeline(plan)
            snapshot_rows += [self._snapshot_row(plan.id, day, f) for day, f in snaps]
            umkm_rows.append(self._umkm_row(plan, snaps[-1][1]))
        self.insert("umkm", umkm_rows)
        self.insert("umkm_snapshots", snapshot_rows)
        self.insert("pairings", pairing_rows)

    # -- pairings -------------------------------------------------------------------------

    def _pairings(self, plans: list[UmkmPlan], teams: list[TeamPlan], max_per_team: int,
                  max_per_umkm: int) -> list[dict[str, Any]]:
        rng = self.rng
        by_region: dict[str, list[UmkmPlan]] = {}
        for plan in plans:
            by_region.setdefault(plan.region_code, []).append(plan)
        unpaired = list(plans)
        rng.shuffle(unpaired)
        for bucket in by_region.values():
            rng.shuffle(bucket)
        rows: list[dict[str, Any]] = []
        for team in teams:
            c = team.cohort
            wanted = min(max_per_team, rng.choices((1, 2, 3), (60, 35, 5))[0])
            taken: list[UmkmPlan] = []
            for _ in range(wanted):
                picked = self._pick_umkm(team, by_region, unpaired, taken, max_per_umkm)
                if picked is None:
                    break
                plan = picked
                taken.append(plan)
                fitting = roles_for(plan.kbli, self.roles)
                needed = [r for r in fitting if r in plan.needs]
                role = rng.choice(needed or fitting)
                start = c.immersion + timedelta(days=rng.randint(0, 21))
                r = rng.random()
                if c.finished:
                    status = PairingStatus.FINISHED if r < 0.88 else PairingStatus.CANCELLED
                else:
                    status = (PairingStatus.ACTIVE if r < 0.7 else PairingStatus.PROPOSED
                              if r < 0.88 else PairingStatus.CANCELLED)
                end: date | None = None
                if status == PairingStatus.FINISHED:
                    end = c.post + timedelta(days=rng.randint(0, (c.end - c.post).days))
                elif status == PairingStatus.CANCELLED:
                    end = start + timedelta(days=rng.randint(14, 40))
                elif status == PairingStatus.PROPOSED:
                    start = c.post - timedelta(days=rng.randint(0, 20))
                row = {"team_id": team.id, "umkm_id": plan.id, "role_code": role,
                       "start_date": start, "end_date": end, "status": status,
                       "notes": None}
                plan.pairings.append(row)
                rows.append(row)
        return rows

    def _pick_umkm(self, team: TeamPlan, by_region: dict[str, list[UmkmPlan]],
                   unpaired: list[UmkmPlan], taken: list[UmkmPlan],
                   max_per_umkm: int) -> UmkmPlan | None:
        rng = self.rng
        # Now and then two teams of one cohort help the same UMKM in different roles.
        if rng.random() < 0.08 and max_per_umkm > 1:
            shared = [p for t in team.cohort.teams if t is not team
                      for p in self.team_umkm.get(t.id, []) if len(p.pairings) < max_per_umkm
                      and p not in taken]
            if shared:
                return rng.choice(shared)
        local = by_region.get(team.region_code, [])
        source = local if local and rng.random() < 0.45 else unpaired
        while source:
            plan = source.pop()
            if not plan.pairings and plan not in taken:
                self.team_umkm.setdefault(team.id, []).append(plan)
                return plan
        while unpaired:
            plan = unpaired.pop()
            if not plan.pairings and plan not in taken:
                self.team_umkm.setdefault(team.id, []).append(plan)
                return plan
        return None

    # -- snapshots ------------------------------------------------------------------------

    def _timeline(self, plan: UmkmPlan) -> list[tuple[date, Figures]]:
        rng = self.rng
        base = plan.figures
        if not plan.pairings:
            k = rng.choice((1, 1, 2, 2, 3))
            offsets = sorted(rng.sample(range(700), k))
            out, current = [], base
            for i, offset in enumerate(offsets):
                if i:
                    current = current.copy()
                    current.annual_sales = int(round(current.annual_sales
                                                     * rng.uniform(0.92, 1.2), -5))
                    if rng.random() < 0.15:
                        current.channels.add("social_media")
                out.append((_SNAPSHOT_START + timedelta(days=offset), current))
            return out
        start = min(p["start_date"] for p in plan.pairings)
        ran = [p for p in plan.pairings
               if p["status"] in (PairingStatus.FINISHED, PairingStatus.ACTIVE)]
        out = []
        before = base.copy()
        naik_kelas = bool(ran) and self.rules.classify(
            annual_sales=before.annual_sales, capital=before.capital) == "mikro" \
            and rng.random() < 0.15
        if naik_kelas:
            before.annual_sales = int(round(rng.uniform(1.5e9, 1.95e9), -5))
            before.capital = int(round(rng.uniform(4e8, 9e8), -6))
            before.employees = rng.randint(3, 5)
        if rng.random() < 0.5:
            earlier = before.copy()
            earlier.annual_sales = int(round(before.annual_sales * rng.uniform(0.8, 0.97), -5))
            out.append((start - timedelta(days=rng.randint(90, 240)), earlier))
        out.append((start - timedelta(days=rng.randint(0, 10)), before))
        if ran:
            # The closing visit falls on or before the end of the pairing, so the
            # outcome (baseline on/before the start, final on/before the end) sees it.
            ends = [p["end_date"] for p in ran if p["end_date"] is not None]
            after_day = (min(ends) - timedelta(days=rng.randint(0, 7)) if ends
                         else start + timedelta(days=rng.randint(45, 65)))
            out.append((after_day, self._outcome(before, naik_kelas)))
        return out

    def _outcome(self, before: Figures, naik_kelas: bool) -> Figures:
        rng = self.rng
        after = before.copy()
        if naik_kelas:
            after.annual_sales = int(round(rng.uniform(2.05e9, 2.8e9), -5))
        else:
            after.annual_sales = int(round(before.annual_sales * rng.uniform(0.95, 1.45), -5))
        after.capital = int(round(before.capital * rng.uniform(1.0, 1.2), -6))
        after.employees = before.employees + rng.choice((0, 0, 1, 1, 2))
        if not before.has_nib and rng.random() < 0.35:
            after.has_nib = True
        if rng.random() < 0.5:
            after.channels.add("marketplace" if "marketplace" not in after.channels
                               else "social_media")
        return after

    def _snapshot_row(self, umkm_id: int, day: date, f: Figures) -> dict[str, Any]:
        return {"umkm_id": umkm_id, "snapshot_date": day, "annual_sales": f.annual_sales,
                "capital": f.capital, "employees": f.employees,
                "channels": channels_text(f.channels), "has_nib": f.has_nib, "note": None}

    def _umkm_row(self, plan: UmkmPlan, latest: Figures) -> dict[str, Any]:
        rng = self.rng
        sector = plan.sector
        female = rng.random() < 0.5
        owner = N.person_name(rng, N.name_group(rng, "35"), female)
        region4 = plan.region_code.replace(".", "")
        pirt = pirt_until = halal = None
        if sector.food and rng.random() < 0.3:
            issued = rng.randint(2020, 2024)
            pirt = (f"2{rng.randint(1, 15):02d}{region4}{rng.randint(1, 20):02d}"
                    f"{rng.randrange(10**4):04d}{(issued + 5) % 100:02d}")
            pirt_until = date(issued + 5, rng.randint(1, 12), rng.randint(1, 28))
        if sector.food and latest.has_nib and rng.random() < 0.35:
            halal = f"ID35{region4[2:]}{rng.randrange(10**9):09d}{rng.randint(21, 24)}"
        return {
            "id": plan.id,
            "name": self.business_name(sector),
            "owner_name": owner,
            "region_code": plan.region_code,
            "address": self.address(plan.region_code),
            "phone": ("+62" + rng.choice(("812", "813", "852", "857", "878", "896"))
                      + f"{rng.randrange(10**8):08d}") if rng.random() < 0.75 else None,
            "kbli_code": plan.kbli,
            "kbli_version": "2020",
            "nib": nib_number(plan.id, self.seed) if latest.has_nib else None,
            "pirt_number": pirt,
            "pirt_valid_until": pirt_until,
            "halal_number": halal,
            "channels": channels_text(latest.channels),
            "needs": ",".join(plan.needs),
            "scale_class": self.rules.classify(annual_sales=latest.annual_sales,
                                               capital=latest.capital),
            "annual_sales": latest.annual_sales,
            "capital": latest.capital,
            "employees": latest.employees,
            "notes": None,
        }
