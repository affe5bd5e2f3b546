"""Headline outcomes count distinct UMKM; the per-pairing roll-up figures stay per pairing.

An UMKM paired with two teams whose pairings both show it became formal is one UMKM
transformed (what Dinas KUKM Jatim counts), though it is two pairings.
"""

from __future__ import annotations

import json

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.services import outcomes
from wirausaha_app.core.services.pairings import PairingInput, create_pairing

M = 1_000_000
TODAY = w.d("2026-02-01")


def _snap(day: str, sales: int, channels: str, nib: bool) -> dict[str, object]:
    return {"snapshot_date": w.d(day), "annual_sales": sales, "channels": channels, "has_nib": nib}


def _finished(db: Database, team: int, umkm: int, role: str, start: str, end: str) -> int:
    return create_pairing(db, PairingInput(team, umkm, role, w.d(start), w.d(end), "finished"))


def _shared_world(db: Database) -> tuple[int, int, int]:
    """Tim A and Tim B both paired with one UMKM that got an NIB, went digital, grew."""
    uni = w.university(db)
    coh = w.cohort(db, uni)
    a, _ = w.team(db, coh, "Tim A", members=[("Ani", uni)])
    b, _ = w.team(db, coh, "Tim B", members=[("Budi", uni)])
    shared = w.umkm(
        db,
        "Bersama",
        snapshots=[
            _snap("2024-12-01", 1_500 * M, "shop", False),  # mikro, offline, no NIB
            _snap("2025-06-30", 3_000 * M, "shop,marketplace", True),  # kecil, online, NIB
        ],
    )
    _finished(db, a, shared, "digital_marketing", "2025-01-15", "2025-07-15")
    _finished(db, b, shared, "licensing", "2025-02-01", "2025-07-31")
    return a, b, shared


def test_one_umkm_two_teams_counts_once(db: Database) -> None:
    a, b, _shared = _shared_world(db)
    with db.session() as s:
        found = outcomes.pairing_outcomes(s, today=TODAY)
        assert len(found) == 2
        assert all((o.formalised, o.naik_kelas, o.digital) == (True, True, True) for o in found)
        assert outcomes.outcome_counts(s, today=TODAY) == {
            "formalised": 1,
            "naik_kelas": 1,
            "digital": 1,
        }

    teams = {r.key: r for r in outcomes.rollup(found, by="team")}
    assert set(teams) == {str(a), str(b)}
    for row in teams.values():
        assert (row.pairings, row.formalised, row.naik_kelas, row.digital) == (1, 1, 1, 1)
        assert (row.umkm, row.umkm_measured) == (1, 1)
        assert (row.umkm_formalised, row.umkm_naik_kelas, row.umkm_digital) == (1, 1, 1)

    total = outcomes.rollup(found, by="all")[0]
    # Per-pairing figures keep their meaning: two pairings, each counted.
    assert (total.pairings, total.measured) == (2, 2)
    assert (total.formalised, total.naik_kelas, total.digital) == (2, 2, 2)
    assert sorted(total.pairing_ids) == sorted(o.pairing_id for o in found)
    # Distinct UMKM: one.
    assert (total.umkm, total.umkm_measured) == (1, 1)
    assert (total.umkm_formalised, total.umkm_naik_kelas, total.umkm_digital) == (1, 1, 1)

    # Both teams' students come from one university, the UMKM is in one region and the
    # teams in one cohort: each of those rows has two pairings but one UMKM.
    for by in ("university", "region", "cohort"):
        (row,) = outcomes.rollup(found, by=by)
        assert (row.pairings, row.formalised, row.umkm, row.umkm_formalised) == (2, 2, 1, 1), by


def test_naik_kelas_in_one_pairing_of_two_counts_once(db: Database) -> None:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    a, _ = w.team(db, coh, "Tim A", members=[("Ani", uni)])
    b, _ = w.team(db, coh, "Tim B", members=[("Budi", uni)])
    grew_once = w.umkm(
        db,
        "Bertahap",
        snapshots=[
            _snap("2024-12-01", 500 * M, "shop", True),  # mikro
            _snap("2025-06-30", 3_000 * M, "shop", True),  # kecil
            _snap("2025-12-31", 3_100 * M, "shop", True),  # still kecil
        ],
    )
    # Tim A's pairing sees mikro → kecil; Tim B's later one sees kecil → kecil.
    _finished(db, a, grew_once, "bookkeeping", "2025-01-15", "2025-07-15")
    _finished(db, b, grew_once, "bookkeeping", "2025-08-01", "2026-01-15")
    # An UMKM without snapshots: paired, never measured.
    unknown = w.umkm(db, "Tanpa data", region=w.MALANG)
    create_pairing(db, PairingInput(b, unknown, "licensing", w.d("2025-08-01"), None, "active"))

    with db.session() as s:
        found = outcomes.pairing_outcomes(s, today=TODAY)
        assert outcomes.outcome_counts(s, today=TODAY) == {
            "formalised": 0,
            "naik_kelas": 1,
            "digital": 0,
        }
    naik = sorted((o.team_name, o.umkm_name, o.naik_kelas) for o in found)
    assert naik == [
        ("Tim A", "Bertahap", True),
        ("Tim B", "Bertahap", False),
        ("Tim B", "Tanpa data", False),
    ]

    total = outcomes.rollup(found, by="all")[0]
    assert (total.pairings, total.measured, total.naik_kelas) == (3, 2, 1)
    assert (total.umkm, total.umkm_measured, total.umkm_naik_kelas) == (2, 1, 1)

    teams = {r.label: r for r in outcomes.rollup(found, by="team")}
    assert (teams["Tim A"].umkm, teams["Tim A"].umkm_naik_kelas) == (1, 1)
    assert (teams["Tim B"].umkm, teams["Tim B"].umkm_measured) == (2, 1)
    assert teams["Tim B"].umkm_naik_kelas == 0

    regions = {r.label: r for r in outcomes.rollup(found, by="region")}
    assert (regions["Kota Surabaya"].pairings, regions["Kota Surabaya"].umkm) == (2, 1)
    assert (regions["Kabupaten Malang"].umkm, regions["Kabupaten Malang"].umkm_measured) == (1, 0)


def test_empty_rollup_has_zero_umkm(db: Database) -> None:
    with db.session() as s:
        assert outcomes.outcome_counts(s, today=TODAY) == {
            "formalised": 0,
            "naik_kelas": 0,
            "digital": 0,
        }
    (total,) = outcomes.rollup([], by="all")
    assert (total.pairings, total.umkm, total.umkm_formalised) == (0, 0, 0)


def test_stats_json_counts_distinct_umkm(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _shared_world(db)
    db.dispose()
    assert main(["stats", "--db", db_target, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["formalised"], out["naik_kelas"], out["digital"]) == (1, 1, 1)
    assert (out["pairings"], out["umkm"], out["teams"]) == (2, 1, 2)
