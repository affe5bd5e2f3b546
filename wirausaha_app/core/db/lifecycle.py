"""Opening a database: create and stamp a new one, back up and upgrade an old one,
refuse (without touching a byte) one that is damaged, foreign or newer.

Every check before the upgrade reads the file through a read-only URI connection,
because even setting ``journal_mode=WAL`` would change the file.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from wirausaha_app.core.db.backup import create_backup
from wirausaha_app.core.db.engine import Database, make_engine, readonly_uri, sqlite_path, to_url
from wirausaha_app.core.db.errors import (
    CorruptDatabaseError,
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    UnreadableDatabaseError,
    is_damage,
)
from wirausaha_app.core.db.schema import SCHEMA_HEAD, stored_revision

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_sqlite_file(path: Path) -> str | None:
    """Return the file's schema revision (None = empty/new) or raise an open error."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(str(path))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _open_error(path, exc) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise ForeignDatabaseError(str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        raise _open_error(path, exc) from exc
    finally:
        conn.close()


def _open_error(path: Path, exc: sqlite3.Error) -> DatabaseOpenError:
    if is_damage(exc):
        return CorruptDatabaseError(str(path), str(exc))
    return UnreadableDatabaseError(str(path), str(exc))


def open_database(target: str | Path, *, backup_before_upgrade: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database at a path or URL.

    A database already at :data:`SCHEMA_HEAD` is opened without importing Alembic
    (100–150 ms of start-up); Alembic is loaded only to create or upgrade.
    """
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        revision = inspect_sqlite_file(path)
        if revision is not None and revision != SCHEMA_HEAD:
            from wirausaha_app.core.db.migrate import known_revisions

            if revision not in known_revisions():
                raise NewerDatabaseError(str(path), revision)
            if backup_before_upgrade:
                saved = create_backup(path, label=f"before-upgrade-from-{revision}")
                log.info("backed up the database before upgrading it: %s", saved.name)
        path.parent.mkdir(parents=True, exist_ok=True)

    engine = make_engine(url)
    with engine.connect() as conn:
        revision = stored_revision(conn)
    if revision != SCHEMA_HEAD:
        from wirausaha_app.core.db.migrate import known_revisions, upgrade

        if revision is not None and revision not in known_revisions():
            engine.dispose()
            raise NewerDatabaseError(url, revision)
        with engine.begin() as conn:
            upgrade(conn)
        log.info("database schema upgraded from %s to %s", revision or "empty", SCHEMA_HEAD)
    return Database(url=url, engine=engine)
