"""Word-start search on PostgreSQL, as FTS5 gives SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 07:45:00

On SQLite the UMKM and student lists find a record by the start of ANY word of its
name, owner or number ("sri" finds "Warung Bu Sri") through FTS5. PostgreSQL matched
only the start of the whole field (migration 0003). These GIN indexes over
``to_tsvector('simple', …)`` of the same columns let the list engine and the pickers
ask ``@@ to_tsquery('simple', 'sri:*')`` instead. Everything but letters and digits
splits words first, as FTS5's unicode61 tokenizer does: PostgreSQL's own parser would
keep "CV.Maju" or "Sri/Ani" whole, so "maju" or "ani" would not find them.

The expression is written out here as it was released; ``core.db.fts.pg_document``
must keep building exactly this text, or the index is not used (a test checks the
plan). A no-op on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXES = {
    "umkm": ("name", "owner_name", "nib"),
    "students": ("name", "nim"),
}


def _document(columns: tuple[str, ...]) -> str:
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"to_tsvector('simple', regexp_replace({joined}, '[^[:alnum:]]+', ' ', 'g'))"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in _INDEXES.items():
        op.execute(f"CREATE INDEX ix_{table}_words ON {table} USING gin (({_document(columns)}))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _INDEXES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_words")
