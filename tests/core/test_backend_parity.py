"""Orders that SQLite and PostgreSQL would break differently unless the query says how
(NULLs sort first on SQLite and last on PostgreSQL). Runs on both backends."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from tests.core.reports.conftest import pdf_text
from tests.core.xlsx.conftest import populate
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.pgcheck import server_problems
from wirausaha_app.core.demo import generate
from wirausaha_app.core.listing import ListEngine, ListQuery, all_specs
from wirausaha_app.core.models import Mentor, MentoringSession, Team
from wirausaha_app.core.reports import ReportScope, build_report
from wirausaha_app.core.services.records import umkm
from wirausaha_app.core.xlsx.export import SUMMARY_TITLE, export_database


def test_logbook_puts_untimed_sessions_first_on_both(db: Database, tmp_path: Path) -> None:
    populate(db)
    with db.transaction() as s:
        team = s.scalars(select(Team).where(Team.name == "Kopi Nusantara")).one()
        mentor_id = s.scalars(select(Mentor.id)).first()
        assert mentor_id is not None
        day = date(2023, 10, 2)
        # The timed one gets the lower id, so only the NULL ordering decides.
        s.add(
            MentoringSession(
                team_id=team.id,
                mentor_id=mentor_id,
                session_date=day,
                start_time=time(9, 0),
                duration_minutes=60,
                method="offline",
                topic="Sesi Berjam",
            )
        )
        s.flush()
        s.add(
            MentoringSession(
                team_id=team.id,
                mentor_id=mentor_id,
                session_date=day,
                start_time=None,
                duration_minutes=60,
                method="offline",
                topic="Sesi Tanpa Jam",
            )
        )
    out = build_report(db, "logbook", tmp_path / "l.pdf", ReportScope(team="Kopi Nusantara"))
    text = " ".join(pdf_text(out))
    assert 0 <= text.index("Sesi Tanpa Jam") < text.index("Sesi Berjam")


def test_every_list_shows_details_on_both(db: Database) -> None:
    populate(db)
    engine = ListEngine(db)
    try:
        for spec in all_specs().values():
            rows = engine.fetch_page(ListQuery(spec.key), 0)
            assert rows, spec.key
            details = dict(engine.detail(spec.key, rows[0].id))
            assert details, spec.key
            for f in spec.filters:  # every filter's choices, and the list filtered by one
                options = engine.options(spec.key, f.key)
                if options:
                    engine.count(ListQuery(spec.key).with_filter(f.key, options[0].value))
        session = dict(engine.detail("mentoring_sessions", 1))
        assert session["Start time"] == "09:30"  # a time shown the same way on both
    finally:
        engine.close()


@pytest.mark.postgres
def test_large_demo_on_postgres_leaves_sequences_ready(pg_db: Database) -> None:
    """The bulk part writes explicit ids; the next record saved must still get a new one."""
    counts = generate(pg_db, "large", extra_umkm=3_000, extra_students=300)
    new_id = umkm.create(pg_db, {"name": "Warung Setelah Demo", "region_code": "35.78"})
    assert new_id > counts["umkm"]
    with pg_db.session() as s:
        assert server_problems(s.connection()) == []
    found = ListEngine(pg_db)
    try:
        assert found.count(ListQuery("umkm", search="warung setelah")) == 1
    finally:
        found.close()


@pytest.mark.postgres
def test_demo_export_is_the_same_workbook_on_both(pg_db: Database, tmp_path: Path) -> None:
    """Same demo seed on SQLite and PostgreSQL → every sheet has the same rows, in the
    same order (ties broken by id, NULLs placed explicitly)."""
    sheets = {}
    for name, database in (("sqlite", open_database(tmp_path / "s.db")), ("postgres", pg_db)):
        generate(database, "small", seed=3)
        out = tmp_path / f"{name}.xlsx"
        export_database(database, out, full=True)
        book = CalamineWorkbook.from_path(str(out))
        sheets[name] = {
            title: book.get_sheet_by_name(title).to_python()
            for title in book.sheet_names
            if title != SUMMARY_TITLE  # holds the time of the export
        }
        if database is not pg_db:
            database.dispose()
    assert sheets["sqlite"].keys() == sheets["postgres"].keys()
    for title, rows in sheets["sqlite"].items():
        assert rows == sheets["postgres"][title], title
