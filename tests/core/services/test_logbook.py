from __future__ import annotations

from datetime import time

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services import logbook, mentoring
from wirausaha_app.core.services.logbook import SessionInput


@pytest.fixture
def world(db: Database) -> dict[str, object]:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    a, (ani, adi, ayu) = w.team(
        db, coh, "Tim A", members=[("Ani", uni), ("Adi", uni), ("Ayu", uni)]
    )
    b, (budi,) = w.team(db, coh, "Tim B", members=[("Budi", uni)])
    c, (cici,) = w.team(db, coh, "Tim C", members=[("Cici", uni)])
    return {
        "cohort": coh,
        "a": a,
        "b": b,
        "c": c,
        "ani": ani,
        "adi": adi,
        "ayu": ayu,
        "budi": budi,
        "cici": cici,
        "sari": w.mentor(db, "Dr. Sari"),
        "joko": w.mentor(db, "Joko"),
    }


def _session(
    world: dict[str, object], team: str, mentor: str, day: str, minutes: int, **att: str
) -> SessionInput:
    return SessionInput(
        team_id=world[team],  # type: ignore[arg-type]
        mentor_id=world[mentor],  # type: ignore[arg-type]
        session_date=w.d(day),
        duration_minutes=minutes,
        topic="Rencana bisnis",
        method="online",
        start_time=time(9, 30),
        place="https://meet.example/abc",
        attendance={world[name]: status for name, status in att.items()},  # type: ignore[misc]
    )


def test_recaps_on_hand_made_data(db: Database, world: dict[str, object]) -> None:
    logbook.log_session(
        db,
        _session(world, "a", "sari", "2025-03-01", 90, ani="present", adi="absent", ayu="excused"),
    )
    logbook.log_session(
        db, _session(world, "a", "joko", "2025-03-15", 60, ani="present", adi="present")
    )
    logbook.log_session(db, _session(world, "b", "sari", "2025-02-01", 120, budi="absent"))
    cohort = world["cohort"]
    with db.session() as s:
        teams = {r.name: (r.sessions, r.minutes) for r in mentoring.hours_per_team(s, cohort)}  # type: ignore[arg-type]
        assert teams == {"Tim A": (2, 150), "Tim B": (1, 120), "Tim C": (0, 0)}
        mentors = {r.name: (r.sessions, r.hours) for r in mentoring.hours_per_mentor(s)}
        assert mentors == {"Dr. Sari": (2, 3.5), "Joko": (1, 1.0)}
        students = {r.name: r.minutes for r in mentoring.hours_per_student(s)}
        assert students == {"Ani": 150, "Adi": 60}  # absent/excused time never counts
        never = [name for _id, name in mentoring.students_never_mentored(s, cohort)]  # type: ignore[arg-type]
        assert never == ["Ayu", "Budi", "Cici"]
        idle = mentoring.teams_without_session(s, weeks=2, as_of=w.d("2025-03-20"))
        assert [(t.name, t.last_session) for t in idle] == [
            ("Tim C", None),
            ("Tim B", w.d("2025-02-01")),
        ]
        # Exactly two weeks after Tim A's last session, it has gone two weeks without one.
        idle = mentoring.teams_without_session(s, weeks=2, as_of=w.d("2025-03-29"))
        assert "Tim A" in [t.name for t in idle]
        # As of a date before any session, sessions logged later do not count.
        assert len(mentoring.teams_without_session(s, weeks=1, as_of=w.d("2025-01-01"))) == 3
        period = mentoring.hours_per_team(s, cohort, start=w.d("2025-03-10"))  # type: ignore[arg-type]
        assert {r.name: r.minutes for r in period} == {"Tim A": 60, "Tim B": 0, "Tim C": 0}


def test_attendance_only_for_team_members(db: Database, world: dict[str, object]) -> None:
    with pytest.raises(FieldError) as caught:
        logbook.log_session(db, _session(world, "a", "sari", "2025-03-01", 60, budi="present"))
    assert caught.value.field == "attendance"
    with pytest.raises(FieldError) as caught:
        logbook.log_session(db, _session(world, "a", "sari", "2025-03-01", 0))
    assert caught.value.field == "duration_minutes"


def test_edit_replaces_attendance(db: Database, world: dict[str, object]) -> None:
    sid = logbook.log_session(db, _session(world, "a", "sari", "2025-03-01", 60, ani="present"))
    data = _session(world, "a", "sari", "2025-03-02", 45, ani="absent", ayu="present")
    logbook.update_session(db, sid, data)
    with db.session() as s:
        loaded = logbook.load_session(s, sid)
        assert loaded is not None
        assert loaded.duration_minutes == 45
        assert loaded.attendance == {world["ani"]: "absent", world["ayu"]: "present"}
    logbook.delete_session(db, sid)
    with db.session() as s:
        assert logbook.load_session(s, sid) is None


def test_delete_sessions_takes_attendance(db: Database, world: dict[str, object]) -> None:
    from wirausaha_app.core.models import SessionAttendance

    a = logbook.log_session(db, _session(world, "a", "sari", "2025-03-01", 60, ani="present"))
    b = logbook.log_session(db, _session(world, "b", "sari", "2025-03-02", 60, budi="present"))
    logbook.delete_sessions(db, [a, b])
    with db.session() as s:
        assert s.query(SessionAttendance).count() == 0
        assert logbook.load_session(s, a) is None


def test_delete_skips_gone_ids_and_logs_each_deleted(
    db: Database, world: dict[str, object]
) -> None:
    from sqlalchemy import select

    from wirausaha_app.core.models import ChangeLogEntry

    a = logbook.log_session(db, _session(world, "a", "sari", "2025-03-01", 60, ani="present"))
    b = logbook.log_session(db, _session(world, "b", "sari", "2025-03-02", 60, budi="present"))
    logbook.delete_session(db, a)
    logbook.delete_sessions(db, [a, b])  # a stale selection: a is already gone
    with db.session() as s:
        deleted = s.scalars(
            select(ChangeLogEntry.entity_id).where(
                ChangeLogEntry.entity == "mentoring_sessions", ChangeLogEntry.action == "delete"
            )
        ).all()
        assert logbook.load_session(s, b) is None
    assert set(deleted) == {a, b} and len(deleted) == 2
