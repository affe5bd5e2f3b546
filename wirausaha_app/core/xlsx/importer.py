"""Import a sheet: read → match headers → convert and validate every row → one transaction.

Policy (issue 5, "a refused file changes nothing"): when any row has a problem the
whole file is refused and nothing is written, unless the caller explicitly asks to
import only the valid rows (``skip_invalid``; CLI ``--skip-invalid``). Accepted rows
are written in ONE transaction either way, so a crash, a cancel or a full disk
leaves the database as it was.

Steps, so the GUI wizard can show each one: :func:`prepare` (read the sheet safely,
find the header row, propose a column mapping the user may correct),
:func:`validate` (every problem by row, column and reason, nothing written) and
:func:`commit`. :func:`run_import` does all three in one go and, for kinds that
stream (UMKM), writes each validated chunk from a writer thread while the next one is
validated; the single transaction is rolled back when any row is refused, so the
outcome is the same as validating everything first (tests compare both).
"""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, Message, UserError, msg
from wirausaha_app.core.progress import SILENT, Cancelled, Progress
from wirausaha_app.core.rules.errors import FieldError, ValidationError
from wirausaha_app.core.xlsx import parse
from wirausaha_app.core.xlsx.headers import FieldSpec, auto_mapping, find_header_row
from wirausaha_app.core.xlsx.kinds import KINDS, ImportOptions, KindHandler, Record
from wirausaha_app.core.xlsx.reader import SheetData, read_sheet, sheet_names
from wirausaha_app.core.xlsx.safety import DEFAULT_LIMITS, Limits, column_letters
from wirausaha_app.core.xlsx.templates import EXAMPLES

__all__ = [
    "KINDS",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "PreparedSheet",
    "Problem",
    "commit",
    "prepare",
    "run_import",
    "validate",
]

_PROGRESS_EVERY = 5000
_CHUNK = 8192  # rows validated (and, when streaming, written) at a time
_FIRST_CHUNK = 2048


_gc_lock = threading.Lock()
_gc_pausers = 0  # imports in progress (any thread)
_gc_was_enabled = [True]  # the collector's state when the first of them began


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a sheet is read, checked or written.

    A 100k-row import allocates millions of container objects (cells, rows, records),
    and each allocation burst triggers full collections that walk every one of them:
    measured, 1.3 s of a 4 s import. Nothing the import builds is cyclic, so reference
    counting frees it all anyway; the collector runs again as soon as the last import
    in progress (any thread) is done."""
    global _gc_pausers
    with _gc_lock:
        if _gc_pausers == 0:
            _gc_was_enabled[0] = gc.isenabled()
            gc.disable()
        _gc_pausers += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pausers -= 1
            if _gc_pausers == 0 and _gc_was_enabled[0]:
                gc.enable()



# Service rules name the record's id fields; the sheet has the named columns.
_FIELD_OF_ID = {"team_id": "team", "umkm_id": "umkm", "mentor_id": "mentor",
                "role_code": "role"}


@dataclass(frozen=True)
class Problem:
    row: int  # Excel row number; 0 = the file as a whole
    column: str  # the header as written in the file (or the field's header)
    message: Message

    def render(self) -> str:
        where = f"baris {self.row}" if self.row else "berkas"
        if self.column:
            where += f", kolom {self.column}"
        return f"{where}: {self.message.render()}"


@dataclass
class PreparedSheet:
    path: Path
    kind: KindHandler
    sheet: SheetData
    header_row: int  # 0-based index into sheet.rows
    headers: list[str]
    mapping: dict[int, str]  # column index -> field key (the user may change it)

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.kind.fields

    def unmapped_headers(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if h and i not in self.mapping]

    def missing_required(self, options: ImportOptions) -> list[FieldSpec]:
        mapped = set(self.mapping.values())
        return [f for f in self.fields if f.required and f.key not in mapped
                and not self.kind.has_default(f.key, options)]


@dataclass
class ImportPlan:
    prepared: PreparedSheet
    options: ImportOptions
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    unchanged: int = 0  # rows identical to what the database holds (skipped)
    context: Any = None

    @property
    def refused_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row}

    @property
    def file_refused(self) -> bool:
        return any(p.row == 0 for p in self.problems)

    @property
    def inserts(self) -> int:
        return sum(1 for r in self.records if r.existing_id is None)

    @property
    def updates(self) -> int:
        return sum(1 for r in self.records if r.existing_id is not None)

    def report_lines(self) -> list[str]:
        return [p.render() for p in self.problems]


@dataclass
class ImportResult:
    inserted: int = 0
    updated: int = 0
    skipped_rows: int = 0


def prepare(
    path: str | Path, kind: str, *, sheet: str | None = None,
    mapping: dict[int, str] | None = None, limits: Limits = DEFAULT_LIMITS,
) -> PreparedSheet:
    handler = KINDS.get(kind)
    if handler is None:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "Unknown kind “{kind}”; choose one of {kinds}."),
            kind=kind, kinds=", ".join(KINDS)))
    if sheet is None:
        # An exported workbook starts with its summary: the kind's own sheet, if there.
        named = {n.casefold(): n for n in sheet_names(path, limits)}
        sheet = named.get(handler.title.casefold())
    with _cyclic_gc_paused():
        data = read_sheet(path, sheet, limits)
    header_index = find_header_row(data.rows, handler.fields)
    if header_index is None:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "No header row found in sheet “{sheet}”: expected columns such as {examples}."),
            sheet=data.name,
            examples=", ".join(f.header for f in handler.fields if f.required)))
    headers = ["" if v is None else str(v).strip() for v in data.rows[header_index]]
    auto = auto_mapping(data.rows[header_index], handler.fields)
    return PreparedSheet(Path(path), handler, data, header_index, headers,
                         auto if mapping is None else dict(mapping))


def validate(
    db: Database, prepared: PreparedSheet, options: ImportOptions | None = None,
    progress: Progress = SILENT,
) -> ImportPlan:
    """Convert and check every row; nothing is written."""
    with _cyclic_gc_paused():
        return _validate(db, prepared, options or ImportOptions(), progress, None)


def _validate(
    db: Database, prepared: PreparedSheet, options: ImportOptions, progress: Progress,
    sink: _Writer | None,
) -> ImportPlan:
    """:func:`validate`, a chunk of rows at a time; each chunk's accepted new records go
    to ``sink`` (the streamed import's writer) while no row has been refused yet."""
    plan = ImportPlan(prepared, options)
    kind = prepared.kind
    spec_by_key = {f.key: f for f in kind.fields}
    column_of = {key: i for i, key in prepared.mapping.items()}
    header_of = {key: (prepared.headers[i] if i < len(prepared.headers) and prepared.headers[i]
                       else spec_by_key[key].header) for key, i in column_of.items()}
    for spec in prepared.missing_required(options):
        plan.problems.append(Problem(0, spec.header, msg(QT_TRANSLATE_NOOP(
            "Xlsx", "The required column “{column}” is missing."), column=spec.header)))
    if plan.file_refused:
        return plan
    with db.session() as session:
        try:
            ctx = kind.load_context(session, options)
        except FieldError as error:
            plan.problems.append(Problem(0, "", error.message))
            return plan
        plan.context = ctx
        items = sorted(column_of.items())
        formulas = prepared.sheet.formulas
        cell_errors = prepared.sheet.errors
        seen: dict[Any, int] = {}
        example = {k: v for k, v in EXAMPLES.get(kind.name, {}).items() if k in column_of}
        example_texts = [(column_of[k], parse.text(v)) for k, v in example.items()]
        if len(example_texts) < 2:
            example_texts = []
        # A text cell is its trimmed self (parse.text): compare the first one directly.
        ex_first, ex_text = next(((i, t) for i, t in example_texts if t is not None), (-1, ""))
        key: Any
        rows = prepared.sheet.rows
        first_data = prepared.header_row + 1
        total = len(rows) - first_data
        indexes = [i for _key, i in items]
        width = max(indexes, default=0) + 1
        pick = itemgetter(*indexes) if len(indexes) > 1 else (lambda r: (r[indexes[0]],))
        quiet = _CancelOnly(progress)  # chunks report through the loop below, not each
        key_of, existing_id, keep = kind.key, kind.existing_id, plan.records.append
        # A small first chunk gets the writer going early; then full-size chunks.
        first_end = first_data + min(_FIRST_CHUNK, _CHUNK)
        bounds = [first_data, *range(first_end, len(rows), _CHUNK), len(rows)]
        for chunk_start, chunk_end in pairwise(bounds):
            chunk = rows[chunk_start:chunk_end]
            usual = None if formulas or cell_errors else _usual_rows(
                chunk, width, pick, ex_first, ex_text)
            if usual is not None:  # every row filled, none an example: keep them all
                kept, excel_rows = usual, list(range(chunk_start + 1,
                                                     chunk_start + 1 + len(chunk)))
                plan.rows_read += len(kept)
                chunk = []
            else:
                kept, excel_rows = [], []
            for offset, row in enumerate(chunk, start=chunk_start - prepared.header_row):
                excel_row = prepared.header_row + 1 + offset
                if len(row) < width:
                    row = [*row, *([None] * (width - len(row)))]
                cells = pick(row)
                lead = cells[0]
                if lead and (lead.__class__ is not str or not lead[0].isspace()
                             or lead.strip()):
                    pass  # the usual row: its first mapped cell holds a value
                elif not any(_filled(v) for v in cells):
                    continue  # blank, only spaces, trailing (0 is a value, "" and None not)
                plan.rows_read += 1
                if offset % _PROGRESS_EVERY == 0:
                    progress.step(offset, total, "read")
                if formulas:
                    bad = [fk for fk, i in items if (excel_row, i + 1) in formulas]
                    if bad:
                        for fk in bad:
                            plan.problems.append(Problem(excel_row, header_of[fk], msg(
                                QT_TRANSLATE_NOOP("Xlsx", "Formula cells are refused (cell "
                                                  "{cell}); paste the values instead."),
                                cell=f"{column_letters(column_of[fk] + 1)}{excel_row}")))
                        continue
                if cell_errors:
                    bad = [fk for fk, i in items if (excel_row, i + 1) in cell_errors]
                    for fk in bad:
                        plan.problems.append(Problem(excel_row, header_of[fk], msg(
                            QT_TRANSLATE_NOOP("Xlsx", "Cell {cell} shows an Excel error ({error}); "
                                              "correct it or empty the cell."),
                            cell=f"{column_letters(column_of[fk] + 1)}{excel_row}",
                            error=cell_errors[(excel_row, column_of[fk] + 1)])))
                    if bad:
                        continue
                if example_texts and (ex_first < 0 or row[ex_first].__class__ is not str
                                      or row[ex_first].strip() == ex_text) and (
                        _is_example(row, example_texts)):
                    plan.problems.append(Problem(excel_row, "", msg(QT_TRANSLATE_NOOP(
                        "Xlsx", "This is the template's example row; delete it before "
                        "importing."))))
                    continue
                kept.append(cells)
                excel_rows.append(excel_row)
            if not kept:
                continue
            # Column-wise from here: each field's rule runs down its column (kinds with
            # repeated values reuse answers), which is far cheaper than row by row.
            transposed = list(zip(*kept, strict=True))
            columns = {key: list(col) for (key, _i), col in zip(items, transposed, strict=True)}
            del kept, transposed
            outcomes = kind.convert_rows(columns, excel_rows, ctx, quiet)
            accepted = len(plan.records)
            for n, (excel_row, outcome) in enumerate(zip(excel_rows, outcomes, strict=True)):
                if outcome.__class__ is not Record and isinstance(
                        outcome, ValidationError | FieldError):
                    errors = outcome.errors if isinstance(outcome, ValidationError) else [outcome]
                    for e in errors:
                        plan.problems.append(Problem(excel_row, header_of.get(
                            e.field, spec_by_key[e.field].header if e.field in spec_by_key
                            else e.field), e.message))
                    continue
                record = outcome
                record_key = key_of(record)
                if record_key is not None:
                    key = record_key
                    if key in seen:
                        plan.problems.append(Problem(excel_row, header_of.get(
                            kind.key_field, kind.key_field), msg(QT_TRANSLATE_NOOP(
                                "Xlsx", "Duplicate of row {row} in this file ({value})."),
                                row=seen[key], value=kind.describe_key(key))))
                        continue
                    seen[key] = excel_row
                    record.existing_id = existing_id(key, ctx)
                    if record.existing_id is not None and kind.unchanged(record, ctx):
                        plan.unchanged += 1  # the same data is there already: nothing to do
                        continue
                    if record.existing_id is not None and kind.update_defaults:
                        record.extra["defaulted"] = {
                            f for f in kind.update_defaults
                            if f not in columns or not _filled(columns[f][n])}
                    if record.existing_id is not None and not options.update_existing:
                        plan.problems.append(Problem(excel_row, header_of.get(
                            kind.key_field, kind.key_field), msg(QT_TRANSLATE_NOOP(
                                "Xlsx", "Already in the database ({value}); choose “update "
                                "existing” (--update-existing on the command line) to update "
                                "it."), value=kind.describe_key(key))))
                        continue
                keep(record)
            progress.step(min(chunk_end - first_data, total), total, "validate")
            if sink is not None and (options.skip_invalid or not plan.problems):
                sink.send([r for r in plan.records[accepted:] if r.existing_id is None])
        if sink is None and plan.records:
            refused = kind.rule_problems(db, plan.records, ctx)
            for refused_record, refusal in refused:
                field_key = _FIELD_OF_ID.get(refusal.field, refusal.field)
                plan.problems.append(Problem(refused_record.row, header_of.get(
                    field_key, spec_by_key[field_key].header if field_key in spec_by_key
                    else field_key), refusal.message))
            if refused:
                refused_rows = {r.row for r, _refusal in refused}
                plan.records = [r for r in plan.records if r.row not in refused_rows]
                plan.problems.sort(key=lambda p: p.row)
    if plan.rows_read == 0:
        plan.problems.append(Problem(0, "", msg(QT_TRANSLATE_NOOP(
            "Xlsx", "The sheet has no data rows under its header."))))
    return plan


def _usual_rows(chunk: list[list[Any]], width: int, pick: Any, ex_first: int,
                ex_text: str | None) -> list[tuple[Any, ...]] | None:
    """The chunk's picked cells when every row is the usual kind (its first mapped cell
    holds a value, it cannot be the template's example), else None: then the row by row
    checks of :func:`_validate` decide. Whole-chunk comprehensions, for big sheets."""
    if not chunk or min(map(len, chunk)) < width:
        return None
    picked = list(map(pick, chunk))
    if not all([(c := p[0]) and (c.__class__ is not str or not c[0].isspace() or c.strip())
                for p in picked]):
        return None
    if ex_first >= 0 and any([(c := r[ex_first]).__class__ is not str or c.strip() == ex_text
                              for r in chunk]):
        return None
    return picked


class _CancelOnly(Progress):
    """Passes the user's cancel through to a chunk's rules but not their per-chunk
    progress (the chunk loop reports progress over the whole sheet)."""

    def __init__(self, outer: Progress) -> None:
        super().__init__()
        self.outer = outer

    def step(self, done: int, total: int | None = None, text: str = "") -> None:
        if self.outer.cancelled:
            raise Cancelled


def _filled(value: Any) -> bool:
    return value is not None and value != "" and not (isinstance(value, str)
                                                      and not value.strip())


def _is_example(row: list[Any], texts: list[tuple[int, str | None]]) -> bool:
    """The template's example row (compared as text, so 2020 and "2020" agree)."""
    width = len(row)
    return all(parse.text(row[i] if i < width else None) == expected for i, expected in texts)


def commit(db: Database, plan: ImportPlan, progress: Progress = SILENT) -> ImportResult:
    """Write the accepted rows in one transaction; refuse when the plan has problems,
    unless ``skip_invalid`` was chosen (then file-level problems still refuse)."""
    if plan.file_refused or (plan.problems and not plan.options.skip_invalid):
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "Nothing was imported: {count} problem(s) in {rows} row(s) must be "
            "corrected first."), count=len(plan.problems), rows=len(plan.refused_rows)))
    kind = plan.prepared.kind
    try:
        with _cyclic_gc_paused(), db.transaction() as session:
            kind.write(session, plan.records, plan.context, progress)
            _log_import(session, kind, sorted(plan.prepared.mapping.values()))
    except IntegrityError as exc:
        raise _refused_by_database(exc) from exc
    return ImportResult(plan.inserts, plan.updates, len(plan.refused_rows))


def run_import(
    db: Database, kind: str, path: str | Path, *, sheet: str | None = None,
    mapping: dict[int, str] | None = None, options: ImportOptions | None = None,
    dry_run: bool = False, progress: Progress = SILENT,
) -> tuple[ImportPlan, ImportResult | None]:
    """Read, validate and (unless ``dry_run`` or refused) commit in one go.

    Kinds that can stream (UMKM) are written WHILE they are validated: a writer thread
    holds the one transaction and inserts each validated chunk, so the database's work
    overlaps the rules' Python work. The outcome is the sequential one: a refused file,
    a cancel or any error rolls that transaction back and nothing stays written."""
    with _cyclic_gc_paused():
        prepared = prepare(path, kind, sheet=sheet, mapping=mapping)
        return import_prepared(db, prepared, options, dry_run=dry_run, progress=progress)


def import_prepared(
    db: Database, prepared: PreparedSheet, options: ImportOptions | None = None, *,
    dry_run: bool = False, progress: Progress = SILENT,
) -> tuple[ImportPlan, ImportResult | None]:
    """Validate and (unless ``dry_run`` or refused) commit an already prepared sheet,
    streaming the kinds that can (see :func:`run_import`); the result is None when
    nothing was written."""
    with _cyclic_gc_paused():
        options = options or ImportOptions()
        if not dry_run and prepared.kind.streams:
            return _run_streamed(db, prepared, options, progress)
        plan = validate(db, prepared, options, progress)
        if dry_run or plan.file_refused or (plan.problems and not plan.options.skip_invalid):
            return plan, None
        return plan, commit(db, plan, progress)


def _run_streamed(
    db: Database, prepared: PreparedSheet, options: ImportOptions, progress: Progress,
) -> tuple[ImportPlan, ImportResult | None]:
    # The writer begins its transaction first (IMMEDIATE on SQLite): nobody else can
    # write until it ends, so the duplicate and "already in the database" checks read
    # exactly the state the rows are written into.
    writer = _Writer(db, prepared.kind)
    try:
        plan = _validate(db, prepared, options, progress, writer)
        if plan.file_refused or (plan.problems and not options.skip_invalid):
            writer.abort()  # rows of earlier chunks were written: roll them back
            return plan, None
        writer.finish([r for r in plan.records if r.existing_id is not None], plan.context)
    except BaseException:
        writer.abort()
        raise
    return plan, ImportResult(plan.inserts, plan.updates, len(plan.refused_rows))


class _Abort(Exception):
    """Tells the writer thread to roll its transaction back."""


_FINISH = object()


class _Writer:
    """The streamed import's one write transaction, on a thread of its own.

    Batches of validated new records arrive through a short queue (so memory stays
    bounded and validation never runs far ahead); ``finish`` writes the remaining
    records (updates) and commits; ``abort`` rolls back. The thread owns its session and
    connection; the importing thread only ever sees the outcome or the error."""

    def __init__(self, db: Database, kind: KindHandler) -> None:
        self._db, self._kind = db, kind
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=3)
        self._error: BaseException | None = None
        self._stream: Any = None  # the kind's stream, opened in the writer's thread
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()
        self._opened.wait()
        self._raise_error()

    def _run(self) -> None:
        try:
            with self._db.transaction() as session:
                self._stream = self._kind.open_stream(session)
                stream = self._stream
                self._opened.set()
                while True:
                    item = self._queue.get()
                    if item is _Abort:
                        raise _Abort
                    if isinstance(item, tuple) and item[0] is _FINISH:
                        stream.finish(item[1], item[2])
                        _log_import(session, self._kind)
                        break
                    stream.add(item)
        except _Abort:
            pass  # rolled back by the transaction, as asked
        except BaseException as exc:  # handed to the importing thread
            self._error = exc
        finally:
            self._opened.set()

    def _put(self, item: Any) -> None:
        while self._thread.is_alive():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _raise_error(self) -> None:
        error = self._error
        if error is None:
            return
        self._thread.join()
        if isinstance(error, IntegrityError):
            raise _refused_by_database(error) from error
        raise error

    def send(self, records: list[Record]) -> None:
        self._raise_error()  # the writer failed (disk full…): stop validating
        if records:
            # Packing (ids, parameters) is Python work: done here, it overlaps the
            # writer's time inside SQLite instead of lengthening it.
            self._put(self._stream.pack(records))

    def finish(self, updates: list[Record], context: Any) -> None:
        self._raise_error()
        self._put((_FINISH, updates, context))
        self._thread.join()
        self._raise_error()

    def abort(self) -> None:
        self._put(_Abort)
        self._thread.join()


def _log_import(session: Any, kind: KindHandler, fields: list[str] | None = None) -> None:
    """One change-log row per import, in its transaction: what kind, which columns (no
    values: they may be personal data)."""
    from wirausaha_app.core.services.records.base import log_change

    log_change(session, kind.table.name if kind.table is not None else kind.name, None,
               "import", fields or [f.key for f in kind.fields])


def _refused_by_database(exc: IntegrityError) -> UserError:
    return UserError(msg(QT_TRANSLATE_NOOP(
        "Xlsx", "Nothing was imported: the database refused a row ({reason})."),
        reason=str(exc.orig)[:200]))


def kinds() -> Sequence[str]:
    return list(KINDS)
