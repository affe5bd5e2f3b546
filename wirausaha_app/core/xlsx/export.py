"""Export the database (or one list) to a formatted workbook.

Streams each sheet with XlsxWriter's constant-memory mode: rows go to disk as they
are written, so memory stays flat for 100k+ rows. Every cell is written with an
explicit type (``write_string``/``write_number``/``write_datetime``) and the
workbook refuses to guess formulas from text, so a name like ``=HYPERLINK(…)``
or a phone number ``+62…`` is stored as a text cell, never as ``<f>``.

The workbook is written to a temporary file in the target folder and renamed over
the target only when complete: a cancelled or failed export leaves no half file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_datetime_id
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Cohort, University
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.xlsx.masking import mask_nik, mask_phone
from wirausaha_app.core.xlsx.sheets import ALL_SHEETS, CellType, Column, Scope, SheetSpec
from wirausaha_app.core.xlsx.styles import SAFE_OPTIONS, Formats

SUMMARY_TITLE = "Ringkasan"
_PROGRESS_EVERY = 2000
_MAX_TEXT = 32767  # Excel's limit for one cell


@dataclass
class ExportResult:
    path: Path
    row_counts: dict[str, int] = field(default_factory=dict)  # sheet title -> rows


def resolve_scope(db: Database, cohort: str | None, university: str | None) -> Scope:
    """Names given on the command line → ids (a clear error for an unknown name)."""
    cohort_id = university_id = None
    with db.session() as session:
        if cohort:
            cohort_id = session.scalar(select(Cohort.id).where(Cohort.name == cohort))
            if cohort_id is None:
                raise UserError(msg(QT_TRANSLATE_NOOP("Xlsx", "No cohort is named “{name}”."),
                                    name=cohort))
        if university:
            university_id = session.scalar(
                select(University.id).where(
                    (func.lower(University.name) == university.lower())
                    | (func.lower(University.short_name) == university.lower())
                )
            )
            if university_id is None:
                raise UserError(msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "No university is named “{name}”."), name=university))
    return Scope(cohort_id, university_id)


class _Writer:
    """Typed cell writers per column, chosen once per sheet (the hot loop stays lean)."""

    def __init__(self, workbook: Any, formats: Formats, full: bool) -> None:
        self.workbook = workbook
        self.formats = formats
        self.full = full

    def cell_writers(self, ws: Any, columns: Sequence[Column]) -> list[Callable[..., Any]]:
        f = self.formats
        writers: list[Callable[..., Any]] = []
        for col in columns:
            t = col.type
            if t in (CellType.TEXT, CellType.ID):
                writers.append(_text_writer(ws))
            elif t is CellType.NIK:
                writers.append(_text_writer(ws, None if self.full else mask_nik))
            elif t is CellType.PHONE:
                writers.append(_text_writer(ws, None if self.full else mask_phone))
            elif t is CellType.DATE:
                writers.append(_date_writer(ws, f.date))
            elif t is CellType.TIME:
                writers.append(_time_writer(ws, f.time))
            elif t is CellType.MONEY:
                writers.append(_number_writer(ws, f.money))
            elif t is CellType.INT:
                writers.append(_number_writer(ws, f.int))
            else:
                writers.append(_number_writer(ws, None))
        return writers

    def sheet(
        self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
        progress: Progress, done_before: int, total: int | None,
    ) -> int:
        ws = self.workbook.add_worksheet(title)
        for i, col in enumerate(columns):
            fmt = self.formats.text if col.type in (CellType.ID, CellType.NIK,
                                                   CellType.PHONE) else None
            ws.set_column(i, i, max(col.width, min(len(col.header) * 0.9, 40)), fmt)
        ws.set_row(0, 30)
        for i, col in enumerate(columns):
            ws.write_string(0, i, col.header, self.formats.header)
        ws.freeze_panes(1, 0)
        writers = self.cell_writers(ws, columns)
        pairs = list(enumerate(writers))
        r = 0
        for r, values in enumerate(rows, start=1):
            for (c, write), value in zip(pairs, values, strict=True):
                if value is not None:
                    write(r, c, value)
            if r % _PROGRESS_EVERY == 0:
                progress.step(done_before + r, total, title)
        ws.autofilter(0, 0, max(r, 1), len(columns) - 1)
        return r


def _text_writer(ws: Any, mask: Callable[[str], str | None] | None = None) -> Callable[..., Any]:
    write_string = ws.write_string

    def write(r: int, c: int, value: Any) -> None:
        text = value if isinstance(value, str) else str(value)
        if mask is not None:
            text = mask(text) or ""
        # write_string never makes a formula; the length cap keeps Excel opening the file.
        write_string(r, c, text[:_MAX_TEXT])

    return write


def _date_writer(ws: Any, fmt: Any) -> Callable[..., Any]:
    write_datetime = ws.write_datetime

    def write(r: int, c: int, value: Any) -> None:
        if isinstance(value, date) and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        write_datetime(r, c, value, fmt)

    return write


def _time_writer(ws: Any, fmt: Any) -> Callable[..., Any]:
    write_datetime = ws.write_datetime

    def write(r: int, c: int, value: time) -> None:
        write_datetime(r, c, value, fmt)

    return write


def _number_writer(ws: Any, fmt: Any) -> Callable[..., Any]:
    write_number = ws.write_number

    def write(r: int, c: int, value: Any) -> None:
        write_number(r, c, value, fmt)

    return write


@contextlib.contextmanager
def atomic_workbook(out: str | Path, *, constant_memory: bool = True) -> Any:
    """An XlsxWriter workbook on a temp file next to ``out``; renamed over it on success.

    In constant-memory mode each row is flushed when a later row is written, so rows
    must be written in order (small workbooks like templates turn it off)."""
    import xlsxwriter

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".xlsx.part", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    workbook = xlsxwriter.Workbook(
        str(tmp), {"constant_memory": constant_memory, **SAFE_OPTIONS}
    )
    try:
        yield workbook
        workbook.close()
        os.replace(tmp, out)
    except BaseException:
        # Closing would write a (half) file; drop the per-sheet row files instead.
        _discard(workbook)
        tmp.unlink(missing_ok=True)
        raise
    finally:
        tmp.unlink(missing_ok=True)


def _discard(workbook: Any) -> None:
    """Close and delete the row-data temp files XlsxWriter keeps per sheet."""
    for ws in workbook.worksheets():
        fh = getattr(ws, "row_data_fh", None)
        if fh is not None and not fh.closed:
            fh.close()
        name = getattr(ws, "row_data_filename", None)
        if name:
            Path(name).unlink(missing_ok=True)


def export_database(
    db: Database,
    out: str | Path,
    *,
    scope: Scope | None = None,
    full: bool = False,
    sheets: Sequence[SheetSpec] = ALL_SHEETS,
    progress: Progress = SILENT,
    scope_label: str | None = None,
) -> ExportResult:
    """Write the summary sheet and one sheet per kind; personal data masked unless ``full``."""
    scope = scope or Scope()
    result = ExportResult(Path(out))
    generated = datetime.now()
    try:
        with atomic_workbook(out) as workbook, db.session() as session:
            formats = Formats.create(workbook)
            writer = _Writer(workbook, formats, full)
            summary = workbook.add_worksheet(SUMMARY_TITLE)
            done = 0
            for spec in sheets:
                progress.step(done, None, spec.title)
                n = writer.sheet(spec.title, spec.columns, spec.rows(session, scope), progress,
                                 done, None)
                result.row_counts[spec.title] = n
                done += n
            _write_summary(summary, formats, result.row_counts, generated, full,
                           scope_label or ("seluruh data" if scope.everything else "sebagian"))
            progress.step(done, done, SUMMARY_TITLE)
    except OSError as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP("Xlsx", "Cannot write {file}: {reason}"),
                            file=Path(out).name, reason=exc.strerror or str(exc))) from exc
    return result


def _write_summary(
    ws: Any, formats: Formats, counts: dict[str, int], generated: datetime, full: bool,
    scope_label: str,
) -> None:
    ws.set_column(0, 0, 34)
    ws.set_column(1, 1, 40)
    ws.write_string(0, 0, "Wirausaha Merdeka — Ringkasan Data", formats.title)
    ws.write_string(2, 0, "Dibuat", formats.header)
    ws.write_string(2, 1, format_datetime_id(generated))
    ws.write_string(3, 0, "Cakupan", formats.header)
    ws.write_string(3, 1, scope_label)
    ws.write_string(4, 0, "Data pribadi (NIK, telepon)", formats.header)
    ws.write_string(4, 1, "lengkap (jaga kerahasiaannya)" if full else "disamarkan")
    ws.write_string(6, 0, "Lembar", formats.header)
    ws.write_string(6, 1, "Jumlah baris", formats.header)
    for i, (title, n) in enumerate(counts.items(), start=7):
        ws.write_string(i, 0, title)
        ws.write_number(i, 1, n, formats.int)
    ws.activate()


def export_rows(
    out: str | Path,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    full: bool = False,
    progress: Progress = SILENT,
    total: int | None = None,
) -> ExportResult:
    """One list as one sheet ("export what I see"): the GUI passes the rows of the
    current list query with its columns; same typing, masking and safety as above."""
    result = ExportResult(Path(out))
    safe_title = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Data"
    with atomic_workbook(out) as workbook:
        writer = _Writer(workbook, Formats.create(workbook), full)
        result.row_counts[safe_title] = writer.sheet(safe_title, columns, rows, progress, 0,
                                                     total)
    return result
