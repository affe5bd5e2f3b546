"""Word-start search on PostgreSQL, as FTS5 gives SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 07:45:00

On SQLite the UMKM and student lists find a record by the start of ANY word of its
name, owner or number ("sri" finds "Warung Bu Sri") through FTS5. PostgreSQL matched
only the start of the whole field (migration 0003). These GIN indexes over
``to_tsvector('simple', …)`` of the same columns let the list engine and the pickers
ask ``@@ to_tsquery('simple', 'sri:*')`` instead; the expression is built by
``core.db.fts.pg_document`` and must stay identical for the index to be used.
A no-op on SQLite.
"""

from __future__ import annotations

from alembic import op

from wirausaha_app.core.db.fts import INDEXES, pg_document

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in INDEXES:
        op.execute(
            f"CREATE INDEX ix_{index.table}_words ON {index.table} USING gin (({pg_document(index)}))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS ix_{index.table}_words")
