"""The test suite's PostgreSQL databases: one put back after a test is as new again, and
one whose schema a test changed is not handed out again."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.conftest import PgDatabases
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.services.records import umkm, universities

pytestmark = pytest.mark.postgres


def _state(databases: PgDatabases, name: str) -> dict[str, Any]:
    engine = create_engine(databases.url_of(name), poolclass=NullPool)
    with engine.connect() as conn:
        tables = (
            conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relkind = 'r' "
                    "AND relnamespace = 'public'::regnamespace ORDER BY 1"
                )
            )
            .scalars()
            .all()
        )
        state: dict[str, Any] = {
            t: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{t}"')).all())) for t in tables
        }
        state["sequences"] = conn.execute(
            text("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1")
        ).all()
    engine.dispose()
    return state


def test_a_database_put_back_is_as_new(pg_databases: PgDatabases) -> None:
    name = pg_databases.create()
    fresh = _state(pg_databases, name)
    db = open_database(pg_databases.url_of(name))
    uid = universities.create(db, {"name": "Universitas Jember", "short_name": "UNEJ"})
    umkm.create(db, {"name": "Tahu Bu Sri", "region_code": "35.09"})
    with db.transaction() as s:
        s.execute(
            text("UPDATE app_settings SET value = '9' WHERE key = 'max_active_pairings_per_team'")
        )
        s.execute(text("DELETE FROM regions WHERE code = '35.78'"))
    db.dispose()
    assert uid >= 1 and _state(pg_databases, name) != fresh
    pg_databases.drop(name)
    again = pg_databases.create()
    assert again == name  # reused, not cloned anew
    assert _state(pg_databases, again) == fresh
    pg_databases.drop(again)


def test_a_database_with_a_changed_schema_is_not_reused(pg_databases: PgDatabases) -> None:
    name = pg_databases.create()
    engine = create_engine(pg_databases.url_of(name), poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_test_only ON umkm (owner_name)"))
    engine.dispose()
    pg_databases.drop(name)
    other = pg_databases.create()
    assert other != name
    pg_databases.drop(other)
