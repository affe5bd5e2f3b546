"""Pairings, assignments, seed funds and outputs from sheets: the mentorship service's
pairing rules apply, and a refusal at commit leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.xlsx.conftest import populate, sheet_file
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import UserError
from wirausaha_app.core.models import Cohort, Pairing, SeedFundEntry, Team
from wirausaha_app.core.xlsx.importer import commit, prepare, run_import, validate
from wirausaha_app.core.xlsx.kinds_base import ImportOptions


def test_pairing_limits_apply(db: Database, tmp_path: Path) -> None:
    populate(db)
    with db.transaction() as s:
        cohort = s.scalars(select(Cohort)).one()
        s.add_all([Team(cohort_id=cohort.id, name=f"Tim {i}") for i in range(3)])
    head = ["Nama Tim", "Angkatan", "Nama Usaha", "NIB", "Peran Rantai Nilai", "Mulai", "Status"]
    rows = [[f"Tim {i}", "WMK PENS 2023 Ganjil", "Keripik Bu Sum", "1234567890123",
             "Pemasaran digital", "01/10/2023", "aktif"] for i in range(3)]
    path = sheet_file(tmp_path / "p.xlsx", [head, *rows])
    plan = validate(db, prepare(path, "pairings"))
    # One active pairing exists already; the UMKM limit (2) stops the second new one,
    # and the preview says so at its row (rows 3 and 4), before anything is written.
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Nama Usaha"), (4, "Nama Usaha")]
    assert "limit is 2" in plan.problems[0].message.render()
    with pytest.raises(UserError, match="must be corrected first"):
        commit(db, plan)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Pairing)) == 1
    # Importing the valid rows only: the first team's pairing goes in, the rest wait.
    plan.options.skip_invalid = True
    assert commit(db, plan).inserted == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Pairing)) == 2


def test_a_row_finishing_a_pairing_frees_its_place_in_the_preview(
    db: Database, tmp_path: Path
) -> None:
    """Export → mark the old pairing finished → add two new ones → import: the preview
    counts after the update, as the import itself does."""
    populate(db)  # Keripik Bu Sum works with Kopi Nusantara (active); the limit is 2
    with db.transaction() as s:
        cohort = s.scalars(select(Cohort)).one()
        s.add_all([Team(cohort_id=cohort.id, name=f"Tim {i}") for i in range(2)])
    head = ["Nama Tim", "Angkatan", "Nama Usaha", "NIB", "Peran Rantai Nilai", "Mulai",
            "Selesai", "Status"]
    with db.session() as s:
        start = s.scalars(select(Pairing.start_date)).one().strftime("%d/%m/%Y")
    rows = [
        ["Kopi Nusantara", "WMK PENS 2023 Ganjil", "Keripik Bu Sum", "1234567890123",
         "Pemasaran digital", start, "30/11/2023", "selesai"],
        *[[f"Tim {i}", "WMK PENS 2023 Ganjil", "Keripik Bu Sum", "1234567890123",
           "Pemasaran digital", "01/12/2023", None, "aktif"] for i in range(2)],
    ]
    path = sheet_file(tmp_path / "p.xlsx", [head, *rows])
    plan = validate(db, prepare(path, "pairings"), ImportOptions(update_existing=True))
    assert plan.problems == []
    result = commit(db, plan)
    assert (result.inserted, result.updated) == (2, 1)
    with db.session() as s:
        statuses = sorted(s.scalars(select(Pairing.status)))
    assert statuses == ["active", "active", "finished"]


def test_a_row_activating_an_existing_pairing_meets_the_limit(
    db: Database, tmp_path: Path
) -> None:
    """Changing an existing pairing to active through a sheet counts against the limit
    like a new one (it used to be a plain field update)."""
    populate(db)  # Keripik Bu Sum: one active pairing (Kopi Nusantara); the limit is 2
    with db.transaction() as s:
        cohort = s.scalars(select(Cohort)).one()
        s.add_all([Team(cohort_id=cohort.id, name=f"Tim {i}") for i in range(2)])
    head = ["Nama Tim", "Angkatan", "Nama Usaha", "NIB", "Peran Rantai Nilai", "Mulai",
            "Status"]
    proposed = [[f"Tim {i}", "WMK PENS 2023 Ganjil", "Keripik Bu Sum", "1234567890123",
                 "Pemasaran digital", "01/12/2023", "diusulkan"] for i in range(2)]
    assert run_import(db, "pairings", sheet_file(tmp_path / "a.xlsx", [head, *proposed]))[1]
    active = [[*row[:-1], "aktif"] for row in proposed]
    plan = validate(db, prepare(sheet_file(tmp_path / "b.xlsx", [head, *active]), "pairings"),
                    ImportOptions(update_existing=True))
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Nama Usaha")]
    assert "limit is 2" in plan.problems[0].message.render()
    with db.session() as s:
        assert sorted(s.scalars(select(Pairing.status))) == ["active", "proposed", "proposed"]


def test_pairing_rules_at_commit_still_refuse_whole(db: Database, tmp_path: Path) -> None:
    """A pairing made meanwhile (after the preview) still stops the commit, whole."""
    populate(db)
    with db.transaction() as s:
        cohort = s.scalars(select(Cohort)).one()
        s.add(Team(cohort_id=cohort.id, name="Tim 0"))
    head = ["Nama Tim", "Angkatan", "Nama Usaha", "NIB", "Peran Rantai Nilai", "Mulai", "Status"]
    row = ["Tim 0", "WMK PENS 2023 Ganjil", "Keripik Bu Sum", "1234567890123",
           "Pemasaran digital", "01/10/2023", "aktif"]
    plan = validate(db, prepare(sheet_file(tmp_path / "p.xlsx", [head, row]), "pairings"))
    assert plan.problems == []
    with db.transaction() as s:  # someone fills the UMKM's last place meanwhile
        other = Team(cohort_id=cohort.id, name="Tim lain")
        s.add(other)
        s.flush()
        first = s.scalars(select(Pairing)).first()
        assert first is not None
        s.add(Pairing(team_id=other.id, umkm_id=first.umkm_id, role_code=first.role_code,
                      start_date=first.start_date, status="active"))
    with pytest.raises(UserError, match="row 2"):
        commit(db, plan)


def test_seed_funds_and_unknown_team(db: Database, tmp_path: Path) -> None:
    populate(db)
    path = sheet_file(tmp_path / "d.xlsx", [
        ["Nama Tim", "Angkatan", "Tanggal", "Jenis", "Jumlah"],
        ["Kopi Nusantara", "WMK PENS 2023 Ganjil", "02/10/2023", "dialokasikan", "Rp 5 jt"],
        ["Tim Hantu", "WMK PENS 2023 Ganjil", "02/10/2023", "dicairkan", "1.000.000"],
    ])
    plan, result = run_import(db, "seed_funds", path)
    assert result is None and [(p.row, p.column) for p in plan.problems] == [(3, "Nama Tim")]
    path = sheet_file(tmp_path / "d2.xlsx", [
        ["Nama Tim", "Angkatan", "Tanggal", "Jenis", "Jumlah"],
        ["Kopi Nusantara", "WMK PENS 2023 Ganjil", "02/10/2023", "dialokasikan", "Rp 5 jt"],
    ])
    assert run_import(db, "seed_funds", path)[1] is not None
    with db.session() as s:
        amounts = sorted(s.scalars(select(SeedFundEntry.amount)))
    assert amounts == [4_500_000, 5_000_000, 6_000_000]


def test_seed_fund_rows_meet_the_ledger_rules(db: Database, tmp_path: Path) -> None:
    """As in the dialog: no disbursement beyond the grant, no zero amounts."""
    populate(db)
    with db.session() as s:
        before = sorted(s.scalars(select(SeedFundEntry.amount)))
    head = ["Nama Tim", "Angkatan", "Tanggal", "Jenis", "Jumlah"]
    rows = [["Kopi Nusantara", "WMK PENS 2023 Ganjil", "03/10/2023", "dicairkan", "Rp 999 jt"],
            ["Kopi Nusantara", "WMK PENS 2023 Ganjil", "04/10/2023", "dilaporkan", "0"]]
    plan = validate(db, prepare(sheet_file(tmp_path / "f.xlsx", [head, *rows]), "seed_funds"))
    problems = {(p.row, p.column): p.message.render() for p in plan.problems}
    assert "above zero" in problems[(3, "Jumlah")]
    assert "would exceed the amount granted" in problems[(2, "Jumlah")]
    with pytest.raises(UserError):
        commit(db, plan)
    with db.session() as s:
        assert sorted(s.scalars(select(SeedFundEntry.amount))) == before
