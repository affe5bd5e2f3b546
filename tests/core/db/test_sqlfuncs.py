"""Dialect helpers: the same expression gives the same rows on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.dialects import postgresql, sqlite

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.sqlfuncs import escape_like, starts_with_icase
from wirausaha_app.core.models import Umkm
from wirausaha_app.core.services.records import umkm


def test_starts_with_icase_compiles_per_dialect() -> None:
    clause = starts_with_icase(Umkm.name, "war")
    on_sqlite = str(clause.compile(dialect=sqlite.dialect()))
    assert " LIKE " in on_sqlite and "lower(" not in on_sqlite  # the index stays usable
    on_postgres = str(clause.compile(dialect=postgresql.dialect()))
    assert on_postgres.startswith("lower(umkm.name) LIKE lower(") and "ESCAPE" in on_postgres


def test_escape_like() -> None:
    assert escape_like("100%_a\\b") == "100\\%\\_a\\\\b"


def test_starts_with_icase_on_the_database(db: Database) -> None:
    for name in ("Warung Bu Sri", "WARUNG BARU", "Toko Warung", "100% Kopi", "1000 Kopi"):
        umkm.create(db, {"name": name, "region_code": "35.78"})

    def names(prefix: str) -> list[str]:
        stmt = select(Umkm.name).where(starts_with_icase(Umkm.name, prefix)).order_by(Umkm.name)
        with db.session() as s:
            return list(s.scalars(stmt))

    assert names("warung") == ["WARUNG BARU", "Warung Bu Sri"]
    assert names("100%") == ["100% Kopi"]  # the typed % is a character, not a wildcard
    assert names("Toko W") == ["Toko Warung"]
    assert names("x") == []


@pytest.mark.postgres
def test_starts_with_icase_can_use_a_lower_index_on_postgres(pg_db: Database) -> None:
    with pg_db.transaction() as s:
        s.execute(text("CREATE INDEX ix_test_lower_name ON umkm (lower(name) text_pattern_ops)"))
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: force the choice
        stmt = select(Umkm.id).where(starts_with_icase(Umkm.name, "warung"))
        sql = stmt.compile(dialect=s.get_bind().dialect, compile_kwargs={"literal_binds": True})
        plan = " ".join(row[0] for row in s.execute(text(f"EXPLAIN {sql}")))
    assert "ix_test_lower_name" in plan, plan
