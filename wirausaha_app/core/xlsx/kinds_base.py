"""The shared machinery of import kinds: options, records, lookups of existing rows."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from wirausaha_app.core.db import fts
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, msg
from wirausaha_app.core.models import Cohort, Region, University
from wirausaha_app.core.progress import Progress
from wirausaha_app.core.rules.errors import ErrorCollector, FieldError, ValidationError
from wirausaha_app.core.rules.validation import NAME_MAX_LENGTH
from wirausaha_app.core.xlsx import parse
from wirausaha_app.core.xlsx.headers import FieldSpec

FTS_BULK_THRESHOLD = 2000  # above this, rebuild the search index once instead of per row
BATCH = 5000


@dataclass
class ImportOptions:
    cohort: str | None = None  # default cohort for rows that name none
    update_existing: bool = False  # rows matching an existing record update it
    skip_invalid: bool = False  # import the valid rows even when others are refused


@dataclass
class Record:
    row: int
    values: dict[str, Any]
    existing_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def folded(text: Any) -> str:
    """A name as compared on import: case and runs of spaces do not matter."""
    return " ".join(str(text).split()).lower()


class Lookups:
    """Universities and cohorts by name (any case), regions by official spelling."""

    def __init__(self, session: Session, options: ImportOptions,
                 prefer_province: str | None = None) -> None:
        self.universities: dict[str, int] = {}
        for uid, name, short in session.execute(
            select(University.id, University.name, University.short_name)
        ):
            self.universities[folded(name)] = uid
            if short:
                self.universities.setdefault(folded(short), uid)
        self.cohorts: dict[str, int] = {
            folded(name): cid for cid, name in session.execute(select(Cohort.id, Cohort.name))
        }
        self.regions = parse.RegionMatcher(
            session.execute(select(Region.code, Region.name, Region.province_code)).all(),
            prefer_province,
        )
        self.default_cohort: int | None = None
        if options.cohort:
            self.default_cohort = self.cohorts.get(folded(options.cohort))
            if self.default_cohort is None:
                raise FieldError("cohort", msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "No cohort is named “{name}”."), name=options.cohort))

    def university(self, value: Any, *, field: str = "university",
                   required: bool = True) -> int | None:
        if parse.blank(value):
            if required:
                raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                    "Validation", "This field is required.")))
            return None
        uid = self.universities.get(folded(parse.text(value)))
        if uid is None:
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "Unknown university “{name}”: add it (or import universities) first."),
                name=parse.text(value)))
        return uid

    def cohort(self, value: Any, *, field: str = "cohort", required: bool = True) -> int | None:
        if parse.blank(value):
            if self.default_cohort is None and required:
                raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "Name the cohort in this column or choose a default cohort.")))
            return self.default_cohort
        cid = self.cohorts.get(folded(parse.text(value)))
        if cid is None:
            raise FieldError(field, msg(QT_TRANSLATE_NOOP(
                "Xlsx", "Unknown cohort “{name}”: add it (or import cohorts) first."),
                name=parse.text(value)))
        return cid


def not_masked(value: Any, field: str) -> Any:
    """A masked value from an export without full personal data cannot be imported."""
    if isinstance(value, str) and "*" in value:
        raise FieldError(field, msg(QT_TRANSLATE_NOOP(
            "Xlsx", "This value is masked (from an export without full personal data); "
            "leave it empty or type the real value.")))
    return value


class KindHandler:
    """One importable kind. Subclasses define the fields and the four steps."""

    name: str = ""
    title: str = ""  # the export/template sheet name
    fields: tuple[FieldSpec, ...] = ()
    key_field: str = ""
    table: Table | None = None
    fts_index: fts.FtsIndex | None = None

    streams = False  # True: :meth:`open_stream` writes while the rows are validated
    # Fields a new record gets a default for when the cell is empty ("registered");
    # an update leaves the stored value instead (see :func:`update_values`).
    update_defaults: tuple[str, ...] = ()

    def has_default(self, field_key: str, options: ImportOptions) -> bool:
        return field_key == "cohort" and bool(options.cohort)

    def open_stream(self, session: Session) -> Any:
        """A writer inside ``session``'s transaction: ``pack(new_records)`` (called by
        the importing thread, no database access), ``add(packed)`` and
        ``finish(update_records, ctx)`` (called by the writer's thread)."""
        raise NotImplementedError

    def load_context(self, session: Session, options: ImportOptions) -> Any:
        return Lookups(session, options)

    def convert(self, values: dict[str, Any], ctx: Any, row: int) -> Record:
        raise NotImplementedError

    def convert_rows(
        self, columns: dict[str, list[Any]], rows: list[int], ctx: Any, progress: Progress,
    ) -> list[Record | FieldError | ValidationError]:
        """Every row's :meth:`convert` outcome (a record or its errors), in order.
        Kinds with big imports override this to work column by column."""
        outcomes: list[Record | FieldError | ValidationError] = []
        keys = list(columns)
        for n, row in enumerate(rows):
            if n % 5000 == 0:
                progress.step(n, len(rows), "validate")
            try:
                outcomes.append(self.convert({k: columns[k][n] for k in keys}, ctx, row))
            except (FieldError, ValidationError) as error:
                outcomes.append(error)
        return outcomes

    def key(self, record: Record) -> Hashable | None:
        return None

    def describe_key(self, key: Any) -> str:
        return str(key[-1] if isinstance(key, tuple) else key)

    def existing_id(self, key: Any, ctx: Any) -> int | None:
        return None

    def unchanged(self, record: Record, ctx: Any) -> bool:
        """True when the existing record already holds exactly these values."""
        return False

    def rule_problems(self, db: Database, records: Sequence[Record],
                      ctx: Any) -> list[tuple[Record, FieldError]]:
        """Refusals only writing would reveal (rules across rows and the database, such
        as pairing limits), so the preview lists them by row instead of the commit
        refusing the file. Kinds whose :meth:`write` inserts checked rows have none."""
        return []

    def write(self, session: Session, records: Sequence[Record], ctx: Any,
              progress: Progress) -> None:
        assert self.table is not None
        new = [r.values for r in records if r.existing_id is None]
        old = [{**update_values(r), "id": r.existing_id}
               for r in records if r.existing_id is not None]
        bulk_insert(session, self.table, new, progress, self.fts_index)
        bulk_update(session, self.table, old)


class Memo:
    """Per-field caches of rule answers for columns whose values repeat (regions, amounts,
    dates, codes): a rule is a pure function of the cell, so its answer can be reused.
    Used through :class:`ColumnChecks`; kept on the import context for the whole sheet."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self.caches: dict[str, dict[tuple[type, Any], Any]] = {}


_MISSING = object()
SLOW: Any = object()  # a fast column path's "ask the rule" for one cell


def required_error(field_key: str) -> FieldError:
    return FieldError(field_key, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))


class ColumnChecks:
    """Runs a rule down a whole column, keeping each row's :class:`FieldError`s.

    One Python loop per column instead of a collector per row: with 100k rows the
    per-cell overhead is what counts. ``cache`` (a dict kept for the whole import)
    reuses the answer for a value already seen, for columns whose values repeat."""

    def __init__(self, columns: dict[str, list[Any]], n: int) -> None:
        self.columns = columns
        self.n = n
        self.errors: dict[int, list[FieldError]] = {}

    def run(self, field_key: str, rule: Any, *args: Any, required: bool = False,
            cache: dict[Any, Any] | None = None, raw: list[Any] | None = None,
            fast: Callable[[list[Any]], list[Any]] | None = None,
            **kwargs: Any) -> list[Any]:
        """``fast`` (optional) maps the whole column at once to each cell's answer, or
        :data:`SLOW` where the cell needs the rule itself: it must give exactly the
        rule's answer wherever it answers (the import speed tests compare both)."""
        values = raw if raw is not None else self.columns.get(field_key)
        out: list[Any] = [None] * self.n
        errors = self.errors
        if values is None:
            if required:
                for i in range(self.n):
                    errors.setdefault(i, []).append(required_error(field_key))
            return out
        pending: Iterable[tuple[int, Any]] = enumerate(values)
        if fast is None and cache:
            # Values seen before (earlier chunks) answer straight from the cache, in one
            # comprehension; blanks, refusals and new values take the loop below.
            get = cache.get
            fast = lambda values: [  # noqa: E731
                SLOW if (hit := get((v.__class__, v), SLOW)).__class__ is _Refused else hit
                for v in values]
        if fast is not None:
            out = fast(values)
            pending = [(i, values[i]) for i, f in enumerate(out) if f is SLOW]
            for i, _v in pending:
                out[i] = None
        for i, v in pending:
            if v is None or v == "":
                if required:
                    errors.setdefault(i, []).append(required_error(field_key))
                continue
            if cache is not None:
                key = (type(v), v)
                hit = cache.get(key, _MISSING)
                if hit is _MISSING:
                    hit = self._apply(rule, v, args, field_key, kwargs)
                    if len(cache) < Memo.LIMIT:
                        cache[key] = hit
            else:
                hit = self._apply(rule, v, args, field_key, kwargs)
            if isinstance(hit, _Refused):
                errors.setdefault(i, []).extend(hit.errors)
            else:
                out[i] = hit
        return out

    @staticmethod
    def _apply(rule: Any, v: Any, args: tuple[Any, ...], field_key: str,
               kwargs: dict[str, Any]) -> Any:
        try:
            return rule(v, *args, field=field_key, **kwargs)
        except FieldError as error:
            return _Refused([error])
        except ValidationError as error:
            return _Refused(error.errors)


# Column fast paths for the shapes that fill big sheets (text cells that are already
# fine). Each answers only where the answer is certain to be the rule's own and leaves
# every other cell (numbers, dates, blanks of required columns, anything suspicious) to
# the rule, so messages and edge cases stay exactly the rule's.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, all 65 of them


def text_column(max_length: int | None = None) -> Callable[[list[Any]], list[Any]]:
    """``rules.text`` (optional, trimmed, None when blank) for text cells."""
    limit = sys.maxsize if max_length is None else max_length

    def fast(values: list[Any]) -> list[Any]:
        return [None if v is None else
                ((s if len(s) <= limit else SLOW) if (s := v.strip()) else None)
                if v.__class__ is str else SLOW for v in values]
    return fast


def name_column(max_length: int = NAME_MAX_LENGTH) -> Callable[[list[Any]], list[Any]]:
    """``rules.name`` (required, one line) for text cells; blanks go to the rule."""
    search = _CONTROL.search

    def fast(values: list[Any]) -> list[Any]:
        return [s if v.__class__ is str and (s := v.strip()) and len(s) <= max_length
                and not search(s) else SLOW for v in values]
    return fast


def digits_column(length: int) -> Callable[[list[Any]], list[Any]]:
    """Fixed-length identifiers (``rules.nib``) typed as text of plain ASCII digits."""
    def fast(values: list[Any]) -> list[Any]:
        return [None if v is None or v == "" else
                v if v.__class__ is str and len(v) == length and v.isdigit() and v.isascii()
                else SLOW for v in values]
    return fast


@dataclass(frozen=True)
class _Refused:
    errors: list[FieldError]


def run_rules(values: dict[str, Any], checks: dict[str, Any]) -> dict[str, Any]:
    """``{field: (rule, args, kwargs)}`` → normalised values, or ValidationError with all."""
    errors = ErrorCollector()
    out: dict[str, Any] = {}
    for field_key, (rule, kwargs) in checks.items():
        out[field_key] = errors.check(rule, values.get(field_key), field=field_key, **kwargs)
    errors.raise_if_any()
    return out


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]],
                progress: Progress, index: fts.FtsIndex | None = None) -> list[int]:
    """Core executemany in batches; ids returned in input order. Big loads drop the FTS
    triggers and rebuild the index once, inside the same transaction."""
    if not rows:
        return []
    conn = session.connection()
    bulk_fts = index is not None and len(rows) > FTS_BULK_THRESHOLD and fts.available(conn)
    if bulk_fts:
        assert index is not None
        fts.drop_triggers(conn, index)
    ids: list[int] = []
    if conn.dialect.name == "sqlite":
        # The transaction began IMMEDIATE, so nobody else can take ids meanwhile; giving
        # ids up front makes a plain executemany possible (4× faster than RETURNING).
        base = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        ids = list(range(base + 1, base + 1 + len(rows)))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        columns = list(dict.fromkeys(k for row in rows[:1] for k in row))
        for start in range(0, len(rows), BATCH):
            _executemany(conn, table, columns, rows[start:start + BATCH])
            progress.step(start + BATCH, len(rows), "insert")
    else:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            ids.extend(conn.execute(stmt, chunk).scalars().all())
            progress.step(start + len(chunk), len(rows), "insert")
    if bulk_fts:
        assert index is not None
        fts.rebuild(conn, index)
        fts.create_triggers(conn, index)
    return ids


def _executemany(conn: Any, table: Table, columns: list[str],
                 rows: list[dict[str, Any]]) -> None:
    """The Core ``insert()`` compiled once, executed with plain tuples: SQLAlchemy's
    per-row parameter processing costs more than SQLite's own insert, so each column's
    bind processor (dates → ISO text, booleans → 0/1) is applied here directly."""
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=columns)
    sql = str(compiled)
    columns = list(compiled.positiontup or columns)  # the order of the "?" placeholders
    tuples = _driver_rows(conn, table, columns, rows)
    conn.exec_driver_sql(sql, tuples)


def _driver_rows(conn: Any, table: Table, columns: list[str],
                 rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """``rows`` as tuples in ``columns`` order, each value as the driver takes it."""
    dialect = conn.dialect
    procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    for name, proc in zip(columns, procs, strict=True):
        if proc is None:
            continue  # most columns (text, integers) go to the driver as they are
        for row in rows:  # only the few typed columns (dates, booleans) need work
            v = row.get(name)
            if v is not None:
                row[name] = proc(v)
    getter = itemgetter(*columns)
    if len(columns) == 1:
        return [(getter(row),) for row in rows]
    return [getter(row) for row in rows]


class StreamInserter:
    """Batches of one table's new rows, inserted inside the caller's transaction as they
    arrive (the streamed import's writer thread), ids returned in input order.

    On SQLite each statement inserts as many rows as its parameter limit allows (one
    multi-row ``VALUES``): Python's sqlite3 releases the GIL for a whole statement, so the
    inserting (indexes, constraints) runs while the importing thread keeps validating.
    An ``executemany`` takes the GIL back after every row and, next to a busy Python
    thread, waits a switch interval each time (3–6× slower here, measured).
    PostgreSQL inserts with RETURNING.
    """

    def __init__(self, conn: Any, table: Table) -> None:
        self.conn = conn
        self.table = table
        self.sqlite = conn.dialect.name == "sqlite"
        self.next_id = 0
        self.max_params = 0
        if self.sqlite:
            # The transaction began IMMEDIATE: nobody else can take ids meanwhile.
            self.next_id = 1 + conn.execute(
                select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
            self.max_params = _max_params(conn)

    def insert(self, rows: list[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        if not self.sqlite:
            stmt = insert(self.table).returning(self.table.c.id, sort_by_parameter_order=True)
            return list(self.conn.execute(stmt, rows).scalars().all())
        ids, statements = self.pack(rows)
        self.run(statements)
        return ids

    def pack(self, rows: list[dict[str, Any]]) -> tuple[list[int], list[tuple[str, tuple]]]:
        """SQLite only, no database access: ids for ``rows`` and the statements that
        insert them. Pure Python, so the importing thread can do it while the writer's
        thread is busy inside SQLite; :meth:`run` then executes them in order."""
        assert self.sqlite
        if not rows:
            return [], []
        ids = list(range(self.next_id, self.next_id + len(rows)))
        self.next_id += len(rows)
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        columns = list(rows[0])
        tuples = _driver_rows(self.conn, self.table, columns, rows)
        quote = self.conn.dialect.identifier_preparer.quote
        head = f"INSERT INTO {quote(self.table.name)} ({', '.join(map(quote, columns))}) VALUES "
        one = "(" + ", ".join("?" * len(columns)) + ")"
        per = max(1, self.max_params // len(columns))
        full = head + ", ".join([one] * per)
        statements = []
        for start in range(0, len(tuples), per):
            chunk = tuples[start:start + per]
            sql = full if len(chunk) == per else head + ", ".join([one] * len(chunk))
            statements.append((sql, tuple(chain.from_iterable(chunk))))
        return ids, statements

    def run(self, statements: list[tuple[str, tuple]]) -> None:
        for sql, params in statements:
            # Through SQLAlchemy, so errors arrive wrapped (disk full, constraint) as
            # everywhere else.
            self.conn.exec_driver_sql(sql, params)


def _max_params(conn: Any) -> int:
    """SQLite's limit on parameters per statement (999 before 3.32, 32766 since)."""
    dbapi = conn.connection.dbapi_connection
    try:
        return int(dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except AttributeError:  # Python < 3.11 cannot ask
        return 999


def update_values(record: Record) -> dict[str, Any]:
    """What updating an existing record writes: only what the sheet says.

    An empty cell, or a column the sheet does not have, keeps the stored value: a sheet
    of names and phone numbers must not erase the NIK, e-mail or status of everyone in
    it (None would). A value the importer filled in by default for an empty cell (a
    status, a kind) is not written over the stored one either.
    """
    defaulted = record.extra.get("defaulted", ())
    return {k: v for k, v in record.values.items() if v is not None and k not in defaulted}


def bulk_update(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    from sqlalchemy import bindparam

    conn = session.connection()
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        cols = tuple(sorted(k for k in row if k != "id"))
        by_columns.setdefault(cols, []).append({**{f"v_{k}": row[k] for k in cols},
                                                "v_id": row["id"]})
    for cols, params in by_columns.items():
        stmt = (update(table).where(table.c.id == bindparam("v_id"))
                .values({c: bindparam(f"v_{c}") for c in cols}))
        conn.execute(stmt, params)
