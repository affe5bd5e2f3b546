from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from tests.core.xlsx.conftest import populate, sheet_file
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.models import Student


def _count(db_target: str) -> int:
    db = open_database(db_target)
    with db.session() as s:
        n = s.scalar(select(func.count()).select_from(Student)) or 0
    db.dispose()
    return n


def test_import_command(db_target: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("WIRAUSAHA_LANG")  # the program's default language: Indonesian
    db = open_database(db_target)
    populate(db)
    db.dispose()
    good = sheet_file(tmp_path / "ok.xlsx", [["NIM", "Nama", "Perguruan Tinggi"],
                                         ["1001", "Ani", "PENS"]])
    args = ["import", "students", str(good), "--db", db_target,
            "--cohort", "WMK PENS 2023 Ganjil"]
    assert main([*args, "--dry-run"]) == 0
    assert "Uji coba" in capsys.readouterr().out and _count(db_target) == 3
    assert main(args) == 0
    assert "1 baru" in capsys.readouterr().out and _count(db_target) == 4
    bad = sheet_file(tmp_path / "bad.xlsx", [["NIM", "Nama", "Perguruan Tinggi"],
                                         ["1002", "Budi", "PENS"], ["1003", "", "PENS"]])
    assert main(["import", "students", str(bad), "--db", db_target, "--cohort",
                 "WMK PENS 2023 Ganjil"]) == 1
    out = capsys.readouterr().out
    assert "baris 3, kolom Nama" in out and _count(db_target) == 4
    (tmp_path / "x.xlsx").write_text("not a workbook")
    assert main(["import", "students", str(tmp_path / "x.xlsx"), "--db", db_target]) == 2
    assert "bukan buku kerja Excel" in capsys.readouterr().err
