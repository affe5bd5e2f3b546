"""The outcome rules on hand-made snapshot pairs (no database)."""

from __future__ import annotations

from datetime import date

from wirausaha_app.core.rules.outcomes import SnapshotFigures as S
from wirausaha_app.core.rules.outcomes import compare, outcome_of, pick_snapshots
from wirausaha_app.core.rules.scale import PP_7_2021

M = 1_000_000
D = date.fromisoformat


def test_baseline_is_latest_on_or_before_start_and_final_on_or_before_end() -> None:
    snaps = [S(D("2025-05-01")), S(D("2024-01-01")), S(D("2025-01-10")), S(D("2025-12-01"))]
    base, final = pick_snapshots(snaps, D("2025-01-10"), D("2025-06-30"))
    assert base is not None and base.snapshot_date == D("2025-01-10")
    assert final is not None and final.snapshot_date == D("2025-05-01")
    # No snapshot before the start: the first one inside the period is the baseline.
    base, final = pick_snapshots(snaps[:2], D("2023-01-01"), D("2025-06-30"))
    assert base is not None and base.snapshot_date == D("2024-01-01")
    assert pick_snapshots([], D("2025-01-01"), D("2025-02-01")) == (None, None)


def test_boundaries_of_naik_kelas_and_sales() -> None:
    at_bound = S(D("2025-01-01"), annual_sales=2_000 * M)
    above = S(D("2025-06-01"), annual_sales=2_000 * M + 1)
    change = compare(at_bound, above, PP_7_2021)
    assert change.naik_kelas and change.sales_change == 1
    assert not compare(at_bound, S(D("2025-06-01"), annual_sales=2_000 * M), PP_7_2021).naik_kelas
    # Capital classifies when sales are unknown; a drop is not naik kelas.
    down = compare(S(D("2025-01-01"), capital=6_000 * M), S(D("2025-06-01"), capital=M), PP_7_2021)
    assert not down.naik_kelas and down.class_before == "menengah" and down.sales_change is None
    zero = compare(
        S(D("2025-01-01"), annual_sales=0), S(D("2025-06-01"), annual_sales=5), PP_7_2021
    )
    assert zero.sales_change == 5 and zero.sales_change_percent is None


def test_formalised_and_digital_rules() -> None:
    before = S(D("2025-01-01"), channels=frozenset({"shop", "reseller"}), has_nib=False)
    after = S(D("2025-06-01"), channels=frozenset({"shop", "reseller"}), has_nib=None)
    assert compare(before, after, PP_7_2021, umkm_has_nib_now=True).formalised
    assert not compare(before, after, PP_7_2021, umkm_has_nib_now=False).formalised
    unknown = S(D("2025-01-01"))
    assert not compare(unknown, S(D("2025-06-01")), PP_7_2021, umkm_has_nib_now=True).formalised
    already = S(D("2025-01-01"), has_nib=True)
    assert not compare(already, S(D("2025-06-01"), has_nib=True), PP_7_2021).formalised
    online = S(D("2025-06-01"), channels=frozenset({"shop", "website"}))
    assert compare(before, online, PP_7_2021).digital
    # Reseller or own shop are channels, but not digital ones.
    offline = S(D("2025-06-01"), channels=frozenset({"shop", "reseller"}))
    assert not compare(S(D("2025-01-01")), offline, PP_7_2021).digital
    assert not outcome_of([], D("2025-01-01"), D("2025-06-01"), PP_7_2021).measured
