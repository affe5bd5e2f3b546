from __future__ import annotations

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.models import OutputKind
from wirausaha_app.core.rules.errors import FieldError
from wirausaha_app.core.services import outputs


def test_progress_per_team_and_cohort(db: Database) -> None:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    a, _ = w.team(db, coh, "Tim A")
    b, _ = w.team(db, coh, "Tim B")
    outputs.set_output(db, a, "product", "done", w.d("2025-04-01"))
    outputs.set_output(db, a, "nib", "done", w.d("2025-04-02"))
    outputs.set_output(db, a, "hki", "in_progress")
    first = outputs.set_output(db, b, "expo", "planned")
    assert outputs.set_output(db, b, "expo", "done", w.d("2025-06-01")) == first  # upsert
    with db.session() as s:
        assert outputs.team_progress(s, a) == outputs.Progress(2, 5)
        total, teams = outputs.cohort_progress(s, coh)
        assert total == outputs.Progress(3, 10) and total.percent == 30.0
        assert [(t.team_name, t.done, t.total) for t in teams] == [("Tim A", 2, 5), ("Tim B", 1, 5)]
    # A kind switched off no longer counts, neither in done nor in total.
    with db.transaction() as s:
        kind = s.get(OutputKind, "nib")
        assert kind is not None
        kind.active = False
    with db.session() as s:
        assert outputs.team_progress(s, a) == outputs.Progress(1, 4)
        assert [k.code for k, _row in outputs.team_outputs(s, a)] == [
            "product",
            "hki",
            "competency_test",
            "expo",
        ]


def test_done_needs_date_and_known_kind(db: Database) -> None:
    coh = w.cohort(db, w.university(db))
    a, _ = w.team(db, coh, "Tim A")
    with pytest.raises(FieldError) as caught:
        outputs.set_output(db, a, "product", "done")
    assert caught.value.field == "status_date"
    with pytest.raises(FieldError) as caught:
        outputs.set_output(db, a, "nope", "planned")
    assert caught.value.field == "kind_code"
