""""Export what I see": the rows of one list (a ``core.listing`` query: its search,
filters and sort) as one formatted sheet, streamed page by page.

Column types follow the list's column kinds (money as rupiah numbers, dates as dates,
codes as their Indonesian labels); identifier columns stay text and NIK/phone columns
are masked unless a full export was asked for, like the whole-database export.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wirausaha_app.core.db.engine import Database
from wirausaha_app.core.i18n import translate
from wirausaha_app.core.listing import Column as ListColumn
from wirausaha_app.core.listing import Kind, ListEngine, ListQuery
from wirausaha_app.core.progress import SILENT, Progress
from wirausaha_app.core.xlsx.export import ExportResult, export_rows
from wirausaha_app.core.xlsx.sheets import CellType, Column

EXPORT_PAGE = 1000
_ID_KEYS = ("nim", "nib", "kbli", "nik", "phone", "npwp", "pirt", "code")


def _cell_type(column: ListColumn) -> CellType:
    key = column.key.lower()
    if "nik" in key:
        return CellType.NIK
    if "phone" in key or "telepon" in key:
        return CellType.PHONE
    if any(k in key for k in _ID_KEYS):
        return CellType.ID
    return {Kind.MONEY: CellType.MONEY, Kind.INT: CellType.INT,
            Kind.DATE: CellType.DATE}.get(column.kind, CellType.TEXT)


def _value(column: ListColumn, cell_type: CellType, value: Any) -> Any:
    if value is None or value == "":
        return None
    if cell_type is CellType.DATE:
        if isinstance(value, date):
            return value
        try:
            return datetime.fromisoformat(str(value)[:10]).date()
        except ValueError:
            return str(value)
    if cell_type in (CellType.MONEY, CellType.INT):
        return value if isinstance(value, int | float) else None
    if column.kind in (Kind.CHOICE, Kind.CHOICES, Kind.BOOL):
        return column.format(value)
    return value


def export_list(
    db: Database, query: ListQuery, out: str | Path, *, full: bool = False,
    progress: Progress = SILENT,
) -> ExportResult:
    result = ListEngine(db).result(query, page_size=EXPORT_PAGE)
    spec = result.spec
    types = [_cell_type(c) for c in spec.columns]
    columns = [Column(c.title(), t, float(max(c.width, 10))) for c, t in zip(spec.columns, types,
                                                                              strict=True)]

    def rows() -> Iterator[tuple[Any, ...]]:
        for page_index in range(result.page_count):
            for row in result.page(page_index):
                yield tuple(_value(c, t, v) for c, t, v in zip(spec.columns, types, row.values,
                                                               strict=True))
            progress.step(min((page_index + 1) * EXPORT_PAGE, result.count), result.count,
                          spec.key)

    title = translate(spec.title.context, spec.title)
    return export_rows(out, title, columns, rows(), full=full, progress=progress,
                       total=result.count)
