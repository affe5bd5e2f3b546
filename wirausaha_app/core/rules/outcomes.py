"""Outcome of a pairing on its UMKM, from two snapshots (pure functions, no database).

Definitions (the three East Java transformations plus sales):

- **baseline** = the latest snapshot on or before the pairing's start; when none
  exists, the earliest snapshot before the end (a baseline recorded a few days late).
- **final** = the latest snapshot on or before the end (today for an active pairing).
  When final is the baseline itself, nothing changed (all flags False, change 0).
- **formalised**: an NIB at the end but not at the start. NIB at start = the baseline's
  ``has_nib`` (unknown counts as no). NIB at end = the final snapshot's ``has_nib``, or,
  when that is unknown, whether the UMKM row holds an NIB now. If neither snapshot
  records ``has_nib`` at all, the change cannot be seen and the flag stays False.
- **naik kelas**: the scale class rank (from sales, else capital, thresholds as data)
  went up between baseline and final.
- **digital**: the final snapshot has a channel in ``DIGITAL_CHANNELS`` the baseline
  did not have.
- **sales change**: final − baseline annual sales in rupiah (None when either is
  unknown); percent relative to the baseline (None when the baseline is 0 or unknown).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from wirausaha_app.core.models.enums import DIGITAL_CHANNELS
from wirausaha_app.core.rules.scale import ScaleRules

_DIGITAL = frozenset(str(c) for c in DIGITAL_CHANNELS)


@dataclass(frozen=True)
class SnapshotFigures:
    snapshot_date: date
    annual_sales: int | None = None
    capital: int | None = None
    employees: int | None = None
    channels: frozenset[str] = frozenset()
    has_nib: bool | None = None


@dataclass(frozen=True)
class Change:
    measured: bool  # a baseline and a final snapshot both exist
    formalised: bool = False
    naik_kelas: bool = False
    digital: bool = False
    class_before: str | None = None
    class_after: str | None = None
    sales_before: int | None = None
    sales_after: int | None = None
    sales_change: int | None = None
    sales_change_percent: float | None = None
    new_digital_channels: frozenset[str] = frozenset()


def pick_snapshots(
    snapshots: Sequence[SnapshotFigures], start: date, end: date
) -> tuple[SnapshotFigures | None, SnapshotFigures | None]:
    """(baseline, final) by the rules above; ``snapshots`` in any order."""
    ordered = sorted(snapshots, key=lambda s: s.snapshot_date)
    before_start = [s for s in ordered if s.snapshot_date <= start]
    until_end = [s for s in ordered if s.snapshot_date <= end]
    baseline = before_start[-1] if before_start else (until_end[0] if until_end else None)
    final = until_end[-1] if until_end else None
    return baseline, final


def digital_channels(channels: Iterable[str]) -> frozenset[str]:
    return frozenset(c for c in channels if c in _DIGITAL)


def compare(
    baseline: SnapshotFigures | None,
    final: SnapshotFigures | None,
    rules: ScaleRules,
    umkm_has_nib_now: bool = False,
) -> Change:
    if baseline is None or final is None:
        return Change(measured=False)
    class_before = rules.classify(annual_sales=baseline.annual_sales, capital=baseline.capital)
    class_after = rules.classify(annual_sales=final.annual_sales, capital=final.capital)
    rank_before, rank_after = rules.rank(class_before), rules.rank(class_after)
    naik = rank_before is not None and rank_after is not None and rank_after > rank_before

    nib_before = bool(baseline.has_nib)
    nib_after = final.has_nib if final.has_nib is not None else umkm_has_nib_now
    nib_recorded = baseline.has_nib is not None or final.has_nib is not None
    formalised = nib_recorded and nib_after and not nib_before and final is not baseline

    gained = digital_channels(final.channels) - digital_channels(baseline.channels)

    change: int | None = None
    percent: float | None = None
    if baseline.annual_sales is not None and final.annual_sales is not None:
        change = final.annual_sales - baseline.annual_sales
        if baseline.annual_sales > 0:
            percent = 100.0 * change / baseline.annual_sales
    return Change(
        measured=True,
        formalised=bool(formalised),
        naik_kelas=naik,
        digital=bool(gained),
        class_before=class_before,
        class_after=class_after,
        sales_before=baseline.annual_sales,
        sales_after=final.annual_sales,
        sales_change=change,
        sales_change_percent=percent,
        new_digital_channels=gained,
    )


def outcome_of(
    snapshots: Sequence[SnapshotFigures],
    start: date,
    end: date,
    rules: ScaleRules,
    umkm_has_nib_now: bool = False,
) -> Change:
    baseline, final = pick_snapshots(snapshots, start, end)
    return compare(baseline, final, rules, umkm_has_nib_now)


def percent_of_totals(before: int, after: int) -> float | None:
    """Sales growth of a group: change of the summed sales, relative to the summed baseline."""
    return 100.0 * (after - before) / before if before > 0 else None
