"""Record services: create/update/get/delete, duplicates, refusals, atomicity, change log."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select, text

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import (
    ChangeLogEntry,
    MentorAssignment,
    MentoringSession,
    Pairing,
    SessionAttendance,
    Student,
    Team,
    TeamMember,
    Umkm,
    UmkmSnapshot,
)
from wirausaha_app.core.rules.errors import ValidationError
from wirausaha_app.core.services.records import (
    KINDS,
    RecordInUseError,
    RecordNotFoundError,
    service,
)

universities = service("universities")
cohorts = service("cohorts")
students = service("students")
teams = service("teams")
mentors = service("mentors")
umkm = service("umkm")


def rows(db: Database, model: Any) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def program(db: Database) -> dict[str, int]:
    host = universities.create(db, {"name": "Politeknik Negeri Jember", "kind": "host"})
    origin = universities.create(db, {"name": "Universitas Brawijaya", "region_code": "35.73"})
    cohort = cohorts.create(
        db, {"name": "WMK 2025 Polije", "host_university_id": host, "year": 2025}
    )
    ids = {"host": host, "origin": origin, "cohort": cohort}
    for i, name in enumerate(["Ayu", "Budi", "Citra", "Dewi"], start=1):
        ids[name] = students.create(
            db,
            {"university_id": origin, "cohort_id": cohort, "nim": f"2041{i:04d}", "name": name},
        )
    return ids


def solo_team(db: Database, program: dict[str, int], name: str, member: str) -> int:
    """A team of the program's cohort with one member, who leads it."""
    return teams.create(
        db,
        {
            "cohort_id": program["cohort"],
            "name": name,
            "members": [program[member]],
            "leader_id": program[member],
        },
    )


def field_errors(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message.render() for e in excinfo.value.errors}


# --------------------------------------------------------------------- universities
def test_university_create_get_update(db: Database) -> None:
    uid = universities.create(
        db,
        {
            "name": "  Universitas Jember ",
            "kind": "both",
            "region_code": "35.09",
            "contact_phone": "0812-3456-7890",
            "contact_email": "WMK@UNEJ.AC.ID",
            "mou_valid_from": date(2024, 1, 1),
            "mou_valid_until": "2026-12-31",
        },
    )
    got = universities.get(db, uid)
    assert got["name"] == "Universitas Jember"
    assert got["contact_phone"] == "+6281234567890"
    assert got["contact_email"] == "WMK@unej.ac.id"
    assert got["mou_valid_until"] == date(2026, 12, 31)
    universities.update(db, uid, {"short_name": "UNEJ"})
    assert universities.get(db, uid)["short_name"] == "UNEJ"
    assert universities.get(db, uid)["region_code"] == "35.09"  # untouched keys kept


def test_university_errors_collected_and_duplicate(db: Database) -> None:
    universities.create(db, {"name": "ITS"})
    with pytest.raises(ValidationError) as caught:
        universities.create(
            db,
            {
                "name": "ITS",
                "kind": "x",
                "region_code": "99.99",
                "contact_phone": "12",
                "contact_email": "a@",
                "mou_valid_from": date(2025, 1, 1),
                "mou_valid_until": date(2024, 1, 1),
            },
        )
    errors = field_errors(caught)
    assert set(errors) == {
        "name",
        "kind",
        "region_code",
        "contact_phone",
        "contact_email",
        "mou_valid_until",
    }
    assert "already exists" in errors["name"]
    assert rows(db, ChangeLogEntry) == 1  # only the first create


def test_university_in_use_cannot_be_deleted(db: Database, program: dict[str, int]) -> None:
    impact = universities.impact(db, [program["origin"]])
    assert not impact.allowed
    assert "4 student(s) belong" in " ".join(m.render() for m in impact.messages)
    with pytest.raises(RecordInUseError) as caught:
        universities.delete(db, [program["origin"]])
    assert "4 student(s)" in str(caught.value)
    with pytest.raises(RecordInUseError, match="1 cohort"):
        universities.delete(db, [program["host"]])
    assert universities.get(db, program["origin"])["name"] == "Universitas Brawijaya"


def test_delete_many_is_all_or_nothing(db: Database, program: dict[str, int]) -> None:
    free = universities.create(db, {"name": "Universitas Airlangga"})
    with pytest.raises(RecordInUseError):
        universities.delete(db, [free, program["origin"]])
    assert universities.get(db, free)["name"] == "Universitas Airlangga"
    universities.delete(db, [free])
    with pytest.raises(RecordNotFoundError):
        universities.get(db, free)
    with pytest.raises(RecordNotFoundError):
        universities.delete(db, [free])


# -------------------------------------------------------------------------- cohorts
def test_cohort_stage_order_and_duplicate(db: Database, program: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        cohorts.create(
            db,
            {
                "name": "WMK 2025 Polije",
                "host_university_id": program["host"],
                "year": 2019,
                "pre_immersion_start": date(2025, 9, 1),
                "immersion_start": date(2025, 8, 1),
                "post_immersion_start": date(2025, 8, 15),
                "quota_internal_percent": 140,
            },
        )
    errors = field_errors(caught)
    assert set(errors) == {
        "name",
        "year",
        "immersion_start",
        "post_immersion_start",
        "quota_internal_percent",
    }
    assert (
        "on or after 1 September 2025" in errors["immersion_start"]
        or "1 September 2025" in (errors["immersion_start"])
    )
    with pytest.raises(ValidationError) as caught:
        cohorts.create(db, {"name": "X", "year": 2025})
    assert "required" in field_errors(caught)["host_university_id"]


def test_cohort_with_members_refused(db: Database, program: dict[str, int]) -> None:
    with pytest.raises(RecordInUseError, match="4 student"):
        cohorts.delete(db, [program["cohort"]])


# ------------------------------------------------------------------------- students
def test_student_normalises_and_checks_duplicates(db: Database, program: dict[str, int]) -> None:
    sid = students.create(
        db,
        {
            "university_id": program["host"],
            "cohort_id": program["cohort"],
            "nim": " E41201234 ",
            "name": "Ni Putu Ayu Ṡaraswati",
            "phone": "812 3456 7890",
            "email": "ayu@polije.ac.id",
            "nik": "3509015708030001",
            "gender": "P",
            "semester": "5",
        },
    )
    got = students.get(db, sid)
    assert got["nim"] == "E41201234"
    assert got["name"] == "Ni Putu Ayu Ṡaraswati"
    assert got["phone"] == "+6281234567890"
    assert got["semester"] == 5
    # Same NIM at another university is fine; at the same one it is refused.
    students.create(db, {"university_id": program["origin"], "nim": "E41201234", "name": "Eko"})
    with pytest.raises(ValidationError) as caught:
        students.create(db, {"university_id": program["host"], "nim": "E41201234", "name": "Fajar"})
    assert "already used" in field_errors(caught)["nim"]
    # Updating a student with its own NIM is not a duplicate.
    students.update(db, sid, {"name": "Ni Putu Ayu"})


def test_student_invalid_fields_save_nothing(db: Database, program: dict[str, int]) -> None:
    before = rows(db, Student), rows(db, ChangeLogEntry)
    with pytest.raises(ValidationError) as caught:
        students.create(
            db,
            {
                "university_id": 999,
                "nim": "",
                "name": "",
                "nik": 3509015708030010,
                "phone": "0812",
                "email": "x",
                "gender": "W",
                "semester": 20,
            },
        )
    errors = field_errors(caught)
    assert set(errors) == {
        "university_id",
        "nim",
        "name",
        "nik",
        "phone",
        "email",
        "gender",
        "semester",
    }
    assert "Excel may have rounded" in errors["nik"]
    assert (rows(db, Student), rows(db, ChangeLogEntry)) == before


def test_change_log_has_field_names_not_personal_values(
    db: Database, program: dict[str, int]
) -> None:
    sid = students.create(
        db,
        {
            "university_id": program["host"],
            "nim": "X1",
            "name": "Gita",
            "nik": "3509015708030001",
            "phone": "081234567890",
        },
    )
    students.update(db, sid, {"phone": "081298765432"})
    students.delete(db, [sid])
    with db.session() as s:
        log = s.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "students", ChangeLogEntry.entity_id == sid)
            .order_by(ChangeLogEntry.id)
        ).all()
    assert [e.action for e in log] == ["create", "update", "delete"]
    assert log[1].summary == "fields: phone"
    dump = " ".join(str(e.summary) for e in log)
    assert "3509015708030001" not in dump and "81234567890" not in dump and "Gita" not in dump


def test_student_cohort_move_refused_while_in_team(db: Database, program: dict[str, int]) -> None:
    solo_team(db, program, "Kopi", "Ayu")
    other = cohorts.create(
        db, {"name": "WMK 2026", "host_university_id": program["host"], "year": 2026}
    )
    with pytest.raises(ValidationError) as caught:
        students.update(db, program["Ayu"], {"cohort_id": other})
    assert "team “Kopi”" in field_errors(caught)["cohort_id"]


@pytest.mark.sqlite_only  # FTS5 and the database file's bytes (secure_delete)
def test_student_delete_on_request_leaves_no_trace(
    db: Database, db_path: Any, program: dict[str, int]
) -> None:
    nik = "3509015708030001"
    sid = students.create(
        db,
        {
            "university_id": program["host"],
            "cohort_id": program["cohort"],
            "nim": "ZQXW9876",
            "name": "Qorinawati Zulkarnaen",
            "nik": nik,
            "phone": "081299887766",
        },
    )
    tid = teams.create(
        db,
        {
            "cohort_id": program["cohort"],
            "name": "Tahu",
            "members": [sid, program["Budi"]],
            "leader_id": sid,
        },
    )
    impact = " ".join(m.render() for m in students.delete_impact(db, [sid]))
    assert "needs a new leader" in impact
    students.delete(db, [sid])
    with db.session() as s:
        assert s.get(Student, sid) is None
        assert s.scalars(select(TeamMember.student_id).where(TeamMember.team_id == tid)).all() == [
            program["Budi"]
        ]
        fts_hits = s.execute(
            text("SELECT count(*) FROM students_fts WHERE students_fts MATCH '\"Qorinawati\"'")
        ).scalar()
        assert fts_hits == 0
    # Read the files while the database is still open, as it is in a running app.
    content = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        content += wal.read_bytes()
    for secret in (nik, "+6281299887766", "Qorinawati", "ZQXW9876"):
        assert secret.encode() not in content, secret


# ---------------------------------------------------------------------------- teams
def test_team_with_members_and_leader(db: Database, program: dict[str, int]) -> None:
    tid = teams.create(
        db,
        {
            "cohort_id": program["cohort"],
            "name": "Keripik Tempe",
            "members": [program["Ayu"], program["Budi"], program["Citra"]],
            "leader_id": program["Budi"],
            "kbli_code": "10792",
            "kbli_version": "2020",
        },
    )
    got = teams.get(db, tid)
    assert got["leader_id"] == program["Budi"]
    assert got["members"][0] == program["Budi"]  # leader first
    assert set(got["members"]) == {program["Ayu"], program["Budi"], program["Citra"]}
    # Change leader and membership in one save.
    teams.update(
        db, tid, {"members": [program["Ayu"], program["Dewi"]], "leader_id": program["Dewi"]}
    )
    got = teams.get(db, tid)
    assert set(got["members"]) == {program["Ayu"], program["Dewi"]}
    assert got["leader_id"] == program["Dewi"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(TeamMember)) == 2


def test_team_rules(db: Database, program: dict[str, int]) -> None:
    first = solo_team(db, program, "A", "Ayu")
    outsider = students.create(
        db, {"university_id": program["host"], "nim": "OUT1", "name": "Outsider"}
    )
    with pytest.raises(ValidationError) as caught:
        teams.create(
            db,
            {
                "cohort_id": program["cohort"],
                "name": "A",
                "members": [program["Ayu"], outsider],
                "leader_id": None,
                "kbli_code": "107",
            },
        )
    errors = field_errors(caught)
    assert "already has a team named" in errors["name"]
    assert "leader" in errors["leader_id"]
    assert "kbli_code" in errors
    messages = [e.message.render() for e in caught.value.for_field("members")]
    assert any("Ayu is already in another team" in m for m in messages)
    assert any("Outsider is not in this team's cohort" in m for m in messages)
    with pytest.raises(ValidationError, match="1 to 5 members"):
        teams.create(
            db, {"cohort_id": program["cohort"], "name": "B", "members": [], "leader_id": None}
        )
    assert rows(db, Team) == 1
    teams.update(db, first, {"name": "A2"})  # own members are not "another team"


def test_team_delete_owned_vs_blocking(db: Database, program: dict[str, int]) -> None:
    tid = solo_team(db, program, "A", "Ayu")
    umkm_id = umkm.create(db, {"name": "Warung Bu Sri", "region_code": "35.09"})
    with db.transaction() as s:
        s.add(
            Pairing(team_id=tid, umkm_id=umkm_id, role_code=_role(db), start_date=date(2025, 9, 1))
        )
    with pytest.raises(RecordInUseError, match="1 UMKM pairing"):
        teams.delete(db, [tid])
    with pytest.raises(RecordInUseError, match="1 pairing"):
        umkm.delete(db, [umkm_id])
    with db.transaction() as s:
        s.execute(Pairing.__table__.delete())
    messages = " ".join(m.render() for m in teams.delete_impact(db, [tid]))
    assert "1 member(s) leave the team" in messages
    teams.delete(db, [tid])
    assert rows(db, Team) == 0 and rows(db, TeamMember) == 0
    assert students.get(db, program["Ayu"])["name"] == "Ayu"


def _role(db: Database) -> str:
    with db.session() as s:
        return str(s.scalar(text("SELECT code FROM value_chain_roles LIMIT 1")))


# -------------------------------------------------------------------------- mentors
def test_mentor_capacity_not_below_active(db: Database, program: dict[str, int]) -> None:
    mid = mentors.create(
        db,
        {
            "name": "Dr. Sari",
            "capacity": 2,
            "phone": "+62 31 599 3044",
            "university_id": program["host"],
        },
    )
    assert mentors.get(db, mid)["phone"] == "+62315993044"
    tids = [solo_team(db, program, n, m) for n, m in (("A", "Ayu"), ("B", "Budi"))]
    with db.transaction() as s:
        for tid in tids:
            s.add(MentorAssignment(mentor_id=mid, team_id=tid, start_date=date(2025, 1, 1)))
    with pytest.raises(ValidationError, match="looks after 2 team"):
        mentors.update(db, mid, {"capacity": 1})
    mentors.update(db, mid, {"capacity": 3})
    with pytest.raises(RecordInUseError, match="2 team assignment"):
        mentors.delete(db, [mid])
    with pytest.raises(ValidationError) as caught:
        mentors.create(db, {"name": "", "kind": "guru", "capacity": -1})
    assert set(field_errors(caught)) == {"name", "kind", "capacity"}


def test_mentor_sessions_block_delete(db: Database, program: dict[str, int]) -> None:
    mid = mentors.create(db, {"name": "Pak Joko", "kind": "practitioner"})
    tid = solo_team(db, program, "A", "Ayu")
    with db.transaction() as s:
        ms = MentoringSession(
            team_id=tid,
            mentor_id=mid,
            session_date=date(2025, 9, 2),
            duration_minutes=60,
            topic="Harga pokok",
        )
        s.add(ms)
        s.flush()
        s.add(SessionAttendance(session_id=ms.id, student_id=program["Ayu"]))
    with pytest.raises(RecordInUseError, match="1 mentoring session"):
        mentors.delete(db, [mid])
    assert "1 attendance record" in " ".join(
        m.render() for m in students.delete_impact(db, [program["Ayu"]])
    )


# ----------------------------------------------------------------------------- UMKM
def test_umkm_create_classifies_and_validates(db: Database) -> None:
    uid = umkm.create(
        db,
        {
            "name": "Keripik Singkong Bu Ani",
            "owner_name": "Ani",
            "region_code": "35.09",
            "nib": "9120001234567",
            "annual_sales": "Rp 2,5 M",
            "capital": "300 jt",
            "channels": ["marketplace", "shop"],
            "kbli_code": "10792",
            "kbli_version": "2025",
            "pirt_number": "206350901012328",
        },
    )
    got = umkm.get(db, uid)
    assert got["annual_sales"] == 2_500_000_000
    assert got["channels"] == "marketplace,shop"
    with db.session() as s:
        row = s.get(Umkm, uid)
        assert row is not None and row.scale_class == "kecil"
    with pytest.raises(ValidationError) as caught:
        umkm.create(
            db,
            {
                "name": "Lain",
                "region_code": "",
                "nib": "9120001234567",
                "channels": "marketplace,telepati",
                "needs": "nope",
                "capital": "banyak",
            },
        )
    errors = field_errors(caught)
    assert set(errors) == {"region_code", "nib", "channels", "needs", "capital"}
    assert "already registered" in errors["nib"]
    umkm.update(db, uid, {"annual_sales": 1_000_000})  # no snapshot yet: allowed, reclassified
    with db.session() as s:
        assert s.get(Umkm, uid).scale_class == "mikro"  # type: ignore[union-attr]


def test_umkm_figures_belong_to_snapshots(db: Database) -> None:
    uid = umkm.create(db, {"name": "Batik Tulis", "region_code": "35.26", "capital": 5_000_000})
    with db.transaction() as s:
        s.add(UmkmSnapshot(umkm_id=uid, snapshot_date=date(2025, 1, 1), capital=5_000_000))
    umkm.update(db, uid, {"address": "Jl. Trunojoyo 5"})  # other fields still editable
    with pytest.raises(ValidationError, match="latest snapshot"):
        umkm.update(db, uid, {"capital": 9_000_000})
    assert "1 dated snapshot" in " ".join(m.render() for m in umkm.delete_impact(db, [uid]))
    umkm.delete(db, [uid])
    assert rows(db, UmkmSnapshot) == 0


def test_every_kind_has_a_service() -> None:
    for kind in KINDS:
        assert service(kind).kind == kind
    with pytest.raises(KeyError):
        service("pairings")


# -------------------------------------------------------------------------- lookups
def test_lookups(db: Database, program: dict[str, int]) -> None:
    from wirausaha_app.core.services.records import lookups

    regions = lookups.regions(db)
    assert len(regions) > 500
    assert all(r.detail == "Jawa Timur" for r in regions[:38])
    assert regions[38].detail != "Jawa Timur"
    assert [c.label for c in lookups.universities(db)] == [
        "Politeknik Negeri Jember",
        "Universitas Brawijaya",
    ]
    assert lookups.cohorts(db)[0].id == program["cohort"]
    assert [s.name for s in lookups.students_of_cohort(db, program["cohort"])] == [
        "Ayu",
        "Budi",
        "Citra",
        "Dewi",
    ]
    assert [s.name for s in lookups.search_students(db, "bud")] == ["Budi"]
    assert [s.name for s in lookups.search_students(db, "2041", cohort_id=program["cohort"])] == [
        "Ayu",
        "Budi",
        "Citra",
        "Dewi",
    ]
    umkm.create(db, {"name": "Warung Bu Sri", "region_code": "35.09", "nib": "9120001234567"})
    found = lookups.search_umkm(db, "warung")
    assert [c.label for c in found] == ["Warung Bu Sri"]
    assert "Kabupaten Jember" in found[0].detail
    assert lookups.search_umkm(db, "912000") == found
    assert lookups.search_umkm(db, "  ") == []


def test_delete_impact_counts_only_what_is_there() -> None:
    from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP
    from wirausaha_app.core.services.records import DeleteImpact

    impact = DeleteImpact()
    impact.own(0, QT_TRANSLATE_NOOP("Records", "{count} output record(s) are deleted"))
    impact.block(0, QT_TRANSLATE_NOOP("Records", "{count} team(s) are in this cohort"))
    assert impact.allowed and impact.messages == []
    impact.own(3, QT_TRANSLATE_NOOP("Records", "{count} output record(s) are deleted"))
    assert impact.allowed
    impact.block(2, QT_TRANSLATE_NOOP("Records", "{count} team(s) are in this cohort"))
    assert not impact.allowed
    assert [m.render() for m in impact.messages] == [
        "2 team(s) are in this cohort",
        "3 output record(s) are deleted",
    ]


def test_cohort_with_students_is_not_deleted(db: Database, program: dict[str, int]) -> None:
    impact = cohorts.impact(db, [program["cohort"]])
    assert not impact.allowed
    assert "student(s) are in this cohort" in " ".join(m.render() for m in impact.messages)
    with pytest.raises(RecordInUseError):
        cohorts.delete(db, [program["cohort"]])
