from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from tests.core.xlsx.conftest import NIK, PHONE
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.progress import Cancelled, Progress
from wirausaha_app.core.xlsx.export import export_database, export_rows, resolve_scope
from wirausaha_app.core.xlsx.masking import mask_nik, mask_phone
from wirausaha_app.core.xlsx.sheets import CellType, Column

EXPECTED_SHEETS = [
    "Ringkasan", "Perguruan Tinggi", "Angkatan", "Mahasiswa", "Tim", "Mentor",
    "Penugasan Mentor", "Sesi Pendampingan", "UMKM", "Riwayat UMKM", "Pasangan UMKM", "Dana Usaha",
    "Luaran",
]


def _rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], r, strict=True)) for r in values[1:]]


def test_masking() -> None:
    assert mask_nik(NIK) == "3578********0001"
    assert mask_phone(PHONE) == "+62812****7890"
    assert mask_nik(None) is None


def test_export_sheets_types_and_masking(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "ekspor.xlsx"
    result = export_database(sample_db, out)
    assert result.row_counts["Mahasiswa"] == 3
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == EXPECTED_SHEETS
    students = wb["Mahasiswa"]
    assert students.freeze_panes == "A2"
    assert students.auto_filter.ref.startswith("A1:")
    assert students["A1"].font.b
    rows = _rows(students)
    ayu = next(r for r in rows if r["Nama"] == "Ayu Lestari")
    assert ayu["NIK"] == "3578********0001"
    assert ayu["Telepon"] == "+62812****7890"
    assert ayu["Tim"] == "Kopi Nusantara" and ayu["Ketua Tim"] == "ya"
    budi = next(r for r in rows if r["Nama"] == "Budi Santoso")
    assert budi["NIM"] == "0021101234"  # leading zero kept: text
    assert students.cell(2, 1).data_type == "s"
    # ID cells are formatted as Text: what is typed over them in Excel stays text.
    header = [c.value for c in students[1]]
    for column in ("NIM", "NIK", "Telepon"):
        assert students.cell(2, header.index(column) + 1).number_format == "@", column
    umkm = wb["UMKM"]
    header = [c.value for c in umkm[1]]
    sales = umkm.cell(2, header.index("Omzet Tahunan") + 1)
    assert sales.value == 150_000_000 and sales.number_format == '"Rp"#,##0'
    assert _rows(umkm)[0]["NIB"] == "1234567890123"
    assert _rows(umkm)[0]["Saluran Penjualan"] == "marketplace, toko"
    uni = wb["Perguruan Tinggi"]
    header = [c.value for c in uni[1]]
    mou = uni.cell(2, header.index("MoU Berlaku Dari") + 1)
    assert isinstance(mou.value, datetime) and mou.number_format == "dd/mm/yyyy"
    cohorts = wb["Angkatan"]
    year = cohorts.cell(2, [c.value for c in cohorts[1]].index("Tahun") + 1)
    assert isinstance(year.value, int) and "#,##" not in year.number_format  # not "2.023"
    sessions = _rows(wb["Sesi Pendampingan"])
    assert sessions[0]["Hadir (NIM)"] == "3122600001" and sessions[0]["Izin (NIM)"] == "0021101234"
    pairing = _rows(wb["Pasangan UMKM"])[0]
    assert pairing["Omzet Awal"] == 120_000_000 and pairing["Omzet Terakhir"] == 150_000_000
    assert sorted(r["Jumlah"] for r in _rows(wb["Dana Usaha"])) == [4_500_000, 6_000_000]
    summary = [r for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]]
    assert ("Mahasiswa", 3) in summary and ("Data pribadi (NIK, telepon)", "disamarkan") in summary
    wb.close()


def test_full_export_writes_personal_data(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    export_database(sample_db, out, full=True)
    wb = openpyxl.load_workbook(out, read_only=True)
    ayu = next(r for r in _rows(wb["Mahasiswa"]) if r["Nama"] == "Ayu Lestari")
    assert ayu["NIK"] == NIK and ayu["Telepon"] == PHONE
    wb.close()


def test_no_formula_injection(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "safe.xlsx"
    export_rows(out, "Uji", [Column("Teks"), Column("Id", CellType.ID)], [
        ("=SUM(A1:A2)", "+62812"), ("-2+3", "@cmd"), ("\tx", "\rx"), ('=HYPERLINK("x")', None),
    ])
    export_database(sample_db, tmp_path / "db.xlsx")
    for path in (out, tmp_path / "db.xlsx"):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if name.startswith("xl/worksheets/"):
                    assert not re.search(rb"<f[ >/]", zf.read(name)), name
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws["A2"].value == "=SUM(A1:A2)" and ws["A2"].data_type == "s"
    assert ws["B2"].value == "+62812" and ws["A3"].value == "-2+3"
    wb.close()


class _CancelAfter(Progress):
    def report(self, done: int, total: int | None, text: str) -> None:
        if text == "Mahasiswa":
            self.cancel()


def test_cancelled_export_leaves_no_file(sample_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "batal.xlsx"
    out.write_bytes(b"old")
    with pytest.raises(Cancelled):
        export_database(sample_db, out, progress=_CancelAfter())
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if "batal" in p.name] == ["batal.xlsx"]


def test_scope_by_cohort_and_unknown_names(sample_db: Database, tmp_path: Path) -> None:
    scope = resolve_scope(sample_db, None, "UNEJ")
    out = tmp_path / "unej.xlsx"
    result = export_database(sample_db, out, scope=scope)
    assert result.row_counts["Mahasiswa"] == 1
    assert result.row_counts["Tim"] == 1  # Budi is a member
    with pytest.raises(UserError, match="No cohort"):
        resolve_scope(sample_db, "Tidak Ada", None)
