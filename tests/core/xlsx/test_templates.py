from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.core.xlsx.conftest import populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.xlsx.importer import run_import
from wirausaha_app.core.xlsx.kinds import KINDS
from wirausaha_app.core.xlsx.templates import TEMPLATE_KINDS, write_template


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_template_layout(kind: str, tmp_path: Path) -> None:
    out = write_template(kind, tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(out)
    handler = KINDS[kind]
    assert wb.sheetnames[:2] == [handler.title, "Petunjuk"]
    ws = wb[handler.title]
    assert [c.value for c in ws[1]] == [f.header for f in handler.fields]
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert any(v is not None for v in next(ws.iter_rows(min_row=2, max_row=2, values_only=True)))
    guide = [r[0] for r in wb["Petunjuk"].iter_rows(values_only=True) if r[0]]
    assert all(f.header in guide for f in handler.fields)
    wb.close()


def test_template_dropdowns(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write_template("umkm", tmp_path / "u.xlsx"))
    sources = [dv.formula1 for dv in wb["UMKM"].data_validations.dataValidation]
    assert any("Daftar!$A$2:$A$39" in s for s in sources)  # the 38 Jatim regions
    lists = wb["Daftar"]
    assert lists.sheet_state == "hidden" and lists["A2"].value == "Kabupaten Pacitan"
    wb = openpyxl.load_workbook(write_template("students", tmp_path / "s.xlsx"))
    sources = [dv.formula1 for dv in wb["Mahasiswa"].data_validations.dataValidation]
    assert '"terdaftar,aktif,selesai,mengundurkan diri"' in sources
    assert '"L,P"' in sources


def test_filled_template_imports_and_example_row_is_refused(db: Database, tmp_path: Path) -> None:
    populate(db)
    out = write_template("students", tmp_path / "s.xlsx", db)
    plan, result = run_import(db, "students", out)
    assert result is None and "example row" in plan.report_lines()[0]
    wb = openpyxl.load_workbook(out)
    ws = wb["Mahasiswa"]
    for c, value in enumerate(["3122600099", "Eka", "PENS", "WMK PENS 2023 Ganjil"], start=1):
        ws.cell(2, c, value)
    wb.save(out)
    plan, result = run_import(db, "students", out)
    assert plan.problems == [] and result is not None and result.inserted == 1
