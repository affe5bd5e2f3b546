from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.core.xlsx.conftest import NIK, populate
from wirausaha_app.cli.main import main
from wirausaha_app.core.db.lifecycle import open_database


def test_export_command(db_target: str, tmp_path: Path, capsys) -> None:
    db = open_database(db_target)
    populate(db)
    db.dispose()
    out = tmp_path / "out.xlsx"
    assert main(["export", "--db", db_target, "--out", str(out), "--full"]) == 0
    assert "Mahasiswa" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out, read_only=True)
    niks = [r[10] for r in wb["Mahasiswa"].iter_rows(min_row=2, values_only=True)]
    assert NIK in niks
    wb.close()
    assert main(["export", "--db", db_target, "--out", str(out), "--cohort", "Nope"]) == 2
    assert "Nope" in capsys.readouterr().err
