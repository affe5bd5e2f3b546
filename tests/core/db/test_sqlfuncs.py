"""Dialect helpers: the same expression gives the same rows on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.db.sqlfuncs import escape_like, starts_with_icase
from wirausaha_app.core.models import Umkm
from wirausaha_app.core.services.records import umkm


def test_starts_with_icase_compiles_per_dialect() -> None:
    clause = starts_with_icase(Umkm.name, "war")
    assert " LIKE " in str(clause.compile(dialect=sqlite.dialect()))
    assert "lower(" not in str(clause.compile(dialect=sqlite.dialect()))  # index stays usable
    assert " ILIKE " in str(clause.compile(dialect=postgresql.dialect()))


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
