from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.services import assignments as svc
from wirausaha_app.core.services.records import mentors


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    return {
        "a": w.team(db, coh, "Tim A")[0],
        "b": w.team(db, coh, "Tim B")[0],
        "c": w.team(db, coh, "Tim C")[0],
        "sari": w.mentor(db, "Dr. Sari", capacity=2),
        "budi": w.mentor(db, "Budi", capacity=1),
    }


def test_capacity_refusal_names_mentor_and_numbers(db: Database, world: dict[str, int]) -> None:
    svc.assign_mentor(db, world["a"], world["sari"], w.d("2025-02-01"))
    svc.assign_mentor(db, world["b"], world["sari"], w.d("2025-02-01"))
    with pytest.raises(FieldError) as caught:
        svc.assign_mentor(db, world["c"], world["sari"], w.d("2025-02-03"))
    assert caught.value.field == "mentor_id"
    text = str(caught.value)
    assert "Dr. Sari" in text and "2 teams" in text and "capacity is 2" in text
    with db.session() as s:
        assert svc.current_mentor_id(s, world["c"], w.d("2025-02-03")) is None


def test_changing_mentor_ends_old_assignment_and_frees_capacity(
    db: Database, world: dict[str, int]
) -> None:
    svc.assign_mentor(db, world["a"], world["budi"], w.d("2025-02-01"))
    with pytest.raises(FieldError):
        svc.assign_mentor(db, world["b"], world["budi"], w.d("2025-02-05"))
    svc.assign_mentor(db, world["a"], world["sari"], w.d("2025-03-01"))
    with db.session() as s:
        history = svc.team_history(s, world["a"])
        assert [(h.mentor_name, h.start_date, h.end_date) for h in history] == [
            ("Budi", w.d("2025-02-01"), w.d("2025-02-28")),
            ("Dr. Sari", w.d("2025-03-01"), None),
        ]
        assert svc.current_mentor_id(s, world["a"], w.d("2025-02-15")) == world["budi"]
        assert svc.current_mentor_id(s, world["a"], w.d("2025-03-15")) == world["sari"]
    # Budi's team moved on at the end of February: he can take a team from March.
    svc.assign_mentor(db, world["b"], world["budi"], w.d("2025-03-01"))


def test_reassigning_same_mentor_is_a_no_op(db: Database, world: dict[str, int]) -> None:
    first = svc.assign_mentor(db, world["a"], world["budi"], w.d("2025-02-01"))
    assert svc.assign_mentor(db, world["a"], world["budi"], w.d("2025-02-10")) == first


def test_end_before_start_refused(db: Database, world: dict[str, int]) -> None:
    aid = svc.assign_mentor(db, world["a"], world["budi"], w.d("2025-02-01"))
    with pytest.raises(FieldError) as caught:
        svc.end_assignment(db, aid, w.d("2025-01-01"))
    assert caught.value.field == "end_date"


def test_capacity_edit_and_assigning_count_the_same_teams(
    db: Database, world: dict[str, int]
) -> None:
    # A team assigned from a later date already takes a place: assigning counts it,
    # so lowering the capacity below it is refused as well.
    later = date.today() + timedelta(days=30)
    svc.assign_mentor(db, world["a"], world["sari"], later)
    svc.assign_mentor(db, world["b"], world["sari"], later)
    with pytest.raises(FieldError, match="2 teams"):
        svc.assign_mentor(db, world["c"], world["sari"], later)
    with pytest.raises(ValidationError, match="looks after 2 team"):
        mentors.update(db, world["sari"], {"capacity": 1})
