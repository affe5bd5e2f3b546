"""``wirausaha check`` on SQLite and PostgreSQL: healthy databases pass, and on
PostgreSQL an id sequence left behind rows written with explicit ids is a problem."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from wirausaha_app.cli.main import main
from wirausaha_app.core.db.engine import Database


def test_check_passes_on_a_healthy_database(
    db: Database, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:  # rows through the sequence: nothing to catch up
        s.execute(text("INSERT INTO umkm (name, region_code) VALUES ('Tahu Bu Sri', '35.78')"))
    assert main(["check", "--db", db_target]) == 0
    out = capsys.readouterr().out
    assert "schema: " in out and "problem" not in out
    assert ("integrity_check: ok" in out) == db.is_sqlite


@pytest.mark.postgres
def test_check_finds_a_sequence_behind_the_rows(
    pg_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with pg_db.transaction() as s:
        s.execute(text("INSERT INTO umkm (id, name, region_code) VALUES (7, 'Sari Roti', '35.78')"))
    assert main(["check", "--db", pg_db.url]) == 1
    out = capsys.readouterr().out
    assert "problem: sequence public.umkm_id_seq: next id 1 but umkm already has id 7" in out
    with pg_db.transaction() as s:
        s.execute(text("SELECT setval(pg_get_serial_sequence('umkm', 'id'), 7)"))
    assert main(["check", "--db", pg_db.url]) == 0
