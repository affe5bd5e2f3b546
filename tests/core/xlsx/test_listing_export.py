from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.listing import ListQuery
from wirausaha_app.core.xlsx.listing_export import export_list


def test_export_what_i_see(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    result = export_list(sample_db, ListQuery("students", search="Ayu"), out)
    assert result.row_counts == {"Students": 1}
    ws = openpyxl.load_workbook(out)["Students"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("NIM", "Name")
    assert rows[1][:2] == ("3122600001", "Ayu Lestari") and ws["A2"].data_type == "s"
    assert rows[1][4] == "Active"  # the status code shown through its label


def test_export_list_types(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "umkm.xlsx"
    export_list(sample_db, ListQuery("umkm"), out)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    sales = ws.cell(2, header.index("Annual sales") + 1)
    assert sales.value == 150_000_000 and sales.number_format == '"Rp"#,##0'
    out = tmp_path / "uni.xlsx"
    export_list(sample_db, ListQuery("universities", sort="name"), out)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    col = header.index("MoU valid until") + 1
    assert any(isinstance(ws.cell(r, col).value, datetime) for r in (2, 3))
