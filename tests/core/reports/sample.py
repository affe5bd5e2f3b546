"""A small, deterministic program for report tests and the report benchmark.

``populate(db, students=N)`` creates one host + origin universities, one cohort,
teams of 4 (the first member leads), two mentors, assignments, mentoring sessions
with attendance, seed funds, outputs, UMKM in East Java with before/after snapshots
and pairings. Names include the hard ones (Vietnamese, transliterated Arabic, an
apostrophe, a 120-character name) so every report is tested against them.
Bulk rows go in with Core ``insert`` (ORM objects one by one would be 10× slower).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import insert, select

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

LONG_NAME = (
    "Raden Mas Muhammad Abdurrahman Wahyu Kusumanegara Prawirodirdjo Hadiningrat "
    "Suryokusumo Tjokroaminoto Mangkunegaran Putra"
)[:120]
HARD_NAMES = ["Ṭāriq Al-Fārūqī", "Nguyễn Thị Minh Khai", "Đặng Văn Lâm", "Siti Nur'aini", LONG_NAME]
FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hana", "Indra", "Joko"]
LAST = ["Santoso", "Wijaya", "Pratama", "Lestari", "Saputra", "Rahmawati", "Hidayat", "Kusuma"]
SECTORS = ["Kuliner", "Fesyen", "Kriya", "Agribisnis", "Jasa digital", "Kosmetik"]
REGIONS = [
    "35.78",
    "35.15",
    "35.09",
    "35.73",
    "35.25",
]  # Surabaya, Sidoarjo, Jember, Malang, Gresik


@dataclass
class Sample:
    cohort_name: str
    host_name: str
    student_names: list[str] = field(default_factory=list)
    completed_names: list[str] = field(default_factory=list)
    team_names: list[str] = field(default_factory=list)
    mentor_names: list[str] = field(default_factory=list)
    team_minutes: dict[str, int] = field(default_factory=dict)
    granted_total: int = 0
    session_ids: list[int] = field(default_factory=list)
    umkm_regions: dict[str, int] = field(default_factory=dict)


def populate(
    db: Database,
    students: int = 24,
    *,
    cohort_name: str = "WMK Uji 2023",
    sessions_per_team: int = 3,
) -> Sample:
    with db.transaction() as s:
        host = University(
            name="Politeknik Elektronika Negeri Surabaya",
            short_name="PENS",
            kind="both",
            region_code="35.78",
        )
        origins = [
            host,
            University(name="Universitas Jember", short_name="UNEJ", region_code="35.09"),
            University(name="Universitas Negeri Malang", short_name="UM", region_code="35.73"),
        ]
        s.add_all([*origins[1:], host])
        s.flush()
        cohort = Cohort(
            name=cohort_name,
            host_university_id=host.id,
            year=2023,
            semester="ganjil",
            pre_immersion_start=date(2023, 9, 1),
            immersion_start=date(2023, 10, 2),
            end_date=date(2024, 1, 19),
            expo_date=date(2024, 1, 12),
        )
        mentors = [
            Mentor(name="Dr. Retno Wulandari, M.T.", kind="dpl", university_id=host.id),
            Mentor(name="Bagus Setiawan", kind="practitioner", organisation="Rumah Kreatif"),
        ]
        s.add_all([cohort, *mentors])
        s.flush()
        sample = Sample(cohort.name, host.name, mentor_names=[m.name for m in mentors])

        student_rows = []
        for i in range(students):
            name = (
                HARD_NAMES[i]
                if i < len(HARD_NAMES)
                else (f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i:05d}")
            )
            status = "completed" if i % 3 != 2 else ("active" if i % 2 else "withdrawn")
            student_rows.append(
                {
                    "university_id": origins[i % len(origins)].id,
                    "cohort_id": cohort.id,
                    "nim": f"{2023000000 + i}",
                    "name": name,
                    "status": status,
                }
            )
            sample.student_names.append(name)
            if status == "completed":
                sample.completed_names.append(name)
        if student_rows:
            s.execute(insert(Student), student_rows)
        if not students:
            return sample
        student_ids = list(
            s.scalars(select(Student.id).where(Student.cohort_id == cohort.id).order_by(Student.id))
        )

        team_count = max(1, students // 4)
        team_rows = [
            {
                "cohort_id": cohort.id,
                "name": f"Tim {t + 1:03d}",
                "business_name": f"Usaha Bersama {t + 1}",
                "sector": SECTORS[t % len(SECTORS)],
                "region_code": REGIONS[t % len(REGIONS)],
            }
            for t in range(team_count)
        ]
        s.execute(insert(Team), team_rows)
        team_ids = list(
            s.scalars(select(Team.id).where(Team.cohort_id == cohort.id).order_by(Team.id))
        )
        sample.team_names = [row["name"] for row in team_rows]
        members = []
        team_of: dict[int, int] = {}
        for index, student_id in enumerate(student_ids):
            team_id = team_ids[min(index // 4, team_count - 1)]
            members.append(
                {
                    "team_id": team_id,
                    "student_id": student_id,
                    "is_leader": index % 4 == 0 and index // 4 < team_count,
                }
            )
            team_of[student_id] = team_id
        s.execute(insert(TeamMember), members)
        s.execute(
            insert(MentorAssignment),
            [
                {"mentor_id": mentors[t % 2].id, "team_id": team_id, "start_date": date(2023, 9, 4)}
                for t, team_id in enumerate(team_ids)
            ],
        )
        # Sessions: weekly, 90 minutes; attendance: everyone present except every 5th.
        session_rows = []
        for t, team_id in enumerate(team_ids):
            for k in range(sessions_per_team):
                session_rows.append(
                    {
                        "team_id": team_id,
                        "mentor_id": mentors[t % 2].id,
                        "session_date": date(2023, 9, 4) + timedelta(days=7 * k + t % 5),
                        "duration_minutes": 90 + 30 * (k % 2),
                        "method": "offline" if k % 2 else "online",
                        "topic": f"Validasi pasar dan kanvas model bisnis, tahap {k + 1}",
                    }
                )
                name = team_rows[t]["name"]
                sample.team_minutes[name] = sample.team_minutes.get(name, 0) + (90 + 30 * (k % 2))
        s.execute(insert(MentoringSession), session_rows)
        sessions = s.execute(
            select(MentoringSession.id, MentoringSession.team_id).order_by(MentoringSession.id)
        ).all()
        sample.session_ids = [sid for sid, _tid in sessions]
        by_team: dict[int, list[int]] = {}
        for student_id, team_id in team_of.items():
            by_team.setdefault(team_id, []).append(student_id)
        attendance = [
            {
                "session_id": sid,
                "student_id": stu,
                "status": "absent" if (sid + stu) % 5 == 0 else "present",
            }
            for sid, tid in sessions
            for stu in by_team.get(tid, [])
        ]
        if attendance:
            s.execute(insert(SessionAttendance), attendance)
        funds = []
        for team_id in team_ids:
            funds += [
                {
                    "team_id": team_id,
                    "entry_date": date(2023, 10, 2),
                    "kind": "granted",
                    "amount": 4_000_000,
                },
                {
                    "team_id": team_id,
                    "entry_date": date(2023, 10, 9),
                    "kind": "disbursed",
                    "amount": 3_000_000,
                },
            ]
        s.execute(insert(SeedFundEntry), funds)
        sample.granted_total = 4_000_000 * team_count
        s.execute(
            insert(TeamOutput),
            [
                {
                    "team_id": team_id,
                    "kind_code": kind,
                    "status": status,
                    "status_date": date(2023, 12, 1) if status == "done" else None,
                }
                for t, team_id in enumerate(team_ids)
                for kind, status in (("product", "done"), ("nib", ("done", "in_progress")[t % 2]))
            ],
        )
        # UMKM: one per team, before (micro, no NIB, offline) and after snapshots.
        umkm_rows = [
            {
                "name": f"UMKM Sumber Rejeki {t + 1}",
                "owner_name": f"Bu Sri {t + 1}",
                "region_code": REGIONS[t % len(REGIONS)],
                "scale_class": "mikro",
                "annual_sales": 300_000_000,
            }
            for t in range(team_count)
        ]
        s.execute(insert(Umkm), umkm_rows)
        umkm_ids = list(s.scalars(select(Umkm.id).order_by(Umkm.id)))
        for t in range(team_count):
            code = REGIONS[t % len(REGIONS)]
            sample.umkm_regions[code] = sample.umkm_regions.get(code, 0) + 1
        snaps = []
        for t, umkm_id in enumerate(umkm_ids):
            snaps.append(
                {
                    "umkm_id": umkm_id,
                    "snapshot_date": date(2023, 9, 1),
                    "annual_sales": 300_000_000,
                    "channels": "shop",
                    "has_nib": False,
                }
            )
            snaps.append(
                {
                    "umkm_id": umkm_id,
                    "snapshot_date": date(2024, 1, 10),
                    "annual_sales": 2_500_000_000 if t % 3 == 0 else 450_000_000,
                    "channels": "shop,marketplace" if t % 2 == 0 else "shop",
                    "has_nib": t % 2 == 0,
                }
            )
        s.execute(insert(UmkmSnapshot), snaps)
        s.execute(
            insert(Pairing),
            [
                {
                    "team_id": team_id,
                    "umkm_id": umkm_ids[t],
                    "role_code": "digital_marketing",
                    "start_date": date(2023, 9, 15),
                    "end_date": date(2024, 1, 15),
                    "status": "finished",
                }
                for t, team_id in enumerate(team_ids)
            ],
        )
    return sample
