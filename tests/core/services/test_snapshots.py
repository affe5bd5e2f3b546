from __future__ import annotations

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import AppSetting, ScaleThreshold, Umkm
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services import snapshots as snaps
from wirausaha_app.core.services.snapshots import SnapshotInput

M = 1_000_000


def _row(db: Database, uid: int) -> tuple[object, ...]:
    with db.session() as s:
        u = s.get(Umkm, uid)
        assert u is not None
        return (u.scale_class, u.annual_sales, u.capital, u.employees, u.channels)


def test_umkm_row_follows_latest_snapshot(db: Database) -> None:
    uid = w.umkm(db, "Keripik Bu Tin")
    early = snaps.add_snapshot(
        db,
        uid,
        SnapshotInput(
            w.d("2024-01-01"), annual_sales=300 * M, capital=50 * M, employees=2, channels=["shop"]
        ),
    )
    assert _row(db, uid) == ("mikro", 300 * M, 50 * M, 2, "shop")
    late = snaps.add_snapshot(
        db,
        uid,
        SnapshotInput(
            w.d("2025-01-01"),
            annual_sales=2_000 * M + 1,
            employees=6,
            channels=["shop", "marketplace", "shop"],
        ),
    )
    assert _row(db, uid) == ("kecil", 2_000 * M + 1, None, 6, "marketplace,shop")
    # An older snapshot edited does not touch the row's figures.
    snaps.update_snapshot(db, early, SnapshotInput(w.d("2024-02-01"), annual_sales=1))
    assert _row(db, uid)[0] == "kecil"
    # Capital classifies when no sales figure exists.
    snaps.update_snapshot(db, late, SnapshotInput(w.d("2025-01-01"), capital=5_000 * M + 1))
    assert _row(db, uid) == ("menengah", None, 5_000 * M + 1, None, None)
    snaps.delete_snapshot(db, late)
    assert _row(db, uid) == ("mikro", 1, None, None, None)
    snaps.delete_snapshot(db, early)
    assert _row(db, uid) == (None, None, None, None, None)


def test_thresholds_come_from_the_database(db: Database) -> None:
    with db.transaction() as s:
        for cls, rank, cap, sales in [
            ("mikro", 1, 10, 100),
            ("kecil", 2, 20, 200),
            ("besar", 3, None, None),
        ]:
            s.add(
                ScaleThreshold(
                    regulation="PP test",
                    scale_class=cls,
                    rank=rank,
                    max_capital=cap,
                    max_annual_sales=sales,
                )
            )
        setting = s.get(AppSetting, "scale_regulation")
        assert setting is not None
        setting.value = "PP test"
    uid = w.umkm(db, "Toko")
    snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-01-01"), annual_sales=150))
    assert _row(db, uid)[0] == "kecil"


def test_refusals(db: Database) -> None:
    uid = w.umkm(db, "Toko")
    snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-01-01"), annual_sales=1))
    with pytest.raises(FieldError) as caught:
        snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-01-01"), annual_sales=2))
    assert caught.value.field == "snapshot_date"
    with pytest.raises(FieldError) as caught:
        snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-02-01"), channels=["fax"]))
    assert caught.value.field == "channels"
    with pytest.raises(FieldError) as caught:
        snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-02-01"), capital=-1))
    assert caught.value.field == "capital"


def test_delete_several_snapshots_in_one_go(db: Database) -> None:
    uid = w.umkm(db, "Toko")
    first = snaps.add_snapshot(db, uid, SnapshotInput(w.d("2024-01-01"), annual_sales=1))
    second = snaps.add_snapshot(db, uid, SnapshotInput(w.d("2025-01-01"), annual_sales=3_000 * M))
    snaps.add_snapshot(db, uid, SnapshotInput(w.d("2023-01-01"), annual_sales=5))
    assert _row(db, uid)[0] == "kecil"
    snaps.delete_snapshots(db, [first, second])
    assert _row(db, uid)[:2] == ("mikro", 5)
