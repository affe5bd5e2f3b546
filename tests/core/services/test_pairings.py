from __future__ import annotations

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import AppSetting, Pairing
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services import pairings as svc
from wirausaha_app.core.services.pairings import PairingInput


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        for key, value in (
            ("max_active_pairings_per_team", "2"),
            ("max_active_pairings_per_umkm", "1"),
        ):
            row = s.get(AppSetting, key)
            assert row is not None
            row.value = value
    coh = w.cohort(db, w.university(db))
    return {
        "a": w.team(db, coh, "Tim A")[0],
        "b": w.team(db, coh, "Tim B")[0],
        "u1": w.umkm(db, "Keripik Bu Tin"),
        "u2": w.umkm(db, "Batik Sari"),
        "u3": w.umkm(db, "Kopi Pak Man"),
    }


def _p(world: dict[str, int], team: str, umkm: str, status: str = "active") -> PairingInput:
    return PairingInput(
        world[team], world[umkm], "digital_marketing", w.d("2025-03-01"), status=status
    )


def test_capacity_refusals_name_who_and_numbers(db: Database, world: dict[str, int]) -> None:
    svc.create_pairing(db, _p(world, "a", "u1"))
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, _p(world, "b", "u1"))
    assert caught.value.field == "umkm_id"
    assert "Keripik Bu Tin" in str(caught.value) and "1 teams" in str(caught.value)
    svc.create_pairing(db, _p(world, "a", "u2"))
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, _p(world, "a", "u3"))
    assert caught.value.field == "team_id"
    assert "Tim A" in str(caught.value) and "limit is 2" in str(caught.value)
    # Proposed pairings are not held to the limit; activating them is.
    proposed = svc.create_pairing(db, _p(world, "a", "u3", "proposed"))
    with pytest.raises(FieldError):
        svc.set_status(db, proposed, "active")
    # Finishing one frees a place (and sets the end date).
    with db.session() as s:
        first = s.query(Pairing).filter_by(umkm_id=world["u1"]).one().id
    svc.set_status(db, first, "finished", w.d("2025-06-30"))
    svc.set_status(db, proposed, "active")
    with db.session() as s:
        finished = s.get(Pairing, first)
        assert finished is not None and finished.end_date == w.d("2025-06-30")
        assert svc.count_pairings(s, team_id=world["a"]) == 2


def test_duplicates_dates_and_roles(db: Database, world: dict[str, int]) -> None:
    svc.create_pairing(db, _p(world, "a", "u1", "proposed"))
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, _p(world, "a", "u1", "proposed"))
    assert "already paired" in str(caught.value)
    bad = _p(world, "b", "u2")
    bad.end_date = w.d("2025-01-01")
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, bad)
    assert caught.value.field == "end_date"
    bad = _p(world, "b", "u2", "finished")
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, bad)
    assert caught.value.field == "end_date"
    bad = _p(world, "b", "u2")
    bad.role_code = "astronaut"
    with pytest.raises(FieldError) as caught:
        svc.create_pairing(db, bad)
    assert caught.value.field == "role_code"


def test_changes_are_logged_without_values(db: Database, world: dict[str, int]) -> None:
    from wirausaha_app.core.models import ChangeLogEntry

    pid = svc.create_pairing(db, _p(world, "a", "u1", "proposed"))
    svc.set_status(db, pid, "active")
    svc.delete_pairing(db, pid)
    with db.session() as s:
        rows = s.query(ChangeLogEntry).filter_by(entity="pairings", entity_id=pid).all()
    assert [r.action for r in rows] == ["create", "update", "delete"]
    assert rows[0].summary is not None and "status" in rows[0].summary
    assert "Keripik" not in (rows[0].summary or "")
