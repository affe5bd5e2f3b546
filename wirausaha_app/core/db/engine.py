"""Engine and sessions with the SQLite settings every connection needs.

pysqlite's legacy transaction handling does not BEGIN before SELECT or DDL, so
isolation is disabled at the driver and BEGIN is emitted by SQLAlchemy's ``begin``
event, as the SQLAlchemy SQLite dialect documentation describes. Writes use
``BEGIN IMMEDIATE`` so a second writer waits (busy timeout) instead of failing
halfway through a transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from wirausaha_app.core.db.errors import save_error

BUSY_TIMEOUT_MS = 5000
# Tests lower the wait for a busy database (a second writer) without waiting 5 s.
BUSY_TIMEOUT_ENV = "WIRAUSAHA_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    """How long a write waits for another writer: BUSY_TIMEOUT_MS unless overridden."""
    try:
        return max(0, int(os.environ[BUSY_TIMEOUT_ENV]))
    except (KeyError, ValueError):
        return BUSY_TIMEOUT_MS
_IMMEDIATE = "wirausaha_immediate"


def to_url(target: str | Path) -> str:
    """A path becomes an SQLite URL; anything with ``://`` is taken as a URL.

    SQLAlchemy renders the path, so a "#", "?" or "%41" in a file name stays part of
    the name ("sqlite:///Kampus #2.db" would open "Kampus ").
    """
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL (any ``sqlite+driver``), else None."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None  # an SQLite URI filename: not a plain file we manage
    return Path(database)


def readonly_uri(path: Path) -> str:
    """``path`` as an SQLite URI opening it read-only, for ``sqlite3.connect(uri=True)``.

    Written by ``Path.as_uri``, which escapes what a URI would otherwise end or decode
    ("#", "?", "%41"): with ``f"file:{path}"`` a file named "Kampus #2.db" was read as
    "Kampus " — created empty, then backed up and checked as if it were the database.
    """
    return path.resolve().as_uri() + "?mode=ro"


def _configure_sqlite(engine: Engine, timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL keeps the last commit after a power cut, not just consistency.
        cursor.execute("PRAGMA synchronous = FULL")
        # 8 MB per connection: the pool may hold several, and the UI must stay under 200 MiB.
        cursor.execute("PRAGMA cache_size = -8000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        timeout_ms = busy_timeout_ms()
        engine = create_engine(url, connect_args={"timeout": timeout_ms / 1000}, **kwargs)
        _configure_sqlite(engine, timeout_ms)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


@dataclass
class Database:
    """An open, migrated database: engine, sessions and where it lives."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def display_name(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A session for reading (deferred BEGIN)."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one write transaction: committed whole or rolled back.

        SQLite failures (busy, disk full, read-only, a disk error, damage) become
        :class:`UserError`s saying what happened; nothing of the action is kept.
        """
        session = self._sessions()
        try:
            if self.is_sqlite:
                session.connection(execution_options={_IMMEDIATE: True})
            yield session
            session.commit()
        except SADatabaseError as exc:
            session.rollback()
            translated = translate_operational_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def translate_operational_error(exc: SADatabaseError) -> Exception:
    """An SQLite error of a write as the coordinator's message (else unchanged).

    Only SQLite's errors: a constraint or a PostgreSQL error stays what it is (the
    services and the importer explain those themselves).
    """
    if not isinstance(exc.orig, sqlite3.Error) or isinstance(exc, IntegrityError):
        return exc
    return save_error(exc.orig) or exc
