"""A small but complete program database for export/import tests."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import (
    Cohort,
    Mentor,
    MentorAssignment,
    MentoringSession,
    Pairing,
    SeedFundEntry,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
    TeamOutput,
    Umkm,
    UmkmSnapshot,
    University,
)

NIK = "3578011203900001"
PHONE = "+6281234567890"


def populate(db: Database) -> None:
    with db.transaction() as s:
        pens = University(name="Politeknik Elektronika Negeri Surabaya", short_name="PENS",
                          kind="host", region_code="35.78", contact_name="Bu Rina",
                          contact_phone="+6281311112222", contact_email="wmk@pens.ac.id",
                          mou_valid_from=date(2023, 1, 1), mou_valid_until=date(2025, 12, 31))
        unej = University(name="Universitas Jember", short_name="UNEJ", kind="origin",
                          region_code="35.09")
        s.add_all([pens, unej])
        s.flush()
        cohort = Cohort(name="WMK PENS 2023 Ganjil", host_university_id=pens.id, year=2023,
                        semester="ganjil", immersion_start=date(2023, 9, 1), quota_total=300)
        s.add(cohort)
        s.flush()
        students = [
            Student(university_id=pens.id, cohort_id=cohort.id, nim="3122600001",
                    name="Ayu Lestari", gender="P", status="active", phone=PHONE,
                    email="ayu@student.pens.ac.id", nik=NIK, study_program="Teknik Informatika",
                    semester=5),
            Student(university_id=pens.id, cohort_id=cohort.id, nim="3122600002",
                    name="=HYPERLINK(\"http://x\")", status="active"),
            Student(university_id=unej.id, cohort_id=cohort.id, nim="0021101234",
                    name="Budi Santoso", gender="L", status="registered",
                    notes="-catatan dengan minus"),
        ]
        s.add_all(students)
        s.flush()
        team = Team(cohort_id=cohort.id, name="Kopi Nusantara", business_name="KopiNus",
                    sector="Kuliner", kbli_code="10761", kbli_version="2020",
                    region_code="35.78", business_plan_approved=date(2023, 9, 20))
        s.add(team)
        s.flush()
        s.add_all([
            TeamMember(team_id=team.id, student_id=students[0].id, is_leader=True),
            TeamMember(team_id=team.id, student_id=students[2].id, is_leader=False),
        ])
        mentor = Mentor(name="Dr. Sari Wulandari", kind="dpl", university_id=pens.id,
                        capacity=4, phone="+6285655554444", email="sari@pens.ac.id")
        s.add(mentor)
        s.flush()
        s.add(MentorAssignment(mentor_id=mentor.id, team_id=team.id, start_date=date(2023, 9, 1)))
        ms = MentoringSession(team_id=team.id, mentor_id=mentor.id,
                              session_date=date(2023, 9, 12), start_time=time(9, 30),
                              duration_minutes=90, method="online", topic="Rencana usaha",
                              place="https://meet.example/abc")
        s.add(ms)
        s.flush()
        s.add_all([
            SessionAttendance(session_id=ms.id, student_id=students[0].id, status="present"),
            SessionAttendance(session_id=ms.id, student_id=students[2].id, status="excused"),
        ])
        umkm = Umkm(name="Keripik Bu Sum", owner_name="Sumiati", region_code="35.07",
                    phone="+6281899990000", nib="1234567890123", kbli_code="10794",
                    kbli_version="2020", channels="marketplace,shop", annual_sales=150_000_000,
                    capital=40_000_000, employees=3, scale_class="mikro")
        s.add(umkm)
        s.flush()
        s.add_all([
            UmkmSnapshot(umkm_id=umkm.id, snapshot_date=date(2023, 8, 1),
                         annual_sales=120_000_000, capital=40_000_000, employees=2,
                         has_nib=False),
            UmkmSnapshot(umkm_id=umkm.id, snapshot_date=date(2023, 12, 1),
                         annual_sales=150_000_000, capital=40_000_000, employees=3,
                         channels="marketplace,shop", has_nib=True),
            Pairing(team_id=team.id, umkm_id=umkm.id, role_code="digital_marketing",
                    start_date=date(2023, 9, 15), status="active"),
            # A ledger as the program keeps it: nothing disbursed beyond the grant.
            SeedFundEntry(team_id=team.id, entry_date=date(2023, 10, 1), kind="granted",
                          amount=6_000_000),
            SeedFundEntry(team_id=team.id, entry_date=date(2023, 10, 2), kind="disbursed",
                          amount=4_500_000),
            TeamOutput(team_id=team.id, kind_code="product", status="done",
                       status_date=date(2023, 11, 30)),
        ])


@pytest.fixture
def sample_db(db: Database) -> Database:
    populate(db)
    return db


def sheet_file(path: Path, rows: list[list[Any]], *, title: str | None = None) -> Path:
    """A one-sheet workbook holding ``rows`` (the first is the header), saved at ``path``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    if title is not None:
        ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
