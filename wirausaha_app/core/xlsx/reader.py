"""Read one sheet of a checked workbook into rows of plain Python values.

python-calamine (Rust) reads ~10× faster than openpyxl's read-only mode here, so it
does the reading; it returns cached values only, so formula cells are located
from the sheet XML by :mod:`.safety` (a byte scan, plus an lxml pass only when the
scan saw ``<f>``). Values of merged ranges are copied into every cell of the range,
as a reader of the sheet would understand them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirausaha_app.core.i18n import QT_TRANSLATE_NOOP, UserError, msg
from wirausaha_app.core.xlsx.safety import (
    DEFAULT_LIMITS,
    Limits,
    error_cells,
    formula_cells,
    open_checked,
    scan_sheet,
    too_many_cells,
)


@dataclass
class SheetData:
    name: str
    rows: list[list[Any]]  # rows[i][j] is Excel cell (i + 1, j + 1); "" or None when empty
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, col), 1-based
    sheet_names: list[str] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → "#N/A"


def sheet_names(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> list[str]:
    book = open_checked(path, limits)
    try:
        return list(book.sheets)
    finally:
        book.close()


def read_sheet(
    path: str | Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> SheetData:
    """The named sheet (default: the first) after every hostile-file check."""
    from python_calamine import CalamineError, CalamineWorkbook

    book = open_checked(path, limits)
    try:
        names = list(book.sheets)
        if not names:
            raise UserError(msg(QT_TRANSLATE_NOOP("Xlsx", "{file} has no sheets."),
                                file=book.path.name))
        name = sheet if sheet is not None else names[0]
        if name not in book.sheets:
            lowered = {n.lower().strip(): n for n in names}
            if name.lower().strip() not in lowered:
                raise UserError(msg(QT_TRANSLATE_NOOP(
                    "Xlsx", "{file} has no sheet “{sheet}”; its sheets are: {sheets}."),
                    file=book.path.name, sheet=name, sheets=", ".join(names)))
            name = lowered[name.lower().strip()]
        member = book.sheets[name]
        scan = scan_sheet(book, member, limits)
        formulas = set(formula_cells(book, member)) if scan.has_formulas else set()
        errors = error_cells(book, member) if scan.has_errors else {}
    finally:
        book.close()
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        calamine_sheet = workbook.get_sheet_by_name(name)
        height, width = calamine_sheet.total_height, calamine_sheet.total_width
        if height * width > limits.max_cells:
            workbook.close()
            raise too_many_cells(Path(path).name, height, width, limits)
        rows = calamine_sheet.to_python(skip_empty_area=False)
        merged = calamine_sheet.merged_cell_ranges or []
        workbook.close()
    except (CalamineError, ValueError, OSError) as exc:
        raise UserError(msg(QT_TRANSLATE_NOOP(
            "Xlsx", "{file} could not be read: {reason}"), file=Path(path).name,
            reason=str(exc)[:200])) from exc
    _fill_merged(rows, merged)
    return SheetData(name, rows, formulas, names, errors)


def _fill_merged(rows: list[list[Any]], merged: list[Any]) -> None:
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if row[c] in ("", None):
                    row[c] = value
