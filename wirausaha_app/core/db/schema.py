"""The schema revision this program writes, readable without importing Alembic.

``SCHEMA_HEAD`` must equal the head of ``migrations/versions`` (a test checks it);
bump it together with every new migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

SCHEMA_HEAD = "0004"


def stored_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database, or None for an empty database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
