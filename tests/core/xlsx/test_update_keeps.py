"""Updating through a sheet writes only what the sheet says: a column the sheet does
not have, or an empty cell, keeps the stored value (a sheet of names and phones must
not erase everyone's NIK, e-mail and status)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.core.xlsx.conftest import populate, sheet_file
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import Mentor, Student
from wirausaha_app.core.xlsx.importer import ImportOptions, run_import

UPDATE = ImportOptions(update_existing=True)



def test_a_partial_sheet_updates_only_its_cells(db: Database, tmp_path: Path) -> None:
    populate(db)
    with db.transaction() as s:
        student = s.scalars(select(Student).where(Student.email.is_not(None))).first()
        assert student is not None
        student.status = "completed"
        nim, uni = student.nim, student.university_id
        before = (student.nik, student.email, student.study_program, student.semester)
        university = s.get(type(student).university.property.mapper.class_, uni)
        short = university.short_name or university.name
        cohort = student.cohort.name if student.cohort else None
    rows = [["NIM", "Nama", "Perguruan Tinggi", "Angkatan", "Telepon"],
            [nim, "Nama Baru", short, cohort, "0812-3456-7890"]]
    plan, result = run_import(db, "students", sheet_file(tmp_path / "s.xlsx", rows), options=UPDATE)
    assert result is not None and result.updated == 1, [p.render() for p in plan.problems]
    with db.session() as s:
        after = s.scalars(select(Student).where(Student.nim == nim)).one()
        assert (after.name, after.phone) == ("Nama Baru", "+6281234567890")
        assert (after.nik, after.email, after.study_program, after.semester) == before
        assert after.status == "completed"  # not the default "registered" of a new row


def test_an_empty_cell_keeps_the_value_and_defaults_do_not_overwrite(
    db: Database, tmp_path: Path
) -> None:
    populate(db)
    with db.transaction() as s:
        mentor = s.scalars(select(Mentor)).first()
        assert mentor is not None
        mentor.kind, mentor.capacity = "practitioner", 8
        name, expertise = mentor.name, mentor.expertise
        university = mentor.university.name if mentor.university else None
    rows = [["Nama Mentor", "Perguruan Tinggi", "Jenis", "Kapasitas", "Keahlian"],
            [name, university, None, None, None]]
    plan, result = run_import(db, "mentors", sheet_file(tmp_path / "m.xlsx", rows), options=UPDATE)
    assert result is not None, [p.render() for p in plan.problems]
    with db.session() as s:
        after = s.scalars(select(Mentor).where(Mentor.name == name)).one()
        assert (after.kind, after.capacity, after.expertise) == ("practitioner", 8, expertise)


def test_umkm_without_an_nib_are_recognised_not_added_again(
    db: Database, tmp_path: Path
) -> None:
    from sqlalchemy import func

    from wirausaha_app.core.models import Umkm

    populate(db)
    head = ["Nama Usaha", "Nama Pemilik", "Kabupaten/Kota", "Alamat"]
    rows = [["Warung Tanpa NIB", "Bu Sri", "Kota Surabaya", "Jl. Lama 1"]]
    assert run_import(db, "umkm", sheet_file(tmp_path / "a.xlsx", [head, *rows]))[1] is not None
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Umkm))
    again = [["warung tanpa nib", "Bu Sri", "Kota Surabaya", "Jl. Baru 2"]]  # case differs
    plan, result = run_import(db, "umkm", sheet_file(tmp_path / "b.xlsx", [head, *again]),
                              options=UPDATE)
    assert result is not None and (result.inserted, result.updated) == (0, 1)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Umkm)) == before
        assert s.scalars(select(Umkm.address).where(Umkm.owner_name == "Bu Sri")).one() == (
            "Jl. Baru 2")
    twice = [["Kedai Baru", "Pak Budi", "Kota Malang", None]] * 2
    plan, result = run_import(db, "umkm", sheet_file(tmp_path / "c.xlsx", [head, *twice]))
    assert result is None and [p.row for p in plan.problems] == [3]  # the same row twice


def test_excel_error_cells_are_refused_with_their_address(db: Database, tmp_path: Path) -> None:
    """A failed lookup pasted as values (#N/A) is not "no phone number"."""
    populate(db)
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["Nama Usaha", "Kabupaten/Kota", "Telepon"])
    sheet.append(["Kedai Galat", "Kota Surabaya", "#N/A"])
    sheet["C2"].data_type = "e"  # an error cell, as Excel writes one
    sheet.append(["Kedai Baik", "Kota Surabaya", "081234567890"])
    path = tmp_path / "e.xlsx"
    wb.save(path)
    plan, result = run_import(db, "umkm", path)
    assert result is None
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Telepon")]
    assert "C2 shows an Excel error (#N/A)" in plan.problems[0].message.render()


def test_an_exported_workbook_is_read_from_the_kinds_own_sheet(
    db: Database, tmp_path: Path
) -> None:
    """Without --sheet: the sheet named after the kind, not the summary that comes first."""
    from wirausaha_app.core.xlsx.importer import prepare

    wb = openpyxl.Workbook()
    wb.active.title = "Ringkasan"
    wb.active.append(["Lembar", "Baris"])
    umkm = wb.create_sheet("UMKM")
    umkm.append(["Nama Usaha", "Kabupaten/Kota"])
    umkm.append(["Kedai Satu", "Kota Surabaya"])
    path = tmp_path / "ekspor.xlsx"
    wb.save(path)
    assert prepare(path, "umkm").sheet.name == "UMKM"


def test_an_import_leaves_a_change_log_row_without_values(db: Database, tmp_path: Path) -> None:
    from wirausaha_app.core.models import ChangeLogEntry

    populate(db)
    rows = [["Nama Usaha", "Kabupaten/Kota", "Telepon"], ["Kedai Log", "Kota Surabaya", None]]
    for streamed in (True, False):  # the CLI's streamed UMKM import, and the wizard's
        path = sheet_file(tmp_path / f"log{streamed}.xlsx", rows)
        if streamed:
            assert run_import(db, "umkm", path)[1] is not None
        else:
            from wirausaha_app.core.xlsx.importer import commit, prepare, validate

            plan = validate(db, prepare(path, "umkm"), UPDATE)
            commit(db, plan)
    with db.session() as s:
        entries = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "import")).all()
    assert [e.entity for e in entries] == ["umkm", "umkm"]
    assert all("Kedai" not in (e.summary or "") for e in entries)
