"""The same code on PostgreSQL (runs when WIRAUSAHA_TEST_PG_URL names a scratch database;
CI starts a local server and sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.errors import NewerDatabaseError
from wirausaha_app.core.db.lifecycle import open_database
from wirausaha_app.core.db.migrate import head_revision
from wirausaha_app.core.services.stats import entity_counts

PG_URL = os.environ.get("WIRAUSAHA_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="WIRAUSAHA_TEST_PG_URL is not set"),
]


def _reset_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def pg_db() -> Iterator[Database]:
    assert PG_URL
    _reset_schema(PG_URL)
    db = open_database(PG_URL)
    yield db
    db.dispose()


def test_migrations_and_seed_data_on_postgres(pg_db: Database) -> None:
    with pg_db.session() as s:
        assert (
            s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        )
        assert (
            s.execute(text("SELECT count(*) FROM regions WHERE province_code='35'")).scalar() == 38
        )
        assert entity_counts(s)["umkm"] == 0


def test_constraints_hold_on_postgres(pg_db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), pg_db.transaction() as s:
        s.execute(text("INSERT INTO umkm(name, region_code, nib) VALUES ('X', '35.78', '123')"))
    with pg_db.transaction() as s:
        s.execute(text("INSERT INTO umkm(name, region_code) VALUES ('Tahu Bu Sri', '35.78')"))
    with pg_db.session() as s:
        assert entity_counts(s)["umkm"] == 1


def test_newer_schema_is_refused_on_postgres(pg_db: Database) -> None:
    with pg_db.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert PG_URL
    with pytest.raises(NewerDatabaseError):
        open_database(PG_URL)


def test_prefix_search_can_use_the_lower_case_indexes(pg_db: Database) -> None:
    """Migration 0003: ``lower(name) LIKE lower('war%')`` is served by an index."""
    with pg_db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            s.execute(
                text("EXPLAIN SELECT id FROM umkm WHERE lower(name) LIKE lower(:p)"),
                {"p": "war%"},
            ).scalars()
        )
    assert "ix_umkm_name_lower" in plan


def test_word_search_is_served_by_the_word_index(pg_db: Database) -> None:
    """Migration 0004: the list engine's word search reads the GIN index."""
    from wirausaha_app.core.listing import ListQuery, get_spec
    from wirausaha_app.core.listing.engine import _Sql

    sql = _Sql(get_spec("umkm"), ListQuery("umkm", search="sri"), "postgresql")
    with pg_db.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(s.execute(text("EXPLAIN " + sql.count_sql()), sql.params).scalars())
    assert "ix_umkm_words" in plan


def test_a_narrow_word_search_sorts_its_matches(pg_db: Database) -> None:
    """Under a tenth of the table matching: the matches are sorted (``coalesce`` keeps
    the planner off the name index, which it walked testing every row: 2.5 s on 1M);
    a broad match walks the index. The rows come in name order either way."""
    from wirausaha_app.core.listing import ListQuery
    from wirausaha_app.core.listing.engine import ListResult

    with pg_db.transaction() as s:
        s.execute(
            text("INSERT INTO umkm (name, region_code) VALUES (:n, '35.78')"),
            [{"n": f"Toko {i:03d}"} for i in range(300)]
            + [{"n": f"Warung {name}"} for name in ("Sri", "Ani", "Budi", "Citra")],
        )
    with pg_db.engine.begin() as conn:
        conn.execute(text("ANALYZE umkm"))
    narrow = ListResult(pg_db, ListQuery("umkm", search="warung"))
    assert narrow.count == 4
    assert "coalesce(u.name, u.name)" in narrow.statements()[0]
    assert [r.values[0] for r in narrow.page(0)] == [
        "Warung Ani", "Warung Budi", "Warung Citra", "Warung Sri"
    ]
    broad = ListResult(pg_db, ListQuery("umkm", search="toko"))
    assert broad.count == 300
    assert "coalesce(u.name" not in broad.statements()[0]
    assert [r.values[0] for r in broad.page(0)][:2] == ["Toko 000", "Toko 001"]
