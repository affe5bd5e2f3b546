"""``wirausaha check`` on PostgreSQL: what can go wrong there that SQLite's
``integrity_check``/``foreign_key_check`` would have caught, or that SQLite cannot have.

The server keeps pages and foreign keys consistent itself, so the check looks at what
it does not: constraints or indexes left unvalidated/invalid, and id sequences that
fell behind rows written with explicit ids (a restore, a bulk load) — the next record
saved would then fail with a duplicate key.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, select, text

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import Base


def _id_tables() -> list[Table]:
    return [
        table
        for table in Base.metadata.sorted_tables
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement is not False
    ]


def sequence_problems(conn: Connection) -> list[str]:
    """Tables whose id sequence would hand out an id already in use."""
    problems = []
    for table in _id_tables():
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}
        ).scalar()
        if sequence is None:
            continue  # no sequence behind this id (not created by our migrations)
        last, called = conn.execute(
            text(f"SELECT last_value, is_called FROM {sequence}")  # name from the catalog
        ).one()
        next_id = int(last) + 1 if called else int(last)
        highest = conn.execute(select(func.max(table.c.id))).scalar()
        if highest is not None and next_id <= highest:
            problems.append(str(msg(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "sequence {sequence}: next id {next_id} but {table} already has id "
                    "{highest} (new records would fail)",
                ),
                sequence=sequence, next_id=next_id, table=table.name, highest=highest,
            )))
    return problems


def catalog_problems(conn: Connection) -> list[str]:
    """Constraints not validated and indexes left invalid, in the current schema."""
    constraints = conn.execute(
        text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace "
            "ORDER BY 1, 2"
        )
    ).all()
    indexes = conn.execute(
        text(
            "SELECT i.indexrelid::regclass::text FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE NOT (i.indisvalid AND i.indisready) "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1"
        )
    ).scalars()
    return [
        str(msg(QT_TRANSLATE_NOOP("Database", "constraint {name} on {table} is not validated"),
                name=name, table=table))
        for table, name in constraints
    ] + [
        str(msg(QT_TRANSLATE_NOOP("Database", "index {name} is not valid"), name=name))
        for name in indexes
    ]


def server_problems(conn: Connection) -> list[str]:
    """Everything above; empty when healthy."""
    return catalog_problems(conn) + sequence_problems(conn)
