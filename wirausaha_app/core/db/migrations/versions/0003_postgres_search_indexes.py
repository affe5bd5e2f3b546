"""Case-insensitive prefix search indexes for PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 07:00:00

SQLite searches names through FTS5 (migration 0001); PostgreSQL has no FTS5, so the
list engine and the pickers search with ``lower(col) LIKE lower(:prefix)``. These
``text_pattern_ops`` expression indexes let PostgreSQL answer that from an index
(1M UMKM: 275 ms → 1.8 ms for a narrow prefix). A no-op on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("umkm", "name"),
    ("umkm", "owner_name"),
    ("umkm", "nib"),
    ("students", "name"),
    ("students", "nim"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in _COLUMNS:
        op.execute(
            f"CREATE INDEX ix_{table}_{column}_lower ON {table} (lower({column}) text_pattern_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in _COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_lower")
