from __future__ import annotations

from pathlib import Path

import openpyxl

from wirausaha_app.cli.main import main


def test_template_command(tmp_path: Path) -> None:
    out = tmp_path / "umkm.xlsx"
    assert main(["template", "umkm", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames[:2] == ["UMKM", "Petunjuk"]
    wb.close()
