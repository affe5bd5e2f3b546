from __future__ import annotations

import json
import random

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Pairing


def test_suggest_json_and_save(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(1)
    coh = w.cohort(db, w.university(db), "WMK Jember 2025")
    for i in range(3):
        w.team(db, coh, f"Tim {i}", region=w.SURABAYA, kbli="10792")
    for i in range(5):
        w.umkm(
            db,
            f"UMKM {i}",
            region=rng.choice([w.SURABAYA, w.SIDOARJO]),
            kbli="10710",
            needs="distributor",
        )
    db.dispose()
    assert main(["suggest", "--db", db_target, "--cohort", "WMK Jember 2025", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    items = out["assignments"]
    # 3 teams × 3 places, 5 UMKM × 2 places: 9 pairings fit, each UMKM at most twice.
    assert len(items) == 9 and out["unmatched_team_ids"] == []
    assert max(sum(1 for i in items if i["umkm_id"] == u) for u in range(1, 6)) <= 2
    first = items[0]
    assert set(first["parts"]) == {"location", "sector", "role", "needs", "capacity"}
    assert first["score"] == pytest.approx(sum(first["parts"].values()))
    assert first["role"] == "distributor" and "asked for" in first["explanation"]
    assert out["total_score"] == pytest.approx(sum(i["score"] for i in items))
    assert main(["suggest", "--db", db_target, "--cohort", "WMK Jember 2025", "--save"]) == 0
    assert "saved 9 proposed" in capsys.readouterr().out
    with db.session() as s:
        assert s.query(Pairing).filter_by(status="proposed").count() == 9


@pytest.mark.parametrize("command", ["suggest", "progress", "recap"])
def test_unknown_cohort_is_refused(
    command: str, db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    assert main([command, "--db", db_target, "--cohort", "Nope"]) == 2
    assert "Nope" in capsys.readouterr().err
