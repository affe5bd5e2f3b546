"""Export the database (or one list) to a formatted workbook.

Streams each sheet through :mod:`.writer`: rows go to disk as they are read from the
database, so memory stays flat for 100k+ rows. Every cell is written with an explicit
type (text, number, date), and text is always an inline string, so a name like
``=HYPERLINK(…)`` or a phone number ``+62…`` is a text cell, never a formula (``<f>``).
Personal data (NIK, phone) is masked unless a full export was asked for.

The workbook is written to a temporary file in the target folder and renamed over
the target only when complete: a cancelled or failed export leaves no half file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from wirausaha_app.core.atomic import replaced_on_success
from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.formatting import format_datetime_id
from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.models import Cohort, University
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.xlsx import writer as w
from wirausaha_app.core.xlsx.masking import mask_nik, mask_phone
from wirausaha_app.core.xlsx.sheets import ALL_SHEETS, CellType, Column, Scope, SheetSpec
from wirausaha_app.core.xlsx.writer import SheetColumn, StreamingWorkbook

SUMMARY_TITLE = "Ringkasan"


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

    def __init__(self, book: StreamingWorkbook, full: bool) -> None:
        self.book = book
        self.full = full

    def columns(self, columns: Sequence[Column]) -> list[SheetColumn]:
        out = []
        for col in columns:
            t = col.type
            style = w.TEXT if t in (CellType.ID, CellType.NIK, CellType.PHONE) else w.NORMAL
            width = max(col.width, min(len(col.header) * 0.9, 40))
            out.append(SheetColumn(col.header, width, self._cell(t), style))
        return out

    def _cell(self, t: CellType) -> Callable[[str, Any], str]:
        # ID cells carry the Text format themselves (the column's alone is not enough):
        # a NIK or NIM typed over one in Excel then stays text, not a rounded number.
        if t is CellType.NIK and not self.full:
            return lambda ref, v: w.text_cell(ref, mask_nik(str(v)) or "", w.TEXT)
        if t is CellType.PHONE and not self.full:
            return lambda ref, v: w.text_cell(ref, mask_phone(str(v)) or "", w.TEXT)
        if t in (CellType.ID, CellType.NIK, CellType.PHONE):
            return lambda ref, v: w.text_cell(ref, v, w.TEXT)
        if t is CellType.TEXT:
            return w.text_cell
        if t is CellType.DATE:
            return w.date_cell
        if t is CellType.TIME:
            return w.time_cell
        if t is CellType.MONEY:
            return lambda ref, v: w.number_cell(ref, v, w.MONEY)
        if t is CellType.INT:
            return lambda ref, v: w.number_cell(ref, v, w.INT)
        return w.number_cell

    def sheet(
        self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
        progress: Progress, done_before: int, total: int | None,
    ) -> int:
        return self.book.write_sheet(
            title, self.columns(columns), rows,
            on_rows=lambda n: progress.step(done_before + n, total, title),
        )


@contextlib.contextmanager
def atomic_export(out: str | Path) -> Iterator[StreamingWorkbook]:
    """A streaming workbook on a temp file next to ``out``, renamed over it on success;
    a cancel or failure removes the temp file and leaves ``out`` as it was."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(out, ".xlsx.part") as tmp:
        book = StreamingWorkbook(tmp)
        try:
            yield book
        except BaseException:
            book.discard()
            raise


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
        with atomic_export(out) as book, db.session() as session:
            writer = _Writer(book, full)
            done = 0
            for spec in sheets:
                progress.step(done, None, spec.title)
                n = writer.sheet(spec.title, spec.columns, spec.rows(session, scope), progress,
                                 done, None)
                result.row_counts[spec.title] = n
                done += n
            _write_summary(book, result.row_counts, generated, full,
                           scope_label or ("seluruh data" if scope.everything else "sebagian"))
            progress.step(done, done, SUMMARY_TITLE)
            book.close(order=[SUMMARY_TITLE, *result.row_counts])
    except OSError as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP("Xlsx", "Cannot write {file}: {reason}"),
                            file=Path(out).name, reason=exc.strerror or str(exc))) from exc
    return result


def _write_summary(
    book: StreamingWorkbook, counts: dict[str, int], generated: datetime, full: bool,
    scope_label: str,
) -> None:
    def value_cell(ref: str, value: Any) -> str:
        if isinstance(value, int):
            return w.number_cell(ref, value, w.INT)
        return w.text_cell(ref, value)

    rows: list[tuple[Any, Any]] = [
        (None, None),
        ("Dibuat", format_datetime_id(generated)),
        ("Cakupan", scope_label),
        ("Data pribadi (NIK, telepon)", "lengkap (jaga kerahasiaannya)" if full else "disamarkan"),
        (None, None),
        ("Lembar", "Jumlah baris"),
        *counts.items(),
    ]
    book.write_sheet(SUMMARY_TITLE, [
        SheetColumn("Wirausaha Merdeka — Ringkasan Data", 34, w.text_cell),
        SheetColumn("", 40, value_cell),
    ], rows, header_style=w.TITLE, autofilter=False)


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
    with atomic_export(out) as book:
        writer = _Writer(book, full)
        result.row_counts[safe_title] = writer.sheet(safe_title, columns, rows, progress, 0,
                                                     total)
        book.close()
    return result
