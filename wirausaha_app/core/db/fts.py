"""Full-text search indexes (SQLite FTS5) kept in step with their base tables.

External-content FTS5 tables hold only the index; triggers keep them current on
every insert/update/delete, in the same transaction as the write. Bulk loaders
(demo data, large imports) drop the triggers, insert, then :func:`rebuild` — much
faster than a trigger per row. PostgreSQL has no FTS5: there the same words are
found through a GIN index over ``to_tsvector('simple', …)`` of the same columns
(migration 0004; :func:`pg_document`, :func:`pg_query`), kept current by PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection


@dataclass(frozen=True)
class FtsIndex:
    table: str  # base table
    columns: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.table}_fts"


UMKM_FTS = FtsIndex("umkm", ("name", "owner_name", "nib"))
STUDENTS_FTS = FtsIndex("students", ("name", "nim"))
INDEXES = (UMKM_FTS, STUDENTS_FTS)


def by_name(name: str) -> FtsIndex:
    """The index whose FTS5 table is ``name`` (``"umkm_fts"``)."""
    return next(index for index in INDEXES if index.name == name)


def available(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _create_table_sql(index: FtsIndex) -> str:
    cols = ", ".join(index.columns)
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index.name} USING fts5({cols}, "
        f"content='{index.table}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


def _trigger_sql(index: FtsIndex) -> list[str]:
    cols = ", ".join(index.columns)
    new = ", ".join(f"new.{c}" for c in index.columns)
    old = ", ".join(f"old.{c}" for c in index.columns)
    t, f = index.table, index.name
    return [
        f"CREATE TRIGGER IF NOT EXISTS {f}_ai AFTER INSERT ON {t} BEGIN "
        f"INSERT INTO {f}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER IF NOT EXISTS {f}_ad AFTER DELETE ON {t} BEGIN "
        f"INSERT INTO {f}({f}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER IF NOT EXISTS {f}_au AFTER UPDATE OF {cols} ON {t} BEGIN "
        f"INSERT INTO {f}({f}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {f}(rowid, {cols}) VALUES (new.id, {new}); END",
    ]


def create(conn: Connection, index: FtsIndex) -> None:
    if not available(conn):
        return
    conn.exec_driver_sql(_create_table_sql(index))
    create_triggers(conn, index)


def create_triggers(conn: Connection, index: FtsIndex) -> None:
    if available(conn):
        for sql in _trigger_sql(index):
            conn.exec_driver_sql(sql)


def drop_triggers(conn: Connection, index: FtsIndex) -> None:
    if available(conn):
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index.name}_{suffix}")


def rebuild(conn: Connection, index: FtsIndex) -> None:
    if available(conn):
        conn.exec_driver_sql(f"INSERT INTO {index.name}({index.name}) VALUES ('rebuild')")


def drop(conn: Connection, index: FtsIndex) -> None:
    if available(conn):
        drop_triggers(conn, index)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {index.name}")


def match_query(text: str) -> str:
    """User text → an FTS5 query of quoted prefix terms (no FTS syntax errors possible)."""
    terms = [t.replace('"', '""') for t in text.split() if t.strip('"')]
    return " ".join(f'"{t}"*' for t in terms)


def pg_document(index: FtsIndex, alias: str = "") -> str:
    """PostgreSQL's searchable words of a row: the expression migration 0004 indexes
    (anything but letters and digits splits words, as FTS5's unicode61 does).

    ``alias`` qualifies the columns (``"u."``); the index matches the unqualified form.
    """
    joined = " || ' ' || ".join(f"coalesce({alias}{c}, '')" for c in index.columns)
    return f"to_tsvector('simple', regexp_replace({joined}, '[^[:alnum:]]+', ' ', 'g'))"


def pg_match_sql(index: FtsIndex, what: str = "id") -> str:
    """``SELECT what`` of the rows of ``index.table`` whose words match ``:q``
    (a :func:`pg_query`), served by migration 0004's index."""
    return (
        f"SELECT {what} FROM {index.table}"
        f" WHERE {pg_document(index)} @@ to_tsquery('simple', :q)"
    )


_WORD = re.compile(r"[^\W_]+")


def pg_query(text: str) -> str:
    """User text → a ``to_tsquery('simple', …)`` of prefix terms, ANDed.

    The text is split into words as the document is (``"CV.Maju"`` → ``cv``, ``maju``),
    so only letters and digits reach the query: no syntax errors possible. Text
    without a letter or digit gives "" (the caller then finds nothing).
    """
    return " & ".join(f"{word}:*" for word in _WORD.findall(text))
