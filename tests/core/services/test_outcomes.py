"""Outcomes on hand-made pairings, and their roll-ups per team/cohort/university/region."""

from __future__ import annotations

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.services import outcomes
from wirausaha_app.core.services.pairings import PairingInput, create_pairing

M = 1_000_000


def _snap(
    day: str, sales: int | None, channels: str | None = None, nib: bool | None = None
) -> dict[str, object]:
    return {"snapshot_date": w.d(day), "annual_sales": sales, "channels": channels, "has_nib": nib}


def test_outcomes_and_rollups(db: Database) -> None:
    unej = w.university(db, "Universitas Jember")
    pens = w.university(db, "PENS", "35.78")
    coh = w.cohort(db, unej)
    a, _ = w.team(db, coh, "Tim A", members=[("Ani", unej), ("Adi", pens)])
    b, _ = w.team(db, coh, "Tim B", members=[("Budi", pens)])
    # U1: micro → small, gains a marketplace, gets an NIB (Surabaya).
    u1 = w.umkm(
        db,
        "U1",
        snapshots=[
            _snap("2024-12-01", 1_500 * M, "shop", False),
            _snap("2025-06-30", 3_000 * M, "shop,marketplace", True),
            _snap("2025-09-01", 9_000 * M, "shop,marketplace,website", True),  # after the end
        ],
    )
    # U2: no change of class, already digital, NIB from the UMKM row (has_nib unknown at end).
    u2 = w.umkm(
        db,
        "U2",
        region=w.MALANG,
        nib="1234567890123",
        snapshots=[
            _snap("2025-03-01", 100 * M, "social_media", False),
            _snap("2025-05-01", 150 * M, "social_media,reseller", None),
        ],
    )
    # U3: no snapshot at all → not measured.
    u3 = w.umkm(db, "U3", region=w.MALANG)
    p1 = create_pairing(
        db,
        PairingInput(a, u1, "digital_marketing", w.d("2025-01-15"), w.d("2025-07-15"), "finished"),
    )
    p2 = create_pairing(db, PairingInput(b, u2, "licensing", w.d("2025-03-01"), None, "active"))
    create_pairing(db, PairingInput(b, u3, "bookkeeping", w.d("2025-03-01"), None, "active"))
    create_pairing(db, PairingInput(a, u3, "bookkeeping", w.d("2025-03-01"), None, "proposed"))

    with db.session() as s:
        found = outcomes.pairing_outcomes(s, today=w.d("2025-08-01"))
        by_id = {o.pairing_id: o for o in found}
        assert len(found) == 3  # the proposed pairing is not reported
        one = by_id[p1]
        assert (one.formalised, one.naik_kelas, one.digital) == (True, True, True)
        assert one.change.class_before == "mikro" and one.change.class_after == "kecil"
        assert one.sales_change == 1_500 * M and one.sales_change_percent == 100.0
        assert one.change.new_digital_channels == {"marketplace"}
        assert [u for _i, u in one.universities] == ["PENS", "Universitas Jember"]
        two = by_id[p2]
        assert two.measured_until == w.d("2025-08-01")
        assert (two.formalised, two.naik_kelas, two.digital) == (True, False, False)
        assert two.sales_change == 50 * M and two.sales_change_percent == 50.0
        three = next(o for o in found if o.umkm_name == "U3")
        assert not three.measured and not three.formalised

        assert outcomes.outcome_counts(s, today=w.d("2025-08-01")) == {
            "formalised": 2,
            "naik_kelas": 1,
            "digital": 1,
        }
        regions = {r.label: r for r in outcomes.rollup(found, by="region")}
        assert regions["Kabupaten Malang"].pairings == 2
        assert regions["Kabupaten Malang"].measured == 1
        assert regions["Kota Surabaya"].sales_change_percent == 100.0
        unis = {
            r.label: (r.pairings, r.formalised) for r in outcomes.rollup(found, by="university")
        }
        assert unis == {"PENS": (3, 2), "Universitas Jember": (1, 1)}
        teams = {r.label: r.digital for r in outcomes.rollup(found, by="team")}
        assert teams == {"Tim A": 1, "Tim B": 0}
        total = outcomes.rollup(found, by="all")[0]
        assert (total.sales_before, total.sales_after) == (1_600 * M, 3_150 * M)
        assert outcomes.rollup(found, by="cohort")[0].pairings == 3
        only_malang = outcomes.pairing_outcomes(s, region_code=w.MALANG, today=w.d("2025-08-01"))
        assert {o.umkm_name for o in only_malang} == {"U2", "U3"}
