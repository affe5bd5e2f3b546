"""The pairings / logbook / assignment list specs, and outcome columns = the outcome rules."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from tests.core.services import test_pairings_world as w
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.listing import ListEngine, ListQuery
from wirausaha_app.core.services import outcomes
from wirausaha_app.core.services.assignments import assign_mentor, end_assignment
from wirausaha_app.core.services.logbook import SessionInput, log_session
from wirausaha_app.core.services.pairings import PairingInput, create_pairing


def test_outcome_columns_agree_with_outcome_rules(db: Database) -> None:
    rng = random.Random(11)
    coh = w.cohort(db, w.university(db))
    today = date.today()
    teams = [w.team(db, coh, f"T{i}")[0] for i in range(6)]
    channels = [None, "shop", "marketplace", "shop,social_media", "reseller", "website"]
    for i in range(30):
        snaps = []
        days = sorted(rng.sample(range(-400, 0), rng.randint(0, 4)))
        for day in days:
            snaps.append(
                {
                    "snapshot_date": today + timedelta(days=day),
                    "annual_sales": rng.choice(
                        [None, 0, 500_000_000, 2_000_000_000, 2_000_000_001, 20_000_000_000]
                    ),
                    "capital": rng.choice([None, 900_000_000, 6_000_000_000]),
                    "channels": rng.choice(channels),
                    "has_nib": rng.choice([None, True, False]),
                }
            )
        nib = f"{i:013d}" if rng.random() < 0.3 else None
        uid = w.umkm(db, f"U{i}", nib=nib, snapshots=snaps)
        start = today + timedelta(days=rng.randint(-300, -50))
        status = rng.choice(["active", "finished"])
        end = start + timedelta(days=rng.randint(10, 40)) if status == "finished" else None
        create_pairing(db, PairingInput(teams[i % 6], uid, "bookkeeping", start, end, "proposed"))
        with db.transaction() as s:
            s.execute(
                outcomes.Pairing.__table__.update()
                .where(outcomes.Pairing.id == i + 1)
                .values(status=status)
            )
    result = ListEngine(db).result(ListQuery("pairings"))
    assert result.count == 30
    spec = result.spec
    keys = [c.key for c in spec.columns]
    listed = {row.id: dict(zip(keys, row.values, strict=True)) for row in result.page(0)}
    with db.session() as s:
        expected = outcomes.pairing_outcomes(s, today=today)
    assert len(expected) == 30
    for o in expected:
        row = listed[o.pairing_id]
        assert bool(row["formalised"]) == o.formalised, o
        assert bool(row["naik_kelas"]) == o.naik_kelas, o
        assert bool(row["digital"]) == o.digital, o
        assert row["sales_change"] == o.sales_change, o


def test_logbook_and_assignment_lists(db: Database) -> None:
    uni = w.university(db)
    coh = w.cohort(db, uni)
    team, (ani, budi) = w.team(db, coh, "Tim A", members=[("Ani", uni), ("Budi", uni)])
    mentor = w.mentor(db, "Dr. Sari")
    assign_mentor(db, team, mentor, w.d("2025-02-01"))
    data = SessionInput(
        team,
        mentor,
        w.d("2025-03-01"),
        90,
        "Pemasaran",
        attendance={ani: "present", budi: "absent"},
    )
    log_session(db, data)
    engine = ListEngine(db)
    sessions = engine.result(ListQuery("mentoring_sessions", filters=(("cohort", str(coh)),)))
    row = sessions.page(0)[0]
    values = dict(zip([c.key for c in sessions.spec.columns], row.values, strict=True))
    assert (values["team"], values["mentor"], values["present"], values["members"]) == (
        "Tim A",
        "Dr. Sari",
        1,
        2,
    )
    assignments = engine.result(ListQuery("mentor_assignments", filters=(("current", "yes"),)))
    assert assignments.count == 1
    assert engine.result(ListQuery("mentor_assignments", filters=(("current", "no"),))).count == 0


def test_current_means_the_local_date_not_utc(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between midnight and 07:00 WIB, SQLite's CURRENT_DATE is still yesterday (UTC).

    An assignment that ends today is current all day long, as the services count it.
    """
    from wirausaha_app.core.listing import engine as listing_engine

    uni = w.university(db)
    team, _ = w.team(db, w.cohort(db, uni), "Tim A")
    assignment = assign_mentor(db, team, w.mentor(db, "Dr. Sari"), w.d("2020-01-01"))
    end_assignment(db, assignment, w.d("2020-01-10"))

    class LocalDate(date):
        @classmethod
        def today(cls) -> LocalDate:
            return cls(2020, 1, 10)  # the coordinator's day; UTC's is another one

    monkeypatch.setattr(listing_engine, "date", LocalDate)
    engine = ListEngine(db)
    current = engine.result(ListQuery("mentor_assignments", filters=(("current", "yes"),)))
    assert current.count == 1
    row = dict(zip([c.key for c in current.spec.columns], current.page(0)[0].values, strict=True))
    assert row["current"]
