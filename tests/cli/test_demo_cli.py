"""``wirausaha demo``: fills an empty database, refuses a filled one, check/stats agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirausaha_app.cli.main import main


def test_demo_then_check_and_stats(db_target: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = db_target  # a new SQLite file, or an empty PostgreSQL database
    assert main(["--lang", "id", "demo", "--db", path, "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "data demo (small, benih 5)" in out and "Mahasiswa" in out
    assert main(["check", "--db", path]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", path, "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["universities"] >= 23 and counts["cohorts"] == 3
    assert 1100 <= counts["students"] <= 1300 and 270 <= counts["teams"] <= 330
    assert 80 <= counts["mentors"] <= 100 and counts["umkm"] == 2000
    assert 350 <= counts["pairings"] <= 450 and 4500 <= counts["mentoring_sessions"] <= 5500


def test_demo_refuses_a_filled_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.db"
    assert main(["demo", "--db", str(path)]) == 0
    before = path.stat().st_size
    capsys.readouterr()
    assert main(["demo", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "only into an empty database" in err
    assert path.stat().st_size == before


def test_demo_rejects_an_unknown_size(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--db", str(tmp_path / "x.db"), "--size", "huge"])
