from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.services.pairings import PairingInput, create_pairing


def test_stats_json_has_outcomes(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    coh = w.cohort(db, w.university(db))
    team, _ = w.team(db, coh, "Tim A")
    start = date.today() - timedelta(days=100)
    snaps = [
        {"snapshot_date": start, "annual_sales": 1_000_000, "channels": "shop", "has_nib": False},
        {
            "snapshot_date": date.today(),
            "annual_sales": 3_000_000_000,
            "channels": "marketplace",
            "has_nib": True,
        },
    ]
    grown = w.umkm(db, "Tumbuh", snapshots=snaps)
    same = w.umkm(db, "Tetap", snapshots=snaps[:1])
    create_pairing(db, PairingInput(team, grown, "digital_marketing", start, status="active"))
    create_pairing(db, PairingInput(team, same, "bookkeeping", start, status="active"))
    # A cancelled pairing with the grown UMKM does not count again.
    other, _ = w.team(db, coh, "Tim B")
    create_pairing(db, PairingInput(other, grown, "licensing", start, date.today(), "cancelled"))
    db.dispose()
    assert main(["stats", "--db", db_target, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["formalised"], out["naik_kelas"], out["digital"]) == (1, 1, 1)
    assert out["pairings"] == 3 and out["umkm"] == 2 and out["teams"] == 2
    assert main(["--lang", "id", "stats", "--db", db_target]) == 0
    assert "UMKM naik kelas" in capsys.readouterr().out


def test_recap_json(db: Database, db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from wirausaha_app.core.services.logbook import SessionInput, log_session

    uni = w.university(db)
    coh = w.cohort(db, uni)
    team, (ani, budi) = w.team(db, coh, "Tim A", members=[("Ani", uni), ("Budi", uni)])
    mentor = w.mentor(db)
    log_session(
        db,
        SessionInput(
            team,
            mentor,
            w.d("2025-03-01"),
            90,
            "Pemasaran",
            attendance={ani: "present", budi: "absent"},
        ),
    )
    db.dispose()
    args = [
        "recap",
        "--db",
        db_target,
        "--cohort",
        "WMK 2025",
        "--as-of",
        "2025-03-30",
        "--json",
    ]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hours_per_team"] == [{"id": team, "name": "Tim A", "sessions": 1, "hours": 1.5}]
    assert out["students_never_mentored"] == [{"id": budi, "name": "Budi"}]
    assert [t["name"] for t in out["teams_without_session"]] == ["Tim A"]


def test_progress_json(db: Database, db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    from wirausaha_app.core.services import outputs, seed_funds

    coh = w.cohort(db, w.university(db))
    team, _ = w.team(db, coh, "Tim A")
    w.team(db, coh, "Tim B")
    outputs.set_output(db, team, "product", "done", w.d("2025-04-01"))
    seed_funds.add_entry(db, team, "granted", 5_000_000, w.d("2025-03-01"))
    seed_funds.add_entry(db, team, "disbursed", 2_000_000, w.d("2025-03-02"))
    db.dispose()
    assert main(["progress", "--db", db_target, "--cohort", "WMK 2025", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["outputs"] == {"done": 1, "total": 10}
    assert out["seed_funds"] == {"granted": 5_000_000, "disbursed": 2_000_000, "reported": 0}
    assert [t["outputs_done"] for t in out["teams"]] == [1, 0]
