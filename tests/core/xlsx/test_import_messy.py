"""Real-world sheets: title rows, merged cells, numbers for identifiers, odd dates,
rupiah as text, region spellings — accepted; bad data refused with row/column/reason."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import Cohort, Student, Umkm, University
from wirausaha_app.core.xlsx.importer import ImportOptions, commit, prepare, run_import, validate


def _sheet(path: Path, rows: list[list[Any]], *, title_rows: int = 0,
           merge: list[str] = (), formulas: dict[str, str] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for i in range(title_rows):
        ws.append([f"DAFTAR PESERTA WMK — judul {i + 1}"])
    if title_rows:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    for row in rows:
        ws.append(row)
    for ref in merge:
        ws.merge_cells(ref)
    for ref, formula in (formulas or {}).items():
        ws[ref] = formula
    ws.append([])
    ws.append([None, None])  # trailing blank rows
    wb.save(path)
    return path


@pytest.fixture
def campus(db: Database) -> Database:
    with db.transaction() as s:
        pens = University(name="Politeknik Elektronika Negeri Surabaya", short_name="PENS",
                          kind="host")
        s.add(pens)
        s.flush()
        s.add(Cohort(name="WMK 2023", host_university_id=pens.id, year=2023, semester="ganjil"))
    return db


def _students(db: Database) -> dict[str, Student]:
    with db.session() as s:
        return {st.nim: st for st in s.scalars(select(Student))}


def test_messy_student_sheet_is_accepted(campus: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "mhs.xlsx", [
        ["No", "N.I.M.", "NAMA  LENGKAP", "Asal PT", "No. HP / WA", "E-mail", "Jenis kelamin"],
        [1, 3122600001, "Ayu Lestari", "PENS", 81234567890, "AYU@Student.pens.ac.id", "P"],
        [2, "3122600002", "Budi", "pens", "0812-3456-7891", None, "laki-laki"],
        [3, "3122600003", "Citra", None, "+62 812 3456 7892", None, None],
    ], title_rows=2, merge=["D5:D6"])
    plan, result = run_import(campus, "students", path, options=ImportOptions(cohort="WMK 2023"))
    assert plan.problems == [], plan.report_lines()
    assert plan.prepared.header_row == 2  # two title rows skipped
    assert result is not None and result.inserted == 3
    got = _students(campus)
    assert got["3122600001"].phone == "+6281234567890"  # number without its leading 0
    assert got["3122600001"].email == "AYU@student.pens.ac.id"
    assert got["3122600002"].gender == "L"
    assert got["3122600003"].university_id == got["3122600002"].university_id  # merged cell


def test_bad_rows_are_listed_and_nothing_is_written(campus: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "bad.xlsx", [
        ["NIM", "Nama", "Perguruan Tinggi", "Angkatan", "NIK", "Email", "Telepon"],
        ["1001", "Ani", "PENS", "WMK 2023", 3578011203900000, None, None],
        ["1002", "Bayu", "Kampus Antah", "WMK 2023", None, "bukan-email", None],
        ["1003", "Cici", "PENS", "WMK 2023", None, None, None],
        ["1004", "Dodi", "PENS", "WMK 2023", None, None, "12"],
        ["1003", "Cici lagi", "PENS", "WMK 2023", None, None, None],
    ])
    plan, result = run_import(campus, "students", path)
    assert result is None
    lines = plan.report_lines()
    by_row = {(p.row, p.column) for p in plan.problems}
    assert (2, "NIK") in by_row and "rounded" in " ".join(lines)
    assert (3, "Perguruan Tinggi") in by_row and (3, "Email") in by_row
    assert (6, "NIM") in by_row and "Duplicate of row 4" in " ".join(lines)
    assert (5, "Telepon") in by_row
    assert all(p.row != 4 for p in plan.problems)
    with pytest.raises(UserError, match="Nothing was imported"):
        commit(campus, plan)
    assert _students(campus) == {}
    # The valid rows only, when asked explicitly.
    plan, result = run_import(campus, "students", path,
                              options=ImportOptions(skip_invalid=True))
    assert result is not None and result.inserted == 1 and result.skipped_rows == 4
    assert set(_students(campus)) == {"1003"}


def test_duplicates_against_database_and_update_existing(campus: Database, tmp_path: Path) -> None:
    first = _sheet(tmp_path / "a.xlsx", [["NIM", "Nama", "PT", "Angkatan"],
                                         ["1001", "Ani", "PENS", "WMK 2023"]])
    assert run_import(campus, "students", first)[1] is not None
    second = _sheet(tmp_path / "b.xlsx", [["NIM", "Nama", "PT", "Angkatan", "Prodi"],
                                          ["1001", "Ani Rahma", "PENS", "WMK 2023", "TI"]])
    plan, result = run_import(campus, "students", second)
    assert result is None and "Already in the database" in plan.report_lines()[0]
    plan, result = run_import(campus, "students", second,
                              options=ImportOptions(update_existing=True))
    assert result is not None and result.updated == 1 and result.inserted == 0
    ani = _students(campus)["1001"]
    assert ani.name == "Ani Rahma" and ani.study_program == "TI"


def test_formula_cells_are_refused(campus: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "f.xlsx", [["NIM", "Nama", "PT", "Angkatan"],
                                        ["1001", "Ani", "PENS", "WMK 2023"],
                                        ["1002", None, "PENS", "WMK 2023"]],
                  formulas={"B3": '="Bu"&"di"'})
    plan, result = run_import(campus, "students", path)
    assert result is None
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Nama")]
    assert "Formula" in plan.report_lines()[0] and "B3" in plan.report_lines()[0]


def test_umkm_money_dates_and_regions(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "umkm.xlsx", [
        ["Nama UMKM", "Pemilik", "Kab/Kota", "NIB", "Omset", "Modal", "Per tanggal", "Karyawan"],
        ["Keripik A", "Sum", "Kab. Malang", 1234567890123, "Rp 1.500.000", "1,5 jt",
         datetime(2023, 9, 1), 2],
        ["Batik B", "Rina", "KOTA SURABAYA", "1234567890124", 250_000_000, None,
         "1 September 2023", None],
        ["Kopi C", None, "Kabupaten Malang", None, "2 juta", None, "01/09/2023", None],
        ["Tahu D", None, "Surabaya", None, None, None, 45170, None],
        ["Tempe E", None, "Kota Batu", None, None, None, "2023-09-01", None],
    ])
    plan, result = run_import(db, "umkm", path)
    assert plan.problems == [], plan.report_lines()
    assert result is not None and result.inserted == 5
    with db.session() as s:
        rows = {u.name: u for u in s.scalars(select(Umkm))}
        keripik = rows["Keripik A"]
        assert keripik.region_code == "35.07" and keripik.nib == "1234567890123"
        assert keripik.annual_sales == 1_500_000 and keripik.capital == 1_500_000
        assert rows["Batik B"].region_code == "35.78" and rows["Tahu D"].region_code == "35.78"
        assert rows["Kopi C"].annual_sales == 2_000_000 and rows["Kopi C"].scale_class == "mikro"
        dates = {u.name: [x.snapshot_date for x in u.snapshots] for u in rows.values()}
        assert dates["Keripik A"] == dates["Batik B"] == dates["Kopi C"] == [date(2023, 9, 1)]
        assert dates["Tahu D"] == []  # no figures → no snapshot


def test_ambiguous_and_unknown_regions(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "r.xlsx", [["Nama Usaha", "Kabupaten/Kota", "Tanggal Data"],
                                        ["A", "Malang", None], ["B", "Surabya", None],
                                        ["C", "Atlantis", None], ["D", "Kota Batu", "2023-13-45"]])
    plan, _ = run_import(db, "umkm", path)
    text = "\n".join(plan.report_lines())
    assert "Kabupaten Malang or Kota Malang" in text
    assert "did you mean Kota Surabaya" in text
    assert "not an official kabupaten/kota name." in text
    assert "baris 5, kolom Tanggal Data: Enter a real date" in text
    assert {p.row for p in plan.problems} == {2, 3, 4, 5}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Umkm)) == 0


def test_mapping_can_be_corrected_and_missing_columns_reported(campus: Database,
                                                               tmp_path: Path) -> None:
    path = _sheet(tmp_path / "m.xlsx", [["Nomor", "Siapa", "Kampus", "Angkatan"],
                                        ["1001", "Ani", "PENS", "WMK 2023"]])
    prepared = prepare(path, "students")
    assert set(prepared.mapping.values()) == {"university", "cohort"}
    plan = validate(campus, prepared)
    assert plan.file_refused and {p.column for p in plan.problems} == {"NIM", "Nama"}
    prepared.mapping.update({0: "nim", 1: "name"})
    plan = validate(campus, prepared)
    assert plan.problems == []
    assert commit(campus, plan).inserted == 1


def test_no_header_and_unknown_sheet(db: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "x.xlsx", [["foo", "bar"], [1, 2]])
    with pytest.raises(UserError, match="No header row"):
        prepare(path, "umkm")
    with pytest.raises(UserError, match="no sheet"):
        prepare(path, "umkm", sheet="Tidak Ada")


def test_umkm_update_existing_keeps_latest_snapshot(db: Database, tmp_path: Path) -> None:
    head = ["Nama Usaha", "Kabupaten/Kota", "NIB", "Omzet Tahunan", "Tanggal Data"]
    first = _sheet(tmp_path / "1.xlsx", [head, ["Keripik", "Kab. Malang", "1234567890123",
                                                100_000_000, "01/01/2024"]])
    assert run_import(db, "umkm", first)[1] is not None
    later = _sheet(tmp_path / "2.xlsx", [head, ["Keripik Sum", "Kab. Malang", "1234567890123",
                                                3_000_000_000, "01/07/2024"]])
    plan, result = run_import(db, "umkm", later)
    assert result is None and "Already in the database" in plan.report_lines()[0]
    plan, result = run_import(db, "umkm", later, options=ImportOptions(update_existing=True))
    assert result is not None and result.updated == 1
    older = _sheet(tmp_path / "3.xlsx", [head, ["Keripik Sum", "Kab. Malang", "1234567890123",
                                                50_000_000, "01/03/2024"]])
    assert run_import(db, "umkm", older, options=ImportOptions(update_existing=True))[1]
    with db.session() as s:
        umkm = s.scalars(select(Umkm)).one()
        # The figures of the latest snapshot stay on the UMKM; the older one joins history.
        assert umkm.name == "Keripik Sum" and umkm.annual_sales == 3_000_000_000
        assert umkm.scale_class == "kecil"
        assert [x.annual_sales for x in umkm.snapshots] == [100_000_000, 50_000_000,
                                                           3_000_000_000]


def test_masked_values_from_an_export_are_refused(campus: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "masked.xlsx", [
        ["NIM", "Nama", "PT", "Angkatan", "NIK", "Telepon"],
        ["1001", "Ani", "PENS", "WMK 2023", "3578********0001", "+62812****7890"]])
    plan, _ = run_import(campus, "students", path)
    assert {p.column for p in plan.problems} == {"NIK", "Telepon"}
    assert "masked" in plan.report_lines()[0]
